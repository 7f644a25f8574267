"""The ASGI application: the API and the pages over one read-only store, with the
security headers, the body limit, and one error shape for every failure."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from newsdesk import __version__
from newsdesk.errors import StoreError
from newsdesk.settings import Settings
from newsdesk.web import api, pages
from newsdesk.web.limits import EXTRACT_SLOTS, MAX_BODY_BYTES
from newsdesk.web.reader import Readers
from newsdesk.web.render import templates
from newsdesk.web.security import BodyLimit, HostCheck, SecurityHeaders, error_body

__all__ = ["create_app"]

log = logging.getLogger("newsdesk.web")

#: The error code of each status the server answers with.
ERROR_CODES = {
    400: "bad-request",
    404: "not-found",
    405: "method-not-allowed",
    413: "too-large",
    422: "invalid",
    500: "internal",
    503: "store-unavailable",
    504: "timeout",
}


def create_app(
    db: str, settings: Settings | None = None, *, hosts: tuple[str, ...] | None = None
) -> FastAPI:
    """The application over the store at ``db`` (opened read-only now: a bad path fails
    here, before the server starts); with ``hosts``, requests naming another host are
    refused."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.extractor = ThreadPoolExecutor(EXTRACT_SLOTS, thread_name_prefix="extract")
        yield
        app.state.extractor.shutdown(wait=False, cancel_futures=True)
        app.state.readers.close()

    app = FastAPI(
        lifespan=lifespan,
        title="newsdesk",
        version=__version__,
        description="Search a newsdesk store: articles, entities, quotes with their "
        "speakers, market rows; extract the record of a raw page.",
        docs_url=None,  # the interactive docs load scripts from elsewhere: the CSP forbids them
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.readers = Readers(db)
    app.state.settings = settings or Settings()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(files("newsdesk.web") / "static")), "static")
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(Exception, _internal)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    if hosts is not None:
        app.add_middleware(HostCheck, hosts=hosts)

    return app


def error_response(request: Request, status: int, message: str) -> Response:
    """The error as JSON under ``/api``, as an HTML page elsewhere."""
    code = ERROR_CODES.get(status, "error")
    if request.url.path.startswith("/api"):
        return JSONResponse(error_body(status, code, message), status_code=status)
    html = templates.get_template("error.html").render(status=status, message=message)
    return HTMLResponse(html, status_code=status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    response = error_response(request, exc.status_code, message)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(request, 422, "; ".join(_problem(e) for e in exc.errors()))


def _problem(error: Any) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path"))
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg"))


async def _store_error(request: Request, exc: Exception) -> Response:
    log.warning("store error on %s: %s", request.url.path, exc)
    return error_response(request, 503, f"the store cannot be read ({exc})")


async def _internal(request: Request, exc: Exception) -> Response:
    log.exception("internal error on %s", request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error: the server log has the details")
