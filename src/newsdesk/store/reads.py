"""The store's reads, one statement list for every backend (``newsdesk.store.sql``):
what the query layer (``newsdesk.query.search``) asks of a store.

``search`` ranks documents by the backend's full-text score (a title match
weighs ``TITLE_WEIGHT`` times a body match), filters by date, outlet or
credit, corpus entity and tag, can collapse near-duplicate clusters to their
best hit, and gives each hit a snippet with the matched words marked.
``quotes`` finds what a person said under any of their names (corpus
entities, ``newsdesk.corpus.entities``), optionally about a subject; ``entities``
lists corpus entities; ``stats`` counts what a store holds. None of them
writes: derived state is brought up to date at the end of each write run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsdesk.cjk import excerpt
from newsdesk.corpus import entities as corpus
from newsdesk.query.results import (
    EntityRow,
    Filters,
    Hit,
    QuoteHit,
    RejectionCount,
    RunRow,
    SpeakerCount,
    Stats,
    unmarked,
)
from newsdesk.query.syntax import cjk_phrases, day_bound
from newsdesk.record import Record, Span
from newsdesk.store.sql import Dialect, Sql, placeholders

__all__ = [
    "SNIPPET_CHARS",
    "SNIPPET_WORDS",
    "TITLE_WEIGHT",
    "cluster_of",
    "entities",
    "entity_ids",
    "get",
    "ids_starting",
    "quotes",
    "records",
    "search",
    "stats",
]

TITLE_WEIGHT = 4.0
SNIPPET_WORDS = 24
#: Characters of a snippet cut from a page matched character by character (CJK).
SNIPPET_CHARS = 120
#: Hits read per cluster wanted when collapsing, before reading further.
_COLLAPSE_OVERFETCH = 4


def _date_sql(since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``d.published`` for an inclusive range of ISO dates."""
    conditions: list[str] = []
    params: list[Any] = []
    if since:
        conditions.append("d.published >= ?")
        params.append(day_bound(since, after=False))
    if until:
        conditions.append("d.published < ?")
        params.append(day_bound(until, after=True))
    return conditions, params


def filter_sql(sql: Sql, dialect: Dialect, filters: Filters) -> tuple[str, list[Any]]:
    """SQL conditions on ``d`` (documents) for the filters, each after ``AND``, and
    their parameters."""
    conditions, params = _date_sql(filters.since, filters.until)
    if filters.outlet:
        outlet = filters.outlet.strip().lower().removeprefix("www.")
        conditions.append(
            f"({dialect.same_text('d.credit')} OR d.outlet = ? "
            "OR d.outlet LIKE '%.' || CAST(? AS TEXT) OR d.outlet LIKE CAST(? AS TEXT) || '.%')"
        )
        params += [filters.outlet.strip(), outlet, outlet, outlet]
    if filters.entity:
        ids = entity_ids(sql, filters.entity)
        marks = placeholders(ids) or "NULL"
        conditions.append(f"d.id IN (SELECT doc FROM entities WHERE corpus IN ({marks}))")
        params += ids
    if filters.tag:
        conditions.append(
            f"EXISTS (SELECT 1 FROM tags t WHERE t.doc = d.id AND {dialect.same_text('t.tag')})"
        )
        params.append(filters.tag.strip())
    if filters.language:
        conditions.append(dialect.same_text("d.language"))
        params.append(filters.language.strip())
    return "".join(f" AND {c}" for c in conditions), params


def search(
    sql: Sql,
    dialect: Dialect,
    query: str,
    *,
    filters: Filters | None = None,
    collapse: bool = False,
    limit: int = 20,
    offset: int = 0,
) -> list[Hit]:
    """Documents matching ``query``, best first, with snippets; ``offset`` skips that many
    of the best (a page of results)."""
    expression = dialect.match(query)
    conditions, params = filter_sql(sql, dialect, filters or Filters())
    matched = (
        f"SELECT d.key AS key, d.id AS id, d.cluster AS cluster, {dialect.document_score} "
        f"AS score FROM {dialect.document_match}{conditions}"
    )
    args = [expression, *params]
    if collapse:
        ranked = _collapsed(sql, matched, args, limit + offset)[offset:]
    else:
        query_sql = f"SELECT key, score, 0 FROM ({matched}) m ORDER BY score, id LIMIT ? OFFSET ?"
        ranked = sql.execute(query_sql, [*args, limit, offset]).fetchall()
    if not ranked:
        return []
    keys = [key for key, _, _ in ranked]
    marks = placeholders(keys)
    details = {
        row[0]: row[1:]
        for row in sql.execute(
            "SELECT d.key, d.id, d.title, d.published, d.credit, d.outlet, d.url, d.origin, "
            f"d.cluster, {dialect.document_snippet} FROM {dialect.document_match} "
            f"AND d.key IN ({marks})",
            [expression, *keys],
        )
    }
    excerpts = _cjk_excerpts(sql, query, keys)
    hits = []
    for key, score, duplicates in ranked:
        doc, title, published, credit, outlet, url, origin, cluster, marked = details[key]
        snippet, highlights = unmarked(marked or "")
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


