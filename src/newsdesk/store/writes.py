"""The store's writes, one statement list for every backend (``newsdesk.store.sql``).

Each function runs inside the caller's transaction (the backend opens,
commits and, for a failed put, rolls back to a savepoint): ``put`` upserts a
record by id under its origin and says what it did, ``reject`` stores a
rejection unless the origin is stored as a record, ``done_origins`` and
``rejected_origins`` say which inputs a rerun skips or retries. The rules
(which record wins, what a rejection may replace) are in
``newsdesk.store.sqlite``'s docstring.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Literal
from urllib.parse import urlsplit

from newsdesk.corpus import near_duplicates as dedup
from newsdesk.record import Record, Rejection
from newsdesk.store import derived
from newsdesk.store.parts import insert_parts
from newsdesk.store.sql import Dialect, Sql, chunks, placeholders

__all__ = [
    "DIRTY_CLUSTERS",
    "DIRTY_ENTITIES",
    "REBUILD_ENTITIES",
    "PutResult",
    "done_origins",
    "outlet_of",
    "put",
    "reject",
    "rejected_origins",
    "request_rebuild",
]

#: What ``put`` did with a record: ``stored`` a new document; ``replaced`` the document of
#: the same id (a changed page, a richer record, or asked to); ``merged`` the page into the
#: stored document of the same id (another input gave it first); ``kept`` the stored
#: document, which is richer (it has the NLP annotations this record lacks).
PutResult = Literal["stored", "replaced", "merged", "kept"]

#: ``meta`` flags: what puts left for the end of the run (``refresh``).
DIRTY_ENTITIES = "entities_dirty"
DIRTY_CLUSTERS = "clusters_dirty"
#: With ``DIRTY_ENTITIES``: resolve every corpus entity again, not only the pending ones.
REBUILD_ENTITIES = "entities_rebuild"
_CORPUS_OF = "SELECT DISTINCT corpus FROM entities WHERE doc = ? AND corpus IS NOT NULL"


def outlet_of(url: str | None) -> str | None:
    """The host of a URL without ``www.``, lower-cased: what ``--outlet`` matches."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def done_origins(sql: Sql, origins: Sequence[str], *, nlp: bool = False) -> set[str]:
    """The origins stored as a record or a rejection; with ``nlp``, not those whose
    record was stored without the NLP stages (a run with them makes it richer)."""
    done: set[str] = set()
    for chunk in chunks(origins):
        marks = placeholders(chunk)
        rows = sql.execute(
            "SELECT o.origin FROM origins o JOIN documents d ON d.id = o.doc "
            f"WHERE o.origin IN ({marks}) AND d.nlp >= ? "
            f"UNION SELECT origin FROM rejections WHERE origin IN ({marks})",
            [*chunk, int(nlp), *chunk],
        )
        done.update(origin for (origin,) in rows)
    return done


def rejected_origins(
    sql: Sql, origins: Sequence[str], reasons: Collection[str] | None = None
) -> set[str]:
    """The origins stored as rejections, with one of ``reasons`` (any reason when None)."""
    wanted = None if reasons is None else sorted(set(reasons))
    if wanted == []:
        return set()
    found: set[str] = set()
    for chunk in chunks(origins):
        query = f"SELECT origin FROM rejections WHERE origin IN ({placeholders(chunk)})"
        if wanted is not None:
            query += f" AND reason IN ({placeholders(wanted)})"
        found.update(origin for (origin,) in sql.execute(query, chunk + (wanted or [])))
    return found


def reject(sql: Sql, rejection: Rejection, run_id: int) -> bool:
    """Store a rejection of its origin; ``False`` (nothing stored) when the origin is
    stored as a record, which is kept."""
    linked = sql.execute("SELECT 1 FROM origins WHERE origin = ?", (rejection.origin,)).fetchone()
    if linked is not None:
        return False
    sql.execute(
        "INSERT INTO rejections(origin, page_id, stage, reason, detail, run) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(origin) DO UPDATE SET "
        "page_id = excluded.page_id, stage = excluded.stage, reason = excluded.reason, "
        "detail = excluded.detail, run = excluded.run",
        (
            rejection.origin,
            rejection.page_id,
            rejection.stage,
            rejection.reason,
            rejection.detail,
            run_id,
        ),
    )
    return True


