"""Load a job's output folder (``newsdesk spark --out DIR``) into a store.

The inputs a job completed are read by their markers (a part without its
marker, left by a killed job, is not read), and each outcome goes into the
store the way ``ingest`` writes one (``runners.ingest.write``): records
upserted by id under their origin, never over a richer record unless
``replace``, rejections keyed by origin. Origins the store already holds are
skipped, as ``ingest`` skips them, so loading the same folder twice, or two
folders that overlap, stores every page once. Writes are committed a batch
(``SKIP_BATCH`` outcomes) at a time, and the run is logged in the store like an ingest run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from newsdesk.errors import NewsdeskError
from newsdesk.runners.ingest import SKIP_BATCH, IngestSummary, logged_run, write
from newsdesk.runners.job_output import DONE, InputDone, outcomes_of, read_markers
from newsdesk.runners.process import Outcome
from newsdesk.store import Store

__all__ = ["LoadError", "check_output", "load"]


class LoadError(NewsdeskError):
    """The folder is no job output, or a part it names cannot be read."""


def load(
    out: Path,
    store: Store,
    *,
    command: str = "load",
    replace: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> IngestSummary:
    """Store every outcome of the inputs completed in ``out``; say what was done."""
    check_output(out)
    markers = read_markers(out)
    summary = IngestSummary()
    with logged_run(store, command, summary) as run_id:
        for marker in markers:
            for kind, count in marker.not_pages.items():
                summary.not_pages[kind] += count
            for chunk in _chunks(_read(out, marker), SKIP_BATCH):
                done = (
                    set()
                    if replace
                    else store.done_origins([item.origin for item in chunk], nlp=marker.nlp)
                )
                summary.skipped += sum(1 for item in chunk if item.origin in done)
                for item in chunk:
                    if item.origin not in done:
                        stored = write(store, item, run_id, nlp=marker.nlp, replace=replace)
                        summary.tally(item, stored)
                        if on_outcome is not None:
                            on_outcome(item)
                store.commit()
    return summary


def check_output(out: Path) -> None:
    """Raise ``LoadError`` unless ``out`` is the output folder of a job."""
    if not (out / DONE).is_dir():
        raise LoadError(f"{out}: no job output here (no {DONE} folder of completed inputs)")


def _read(out: Path, marker: InputDone) -> Iterator[Outcome]:
    try:
        yield from outcomes_of(out, marker)
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise LoadError(f"{out}: cannot read the output of {marker.input}: {err}") from err


def _chunks(items: Iterator[Outcome], size: int) -> Iterator[list[Outcome]]:
    while chunk := list(islice(items, size)):
        yield chunk
