"""Ingest: a stream of pages through the local runner into a store, resumably.

The calling process is the single writer. Inputs whose origin the store
already holds (as a record or a rejection) are skipped before any work, so a
rerun after a crash or a kill does only what is missing; records are upserted
by id and rejections keyed by origin, and batches are committed atomically,
so whatever moment a run is killed at, rerunning it ends with every page
stored exactly once. With ``retry``, origins stored as rejections (of some
reasons, or all) are processed again: a page that now succeeds replaces its
rejection with its record, one that fails again keeps one, updated, rejection.
With ``replace``, nothing is skipped and each record replaces the stored one
of its id, even a richer one (by default a record without NLP annotations
never replaces one with them). A run with the NLP stages does not skip the
pages stored without them: it stores them again, annotated.

The summary accounts for every input: pages stored as new records, merged
into a record already stored (the same URL or text from another input),
replacing a stored record, or kept out by a richer stored one; rejections by
reason; inputs skipped as already done; and inputs that are no page (WARC
requests, images, stylesheets), by kind.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from newsdesk.errors import PageError
from newsdesk.page import NotAPage, RawPage
from newsdesk.record import Rejection
from newsdesk.runners.local import batches, run_local
from newsdesk.runners.process import Outcome
from newsdesk.settings import Settings
from newsdesk.store.protocol import StoreWriter as Store
from newsdesk.store.writes import PutResult

#: Origins looked up in the store at once when skipping what is already done.
SKIP_BATCH = 64
SKIP_BATCH_BYTES = 16_000_000
#: A batch of writes is committed after this many outcomes or this many seconds.
COMMIT_EVERY = 64
COMMIT_SECONDS = 1.0
#: Rejections a summary keeps to show (the store keeps them all).
FIRST_REJECTIONS = 5


@dataclass
class IngestSummary:
    """What one ingest run did with every input it was given."""

    stored: int = 0
    #: Pages whose record was already stored from another input (one record for both).
    merged: int = 0
    #: Pages whose record replaced the stored one of the same id.
    replaced: int = 0
    #: Pages not stored because the stored record of their id is richer (has NLP).
    kept: int = 0
    skipped: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    #: Inputs that are no page (WARC requests, images, stylesheets), by kind.
    not_pages: Counter[str] = field(default_factory=Counter)
    #: The first few rejections, to show; the store keeps them all.
    first_rejections: list[Rejection] = field(default_factory=list)
    seconds: float = 0.0
    #: Whether rejections were retried (``--retry-rejected``); how many; how many now stored.
    retry: bool = False
    retried: int = 0
    recovered: int = 0

    @property
    def processed(self) -> int:
        """Pages processed in this run: with a record (however stored) or a rejection."""
        return self.written + sum(self.rejected.values())

    @property
    def written(self) -> int:
        """Pages processed into a record, whatever the store did with it."""
        return self.stored + self.merged + self.replaced + self.kept

    @property
    def pages_per_second(self) -> float:
        return pages_per_second(self.processed, self.seconds)

    def count(self, result: PutResult) -> None:
        if result == "stored":
            self.stored += 1
        elif result == "merged":
            self.merged += 1
        elif result == "replaced":
            self.replaced += 1
        else:
            self.kept += 1

    def tally(self, result: Outcome, stored: PutResult | None) -> None:
        """Count one outcome written to the store (``stored``: what the store did with a
        record; ``None`` for a rejection)."""
        if isinstance(result.result, Rejection):
            self.rejected[result.result.reason] += 1
            if len(self.first_rejections) < FIRST_REJECTIONS:
                self.first_rejections.append(located(result.result, result.origin))
        else:
            assert stored is not None
            self.count(stored)

    def counts(self) -> dict[str, int]:
        """The counts as a flat mapping, as the store keeps them for the run."""
        flat = {
            "stored": self.stored,
            "skipped": self.skipped,
            "rejected": sum(self.rejected.values()),
        }
        extra = {"merged": self.merged, "replaced": self.replaced, "kept": self.kept}
        flat.update({name: n for name, n in extra.items() if n})
        flat.update({f"rejected:{reason}": n for reason, n in sorted(self.rejected.items())})
        if self.not_pages:
            flat["not-pages"] = sum(self.not_pages.values())
            flat.update({f"not-page:{kind}": n for kind, n in sorted(self.not_pages.items())})
        if self.retry:
            flat.update({"retried": self.retried, "retried:stored": self.recovered})
        return flat


def pages_per_second(pages: float, seconds: float) -> float:
    """The rate a run reports: pages processed (not skipped) over the seconds it took."""
    return pages / seconds if seconds > 0 else 0.0


def ingest(
    items: Iterable[RawPage | PageError | NotAPage],
    store: Store,
    settings: Settings,
    *,
    command: str = "ingest",
    workers: int | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_skip: Callable[[int], None] | None = None,
    retry: bool | Collection[str] = False,
    replace: bool = False,
) -> IngestSummary:
    """Process every item not already in ``store`` and write its record or rejection there.

    ``retry`` processes again the items stored as rejections: all of them
    (``True``) or those with one of the reason codes given. ``replace``
    processes every item, and its record replaces the stored one even when
    that one is richer.
    """
    summary = IngestSummary(retry=retry is not False)
    retrying: set[str] = set()  # origins of retried rejections whose outcome is pending

    def skipped(count: int) -> None:
        summary.skipped += count
        if on_skip is not None:
            on_skip(count)

    pages = _pages(items, summary.not_pages)
    todo = (
        pages
        if replace
        else skip_done(
            pages, store, on_skip=skipped, retry=retry, retrying=retrying, nlp=settings.nlp
        )
    )
    unsaved = 0
    last_commit = time.monotonic()
    with logged_run(store, command, summary) as run_id:
        for result in run_local(todo, settings, workers=workers):
            summary.tally(result, write(store, result, run_id, nlp=settings.nlp, replace=replace))
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
    return summary


@contextmanager
def logged_run(store: Store, command: str, summary: IngestSummary) -> Iterator[int]:
    """A run of ``command`` logged in the store (its id is given to the block); at its end,
    however it ends, the writes are committed, ``summary.seconds`` set and the run's counts
    stored, ``interrupted`` when the block did not complete."""
    started = time.monotonic()
    run_id = store.begin_run(command)
    completed = False
    try:
        yield run_id
        completed = True
    finally:
        store.commit()
        summary.seconds = time.monotonic() - started
        counts = summary.counts()
        if not completed:  # interrupted (Ctrl-C) or failed: the run says so in `stats`
            counts["interrupted"] = 1
        store.finish_run(run_id, counts)
        store.commit()


def write(
    store: Store, result: Outcome, run_id: int, *, nlp: bool = True, replace: bool = False
) -> PutResult | None:
    """Store one outcome: a record under its origin (saying what the store did with it), or
    a rejection (``None``)."""
    if isinstance(result.result, Rejection):
        store.reject(located(result.result, result.origin), run_id=run_id)
        return None
    return store.put(
        result.result,
        origin=result.origin,
        run_id=run_id,
        nlp=nlp,
        replace=replace,
        signature=result.signature,
    )


def located(rejection: Rejection, origin: str) -> Rejection:
    """The rejection under the origin of the input it is for."""
    return (
        rejection if rejection.origin == origin else dataclasses.replace(rejection, origin=origin)
    )


def _pages(
    items: Iterable[RawPage | PageError | NotAPage], not_pages: Counter[str]
) -> Iterator[RawPage | PageError]:
    """The pages and errors of a source stream; the inputs that are no page counted by kind."""
    for item in items:
        if isinstance(item, NotAPage):
            not_pages[item.kind] += 1
        else:
            yield item


def skip_done(
    items: Iterable[RawPage | PageError],
    store: Store,
    *,
    on_skip: Callable[[int], None] | None = None,
    retry: bool | Collection[str] = False,
    retrying: set[str] | None = None,
    nlp: bool = False,
) -> Iterator[RawPage | PageError]:
    """The items whose origin the store does not hold yet, looked up a small batch at a time.

    With ``retry``, items stored as rejections (with one of the reasons of
    ``retry``, or any when it is ``True``) come out too, their origins added
    to ``retrying``. With ``nlp`` (a run with the NLP stages), items whose
    record was stored without them come out too, to be made richer.
    """
    for chunk in batches(items, pages=SKIP_BATCH, nbytes=SKIP_BATCH_BYTES):
        origins = [item.origin for item in chunk]
        done = store.done_origins(origins, nlp=nlp)
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