def put(
    sql: Sql,
    dialect: Dialect,
    record: Record,
    *,
    origin: str,
    run_id: int,
    nlp: bool,
    replace: bool,
    signature: dedup.Signature | None,
) -> PutResult:
    """Store ``record`` as ``origin`` gave it (``signature``: the MinHash of its body,
    ``newsdesk.corpus.near_duplicates``); ``nlp``: whether the NLP stages ran on it;
    ``replace``: replace the stored record of the same id even when it is richer."""
    sql.execute("DELETE FROM rejections WHERE origin = ?", (origin,))
    _forget_origin(sql, origin, keep=record.id)
    sql.execute(
        "INSERT INTO origins(origin, doc, run) VALUES (?, ?, ?) ON CONFLICT(origin) DO NOTHING",
        (origin, record.id, run_id),
    )
    text = record.to_json()
    row = sql.execute(
        "SELECT origin, record, nlp FROM documents WHERE id = ?", (record.id,)
    ).fetchone()
    if row is None:
        _insert(sql, dialect, record, text, origin, run_id, nlp, signature)
        return "stored"
    stored_origin, stored_text, stored_nlp = row
    if not replace:
        if stored_nlp and not nlp:
            return "kept"
        richer = nlp and not stored_nlp
        if stored_text == text:  # the same record again: the input merges into it
            sql.execute(
                "UPDATE documents SET origin = CASE WHEN origin <= ? THEN origin ELSE ? END, "
                "nlp = CASE WHEN nlp >= ? THEN nlp ELSE ? END WHERE id = ?",
                (origin, origin, int(nlp), int(nlp), record.id),
            )
            return "merged"
        if stored_origin < origin and not richer:
            return "merged"  # the record as the origin that sorts first gave it is kept
    _delete_document(sql, record.id)
    _insert(sql, dialect, record, text, origin, run_id, nlp, signature)
    return "replaced" if stored_origin == origin else "merged"


def request_rebuild(sql: Sql) -> None:
    """Have the next ``refresh`` resolve every corpus entity again and recompute every
    cluster (``newsdesk rebuild``)."""
    for flag in (DIRTY_ENTITIES, REBUILD_ENTITIES, DIRTY_CLUSTERS):
        _mark(sql, flag)


def _mark(sql: Sql, flag: str) -> None:
    sql.execute(
        "INSERT INTO meta(name, value) VALUES (?, '1') ON CONFLICT(name) DO NOTHING", (flag,)
    )


def _forget_origin(sql: Sql, origin: str, *, keep: str | None) -> None:
    """Drop ``origin``'s link to a document other than ``keep``, and that document
    when no other origin still gives it."""
    row = sql.execute("SELECT doc FROM origins WHERE origin = ?", (origin,)).fetchone()
    if row is None or row[0] == keep:
        return
    sql.execute("DELETE FROM origins WHERE origin = ?", (origin,))
    others = sql.execute("SELECT min(origin) FROM origins WHERE doc = ?", (row[0],)).fetchone()[0]
    if others is None:
        _delete_document(sql, row[0])


def _delete_document(sql: Sql, doc: str) -> None:
    (shared,) = sql.execute(
        "SELECT count(*) FROM documents WHERE cluster = "
        "(SELECT cluster FROM documents WHERE id = ?)",
        (doc,),
    ).fetchone()
    if shared > 1:
        _mark(sql, DIRTY_CLUSTERS)  # the cluster may fall apart without it
    # The corpus entities that lose its page entities are resolved again at the end of the run.
    stale = [e for (e,) in sql.execute(_CORPUS_OF, (doc,))]
    if stale:
        sql.executemany(
            "INSERT INTO pending_entities(entity) VALUES (?) ON CONFLICT(entity) DO NOTHING",
            [(e,) for e in stale],
        )
        _mark(sql, DIRTY_ENTITIES)
    sql.execute("DELETE FROM documents WHERE id = ?", (doc,))


def _insert(
    sql: Sql,
    dialect: Dialect,
    record: Record,
    text: str,
    origin: str,
    run_id: int,
    nlp: bool,
    signature: dedup.Signature | None,
) -> None:
    doc = record.id
    cluster = derived.cluster_for(sql, doc, signature)
    sql.execute(
        "INSERT INTO documents(id, origin, url, outlet, path, title, published, language, "
        "credit, body, record, cluster, run, nlp) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            doc,
            origin,
            record.source.url,
            outlet_of(record.source.url),
            record.source.path,
            record.title,
            record.published,
            record.language,
            record.credit,
            record.body,
            text,
            cluster,
            run_id,
            int(nlp),
        ),
    )
    if signature is not None:
        sql.execute("INSERT INTO signatures(doc, minhash) VALUES (?, ?)", (doc, signature.values))
        sql.executemany(
            "INSERT INTO lsh_bands(band, bucket, doc) VALUES (?, ?, ?) "
            "ON CONFLICT(band, bucket, doc) DO NOTHING",
            [(band, bucket, doc) for band, bucket in enumerate(signature.bands())],
        )
    insert_parts(sql, record)
    derived.index_cjk(sql, record)
    dialect.index(sql, record)
    if record.entities:
        sql.execute(
            "INSERT INTO pending_documents(doc) VALUES (?) ON CONFLICT(doc) DO NOTHING", (doc,)
        )
        _mark(sql, DIRTY_ENTITIES)
