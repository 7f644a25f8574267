"""Ingest into a store: skip what is stored, count outcomes, key rejections by origin."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.errors import InputError, PageError
from newsdesk.page import RawPage
from newsdesk.record import Rejection
from newsdesk.runners.ingest import IngestSummary, ingest
from newsdesk.settings import Settings
from newsdesk.store import SqliteStore

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
SETTINGS = Settings(nlp=False, workers=1)


def inputs() -> list[RawPage | PageError]:
    items: list[RawPage | PageError] = [
        RawPage(data=path.read_bytes(), origin=str(path)) for path in sorted(EXAMPLES.glob("*.txt"))
    ]
    items.append(RawPage(data=b"\n\n", origin="blank.txt"))
    items.append(
        InputError("line is not JSON", reason="corrupt-record", stage="read", origin="d:2")
    )
    return items


def test_outcomes_are_stored_and_counted_and_a_rerun_skips_them() -> None:
    store = SqliteStore(":memory:")
    seen: list[str] = []
    first = ingest(inputs(), store, SETTINGS, on_outcome=lambda o: seen.append(o.origin))
    assert seen == [item.origin for item in inputs()]
    assert (first.stored, first.skipped, dict(first.rejected)) == (
        6,
        0,
        {"empty": 1, "corrupt-record": 1},
    )
    assert store.done_origins([item.origin for item in inputs()]) == set(seen)
    skipped: list[int] = []
    again = ingest(
        [*inputs(), RawPage(data=b"", origin="new.txt")], store, SETTINGS, on_skip=skipped.append
    )
    assert (again.stored, again.skipped, dict(again.rejected)) == (0, 8, {"empty": 1})
    assert sum(skipped) == 8
    row = store.connection.execute("SELECT counts FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    assert '"skipped": 8' in row[0] and '"rejected:empty": 1' in row[0]


def sizes() -> dict[str, int]:
    return {str(path): path.stat().st_size for path in sorted(EXAMPLES.glob("*.txt"))}


@pytest.mark.parametrize("retry", [True, ("too-large",), ("too-large", "timeout")])
def test_retried_rejections_become_records_and_records_are_still_skipped(
    retry: bool | tuple[str, ...],
) -> None:
    store = SqliteStore(":memory:")
    smallest = min(sizes().values())
    first = ingest(inputs(), store, replace(SETTINGS, max_page_bytes=smallest))
    too_large = {origin for origin, size in sizes().items() if size > smallest}
    assert first.stored == 1 and first.rejected["too-large"] == len(too_large) == 5

    again = ingest(inputs(), store, SETTINGS, retry=retry)
    assert (again.stored, again.retried, again.recovered) == (5, 5 + (retry is True) * 2, 5)
    assert again.skipped == 1 + (retry is not True) * 2  # the stored page; blank, d:2 unasked
    rejections = store.connection.execute("SELECT origin, reason FROM rejections").fetchall()
    assert sorted(rejections) == [("blank.txt", "empty"), ("d:2", "corrupt-record")]
    origins = store.connection.execute("SELECT origin FROM origins").fetchall()
    assert {origin for (origin,) in origins} == set(sizes())
    counts = json.loads(
        store.connection.execute("SELECT counts FROM runs ORDER BY id DESC LIMIT 1").fetchone()[0]
    )
    assert counts["retried:stored"] == 5


def test_without_retry_rejections_are_skipped() -> None:
    store = SqliteStore(":memory:")
    ingest(inputs(), store, replace(SETTINGS, max_page_bytes=min(sizes().values())))
    again = ingest(inputs(), store, SETTINGS)
    assert (again.stored, again.skipped, again.retried, again.retry) == (0, 8, 0, False)
    assert "retried" not in again.counts()


def test_summary_counts_and_rate() -> None:
    summary = IngestSummary(stored=8, skipped=3, seconds=2.0)
    summary.rejected.update({"timeout": 1, "empty": 1})
    assert summary.processed == 10
    assert summary.pages_per_second == 5.0
    assert summary.counts() == {
        "stored": 8,
        "skipped": 3,
        "rejected": 2,
        "rejected:empty": 1,
        "rejected:timeout": 1,
    }


def test_an_interrupted_run_is_recorded_as_interrupted() -> None:
    store = SqliteStore(":memory:")

    def interrupted() -> Iterator[RawPage | PageError]:
        yield from inputs()[:2]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(interrupted(), store, SETTINGS)
    row = store.connection.execute("SELECT counts FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    counts = json.loads(row[0])
    assert counts["interrupted"] == 1
    rerun = ingest(inputs(), store, SETTINGS)
    assert rerun.stored == 6
    row = store.connection.execute("SELECT counts FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    assert "interrupted" not in json.loads(row[0])


def test_the_near_duplicate_signature_is_computed_by_the_worker_not_the_writer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsdesk.corpus import near_duplicates as dedup
    from newsdesk.runners.process import process_batch

    pages = [item for item in inputs() if isinstance(item, RawPage)][:3]
    outcomes = process_batch(pages, SETTINGS)
    records = [o for o in outcomes if not o.rejected]
    assert records
    for done in records:
        assert not isinstance(done.result, Rejection)
        assert done.signature == dedup.signature(done.result.body)

    def not_in_the_writer(body: str) -> None:
        raise AssertionError("the writer computed a signature the worker had given")

    monkeypatch.setattr(dedup, "signature", not_in_the_writer)
    store = SqliteStore(":memory:")
    summary = ingest(pages, store, SETTINGS, workers=1)
    assert summary.stored == len(records)
    store.close()
