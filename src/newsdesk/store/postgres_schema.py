"""The PostgreSQL schema, as numbered migrations tracked by a schema version row.

The same idea as the SQLite store's (``newsdesk.store.schema``): migration *n*
takes a database at version *n - 1* to version *n*, each in one transaction
with its version bump; a database newer than this newsdesk is refused, an
older one upgraded, an empty one created (unless only reading), and one
holding other tables is never touched. Two processes opening a new database
at once take turns (an advisory lock), so it is created once.

The tables are the SQLite store's (the shared statements in
``newsdesk.store.writes`` and ``newsdesk.store.reads`` run on both): every
text column compares byte-wise (``COLLATE "C"``), as SQLite's do, so ids,
origins and names sort the same in both. Full-text search is a ``tsvector``
column on ``documents`` (title weighted ``A``, body ``D``) and on ``quotes``,
filled from ``newsdesk.query.syntax.index_words`` when a row is stored, with
GIN indexes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsdesk.errors import StoreError
from newsdesk.store.schema import CORPUS_TOTALS, RESOLVE_AGAIN

if TYPE_CHECKING:
    import psycopg

__all__ = ["MIGRATIONS", "VERSION", "migrate"]

#: The advisory lock held while migrating (any number no other program is likely to use).
MIGRATION_LOCK = 0x6E657764  # "newd"

_V1 = """
CREATE TABLE newsdesk_schema (version INTEGER NOT NULL);
INSERT INTO newsdesk_schema(version) VALUES (0);

CREATE TABLE runs (
    id BIGSERIAL PRIMARY KEY,
    command TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    counts TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE documents (
    key BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    path TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    credit TEXT,
    cluster TEXT NOT NULL,
    run BIGINT REFERENCES runs(id),
    nlp INTEGER NOT NULL DEFAULT 1,
    cjk TEXT,
    fts TSVECTOR,
    body TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_credit ON documents(lower(credit));
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_cluster ON documents(cluster);
CREATE INDEX documents_fts ON documents USING GIN (fts);

CREATE TABLE origins (
    origin TEXT PRIMARY KEY,
    doc TEXT NOT NULL,
    run BIGINT REFERENCES runs(id)
);
CREATE INDEX origins_doc ON origins(doc);

CREATE TABLE paragraphs (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (doc, n)
);

CREATE TABLE entities (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    corpus TEXT,
    PRIMARY KEY (doc, eid)
);
CREATE INDEX entities_corpus ON entities(corpus);

CREATE TABLE mentions (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc, eid, start, "end")
);

CREATE TABLE quotes (
    key BIGSERIAL PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_text TEXT,
    cue TEXT,
    speaker_key TEXT,
    cjk TEXT,
    fts TSVECTOR,
    UNIQUE (doc, n)
);
CREATE INDEX quotes_speaker ON quotes(doc, speaker);
CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
CREATE INDEX quotes_fts ON quotes USING GIN (fts);

CREATE TABLE cited_sources (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc, n)
);

CREATE TABLE tags (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (doc, n)
);
CREATE INDEX tags_tag ON tags(lower(tag));

CREATE TABLE market (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    name TEXT NOT NULL,
    canonical TEXT,
    raw TEXT NOT NULL,
    "values" TEXT NOT NULL,
    confident INTEGER NOT NULL,
    PRIMARY KEY (doc, n)
);

CREATE TABLE rejections (
    origin TEXT PRIMARY KEY,
    page_id TEXT NOT NULL,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    run BIGINT REFERENCES runs(id)
);

CREATE TABLE signatures (
    doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    minhash BYTEA NOT NULL
);

CREATE TABLE lsh_bands (
    band INTEGER NOT NULL,
    bucket BIGINT NOT NULL,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, doc)
);
CREATE INDEX lsh_bands_doc ON lsh_bands(doc);

CREATE TABLE corpus_entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL,
    keys TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL
);
CREATE INDEX corpus_entities_type ON corpus_entities(type);

CREATE TABLE corpus_keys (
    key TEXT NOT NULL,
    entity TEXT NOT NULL REFERENCES corpus_entities(id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity)
);

CREATE TABLE meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
""".replace(" TEXT", ' TEXT COLLATE "C"')

# Version 2: corpus entities are resolved again only where a run changed them (as SQLite
# version 5, ``newsdesk.store.schema``); stores from before are resolved again in full once.
_V2 = (
    """
ALTER TABLE corpus_keys ADD COLUMN surname TEXT;
CREATE INDEX corpus_keys_surname ON corpus_keys(surname);
CREATE INDEX corpus_keys_entity ON corpus_keys(entity);
CREATE TABLE pending_documents (doc TEXT PRIMARY KEY);
CREATE TABLE pending_entities (entity TEXT PRIMARY KEY);
"""
    + RESOLVE_AGAIN
).replace(" TEXT", ' TEXT COLLATE "C"')

# Version 3: the totals of each corpus entity (SQLite's version 6); stores from before are
# resolved again in full once.
_V3 = CORPUS_TOTALS.replace(" TEXT", ' TEXT COLLATE "C"')

#: The migrations, in order; ``newsdesk_schema.version`` counts those applied.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)

VERSION = len(MIGRATIONS)


def migrate(conn: psycopg.Connection[tuple[Any, ...]], *, create: bool = True) -> int:
    """Bring the database up to ``VERSION``; return the version it was at before.

    Without ``create``, a database with no newsdesk store is refused rather
    than made into one. Raises ``StoreError`` for a database that holds other
    tables, one newer than this newsdesk, and a failed migration.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        current = _version(conn, create=create)
        if current > VERSION:
            raise StoreError(
                f"the database has schema version {current}, newer than this newsdesk knows "
                f"({VERSION}): upgrade newsdesk"
            )
        for number in range(current + 1, VERSION + 1):
            conn.execute(MIGRATIONS[number - 1].encode())
            conn.execute("UPDATE newsdesk_schema SET version = %s", (number,))
    return current


def _version(conn: psycopg.Connection[tuple[Any, ...]], *, create: bool) -> int:
    row = conn.execute("SELECT to_regclass('newsdesk_schema')").fetchone()
    if row is not None and row[0] is not None:
        found = conn.execute("SELECT max(version) FROM newsdesk_schema").fetchone()
        return int(found[0]) if found and found[0] is not None else 0
    tables = conn.execute(
        "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
    ).fetchone()
    if tables and tables[0]:
        raise StoreError("the database holds other tables but no newsdesk store")
    if not create:
        raise StoreError(
            "the database holds no newsdesk store; create one with `newsdesk ingest --db DSN ...`"
        )
    return 0
