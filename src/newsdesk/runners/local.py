"""The local runner: ``process`` over a stream of pages, in a pool of worker processes.

Pages are streamed: at most ``in_flight`` pages are read ahead of the
results, so memory stays flat whatever the size of the corpus; they travel
to the workers in small batches. Outcomes come back in input order. Each
worker loads what the pipeline needs (the NLP model) once, before its first
page, so the first page's time limit does not pay for it, and ends itself
when the parent is gone (even killed with SIGKILL). One worker runs in this
process, with no pool at all.

A worker that dies (killed, out of memory, a crash in native code) breaks
the pool: it is restarted, the pages in flight are sent again, those of the
batch that broke it one by one, and a page that breaks a worker on its own
gets an ``internal`` rejection. A worker stuck past the hard time limit (in
native code, where its own ``page_timeout`` timer cannot interrupt it) is
killed the same way, and the page gets a ``timeout`` rejection. No page is
lost.

The workers are started by a fork server, which imports the main module of
the program again: a script that calls ``run_local`` needs the usual
``if __name__ == "__main__":`` guard of ``multiprocessing``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from newsdesk.errors import ModelError, PageError
from newsdesk.page import RawPage
from newsdesk.runners.limits import STAGE, warm_up
from newsdesk.runners.process import Outcome, outcome, process_batch
from newsdesk.runners.rejection import rejection
from newsdesk.settings import Settings

#: Pages read ahead per worker: enough to keep workers busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 16
#: Pages sent to a worker at once, and the bytes that close a batch early.
BATCH_PAGES = 8
BATCH_BYTES = 4_000_000

#: A batch at the head of the queue is given HARD_LIMIT_FACTOR x page_timeout per page, plus
#: HARD_LIMIT_GRACE seconds (a fresh worker loads the model first), before its worker is killed.
HARD_LIMIT_FACTOR = 2.0
HARD_LIMIT_GRACE = 60.0

#: How often a worker checks that its parent is still alive, in seconds.
PARENT_CHECK_SECONDS = 0.5

#: Modules the fork server imports once, so workers start without importing them again.
PRELOAD = ["newsdesk.pipeline", "newsdesk.runners.process"]


def worker_count(requested: int) -> int:
    """``requested`` workers, or one per available core when it is 0 or less."""
    if requested > 0:
        return requested
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def run_local(
    items: Iterable[RawPage | PageError],
    settings: Settings,
    *,
    workers: int | None = None,
    in_flight: int | None = None,
) -> Iterator[Outcome]:
    """The outcome of every item, in input order.

    ``in_flight`` bounds the pages read ahead of the results (default:
    ``IN_FLIGHT_PER_WORKER`` per worker); pages travel to the workers in
    batches of up to ``BATCH_PAGES``, so the processes talk less.
    """
    count = worker_count(settings.workers if workers is None else workers)
    if count == 1:
        warm_up(settings)
        for item in items:
            yield outcome(item, settings)
        return
    limit = in_flight or count * IN_FLIGHT_PER_WORKER
    batch_pages = max(1, min(BATCH_PAGES, limit // count))
    pool = _Pool(count, settings)
    pending: deque[_Batch] = deque()
    try:
        for batch in batches(items, pages=batch_pages):
            pending.append(pool.submit(batch))
            while len(pending) * batch_pages >= limit:
                yield from pool.collect(pending)
        while pending:
            yield from pool.collect(pending)
    finally:
        pool.shutdown()


def batches(
    items: Iterable[RawPage | PageError], *, pages: int, nbytes: int = BATCH_BYTES
) -> Iterator[list[RawPage | PageError]]:
    """Items in lists of at most ``pages`` items and about ``nbytes`` bytes of pages."""
    batch: list[RawPage | PageError] = []
    weight = 0
    for item in items:
        batch.append(item)
        weight += len(item.data) if isinstance(item, RawPage) else 0
        if len(batch) >= pages or weight >= nbytes:
            yield batch
            batch, weight = [], 0
    if batch:
        yield batch


def _start_worker(settings: Settings, parent: int) -> None:
    # Ctrl-C is the parent's to handle: it stops the pool and reports what was done.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()
    warm_up(settings)


def _watch_parent(parent: int) -> None:
    """End this worker when the parent is gone (killed with SIGKILL, it cannot stop the pool)."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # the pid now belongs to another user's process
            os._exit(1)


