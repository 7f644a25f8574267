"""The REST API under ``/api``: search, documents, entities, quotes, market rows,
extraction of a posted page, health. Every answer comes from the query layer;
every error has the shape ``{"error": {"status", "code", "message"}}``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from newsdesk.query import browse
from newsdesk.query.results import Facets, MarketHit
from newsdesk.query.search import (
    EntityRow,
    Filters,
    Hit,
    QuoteHit,
    entities,
    find,
    quotes,
    search,
    stats,
)
from newsdesk.record import Record
from newsdesk.web.context import Text, asked, extract_record, store_of
from newsdesk.web.limits import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS

__all__ = ["router"]


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class Health(BaseModel):
    status: str
    documents: int
    quotes: int
    entities: int


class SearchAnswer(BaseModel):
    query: str
    offset: int
    limit: int
    hits: list[Hit]
    facets: Facets | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in (
        (400, "a malformed query, date or id"),
        (404, "nothing has this id"),
        (413, "the request body is too large"),
        (422, "a parameter is missing or invalid"),
        (500, "a fault of the server"),
        (503, "the store cannot be read"),
    )
}

router = APIRouter(prefix="/api", responses=ERRORS)

Day = Annotated[
    str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="an ISO date (inclusive)")
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


@router.get("/health")
def health(request: Request) -> Health:
    """Whether the store can be read, and what it holds."""
    held = stats(store_of(request), top=1)
    return Health(status="ok", documents=held.documents, quotes=held.quotes, entities=held.entities)


@router.get("/search")
def search_documents(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS)],
    outlet: Text = None,
    entity: Text = None,
    tag: Text = None,
    since: Day = None,
    until: Day = None,
    language: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,3}$")] = None,
    collapse: bool = True,
    facets: bool = False,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> SearchAnswer:
    """Documents matching ``q`` (the CLI's search syntax), best first, near-duplicates
    collapsed to their best hit unless ``collapse=false``; ``facets=true`` adds how the
    matches spread over outlets, tags, entities and months."""
    store = store_of(request)
    chosen = Filters(since, until, outlet, entity, tag, language)
    hits = asked(
        lambda: search(store, q, filters=chosen, collapse=collapse, limit=limit, offset=offset)
    )
    spread = asked(lambda: browse.facets(store, q, filters=chosen)) if facets else None
    return SearchAnswer(query=q, offset=offset, limit=limit, hits=hits, facets=spread)


@router.get("/documents/{doc_id}")
def document(
    request: Request,
    response: Response,
    doc_id: Annotated[str, Path(max_length=64)],
    download: bool = False,
) -> Record:
    """One stored record, by its id or the first characters of it; ``download=true``
    serves it as a file."""
    record = asked(lambda: find(store_of(request), doc_id))
    if record is None:
        raise HTTPException(404, f"no stored article has the id {doc_id!r}")
    if download:
        response.headers["content-disposition"] = f'attachment; filename="{record.id}.json"'
    return record


@router.get("/entities")
def entity_list(
    request: Request,
    entity_type: Annotated[str | None, Query(alias="type", pattern=r"^[A-Za-z_]{1,20}$")] = None,
    name: Text = None,
    limit: Limit = DEFAULT_LIMIT,
) -> list[EntityRow]:
    """Corpus entities (of a type, or known by a name), the most widely covered first."""
    store = store_of(request)
    return asked(lambda: entities(store, entity_type=entity_type, name=name, limit=limit))


@router.get("/entities/{entity_id}")
def one_entity(
    request: Request, entity_id: Annotated[str, Path(max_length=MAX_QUERY_CHARS)]
) -> EntityRow:
    """One corpus entity: its names, mentions, articles and quotes counted."""
    found = asked(lambda: browse.entity(store_of(request), entity_id))
    if found is None:
        raise HTTPException(404, f"no entity has the id {entity_id!r}")
    return found


@router.get("/quotes")
def quote_list(
    request: Request,
    speaker: Text = None,
    entity: Text = None,
    about: Text = None,
    since: Day = None,
    until: Day = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> list[QuoteHit]:
    """Quotes by a speaker (any of their names, or one corpus entity's id), about a
    subject (best matches first), in a date range; otherwise in order of publication."""
    store = store_of(request)
    return asked(
        lambda: quotes(
            store,
            speaker=speaker,
            entity=entity,
            about=about,
            since=since,
            until=until,
            limit=limit,
            offset=offset,
        )
    )


@router.get("/market")
def market_rows(
    request: Request,
    name: Text = None,
    doc: Annotated[str | None, Query(max_length=64)] = None,
    since: Day = None,
    until: Day = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> list[MarketHit]:
    """Market rows stored pages carried, newest page first: of an instrument, a page,
    a date range."""
    store = store_of(request)
    return asked(
        lambda: browse.market(
            store, name=name, doc=doc, since=since, until=until, limit=limit, offset=offset
        )
    )


@router.post(
    "/extract",
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "the raw page: text or HTML",
            "content": {
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    },
    responses={504: {"model": ErrorBody, "description": "the page took too long"}},
)
async def extract_page(request: Request, nlp: bool = True) -> Record:
    """The record of a posted page (nothing is stored); ``nlp=false`` skips entities
    and quotes."""
    return await extract_record(request, await request.body(), nlp=nlp)
