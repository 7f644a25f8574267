"""The HTML pages: search with facets, an article, a person or organisation, and
the paste-a-page form. They read through the same query layer as the API."""

from __future__ import annotations

import calendar
from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException

from newsdesk.query import browse
from newsdesk.query.results import Facets, shown_outlet
from newsdesk.query.search import Filters, Hit, find, quotes, search, stats
from newsdesk.record import Record
from newsdesk.web.article import blocks, quote_views
from newsdesk.web.chart import weekly
from newsdesk.web.context import Text, asked, extract_record, store_of
from newsdesk.web.limits import DEFAULT_LIMIT, MAX_BODY_BYTES, MAX_QUERY_CHARS, PERSON_QUOTES
from newsdesk.web.render import page_url, templates

__all__ = ["router"]

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

#: Result pages one may page through (``limits.MAX_OFFSET`` results).
MAX_PAGE = 500


def _html(template: str, status: int = 200, **values: Any) -> HTMLResponse:
    return HTMLResponse(templates.get_template(template).render(**values), status_code=status)


@router.get("/")
def search_page(
    request: Request,
    q: Text = None,
    outlet: Text = None,
    entity: Text = None,
    tag: Text = None,
    since: Text = None,
    until: Text = None,
    language: Annotated[str | None, Query(max_length=3)] = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
) -> HTMLResponse:
    store = store_of(request)
    asked_for = {
        "outlet": outlet,
        "entity": entity,
        "tag": tag,
        "since": since,
        "until": until,
        "language": language,
    }
    given = {name: value.strip() for name, value in asked_for.items() if value and value.strip()}
    filters = Filters(**given)
    query = (q or "").strip()
    hits: list[Hit] = []
    more = False
    spread = None
    if query:
        found = asked(
            lambda: search(
                store,
                query,
                filters=filters,
                collapse=True,
                limit=DEFAULT_LIMIT + 1,
                offset=(page - 1) * DEFAULT_LIMIT,
            )
        )
        hits, more = found[:DEFAULT_LIMIT], len(found) > DEFAULT_LIMIT
        spread = asked(lambda: browse.facets(store, query, filters=filters))
    return _html(
        "search.html",
        q=query,
        filters=filters,
        filters_given=given,
        filtered=bool(given),
        hits=hits,
        more=more,
        page=page,
        facets=spread,
        facet_groups=_facet_links(query, given, spread) if spread else [],
        held=None if query else asked(lambda: stats(store, top=10)),
        snippet=_snippet,
        max_query=MAX_QUERY_CHARS,
    )


def _snippet(hit: Hit) -> list[tuple[str, bool]]:
    """The snippet as pieces, each marked or not (the template escapes each)."""
    pieces = []
    at = 0
    for start, end in hit.highlights:
        pieces += [(hit.snippet[at:start], False), (hit.snippet[start:end], True)]
        at = end
    pieces.append((hit.snippet[at:], False))
    return [(text, marked) for text, marked in pieces if text]


def _facet_links(
    query: str, given: dict[str, str], facets: Facets
) -> list[tuple[str, list[tuple[str, int, str]]]]:
    """Each facet's values with the link that narrows the search to one."""

    def links(name: str, values: Any) -> list[tuple[str, int, str]]:
        return [
            (v.label, v.count, page_url("/", q=query, **{**given, name: v.key})) for v in values
        ]

    months = [
        (v.label, v.count, page_url("/", q=query, **{**given, **_month(v.key)}))
        for v in facets.months
    ]
    groups = [
        ("Outlets", links("outlet", facets.outlets)),
        ("Entities", links("entity", facets.entities)),
        ("Tags", links("tag", facets.tags)),
        ("Months", months),
    ]
    return [(title, found) for title, found in groups if found]


def _month(key: str) -> dict[str, str]:
    """The date range of a month facet (``2024-02``)."""
    try:
        year, month = int(key[:4]), int(key[5:7])
        last = calendar.monthrange(year, month)[1]
    except (ValueError, calendar.IllegalMonthError):
        return {}
    return {"since": f"{key[:7]}-01", "until": f"{key[:7]}-{last:02d}"}


@router.get("/article/{doc_id}")
def article_page(request: Request, doc_id: Annotated[str, Path(max_length=64)]) -> HTMLResponse:
    store = store_of(request)
    record = asked(lambda: find(store, doc_id))
    if record is None:
        raise HTTPException(404, f"no stored article has the id {doc_id!r}")
    return _article(record, links=browse.doc_entities(store, record.id), stored=True)


def _article(record: Record, *, links: dict[str, str], stored: bool) -> HTMLResponse:
    return _html(
        "article.html",
        record=record,
        blocks=blocks(record),
        quotes=quote_views(record),
        links=links,
        stored=stored,
        record_json="" if stored else record.to_json(indent=2),
    )


@router.get("/entity/{entity_id}")
def entity_page(
    request: Request, entity_id: Annotated[str, Path(max_length=MAX_QUERY_CHARS)]
) -> HTMLResponse:
    store = store_of(request)
    found = browse.entity(store, entity_id)
    if found is None:
        raise HTTPException(404, f"no entity has the id {entity_id!r}")
    said = quotes(store, entity=found.id, limit=PERSON_QUOTES)
    outlets = Counter(shown_outlet(quote) or "unknown outlet" for quote in said)
    return _html(
        "entity.html",
        entity=found,
        quotes=said,
        outlets=outlets.most_common(),
        chart=weekly(quote.published for quote in said),
    )


@router.get("/paste")
def paste_form() -> HTMLResponse:
    return _html("paste.html", page="", nlp=True, message=None)


@router.post("/paste")
async def paste_page(
    request: Request,
    page: Annotated[str, Form(max_length=MAX_BODY_BYTES)] = "",
    nlp: Annotated[bool, Form()] = False,
) -> HTMLResponse:
    try:
        record = await extract_record(request, page.encode("utf-8", "replace"), nlp=nlp)
    except HTTPException as err:
        return _html("paste.html", err.status_code, page=page, nlp=nlp, message=err.detail)
    return _article(record, links={}, stored=False)
