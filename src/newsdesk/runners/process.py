"""The per-page task every runner maps: ``process(page, settings) -> Record | Rejection``.

A plain module-level function, so a process pool, a Spark ``mapPartitions``
or a plain loop all call the very same code and count the same outcomes. It
never raises for a page: a ``PageError`` becomes its rejection, a page that
runs past ``Settings.page_timeout`` a ``timeout`` rejection naming the stage
it was in (``newsdesk.runners.limits``), and any other exception an
``internal`` rejection with its message (``newsdesk.runners.rejection``, the
one place a failure becomes a rejection), so no page is lost.
A ``ModelError`` (the NLP model cannot load) is raised, not rejected: it is
no fault of the page, and every other page would fail the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.corpus.near_duplicates import Signature, signature
from newsdesk.errors import PageError
from newsdesk.page import RawPage
from newsdesk.pipeline import extract
from newsdesk.record import Record, Rejection
from newsdesk.runners.limits import PageTimeout, time_limit
from newsdesk.runners.rejection import model_error, rejection
from newsdesk.settings import Settings


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: its origin and its record or rejection, and for a
    record the MinHash signature of its body (``newsdesk.corpus.near_duplicates``),
    computed here in the worker so the single writer only looks up its near-duplicates."""

    origin: str
    result: Record | Rejection
    signature: Signature | None = None

    @property
    def rejected(self) -> bool:
        return isinstance(self.result, Rejection)


def process(page: RawPage, settings: Settings) -> Record | Rejection:
    """The record of one page, or the rejection that says why there is none."""
    try:
        with time_limit(settings.page_timeout):
            return extract(page, settings=settings)
    except (Exception, PageTimeout) as failure:  # any bug too: a rejection, never a lost page
        fatal = model_error(failure)
        if fatal is failure:
            raise  # not the page's fault: every page would fail the same way, so the run stops
        if fatal is not None:  # the pipeline wrapped it
            raise fatal from None
        return rejection(
            failure,
            page_id=page.provisional_id,
            origin=page.origin,
            page_timeout=settings.page_timeout,
        )


def outcome(item: RawPage | PageError, settings: Settings) -> Outcome:
    """``process`` for an item of a source stream (a source error is already a rejection)."""
    if isinstance(item, PageError):
        return Outcome(item.origin, item.rejection())
    return processed(item, settings)


def processed(page: RawPage, settings: Settings) -> Outcome:
    """``process`` for one page, with the signature of its record's body."""
    result = process(page, settings)
    if isinstance(result, Rejection):
        return Outcome(page.origin, result)
    return Outcome(page.origin, result, signature(result.body))


def process_batch(pages: list[RawPage], settings: Settings) -> list[Outcome]:
    """``process`` over a few pages: what a pool worker runs for one batch."""
    return [processed(page, settings) for page in pages]