@dataclass(slots=True)
class _Batch:
    items: list[RawPage | PageError]
    future: Future[list[Outcome]] | None
    done: list[Outcome] | None = None


class _Pool:
    """A process pool that restarts itself when a worker dies."""

    def __init__(self, count: int, settings: Settings) -> None:
        self._count = count
        self._settings = settings
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self._count,
            mp_context=self._context,
            initializer=_start_worker,
            initargs=(self._settings, os.getpid()),
        )

    def submit(self, items: list[RawPage | PageError]) -> _Batch:
        pages = [item for item in items if isinstance(item, RawPage)]
        if not pages:
            return _Batch(items, None, [outcome(item, self._settings) for item in items])
        return _Batch(items, self._executor.submit(process_batch, pages, self._settings))

    def collect(self, pending: deque[_Batch]) -> list[Outcome]:
        """The outcomes of the oldest pending batch (waiting for them if needed).

        When the pool broke, or a batch overran its hard time limit (a page
        stuck in native code, where the worker's own timer cannot reach),
        the workers are replaced and a batch of several pages is sent again
        page by page, so only the page at fault is rejected; the outcomes
        are then those of the next collects.
        """
        first = pending.popleft()
        if first.done is not None:
            return first.done
        assert first.future is not None
        try:
            return self._merge(first.items, first.future.result(timeout=self._hard_limit(first)))
        except ModelError:
            raise
        except FutureTimeout:
            self._kill_workers()
            lost = _timed_out
        except BrokenProcessPool:
            lost = _died
        except Exception as exc:  # e.g. a result that cannot be pickled
            return [_failed(item, exc, self._settings) for item in first.items]
        self._restart(pending)
        if len(first.items) > 1:
            pending.extendleft(reversed([self.submit([item]) for item in first.items]))
            return []
        return [lost(item, self._settings) for item in first.items]

    def _hard_limit(self, batch: _Batch) -> float | None:
        """Seconds to wait for a batch at the head of the queue before killing its worker."""
        if self._settings.page_timeout <= 0:
            return None
        return HARD_LIMIT_FACTOR * self._settings.page_timeout * len(batch.items) + HARD_LIMIT_GRACE

    def _kill_workers(self) -> None:
        # ProcessPoolExecutor has no public way to stop a busy worker before Python 3.14.
        for process in list(self._executor._processes.values()):
            with contextlib.suppress(OSError):
                process.kill()

    def _merge(self, items: list[RawPage | PageError], results: list[Outcome]) -> list[Outcome]:
        """The outcomes of a batch in its order: source errors resolved here, pages by workers."""
        processed = iter(results)
        return [
            outcome(item, self._settings) if isinstance(item, PageError) else next(processed)
            for item in items
        ]

    def _restart(self, pending: deque[_Batch]) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()
        for index, entry in enumerate(pending):
            if entry.done is not None or entry.future is None:
                continue
            future = entry.future
            if future.done() and not future.cancelled() and future.exception() is None:
                entry.done = self._merge(entry.items, future.result())
            else:
                pending[index] = self.submit(entry.items)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def _died(item: RawPage | PageError, settings: Settings) -> Outcome:
    detail = "the worker process died on this page (out of memory, or a crash in native code)"
    return _failed(item, PageError(detail, reason="internal", stage=STAGE), settings)


def _timed_out(item: RawPage | PageError, settings: Settings) -> Outcome:
    detail = (
        f"page took longer than {HARD_LIMIT_FACTOR:g} x {settings.page_timeout:g} s "
        "(page_timeout) and its worker was stopped"
    )
    return _failed(item, PageError(detail, reason="timeout", stage=STAGE), settings)


def _failed(item: RawPage | PageError, failure: BaseException, settings: Settings) -> Outcome:
    """The outcome of an item whose batch failed in the pool: a source error is its own
    rejection, a page gets the rejection of ``failure`` (``runners.rejection``)."""
    if isinstance(item, PageError):
        return outcome(item, settings)
    found = rejection(
        failure,
        page_id=item.provisional_id,
        origin=item.origin,
        page_timeout=settings.page_timeout,
    )
    return Outcome(item.origin, found)
