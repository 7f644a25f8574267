"""What the API and the pages share per request: the thread's store, the query
layer's refusals as 400s, and extracting a posted page within the limits."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated, TypeVar

from fastapi import Query, Request
from starlette.exceptions import HTTPException

from newsdesk.errors import PageError
from newsdesk.record import Record
from newsdesk.settings import Settings
from newsdesk.store.protocol import StoreReader
from newsdesk.web.limits import MAX_QUERY_CHARS

__all__ = ["Text", "asked", "extract_record", "store_of"]

T = TypeVar("T")

#: An optional text parameter of the API and the pages, at most ``MAX_QUERY_CHARS`` long.
Text = Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)]


def store_of(request: Request) -> StoreReader:
    """The read-only store of the thread serving the request."""
    store: StoreReader = request.app.state.readers.get()
    return store


def asked(question: Callable[[], T]) -> T:
    """The answer of a query; a malformed query, date or id (``ValueError``) is a 400."""
    try:
        return question()
    except ValueError as err:
        raise HTTPException(400, str(err)) from err


async def extract_record(request: Request, data: bytes, *, nlp: bool) -> Record:
    """The record of a posted page, extracted in a worker thread within the
    ``page_timeout`` setting (504 past it); a page that cannot be read is a 422."""
    from newsdesk import RawPage, extract

    if not data.strip():
        raise HTTPException(422, "the page is empty: post the text or HTML of a page")
    settings: Settings = request.app.state.settings
    executor: ThreadPoolExecutor = request.app.state.extractor
    page = RawPage(data=data, origin="<posted>")
    work = asyncio.get_running_loop().run_in_executor(
        executor, lambda: extract(page, settings=settings, nlp=nlp)
    )
    limit = settings.page_timeout if settings.page_timeout > 0 else None
    try:
        return await asyncio.wait_for(work, limit)
    except TimeoutError as err:
        raise HTTPException(
            504, f"the page took longer than {settings.page_timeout:g} s (page_timeout)"
        ) from err
    except PageError as err:
        from newsdesk.runners.rejection import describe, rejection

        rejected = rejection(
            err,
            page_id=page.provisional_id,
            origin=page.origin,
            page_timeout=settings.page_timeout,
        )
        raise HTTPException(422, f"the page cannot be read: {describe(rejected)}") from err