def _cjk_excerpts(sql: Sql, query: str, keys: list[int]) -> dict[int, tuple[str, tuple[Span, ...]]]:
    """For a query with Chinese, Japanese or Korean words, the excerpt around them of each
    document that has them: the index matched those in the ``cjk`` copy and cannot mark
    them in the body's snippet."""
    phrases = cjk_phrases(query)
    if not phrases:
        return {}
    marks = placeholders(keys)
    rows = sql.execute(
        f"SELECT key, body FROM documents WHERE key IN ({marks}) AND cjk IS NOT NULL", keys
    )
    found = {key: excerpt(body, phrases, SNIPPET_CHARS) for key, body in rows}
    return {key: shown for key, shown in found.items() if shown is not None}


def _collapsed(sql: Sql, matched: str, args: list[Any], limit: int) -> list[tuple[int, float, int]]:
    """The best hit of each of the ``limit`` best clusters, with how many others matched.

    The ranking is read in order until ``limit`` clusters have shown up (a
    cluster's first hit is its best); the matches per cluster are counted
    without ranking them.
    """
    best: dict[str, tuple[int, float]] = {}
    fetch = limit * _COLLAPSE_OVERFETCH
    while True:
        rows = sql.execute(
            f"SELECT key, cluster, score FROM ({matched}) m ORDER BY score, id LIMIT ?",
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
    marks = placeholders(best)
    counts = dict(
        sql.execute(
            f"SELECT cluster, count(*) FROM ({matched}) m WHERE cluster IN ({marks}) "
            "GROUP BY cluster",
            [*args, *best],
        ).fetchall()
    )
    return [(key, score, counts[cluster] - 1) for cluster, (key, score) in best.items()]


def entity_ids(sql: Sql, name: str, entity_type: str | None = None) -> list[str]:
    """Corpus entities a name denotes: its key exactly, and for one word, every full
    name ending in it (``Clinton`` gives Hillary Clinton and Bill Clinton)."""
    found: set[str] = set()
    for key in corpus.query_keys(name, entity_type):
        rows = sql.execute(
            "SELECT entity FROM corpus_keys WHERE key = ? "
            "OR (? AND key LIKE '% ' || CAST(? AS TEXT))",
            (key, " " not in key, key),
        )
        found.update(entity for (entity,) in rows)
    if entity_type and found:
        marks = placeholders(found)
        rows = sql.execute(
            f"SELECT id FROM corpus_entities WHERE type = ? AND id IN ({marks})",
            [entity_type, *sorted(found)],
        )
        found = {entity for (entity,) in rows}
    return sorted(found)


def quotes(
    sql: Sql,
    dialect: Dialect,
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
    conditions: list[str] = []
    params: list[Any] = []
    order = "coalesce(d.published, ''), m.doc, m.n"
    source, score = "quotes q WHERE 1 = 1", "0"
    if about:
        source, score = dialect.quote_match, dialect.quote_score
        params.append(dialect.match(about))
        order = "m.score, m.doc, m.n"
    if speaker or entity:
        # Quotes linked to the person, and quotes whose speaker the NLP stage could not
        # link but whose written name is one of the person's full names.
        ids = [entity] if entity else entity_ids(sql, speaker or "", corpus.PERSON)
        marks = placeholders(ids) or "NULL"
        conditions.append(
            f"q.key IN (SELECT q2.key FROM entities e2 JOIN quotes q2 ON q2.doc = e2.doc "
            f"AND q2.speaker = e2.eid WHERE e2.corpus IN ({marks}) "
            f"UNION SELECT key FROM quotes WHERE speaker IS NULL AND speaker_key IN "
            f"(SELECT key FROM corpus_keys WHERE entity IN ({marks})))"
        )
        params += ids + ids
    where = "".join(f" AND {c}" for c in conditions)
    dated, dates = _date_sql(since, until)
    rows = sql.execute(
        "SELECT m.doc, d.title, d.published, d.credit, d.outlet, d.url, d.origin, "
        "m.text, m.kind, ce.name, ce.id, m.speaker_text, m.cue FROM ("
        "SELECT q.doc, q.n, q.text, q.kind, q.speaker, q.speaker_text, q.cue, "
        f"{score} AS score FROM {source}{where}) m JOIN documents d ON d.id = m.doc "
        "LEFT JOIN entities e ON e.doc = m.doc AND e.eid = m.speaker "
        "LEFT JOIN corpus_entities ce ON ce.id = e.corpus "
        f"WHERE 1 = 1{''.join(f' AND {c}' for c in dated)} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, *dates, limit, offset],
    )
    return [QuoteHit(*row) for row in rows]


def entities(
    sql: Sql,
    *,
    entity_type: str | None = None,
    name: str | None = None,
    entity_id: str | None = None,
    limit: int = 50,
) -> list[EntityRow]:
    """Corpus entities (of a type, known by a name, or the one with an id), the most
    widely covered first."""
    conditions: list[str] = []
    params: list[Any] = []
    if entity_id is not None:
        conditions.append("ce.id = ?")
        params.append(entity_id)
    if entity_type:
        conditions.append("ce.type = ?")
        params.append(entity_type.upper())
    if name:
        ids = entity_ids(sql, name)
        conditions.append(f"ce.id IN ({placeholders(ids) or 'NULL'})")
        params += ids
    where = "WHERE " + " AND ".join(conditions) if conditions else ""
    rows = sql.execute(
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


def stats(sql: Sql, *, top: int = 10) -> Stats:
    """What the store holds: documents, clusters, quotes, rejections by reason, runs."""

    def count(query: str) -> int:
        return int(sql.execute(query).fetchone()[0])

    by_reason = tuple(
        RejectionCount(stage, reason, n)
        for stage, reason, n in sql.execute(
            "SELECT stage, reason, count(*) FROM rejections GROUP BY stage, reason "
            "ORDER BY count(*) DESC, stage, reason"
        )
    )
    runs = tuple(
        RunRow(i, command, started, finished, json.loads(counts))
        for i, command, started, finished, counts in sql.execute(
            "SELECT id, command, started, finished, counts FROM runs ORDER BY id"
        )
    )
    speakers = tuple(
        SpeakerCount(i, name, n)
        for i, name, n in sql.execute(
            "SELECT ce.id, ce.name, count(*) FROM quotes q JOIN entities e "
            "ON e.doc = q.doc AND e.eid = q.speaker JOIN corpus_entities ce ON ce.id = e.corpus "
            "GROUP BY ce.id, ce.name ORDER BY count(*) DESC, ce.name LIMIT ?",
            (top,),
        )
    )
    by_type = {
        kind: int(n)
        for kind, n in sql.execute(
            "SELECT type, count(*) FROM corpus_entities GROUP BY type ORDER BY type"
        )
    }
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


def get(sql: Sql, doc: str) -> Record | None:
    """The stored record with this id, or ``None``."""
    row = sql.execute("SELECT record FROM documents WHERE id = ?", (doc,)).fetchone()
    return Record.from_json(row[0]) if row else None


def ids_starting(sql: Sql, prefix: str, limit: int) -> list[str]:
    """Up to ``limit`` stored ids starting with ``prefix``, in order."""
    rows = sql.execute(
        "SELECT id FROM documents WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?",
        (len(prefix), prefix, limit),
    )
    return [doc for (doc,) in rows]


def records(sql: Sql) -> Iterator[Record]:
    """Every stored record, in id order."""
    for (text,) in sql.execute("SELECT record FROM documents ORDER BY id"):
        yield Record.from_json(text)


def cluster_of(sql: Sql, doc: str) -> list[str]:
    """The ids of the documents in ``doc``'s near-duplicate cluster, itself included."""
    rows = sql.execute(
        "SELECT id FROM documents WHERE cluster = (SELECT cluster FROM documents WHERE id = ?) "
        "ORDER BY id",
        (doc,),
    )
    return [i for (i,) in rows]
