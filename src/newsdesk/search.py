"""The query layer: every read of a store goes through here (CLI, REST API, web pages).

``search`` ranks documents by BM25 over the FTS5 index of titles and bodies
(a title match weighs ``TITLE_WEIGHT`` times a body match), filters by date,
outlet or credit, corpus entity and tag, can collapse near-duplicate
clusters to their best hit, and gives each hit a snippet with the matched
words marked. ``quotes`` finds what a person said under any of their names
(corpus entities, ``newsdesk.corpus``), optionally about a subject;
``entities`` lists corpus entities; ``stats`` counts what a store holds;
``records`` reads the stored records back.

What a user may type as a query is in ``newsdesk.query_syntax``; what the
functions return is in ``newsdesk.search_results`` (both re-exported here).
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from newsdesk import corpus
from newsdesk.cjk import excerpt
from newsdesk.errors import StoreError
from newsdesk.query_syntax import cjk_phrases, day_bound, fts_query
from newsdesk.record import Record, Span
from newsdesk.search_results import (
    MARK_CLOSE,
    MARK_OPEN,
    EntityRow,
    Hit,
    QuoteHit,
    RejectionCount,
    RunRow,
    SpeakerCount,
    Stats,
    unmarked,
)
from newsdesk.store.sqlite import SqliteStore

__all__ = [
    "EntityRow",
    "Filters",
    "Hit",
    "QuoteHit",
    "RejectionCount",
    "RunRow",
    "SpeakerCount",
    "Stats",
    "cluster_of",
    "entities",
    "entity_ids",
    "find",
    "fts_query",
    "get",
    "quotes",
    "records",
    "search",
    "stats",
]

P = ParamSpec("P")
R = TypeVar("R")

TITLE_WEIGHT = 4.0
SNIPPET_WORDS = 24
#: Characters of a snippet cut from a page matched character by character (CJK).
SNIPPET_CHARS = 120
#: Ids named when an id prefix matches several.
_AMBIGUOUS_SHOWN = 3
#: Hits read per cluster wanted when collapsing, before reading further.
_COLLAPSE_OVERFETCH = 4


@dataclass(frozen=True, slots=True)
class Filters:
    """What a search is narrowed to; ``None`` leaves a dimension open.

    ``since``/``until`` are ISO dates (inclusive); ``outlet`` matches the
    credit line or the URL's host (``reuters.com``, ``reuters``); ``entity``
    is a name, matched as corpus entities are; ``tag`` matches a page tag,
    ignoring case.
    """

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    entity: str | None = None
    tag: str | None = None
    language: str | None = None


def _reads(function: Callable[P, R]) -> Callable[P, R]:
    """A query whose database errors become ``StoreError`` (a locked or corrupt file)."""

    @functools.wraps(function)
    def reading(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the store ({exc})") from exc

    return reading


def _date_sql(since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``d.published`` for an inclusive range of ISO dates."""
    sql: list[str] = []
    params: list[Any] = []
    if since:
        sql.append("d.published >= ?")
        params.append(day_bound(since, after=False))
    if until:
        sql.append("d.published < ?")
        params.append(day_bound(until, after=True))
    return sql, params


def _filter_sql(store: SqliteStore, filters: Filters) -> tuple[str, list[Any]]:
    """SQL conditions on ``d`` (documents) for the filters, and their parameters."""
    sql, params = _date_sql(filters.since, filters.until)
    if filters.outlet:
        outlet = filters.outlet.strip().lower().removeprefix("www.")
        sql.append(
            "(d.credit = ? COLLATE NOCASE OR d.outlet = ? OR d.outlet LIKE '%.' || ? "
            "OR d.outlet LIKE ? || '.%')"
        )
        params += [filters.outlet.strip(), outlet, outlet, outlet]
    if filters.entity:
        ids = entity_ids(store, filters.entity)
        marks = ",".join("?" * len(ids)) or "NULL"
        sql.append(f"d.id IN (SELECT doc FROM entities WHERE corpus IN ({marks}))")
        params += ids
    if filters.tag:
        sql.append("EXISTS (SELECT 1 FROM tags t WHERE t.doc = d.id AND t.tag = ? COLLATE NOCASE)")
        params.append(filters.tag.strip())
    if filters.language:
        sql.append("d.language = ? COLLATE NOCASE")
        params.append(filters.language.strip())
    return "".join(f" AND {s}" for s in sql), params


