"""Near-duplicate detection: syndicated copies join one cluster, other stories do not."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from newsdesk.corpus.near_duplicates import clusters, near_duplicates, shingles, signature
from newsdesk.record import Record
from newsdesk.store import SqliteStore

CORPUS = Path(__file__).parent.parent / "data" / "store" / "corpus.jsonl"


def corpus() -> list[Record]:
    return [Record.from_dict(json.loads(line)) for line in CORPUS.read_text("utf-8").splitlines()]


def oil_stories() -> dict[str, Record]:
    return {r.source.url or "": r for r in corpus() if "Oil" in r.tags}


def test_signature_is_the_same_in_every_run() -> None:
    body = oil_stories()["https://www.reuters.com/markets/oil-tanker-attacks"].body
    first, second = signature(body), signature(body)
    assert first is not None and second is not None
    assert first.values == second.values
    assert first.bands() == second.bands()


def test_syndicated_copies_are_near_duplicates_and_another_oil_story_is_not() -> None:
    stories = oil_stories()
    wire = signature(stories["https://www.reuters.com/markets/oil-tanker-attacks"].body)
    assert wire is not None
    others = [
        signature(stories[url].body)
        for url in (
            "https://www.gulfnews.com/business/oil-jumps",
            "https://www.businessdaily.com/energy/oil-tanker-attacks",
            "https://www.reuters.com/markets/oil-slips-demand",
        )
    ]
    assert all(s is not None for s in others)
    assert near_duplicates(wire, [s for s in others if s is not None]) == [True, True, False]


def test_a_body_without_words_has_no_signature() -> None:
    assert signature(" … — ") is None
    assert shingles("Three words only") == {b"three words only"}


def test_clusters_are_named_by_their_smallest_id() -> None:
    found = clusters(["d", "b", "c", "a", "e"], [("d", "b"), ("c", "d"), ("a", "e")])
    assert found == {"a": "a", "e": "a", "b": "b", "c": "b", "d": "b"}


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_store_clusters_do_not_depend_on_arrival_order(order: tuple[int, ...]) -> None:
    stories = sorted(oil_stories().values(), key=lambda r: r.id)
    store = SqliteStore(":memory:")
    run = store.begin_run("test")
    for index in order:
        store.put(stories[index], origin=stories[index].id, run_id=run)
    store.commit()
    rows = dict(store.connection.execute("SELECT id, cluster FROM documents"))
    store.close()
    copies = sorted(r.id for r in stories if r.source.url and "oil-slips" not in r.source.url)
    other = next(r.id for r in stories if r.source.url and "oil-slips" in r.source.url)
    assert {rows[doc] for doc in copies} == {copies[0]}
    assert rows[other] == other
