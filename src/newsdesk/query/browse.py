"""The query layer's reads for browsing a store (the REST API and the web pages):
the facets of a search, one corpus entity by its id, the corpus entities an
article's names belong to, and the market rows pages carried.

Searching itself, quotes and entity lists are in ``newsdesk.query.search``; these
ask the store's reading half the same way (``newsdesk.store.protocol.
StoreReader``), whatever the backend, and return the dataclasses of
``newsdesk.query.results``.
"""

from __future__ import annotations

from newsdesk.query.results import EntityRow, Facets, Filters, MarketHit
from newsdesk.store.protocol import StoreReader

__all__ = ["FACET_TOP", "doc_entities", "entity", "facets", "market"]

#: Values shown per facet.
FACET_TOP = 8


def facets(
    store: StoreReader, query: str | None, *, filters: Filters | None = None, top: int = FACET_TOP
) -> Facets:
    """How the documents matching ``query`` (all documents when it is empty) and the
    filters spread over outlets, tags, corpus entities and months of publication."""
    return store.facets(query, filters=filters, top=top)


def entity(store: StoreReader, entity_id: str) -> EntityRow | None:
    """The corpus entity with this id, with its names and counts; ``None`` when none has it."""
    found = store.entities(entity_id=entity_id, limit=1)
    return found[0] if found else None


def doc_entities(store: StoreReader, doc: str) -> dict[str, str]:
    """The corpus entity of each entity of an article (its id in the record -> corpus id)."""
    return store.doc_entities(doc)


def market(
    store: StoreReader,
    *,
    name: str | None = None,
    doc: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[MarketHit]:
    """Market rows of stored pages, newest page first: of an instrument (its name as the
    page spelled it or its standard name, ignoring case), of one page, of a date range."""
    return store.market(name=name, doc=doc, since=since, until=until, limit=limit, offset=offset)