@_reads
def search(
    store: SqliteStore,
    query: str,
    *,
    filters: Filters | None = None,
    collapse: bool = False,
    limit: int = 20,
    offset: int = 0,
) -> list[Hit]:
    """Documents matching ``query``, best first (BM25), with snippets; ``offset`` skips
    that many of the best (a page of results)."""
    expression = fts_query(query)
    _refresh(store)
    conditions, params = _filter_sql(store, filters or Filters())
    matched = (
        f"SELECT d.key AS key, d.id AS id, d.cluster AS cluster, "
        f"bm25(documents_fts, {TITLE_WEIGHT}, 1.0, 1.0) AS score "
        f"FROM documents_fts JOIN documents d ON d.key = documents_fts.rowid "
        f"WHERE documents_fts MATCH ?{conditions}"
    )
    args = [expression, *params]
    if collapse:
        ranked = _collapsed(store, matched, args, limit + offset)[offset:]
    else:
        sql = f"SELECT key, score, 0 FROM ({matched}) ORDER BY score, id LIMIT ? OFFSET ?"
        ranked = store.connection.execute(sql, [*args, limit, offset]).fetchall()
    if not ranked:
        return []
    keys = [key for key, _, _ in ranked]
    marks = ",".join("?" * len(keys))
    details = {
        row[0]: row[1:]
        for row in store.connection.execute(
            "SELECT d.key, d.id, d.title, d.published, d.credit, d.outlet, d.url, d.origin, "
            "d.cluster, "
            f"snippet(documents_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {SNIPPET_WORDS}) "
            "FROM documents_fts JOIN documents d ON d.key = documents_fts.rowid "
            f"WHERE documents_fts MATCH ? AND documents_fts.rowid IN ({marks})",
            [expression, *keys],
        )
    }
    excerpts = _cjk_excerpts(store, query, keys)
    hits = []
    for key, score, duplicates in ranked:
        doc, title, published, credit, outlet, url, origin, cluster, marked = details[key]
        snippet, highlights = unmarked(marked)
        if not highlights and key in excerpts:
            snippet, highlights = excerpts[key]
        hits.append(
            Hit(
                id=doc,
                title=title,
                published=published,
                credit=credit,
                outlet=outlet,
                url=url,
                origin=origin,
                cluster=cluster,
                score=float(score),
                snippet=snippet,
                highlights=highlights,
                duplicates=int(duplicates),
            )
        )
    return hits


def _cjk_excerpts(
    store: SqliteStore, query: str, keys: list[int]
) -> dict[int, tuple[str, tuple[Span, ...]]]:
    """For a query with Chinese, Japanese or Korean words, the excerpt around them of each
    document that has them: FTS5 matched those in the ``cjk`` column and cannot mark them
    in the body's snippet."""
    phrases = cjk_phrases(query)
    if not phrases:
        return {}
    marks = ",".join("?" * len(keys))
    rows = store.connection.execute(
        f"SELECT key, body FROM documents WHERE key IN ({marks}) AND cjk IS NOT NULL", keys
    )
    found = {key: excerpt(body, phrases, SNIPPET_CHARS) for key, body in rows}
    return {key: shown for key, shown in found.items() if shown is not None}


def _collapsed(
    store: SqliteStore, matched: str, args: list[Any], limit: int
) -> list[tuple[int, float, int]]:
    """The best hit of each of the ``limit`` best clusters, with how many others matched.

    The ranking is read in order until ``limit`` clusters have shown up (a
    cluster's first hit is its best); the matches per cluster are counted
    without ranking them.
    """
    conn = store.connection
    best: dict[str, tuple[int, float]] = {}
    fetch = limit * _COLLAPSE_OVERFETCH
    while True:
        rows = conn.execute(
            f"SELECT key, cluster, score FROM ({matched}) ORDER BY score, id LIMIT ?",
            [*args, fetch],
        ).fetchall()
        best.clear()
        for key, cluster, score in rows:
            if cluster not in best:
                best[cluster] = (key, score)
                if len(best) == limit:
                    break
        if len(best) == limit or len(rows) < fetch:
            break
        fetch *= 4
    if not best:
        return []
    marks = ",".join("?" * len(best))
    counts = dict(
        conn.execute(
            f"SELECT cluster, count(*) FROM ({matched}) WHERE cluster IN ({marks}) "
            "GROUP BY cluster",
            [*args, *best],
        ).fetchall()
    )
    return [(key, score, counts[cluster] - 1) for cluster, (key, score) in best.items()]


