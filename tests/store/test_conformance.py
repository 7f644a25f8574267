"""One suite over every store backend: what a user sees must not depend on the backend.

Each case runs on a new SQLite file and on a new PostgreSQL database (marked
``postgres``; ``tests/store/conftest.py``). Searches are checked against the
words of the stored pages, found here by plain Python.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from newsdesk.errors import StoreError
from newsdesk.query import browse, search
from newsdesk.query.search import Filters
from newsdesk.record import Record, Rejection
from newsdesk.store import Store, open_store

CORPUS = Path(__file__).parent.parent / "data" / "store" / "corpus.jsonl"


def corpus() -> list[Record]:
    return [Record.from_dict(json.loads(line)) for line in CORPUS.read_text("utf-8").splitlines()]


def stored(store: Store, records: list[Record] | None = None) -> list[Record]:
    """Put the records (the test corpus by default) in one run, as ingest does."""
    records = corpus() if records is None else records
    run = store.begin_run("test")
    for record in records:
        store.put(record, origin=f"pages/{record.id}.html", run_id=run)
    store.finish_run(run, {"stored": len(records)})
    return records


def words(record: Record) -> set[str]:
    return set(re.findall(r"[^\W_]+", f"{record.title or ''} {record.body}".lower()))


def with_word(records: list[Record], word: str) -> set[str]:
    return {r.id for r in records if word in words(r)}


def test_records_come_back_as_they_were_stored(any_store: Store) -> None:
    records = stored(any_store)
    assert [r.to_json() for r in search.records(any_store)] == [
        r.to_json() for r in sorted(records, key=lambda r: r.id)
    ]
    assert search.stats(any_store).documents == len(records)
    first = records[0]
    assert search.get(any_store, first.id) == first
    assert search.find(any_store, first.id[:6]) == first
    assert search.get(any_store, "0" * 16) is None


def test_the_same_page_again_changes_nothing(any_store: Store) -> None:
    record = corpus()[0]
    run = any_store.begin_run("test")
    assert any_store.put(record, origin="a.html", run_id=run) == "stored"
    assert any_store.put(record, origin="a.html", run_id=run) == "merged"
    assert any_store.put(record, origin="b.html", run_id=run) == "merged"
    any_store.finish_run(run, {})
    assert search.stats(any_store).documents == 1
    assert any_store.done_origins(["a.html", "b.html", "c.html"]) == {"a.html", "b.html"}


def test_a_record_without_nlp_never_replaces_one_with_it(any_store: Store) -> None:
    record = next(r for r in corpus() if r.quotes and r.entities)
    bare = dataclasses.replace(record, entities=(), quotes=(), sources=(), summary=None)
    run = any_store.begin_run("test")
    any_store.put(record, origin="a.html", run_id=run)
    assert any_store.put(bare, origin="a.html", run_id=run, nlp=False) == "kept"
    assert search.get(any_store, record.id) == record
    assert any_store.put(bare, origin="a.html", run_id=run, nlp=False, replace=True) == "replaced"
    any_store.finish_run(run, {})
    assert search.get(any_store, record.id) == bare


def test_a_rejection_gives_way_to_a_record_never_the_reverse(any_store: Store) -> None:
    record = corpus()[1]
    broken = Rejection(record.id, "a.html", "decode", "binary", "a PNG image")
    run = any_store.begin_run("test")
    assert any_store.reject(broken, run_id=run)
    any_store.commit()
    assert any_store.rejected_origins(["a.html", "b.html"]) == {"a.html"}
    assert any_store.rejected_origins(["a.html"], ["timeout"]) == set()
    assert any_store.put(record, origin="a.html", run_id=run) == "stored"
    assert not any_store.reject(broken, run_id=run)
    any_store.finish_run(run, {})
    assert any_store.rejected_origins(["a.html"]) == set()
    assert search.stats(any_store).rejections == 0
    assert any_store.rejections().total == 0


def test_rejections_are_listed_by_reason_and_source(any_store: Store) -> None:
    run = any_store.begin_run("test")
    for origin, reason in [("crawl/a.warc.gz#1", "binary"), ("site/b.html", "empty")]:
        any_store.reject(Rejection("f" * 16, origin, "decode", reason, "why"), run_id=run)
    any_store.finish_run(run, {})
    assert [r.origin for r in any_store.rejections(reasons=["empty"]).rejections] == ["site/b.html"]
    listed = any_store.rejections(source="a.warc", limit=5)
    assert (listed.total, [r.reason for r in listed.rejections]) == (1, ["binary"])


@pytest.mark.parametrize("word", ["oil", "clinton", "iran", "sanctions", "tanker", "texas"])
def test_a_word_finds_exactly_the_pages_that_have_it(any_store: Store, word: str) -> None:
    records = stored(any_store)
    found = {hit.id for hit in search.search(any_store, word, limit=100)}
    assert found == with_word(records, word)
    assert found


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("oil NOT tanker", lambda w: "oil" in w and "tanker" not in w),
        ("iran OR bush", lambda w: "iran" in w or "bush" in w),
        ("(iran OR bush) -texas", lambda w: ("iran" in w or "bush" in w) and "texas" not in w),
        ("sanct*", lambda w: any(x.startswith("sanct") for x in w)),
        ("CLINTON foundation", lambda w: "clinton" in w and "foundation" in w),
    ],
)
def test_query_syntax_means_the_same_on_every_backend(
    any_store: Store, query: str, expected: object
) -> None:
    records = stored(any_store)
    assert callable(expected)
    wanted = {r.id for r in records if expected(words(r))}
    assert {hit.id for hit in search.search(any_store, query, limit=100)} == wanted
    assert wanted


def test_a_phrase_needs_its_words_together(any_store: Store) -> None:
    records = stored(any_store)
    together = {r.id for r in records if "tanker attacks" in f"{r.title} {r.body}".lower()}
    assert {h.id for h in search.search(any_store, '"tanker attacks"')} == together
    assert together
    assert search.search(any_store, '"attacks tanker"') == []


def test_hits_are_ranked_with_marked_snippets_and_titles_weigh_more(any_store: Store) -> None:
    stored(any_store)
    hits = search.search(any_store, "oil", limit=100)
    assert [h.score for h in hits] == sorted(h.score for h in hits)
    assert all(h.title and "Oil" in h.title for h in hits[:2])
    assert all(h.highlights for h in hits)
    assert all(h.snippet[a:b].lower() == "oil" for h in hits for a, b in h.highlights)


def test_filters_narrow_a_search(any_store: Store) -> None:
    records = stored(any_store)
    by_id = {r.id: r for r in records}

    def ids(filters: Filters) -> set[str]:
        return {h.id for h in search.search(any_store, "the", filters=filters, limit=100)}

    everything = ids(Filters())
    assert everything == with_word(records, "the")
    june = ids(Filters(since="2019-06-01", until="2019-06-17"))
    assert june == {
        i for i in everything if "2019-06-01" <= (by_id[i].published or "") < "2019-06-18"
    }
    assert ids(Filters(outlet="reuters.com")) == {
        i for i in everything if "reuters.com" in (by_id[i].source.url or "")
    }
    assert ids(Filters(tag="IRAN")) == {i for i in everything if "Iran" in by_id[i].tags}
    assert june and ids(Filters(tag="IRAN"))


def test_collapsing_shows_one_hit_per_cluster(any_store: Store) -> None:
    stored(any_store)
    hits = search.search(any_store, "oil", collapse=True, limit=100)
    clusters = [h.cluster for h in hits]
    assert len(clusters) == len(set(clusters))
    assert sum(1 + h.duplicates for h in hits) == len(search.search(any_store, "oil", limit=100))


def test_quotes_and_entities_are_found_by_any_name(any_store: Store) -> None:
    stored(any_store)
    names = {e.name for e in search.entities(any_store, limit=500)}
    assert {"Hillary Clinton", "Bill Clinton"} <= names
    said = search.quotes(any_store, speaker="Khamenei")
    assert said and all(q.speaker_id for q in said)
    about = search.quotes(any_store, about="sanctions")
    assert about and all("sanction" in q.text.lower() for q in about)


def test_browsing_reads_agree_with_the_pages(any_store: Store) -> None:
    """The reads behind the web pages (facets, paging, dated quotes, one entity, the
    entities of an article, market rows) give what the stored pages say, on every
    backend."""
    records = stored(any_store)
    matching = with_word(records, "oil")
    spread = browse.facets(any_store, "oil")
    assert spread.total == len(matching)
    outlets = [f.key for f in spread.outlets]
    assert outlets and sum(f.count for f in spread.outlets) <= spread.total
    months = {r.published[:7] for r in records if r.id in matching and r.published}
    assert {f.key for f in spread.months} <= months
    assert browse.facets(any_store, None).total == len(records)
    first = search.search(any_store, "oil", limit=2)
    second = search.search(any_store, "oil", limit=2, offset=2)
    assert {h.id for h in first}.isdisjoint(h.id for h in second)
    (person,) = [e for e in search.entities(any_store, limit=500) if e.name == "Hillary Clinton"]
    assert browse.entity(any_store, person.id) == person
    assert browse.entity(any_store, "no-such-entity") is None
    by_entity = search.quotes(any_store, entity=person.id, limit=500)
    assert all(q.speaker_id == person.id for q in by_entity if q.speaker_id)
    dated = search.quotes(any_store, since="2019-06-01", until="2019-06-30", limit=500)
    assert all("2019-06-01" <= (q.published or "") < "2019-07-01" for q in dated)
    with_entities = next(r for r in records if r.entities)
    linked = browse.doc_entities(any_store, with_entities.id)
    assert set(linked) <= {e.id for e in with_entities.entities}
    rows = browse.market(any_store, limit=500)
    assert len(rows) == sum(len(r.market) for r in records)


def test_reads_never_write_derived_state(any_store: Store) -> None:
    run = any_store.begin_run("test")
    for record in corpus()[:3]:
        any_store.put(record, origin=record.id, run_id=run)
    any_store.commit()  # not finished: corpus entities are left for the end of the run
    assert search.entities(any_store) == []
    assert search.stats(any_store).entities == 0
    any_store.finish_run(run, {})
    assert search.entities(any_store)


def test_reading_a_store_that_does_not_exist_is_refused_and_creates_nothing(
    backend: str,
) -> None:
    with pytest.raises(StoreError):
        open_store(backend, create=False)
    store = open_store(backend)  # still new: nothing was made by the refused open
    assert search.stats(store).documents == 0
    assert search.stats(store).runs == ()
    store.close()


def _page(n: int, title: str, body: str) -> Record:
    return dataclasses.replace(corpus()[-1], id=f"{n:016x}", title=title, body=body, quotes=())


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("cafe", {1}),
        ("Café", {1}),
        ("crème brûlée", {1}),
        ("東京", {2}),
        ("京", {2}),
        ("て", {3}),
        ("経済", set()),
        ("u.s.", {4}),
        ("3 5", {4}),
        ("snake", {4}),
    ],
)
def test_accents_scripts_and_punctuation_match_alike(
    any_store: Store, query: str, found: set[int]
) -> None:
    pages = [
        _page(1, "Café Crème reopens", "The café serves crème brûlée again."),
        _page(2, "東京で新しい駅", "東京の新しい駅が開業した。"),
        _page(3, "てがみ", "てがみを書いた。"),
        _page(4, "U.S. rates", "Rates rose 3.5% in the U.S. snake_case"),
    ]
    stored(any_store, pages)
    assert {int(h.id, 16) for h in search.search(any_store, query)} == found


@pytest.mark.parametrize(
    "command",
    [
        ["search", "oil", "--json"],
        ["search", "iran", "--collapse", "--tag", "Iran"],
        ["show", "9d9521f8"],
        ["quotes", "--speaker", "Khamenei", "--json"],
        ["quotes", "--about", "sanctions"],
        ["entities", "--type", "PERSON"],
        ["stats", "--json"],
        ["rejections"],
        ["export", "--format", "jsonl"],
        ["export", "--format", "csv"],
    ],
)
def test_every_read_command_works_on_every_backend(
    backend: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from newsdesk.cli.main import main

    store = open_store(backend)
    records = stored(store)
    store.close()
    capsys.readouterr()
    assert main([*command, "--db", backend]) == 0
    shown = capsys.readouterr().out
    assert shown.strip()
    if command[:3] == ["export", "--format", "jsonl"]:
        exported = [Record.from_json(line) for line in shown.splitlines()]
        assert exported == sorted(records, key=lambda r: r.id)
