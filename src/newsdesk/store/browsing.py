"""The store's reads for browsing (the REST API and the web pages), in the shared SQL of
``newsdesk.store.reads``: how a search's documents spread over outlets, tags, corpus
entities and months (facets), the corpus entity of each name of an article, and the
market rows pages carried."""

from __future__ import annotations

import json
from typing import Any

from newsdesk.query.results import FacetCount, Facets, Filters, MarketHit
from newsdesk.store.reads import filter_sql
from newsdesk.store.sql import Dialect, Sql

__all__ = ["doc_entities", "facets", "market"]


def facets(
    sql: Sql, dialect: Dialect, query: str | None, *, filters: Filters | None, top: int
) -> Facets:
    """How the documents matching ``query`` (all documents when it is empty) and the
    filters spread over outlets, tags, corpus entities and months of publication."""
    conditions, params = filter_sql(sql, dialect, filters or Filters())
    if query and query.strip():
        matched = f"SELECT d.id FROM {dialect.document_match}{conditions}"
        args: list[Any] = [dialect.match(query), *params]
    else:
        matched = f"SELECT d.id FROM documents d WHERE 1 = 1{conditions}"
        args = list(params)

    def counts(statement: str) -> tuple[FacetCount, ...]:
        rows = sql.execute(statement, [*args, top]).fetchall()
        return tuple(FacetCount(str(key), str(label), int(n)) for key, label, n in rows)

    (total,) = sql.execute(f"SELECT count(*) FROM ({matched}) m", args).fetchone()
    return Facets(
        total=int(total),
        outlets=counts(
            "SELECT o, o, count(*) FROM (SELECT coalesce(d.credit, d.outlet) AS o "
            f"FROM documents d WHERE d.id IN ({matched})) f WHERE o IS NOT NULL "
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
            f"WHERE e.doc IN ({matched}) GROUP BY ce.id, ce.name, ce.type "
            "ORDER BY count(DISTINCT e.doc) DESC, ce.name LIMIT ?"
        ),
        months=counts(
            "SELECT m, m, count(*) FROM (SELECT substr(d.published, 1, 7) AS m "
            f"FROM documents d WHERE d.id IN ({matched})) f WHERE m IS NOT NULL "
            "GROUP BY m ORDER BY m DESC LIMIT ?"
        ),
    )


def doc_entities(sql: Sql, doc: str) -> dict[str, str]:
    """The corpus entity of each entity of an article (its id in the record -> corpus id)."""
    rows = sql.execute(
        "SELECT eid, corpus FROM entities WHERE doc = ? AND corpus IS NOT NULL", (doc,)
    )
    return {eid: corpus for eid, corpus in rows}


def market(
    sql: Sql,
    dialect: Dialect,
    *,
    name: str | None,
    doc: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    offset: int,
) -> list[MarketHit]:
    """Market rows of stored pages, newest page first: of an instrument (its name as the
    page spelled it or its standard name, ignoring case), of one page, of a date range."""
    conditions, params = filter_sql(sql, dialect, Filters(since=since, until=until))
    if name:
        conditions += f" AND ({dialect.same_text('m.name')} OR {dialect.same_text('m.canonical')})"
        params += [name.strip(), name.strip()]
    if doc:
        conditions += " AND m.doc = ?"
        params.append(doc)
    rows = sql.execute(
        'SELECT m.doc, d.title, d.published, m.name, m.canonical, m.raw, m."values", '
        "m.confident FROM market m JOIN documents d ON d.id = m.doc "
        f"WHERE 1 = 1{conditions} ORDER BY coalesce(d.published, '') DESC, m.doc, m.n "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [
        MarketHit(d, title, published, name, canonical, raw, tuple(json.loads(values)), bool(ok))
        for d, title, published, name, canonical, raw, values, ok in rows
    ]