@_reads
def entity_ids(store: SqliteStore, name: str, entity_type: str | None = None) -> list[str]:
    """Corpus entities a name denotes: its key exactly, and for one word, every full
    name ending in it (``Clinton`` gives Hillary Clinton and Bill Clinton)."""
    _refresh(store)
    found: set[str] = set()
    for key in corpus.query_keys(name, entity_type):
        rows = store.connection.execute(
            "SELECT entity FROM corpus_keys WHERE key = ? OR (? AND key LIKE '% ' || ?)",
            (key, " " not in key, key),
        )
        found.update(entity for (entity,) in rows)
    if entity_type and found:
        marks = ",".join("?" * len(found))
        rows = store.connection.execute(
            f"SELECT id FROM corpus_entities WHERE type = ? AND id IN ({marks})",
            [entity_type, *sorted(found)],
        )
        found = {entity for (entity,) in rows}
    return sorted(found)


@_reads
def quotes(
    store: SqliteStore,
    *,
    speaker: str | None = None,
    about: str | None = None,
    entity: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[QuoteHit]:
    """Quotes by a person (any of their names across the corpus), about a subject, or both.

    ``entity`` is a corpus entity's id (the quotes of that one entity);
    ``since``/``until`` are ISO dates of publication (inclusive). With
    ``about``, the best matches come first; otherwise quotes are in order of
    publication, so a person's quotes read as a timeline.
    """
    _refresh(store)
    conditions: list[str] = []
    params: list[Any] = []
    order = "coalesce(d.published, ''), q.doc, q.n"
    source = "quotes q"
    if about:
        source = "quotes_fts JOIN quotes q ON q.key = quotes_fts.rowid"
        conditions.append("quotes_fts MATCH ?")
        params.append(fts_query(about))
        order = "bm25(quotes_fts), q.doc, q.n"
    dated, dates = _date_sql(since, until)
    conditions += dated
    params += dates
    if speaker or entity:
        # Quotes linked to the person, and quotes whose speaker the NLP stage could not
        # link but whose written name is one of the person's full names.
        ids = [entity] if entity else entity_ids(store, speaker or "", corpus.PERSON)
        marks = ",".join("?" * len(ids)) or "NULL"
        conditions.append(
            f"q.key IN (SELECT q2.key FROM entities e2 JOIN quotes q2 ON q2.doc = e2.doc "
            f"AND q2.speaker = e2.eid WHERE e2.corpus IN ({marks}) "
            f"UNION SELECT key FROM quotes WHERE speaker IS NULL AND speaker_key IN "
            f"(SELECT key FROM corpus_keys WHERE entity IN ({marks})))"
        )
        params += ids + ids
    where = " AND ".join(conditions) or "1"
    rows = store.connection.execute(
        "SELECT q.doc, d.title, d.published, d.credit, d.outlet, d.url, d.origin, "
        "q.text, q.kind, ce.name, ce.id, q.speaker_text, "
        f"q.cue FROM {source} JOIN documents d ON d.id = q.doc "
        "LEFT JOIN entities e ON e.doc = q.doc AND e.eid = q.speaker "
        "LEFT JOIN corpus_entities ce ON ce.id = e.corpus "
        f"WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [QuoteHit(*row) for row in rows]


@_reads
def entities(
    store: SqliteStore,
    *,
    entity_type: str | None = None,
    name: str | None = None,
    entity_id: str | None = None,
    limit: int = 50,
) -> list[EntityRow]:
    """Corpus entities (of a type, known by a name, or the one with an id), the most
    widely covered first."""
    _refresh(store)
    conditions: list[str] = []
    params: list[Any] = []
    if entity_id is not None:
        conditions.append("ce.id = ?")
        params.append(entity_id)
    if entity_type:
        conditions.append("ce.type = ?")
        params.append(entity_type.upper())
    if name:
        ids = entity_ids(store, name)
        conditions.append(f"ce.id IN ({','.join('?' * len(ids)) or 'NULL'})")
        params += ids
    where = "WHERE " + " AND ".join(conditions) if conditions else ""
    rows = store.connection.execute(
        "SELECT ce.id, ce.name, ce.type, ce.aliases, ce.mentions, ce.documents, "
        "(SELECT count(*) FROM entities e JOIN quotes q ON q.doc = e.doc AND q.speaker = e.eid "
        "WHERE e.corpus = ce.id) "
        f"FROM corpus_entities ce {where} "
        "ORDER BY ce.documents DESC, ce.mentions DESC, ce.name, ce.id LIMIT ?",
        [*params, limit],
    )
    return [
        EntityRow(i, name, kind, tuple(json.loads(aliases)), m, d, q)
        for i, name, kind, aliases, m, d, q in rows
    ]


@_reads
def stats(store: SqliteStore, *, top: int = 10) -> Stats:
    """What the store holds: documents, clusters, quotes, rejections by reason, runs."""
    _refresh(store)
    conn = store.connection

    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    by_reason = tuple(
        RejectionCount(stage, reason, n)
        for stage, reason, n in conn.execute(
            "SELECT stage, reason, count(*) FROM rejections GROUP BY stage, reason "
            "ORDER BY count(*) DESC, stage, reason"
        )
    )
    runs = tuple(
        RunRow(i, command, started, finished, json.loads(counts))
        for i, command, started, finished, counts in conn.execute(
            "SELECT id, command, started, finished, counts FROM runs ORDER BY id"
        )
    )
    speakers = tuple(
        SpeakerCount(i, name, n)
        for i, name, n in conn.execute(
            "SELECT ce.id, ce.name, count(*) FROM quotes q JOIN entities e "
            "ON e.doc = q.doc AND e.eid = q.speaker JOIN corpus_entities ce ON ce.id = e.corpus "
            "GROUP BY ce.id ORDER BY count(*) DESC, ce.name LIMIT ?",
            (top,),
        )
    )
    by_type = dict(
        conn.execute("SELECT type, count(*) FROM corpus_entities GROUP BY type ORDER BY type")
    )
    return Stats(
        documents=count("SELECT count(*) FROM documents"),
        clusters=count("SELECT count(DISTINCT cluster) FROM documents"),
        quotes=count("SELECT count(*) FROM quotes"),
        entities=count("SELECT count(*) FROM corpus_entities"),
        rejections=count("SELECT count(*) FROM rejections"),
        rejections_by_reason=by_reason,
        runs=runs,
        top_speakers=speakers,
        entities_by_type=by_type,
    )


@_reads
def get(store: SqliteStore, doc: str) -> Record | None:
    """The stored record with this id, or ``None``."""
    row = store.connection.execute("SELECT record FROM documents WHERE id = ?", (doc,)).fetchone()
    return Record.from_json(row[0]) if row else None


@_reads
def find(store: SqliteStore, id_or_prefix: str) -> Record | None:
    """The stored record with this id, or the one whose id starts with it; ``None`` when
    none does, ``ValueError`` when several do (or nothing is given)."""
    wanted = id_or_prefix.strip().lower()
    if not wanted:
        raise ValueError("no id given")
    found = get(store, wanted)
    if found is not None:
        return found
    rows = store.connection.execute(
        "SELECT id FROM documents WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?",
        (len(wanted), wanted, _AMBIGUOUS_SHOWN + 1),
    ).fetchall()
    if len(rows) > 1:
        shown = ", ".join(doc for (doc,) in rows[:_AMBIGUOUS_SHOWN])
        more = ", ..." if len(rows) > _AMBIGUOUS_SHOWN else ""
        raise ValueError(
            f"the id {id_or_prefix!r} is the start of several ids ({shown}{more}): give more of it"
        )
    return get(store, rows[0][0]) if rows else None


def records(store: SqliteStore, *, ids: Sequence[str] | None = None) -> Iterator[Record]:
    """The stored records in id order (all of them, or those with the given ids)."""
    if ids is None:
        try:
            rows = store.connection.execute("SELECT record FROM documents ORDER BY id")
            for (text,) in rows:
                yield Record.from_json(text)
        except sqlite3.Error as exc:
            raise StoreError(f"{store.path}: cannot read the records ({exc})") from exc
        return
    for doc in ids:
        record = get(store, doc)
        if record is not None:
            yield record


@_reads
def cluster_of(store: SqliteStore, doc: str) -> list[str]:
    """The ids of the documents in ``doc``'s near-duplicate cluster, itself included."""
    rows = store.connection.execute(
        "SELECT id FROM documents WHERE cluster = (SELECT cluster FROM documents WHERE id = ?) "
        "ORDER BY id",
        (doc,),
    )
    return [i for (i,) in rows]


def _refresh(store: SqliteStore) -> None:
    store.refresh(wait=False)
