"""The local runner: outcomes in input order, the same with one worker or a pool, streamed."""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

import pytest

from newsdesk.errors import InputError, PageError
from newsdesk.page import RawPage
from newsdesk.record import Record, Rejection
from newsdesk.runners import local
from newsdesk.runners.local import _Pool, run_local, worker_count
from newsdesk.runners.process import Outcome
from newsdesk.settings import Settings

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
SETTINGS = Settings(nlp=False)


def inputs() -> list[RawPage | PageError]:
    items: list[RawPage | PageError] = [
        RawPage(data=path.read_bytes(), origin=str(path)) for path in sorted(EXAMPLES.glob("*.txt"))
    ]
    items.insert(2, RawPage(data=b"", origin="empty.txt"))
    items.insert(
        4, InputError("line is not JSON", reason="corrupt-record", stage="read", origin="d.jsonl:7")
    )
    return items


def summary(result: Record | Rejection) -> str:
    if isinstance(result, Rejection):
        return f"rejected {result.reason}"
    return result.id


@pytest.mark.slow
def test_a_pool_gives_the_same_outcomes_in_the_same_order_as_one_worker() -> None:
    alone = list(run_local(inputs(), SETTINGS, workers=1))
    pooled = list(run_local(inputs(), SETTINGS, workers=2, in_flight=3))
    assert [o.origin for o in pooled] == [item.origin for item in inputs()]
    assert pooled == alone
    assert [summary(o.result) for o in alone].count("rejected empty") == 1
    assert summary(alone[4].result) == "rejected corrupt-record"


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_pages_are_read_only_a_few_ahead(workers: int) -> None:
    read = 0
    page = (EXAMPLES / "GUM_news_korea.txt").read_bytes()

    def endless() -> Iterator[RawPage]:
        nonlocal read
        while True:
            read += 1
            yield RawPage(data=page + f"\n\nCopy {read}.".encode(), origin=f"copy-{read}")

    first = list(islice(run_local(endless(), SETTINGS, workers=workers, in_flight=4), 6))
    assert [o.origin for o in first] == [f"copy-{n}" for n in range(1, 7)]
    assert read <= 6 + 4 + 2  # what was yielded, what is in flight, a batch being filled


@pytest.mark.parametrize(("requested", "at_least"), [(3, 3), (1, 1), (0, 1), (-1, 1)])
def test_worker_count(requested: int, at_least: int) -> None:
    count = worker_count(requested)
    assert count >= at_least
    if requested > 0:
        assert count == requested


def _disturbed_run(settings: Settings, signum: int) -> list[Outcome]:
    """Two batches on two workers, every worker sent ``signum`` while they work."""
    pool = _Pool(2, settings)
    try:
        pending = deque([pool.submit(inputs()), pool.submit(inputs()[:3])])
        for process in list(pool._executor._processes.values()):
            os.kill(process.pid or 0, signum)
        results: list[Outcome] = []
        while pending:
            results.extend(pool.collect(pending))
    finally:
        pool.shutdown()
    expected = [item.origin for item in inputs()] + [item.origin for item in inputs()[:3]]
    assert [o.origin for o in results] == expected
    return results


@pytest.mark.slow
def test_a_worker_killed_mid_batch_loses_no_page() -> None:
    results = _disturbed_run(SETTINGS, signal.SIGKILL)  # what a crash would do
    rejected = [o.result for o in results if isinstance(o.result, Rejection)]
    assert {r.reason for r in rejected} <= {"empty", "corrupt-record", "internal"}
    assert all("worker process died" in r.detail for r in rejected if r.reason == "internal")


@pytest.mark.slow
def test_a_worker_stuck_past_the_hard_limit_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "HARD_LIMIT_GRACE", 4.0)
    # SIGSTOP: stuck where no timer inside the worker reaches
    results = _disturbed_run(Settings(nlp=False, page_timeout=0.5), signal.SIGSTOP)
    rejected = [o.result for o in results if isinstance(o.result, Rejection)]
    assert {r.reason for r in rejected} <= {"empty", "corrupt-record", "timeout"}


@pytest.mark.parametrize(
    ("lost", "reason", "detail"),
    [
        (
            local._died,
            "internal",
            "the worker process died on this page (out of memory, or a crash in native code)",
        ),
        (
            local._timed_out,
            "timeout",
            "page took longer than 2 x 30 s (page_timeout) and its worker was stopped",
        ),
    ],
)
def test_a_page_lost_with_its_worker_is_rejected_in_the_run_stage(
    lost: Callable[[RawPage | PageError, Settings], Outcome], reason: str, detail: str
) -> None:
    page = RawPage(data=b"a page", origin="lost.txt")
    settings = Settings(nlp=False, page_timeout=30)
    assert lost(page, settings) == Outcome(
        "lost.txt",
        Rejection(
            page_id=page.provisional_id,
            origin="lost.txt",
            stage="run",
            reason=reason,
            detail=detail,
        ),
    )
    source_error = InputError("no bytes", reason="empty", stage="read", origin="d.jsonl:3")
    assert lost(source_error, settings).result == source_error.rejection()
