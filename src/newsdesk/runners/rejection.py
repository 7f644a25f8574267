"""What a failed page becomes: ``rejection(failure, ...) -> Rejection``, for every face.

The local runner (``runners.process``, and through it the pool and Spark) writes the
rejection beside the records; ``newsdesk extract`` prints it as one line on stderr and
the web app's extract endpoint answers it (``describe``). All turn a failure into a
rejection here, the same way:

- a ``PageError`` (the page cannot be read, or a stage failed on it) is its own
  rejection, told which page it is for;
- a ``SourceError`` (the file, URL or stream cannot be read at all) keeps its reason,
  under the stage ``SOURCE_STAGE``;
- a ``PageTimeout`` (the page ran past ``page_timeout``) is a ``timeout`` naming the
  pipeline stage the page was in;
- any other exception is an ``internal`` rejection with its type and message, so no
  page is ever lost to a bug.

A ``ModelError`` is no fault of the page (every other page would fail the same way):
``model_error`` finds it, bare or wrapped in a ``PageError``, for the caller to raise.
"""

from __future__ import annotations

from newsdesk.errors import ModelError, PageError, SourceError
from newsdesk.record import Rejection
from newsdesk.runners.limits import STAGE, PageTimeout

__all__ = ["DETAIL_CHARS", "SOURCE_STAGE", "describe", "model_error", "rejection"]

#: The stage of a rejection for an input that could not be read at all (``SourceError``).
SOURCE_STAGE = "source"
#: Most characters of an unexpected exception's message kept in its rejection.
DETAIL_CHARS = 500


def rejection(
    failure: BaseException, *, page_id: str, origin: str, page_timeout: float
) -> Rejection:
    """The rejection of the page ``page_id`` from ``origin`` that failed with ``failure``
    (``page_timeout``: the limit a ``PageTimeout`` ran past)."""
    if isinstance(failure, PageError):
        return failure.located(page_id=page_id, origin=origin).rejection()
    if isinstance(failure, SourceError):
        return Rejection(
            page_id=page_id,
            origin=failure.origin,
            stage=SOURCE_STAGE,
            reason=failure.reason,
            detail=failure.detail,
        )
    if isinstance(failure, PageTimeout):
        return Rejection(
            page_id=page_id,
            origin=origin,
            stage=failure.stage,
            reason="timeout",
            detail=f"page took longer than {page_timeout:g} s (page_timeout)",
        )
    return Rejection(
        page_id=page_id,
        origin=origin,
        stage=STAGE,
        reason="internal",
        detail=f"{type(failure).__name__}: {failure}"[:DETAIL_CHARS],
    )


def model_error(failure: BaseException) -> ModelError | None:
    """The ``ModelError`` behind ``failure`` (itself, or the cause of the ``PageError`` the
    pipeline wrapped it in), or None when the failure is the page's."""
    if isinstance(failure, ModelError):
        return failure
    if isinstance(failure, PageError) and isinstance(failure.__cause__, ModelError):
        return failure.__cause__
    return None


def describe(rejected: Rejection) -> str:
    """``rejected`` in one line for a person: which page, what went wrong, and the reason
    code and stage (as ``newsdesk extract`` and the web app's extract endpoint say it)."""
    where = rejected.origin or rejected.page_id or "<page>"
    return f"{where}: {rejected.detail} [{rejected.reason}, stage {rejected.stage}]"
