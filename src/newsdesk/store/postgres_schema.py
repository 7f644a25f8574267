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
from newsdesk.store.schema import (
    CITED_SOURCES,
    CORPUS_TOTALS,
    INCREMENTAL_RESOLUTION,
    MARKET_TO_META,
    ORIGINS_AND_ENTITIES,
    TAGS,
)

if TYPE_CHECKING:
    import psycopg

__all__ = ["MIGRATIONS", "VERSION", "migrate"]

#: The advisory lock held while migrating (any number no other program is likely to use).
MIGRATION_LOCK = 0x6E657764  # "newd"

#: SQLite's types where PostgreSQL's differ, in the DDL the two schemas share
#: (``newsdesk.store.schema``): no ``WITHOUT ROWID``, bytes as ``BYTEA``, 64-bit integers
#: as ``BIGINT``, and every text column compared byte-wise (``COLLATE "C"``), as SQLite's.
_POSTGRES_WORDS = (
    (" WITHOUT ROWID", ""),
    (" BLOB ", " BYTEA "),
    ("run INTEGER ", "run BIGINT "),
    ("bucket INTEGER ", "bucket BIGINT "),
    (" TEXT", ' TEXT COLLATE "C"'),
)


def _postgres(ddl: str) -> str:
    """DDL written in SQLite's words (``_POSTGRES_WORDS``) in PostgreSQL's."""
    for sqlite, postgres in _POSTGRES_WORDS:
        ddl = ddl.replace(sqlite, postgres)
    return ddl


_V1 = _postgres(
    """
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
"""
    + ORIGINS_AND_ENTITIES
    + """
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
"""
    + CITED_SOURCES
    + TAGS
    + """CREATE INDEX tags_tag ON tags(lower(tag));
"""
    + MARKET_TO_META
)

# Version 2: corpus entities are resolved again only where a run changed them (SQLite's
# version 5); stores from before are resolved again in full once.
_V2 = _postgres(INCREMENTAL_RESOLUTION)

# Version 3: the totals of each corpus entity (SQLite's version 6); stores from before are
# resolved again in full once.
_V3 = _postgres(CORPUS_TOTALS)

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
