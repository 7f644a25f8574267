"""Ingest: a stream of pages through the local runner into a store, resumably.

The calling process is the single writer. Inputs whose origin the store
already holds (as a record or a rejection) are skipped before any work, so a
rerun after a crash or a kill does only what is missing; records are upserted
by id and rejections keyed by origin, and batches are committed atomically,
so whatever moment a run is killed at, rerunning it ends with every page
stored exactly once. With ``retry``, origins stored as rejections (of some
reasons, or all) are processed again: a page that now succeeds replaces its
rejection with its record, one that fails again keeps one, updated, rejection.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from newsdesk.errors import PageError
from newsdesk.page import RawPage
from newsdesk.record import Record, Rejection
from newsdesk.runners.local import batches, run_local
from newsdesk.runners.process import Outcome
from newsdesk.settings import Settings

#: Origins looked up in the store at once when skipping what is already done.
SKIP_BATCH = 64
SKIP_BATCH_BYTES = 16_000_000
#: A batch of writes is committed after this many outcomes or this many seconds.
COMMIT_EVERY = 64
COMMIT_SECONDS = 1.0


class Store(Protocol):
    """What ingest needs of a store (``newsdesk.store`` implements it)."""

    def begin_run(self, command: str) -> int: ...
    def finish_run(self, run_id: int, counts: Mapping[str, int]) -> None: ...
    def done_origins(self, origins: Sequence[str]) -> set[str]: ...
    def rejected_origins(
        self, origins: Sequence[str], reasons: Collection[str] | None = None
    ) -> set[str]: ...
    def put(self, record: Record, *, origin: str, run_id: int) -> None: ...
    def reject(self, rejection: Rejection, *, run_id: int) -> None: ...
    def commit(self) -> None: ...


@dataclass
class IngestSummary:
    """What one ingest run did."""

    stored: int = 0
    skipped: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    #: Whether rejections were retried (``--retry-rejected``); how many; how many now stored.
    retry: bool = False
    retried: int = 0
    recovered: int = 0

    @property
    def processed(self) -> int:
        return self.stored + sum(self.rejected.values())

    @property
    def pages_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def counts(self) -> dict[str, int]:
        """The counts as a flat mapping, as the store keeps them for the run."""
        flat = {
            "stored": self.stored,
            "skipped": self.skipped,
            "rejected": sum(self.rejected.values()),
        }
        flat.update({f"rejected:{reason}": n for reason, n in sorted(self.rejected.items())})
        if self.retry:
            flat.update({"retried": self.retried, "retried:stored": self.recovered})
        return flat


def ingest(
    items: Iterable[RawPage | PageError],
    store: Store,
    settings: Settings,
    *,
    command: str = "ingest",
    workers: int | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_skip: Callable[[int], None] | None = None,
    retry: bool | Collection[str] = False,
) -> IngestSummary:
    """Process every item not already in ``store`` and write its record or rejection there.

    ``retry`` processes again the items stored as rejections: all of them
    (``True``) or those with one of the reason codes given.
    """
    summary = IngestSummary(retry=retry is not False)
    retrying: set[str] = set()  # origins of retried rejections whose outcome is pending
    started = time.monotonic()
    run_id = store.begin_run(command)

    def skipped(count: int) -> None:
        summary.skipped += count
        if on_skip is not None:
            on_skip(count)

    todo = skip_done(items, store, on_skip=skipped, retry=retry, retrying=retrying)
    unsaved = 0
    last_commit = time.monotonic()
    completed = False
    try:
        for result in run_local(todo, settings, workers=workers):
            write(store, result, run_id)
            if isinstance(result.result, Rejection):
                summary.rejected[result.result.reason] += 1
            else:
                summary.stored += 1
            if result.origin in retrying:
                retrying.discard(result.origin)
                summary.retried += 1
                summary.recovered += not result.rejected
            unsaved += 1
            if unsaved >= COMMIT_EVERY or time.monotonic() - last_commit >= COMMIT_SECONDS:
                store.commit()
                unsaved, last_commit = 0, time.monotonic()
            if on_outcome is not None:
                on_outcome(result)
        completed = True
    finally:
        store.commit()
        summary.seconds = time.monotonic() - started
        counts = summary.counts()
        if not completed:  # interrupted (Ctrl-C) or failed: the run says so in `stats`
            counts["interrupted"] = 1
        store.finish_run(run_id, counts)
        store.commit()
    return summary


def write(store: Store, result: Outcome, run_id: int) -> None:
    """Store one outcome: a record under its origin, or a rejection."""
    if isinstance(result.result, Rejection):
        rejection = result.result
        if rejection.origin != result.origin:
            rejection = Rejection(
                page_id=rejection.page_id,
                origin=result.origin,
                stage=rejection.stage,
                reason=rejection.reason,
                detail=rejection.detail,
            )
        store.reject(rejection, run_id=run_id)
    else:
        store.put(result.result, origin=result.origin, run_id=run_id)


def skip_done(
    items: Iterable[RawPage | PageError],
    store: Store,
    *,
    on_skip: Callable[[int], None] | None = None,
    retry: bool | Collection[str] = False,
    retrying: set[str] | None = None,
) -> Iterator[RawPage | PageError]:
    """The items whose origin the store does not hold yet, looked up a small batch at a time.

    With ``retry``, items stored as rejections (with one of the reasons of
    ``retry``, or any when it is ``True``) come out too, their origins added
    to ``retrying``.
    """
    for chunk in batches(items, pages=SKIP_BATCH, nbytes=SKIP_BATCH_BYTES):
        origins = [item.origin for item in chunk]
        done = store.done_origins(origins)
        if done and retry is not False:
            reasons = None if retry is True else retry
            again = store.rejected_origins(origins, reasons) & done
            done -= again
            if retrying is not None:
                retrying |= again
        if done and on_skip is not None:
            on_skip(sum(1 for item in chunk if item.origin in done))
        for item in chunk:
            if item.origin not in done:
                yield item
