"""The query layer's reads for browsing a store (the REST API and the web pages):
the facets of a search, one corpus entity by its id, the corpus entities an
article's names belong to, and the market rows pages carried.

Searching itself, quotes and entity lists are in ``newsdesk.search``; these
share its filters and its error handling, and return the dataclasses of
``newsdesk.search_results``.
"""

from __future__ import annotations

import json
from typing import Any

from newsdesk.query_syntax import fts_query
from newsdesk.search import Filters, _filter_sql, _reads, _refresh, entities
from newsdesk.search_results import EntityRow, FacetCount, Facets, MarketHit
from newsdesk.store.sqlite import SqliteStore

__all__ = ["doc_entities", "entity", "facets", "market"]

#: Values shown per facet.
FACET_TOP = 8


@_reads
def facets(
    store: SqliteStore, query: str | None, *, filters: Filters | None = None, top: int = FACET_TOP
) -> Facets:
    """How the documents matching ``query`` (all documents when it is empty) and the
    filters spread over outlets, tags, corpus entities and months of publication."""
    _refresh(store)
    conditions, params = _filter_sql(store, filters or Filters())
    if query and query.strip():
        matched = (
            "SELECT d.id FROM documents_fts JOIN documents d ON d.key = documents_fts.rowid "
            f"WHERE documents_fts MATCH ?{conditions}"
        )
        args: list[Any] = [fts_query(query), *params]
    else:
        matched = f"SELECT d.id FROM documents d WHERE 1{conditions}"
        args = list(params)
    conn = store.connection

    def counts(sql: str) -> tuple[FacetCount, ...]:
        rows = conn.execute(sql, [*args, top]).fetchall()
        return tuple(FacetCount(str(key), str(label), int(n)) for key, label, n in rows)

    (total,) = conn.execute(f"SELECT count(*) FROM ({matched})", args).fetchone()
    return Facets(
        total=int(total),
        outlets=counts(
            "SELECT o, o, count(*) FROM (SELECT coalesce(d.credit, d.outlet) AS o "
            f"FROM documents d WHERE d.id IN ({matched})) WHERE o IS NOT NULL "
            "GROUP BY o ORDER BY count(*) DESC, o LIMIT ?"
        ),
        tags=counts(
            "SELECT min(t.tag), min(t.tag), count(DISTINCT t.doc) FROM tags t "
            f"WHERE t.doc IN ({matched}) GROUP BY lower(t.tag) "
            "ORDER BY count(DISTINCT t.doc) DESC, lower(t.tag) LIMIT ?"
        ),
        entities=counts(
            "SELECT ce.name, ce.name || ' (' || ce.type || ')', count(DISTINCT e.doc) "
            "FROM entities e JOIN corpus_entities ce ON ce.id = e.corpus "
            f"WHERE e.doc IN ({matched}) GROUP BY ce.id "
            "ORDER BY count(DISTINCT e.doc) DESC, ce.name LIMIT ?"
        ),
        months=counts(
            "SELECT m, m, count(*) FROM (SELECT substr(d.published, 1, 7) AS m "
            f"FROM documents d WHERE d.id IN ({matched})) WHERE m IS NOT NULL "
            "GROUP BY m ORDER BY m DESC LIMIT ?"
        ),
    )


def entity(store: SqliteStore, entity_id: str) -> EntityRow | None:
    """The corpus entity with this id, with its names and counts; ``None`` when none has it."""
    found = entities(store, entity_id=entity_id, limit=1)
    return found[0] if found else None


@_reads
def doc_entities(store: SqliteStore, doc: str) -> dict[str, str]:
    """The corpus entity of each entity of an article (its id in the record -> corpus id)."""
    _refresh(store)
    rows = store.connection.execute(
        "SELECT eid, corpus FROM entities WHERE doc = ? AND corpus IS NOT NULL", (doc,)
    )
    return {eid: corpus for eid, corpus in rows}


@_reads
def market(
    store: SqliteStore,
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
    conditions, params = _filter_sql(store, Filters(since=since, until=until))
    if name:
        conditions += " AND (m.name = ? COLLATE NOCASE OR m.canonical = ? COLLATE NOCASE)"
        params += [name.strip(), name.strip()]
    if doc:
        conditions += " AND m.doc = ?"
        params.append(doc)
    rows = store.connection.execute(
        'SELECT m.doc, d.title, d.published, m.name, m.canonical, m.raw, m."values", '
        "m.confident FROM market m JOIN documents d ON d.id = m.doc "
        f"WHERE 1{conditions} ORDER BY coalesce(d.published, '') DESC, m.doc, m.n "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [
        MarketHit(d, title, published, name, canonical, raw, tuple(json.loads(values)), bool(ok))
        for d, title, published, name, canonical, raw, values, ok in rows
    ]
