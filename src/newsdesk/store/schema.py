"""The SQLite schema, as numbered migrations tracked by ``PRAGMA user_version``.

Migration *n* (1-based) takes a database at version *n - 1* to version *n*;
a new file starts at version 0 and gets all of them. Never edit a released
migration: append a new one.

Tables: ``documents`` (one row per record, the full record JSON beside the
columns searched and filtered on, the near-duplicate ``cluster``, the ``run``
that stored it and whether the NLP stages ran on it, ``nlp``), the record's
parts in child tables (``paragraphs``, ``entities``, ``mentions``, ``quotes``,
``cited_sources``, ``tags``, ``market``; each deleted with its document),
``origins`` (which input gave which document), ``rejections``, ``runs``, the
MinHash state of the near-duplicate clustering (``signatures``,
``lsh_bands``), the corpus-wide entities (``corpus_entities``), and ``meta``
(flags such as "corpus entities need resolving"). Two FTS5 indexes with
external content, kept in step by triggers: ``documents_fts`` (title, body)
and ``quotes_fts`` (quote text, speaker as written), each with a third column,
``cjk``, holding the text of pages in Chinese, Japanese or Korean one character
a token (``newsdesk.cjk``).
"""

from __future__ import annotations

import sqlite3

from newsdesk.cjk import searchable_cjk
from newsdesk.errors import StoreError

__all__ = [
    "CITED_SOURCES",
    "CORPUS_TOTALS",
    "INCREMENTAL_RESOLUTION",
    "MARKET_TO_META",
    "MIGRATIONS",
    "ORIGINS_AND_ENTITIES",
    "RESOLVE_AGAIN",
    "TAGS",
    "VERSION",
    "migrate",
]

#: The end of a migration changing what corpus entities keep: have the first refresh
#: resolve them all again, when the store holds page entities (PostgreSQL's too).
RESOLVE_AGAIN = """
INSERT INTO meta(name, value)
SELECT flag, '1' FROM (SELECT 'entities_dirty' AS flag UNION SELECT 'entities_rebuild') AS flags
WHERE EXISTS (SELECT 1 FROM entities)
ON CONFLICT(name) DO NOTHING;
"""

# Version 1. The tables PostgreSQL's version 1 creates alike are written once, here, in
# SQLite's words (``newsdesk.store.postgres_schema`` translates their types); the rest is
# SQLite's own.

#: Which input gave which document, and a document's paragraphs, entities and mentions.
ORIGINS_AND_ENTITIES = """
CREATE TABLE origins (
    origin TEXT PRIMARY KEY,
    doc TEXT NOT NULL,
    run INTEGER REFERENCES runs(id)
);
CREATE INDEX origins_doc ON origins(doc);

CREATE TABLE paragraphs (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (doc, n)
) WITHOUT ROWID;

CREATE TABLE entities (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    corpus TEXT,
    PRIMARY KEY (doc, eid)
) WITHOUT ROWID;
CREATE INDEX entities_corpus ON entities(corpus);

CREATE TABLE mentions (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc, eid, start, "end")
) WITHOUT ROWID;
"""

#: The outlets and documents a document cites.
CITED_SOURCES = """
CREATE TABLE cited_sources (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc, n)
) WITHOUT ROWID;
"""

#: A document's tags (the index on them is each backend's own: case is ignored differently).
TAGS = """
CREATE TABLE tags (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (doc, n)
) WITHOUT ROWID;
"""

#: Market rows, rejections, the near-duplicate state, corpus entities and their keys, flags.
MARKET_TO_META = """
CREATE TABLE market (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    name TEXT NOT NULL,
    canonical TEXT,
    raw TEXT NOT NULL,
    "values" TEXT NOT NULL,
    confident INTEGER NOT NULL,
    PRIMARY KEY (doc, n)
) WITHOUT ROWID;

CREATE TABLE rejections (
    origin TEXT PRIMARY KEY,
    page_id TEXT NOT NULL,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    run INTEGER REFERENCES runs(id)
);

CREATE TABLE signatures (
    doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);

CREATE TABLE lsh_bands (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, doc)
) WITHOUT ROWID;
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
) WITHOUT ROWID;

CREATE TABLE meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

_V1 = (
    """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    command TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    counts TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE documents (
    key INTEGER PRIMARY KEY,
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
    run INTEGER REFERENCES runs(id),
    -- the large columns last, so reading the ones above never walks their overflow pages
    body TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_credit ON documents(credit COLLATE NOCASE);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_cluster ON documents(cluster);
"""
    + ORIGINS_AND_ENTITIES
    + """
CREATE TABLE quotes (
    key INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_text TEXT,
    cue TEXT,
    UNIQUE (doc, n)
);
CREATE INDEX quotes_speaker ON quotes(doc, speaker);
"""
    + CITED_SOURCES
    + TAGS
    + """CREATE INDEX tags_tag ON tags(tag COLLATE NOCASE);
"""
    + MARKET_TO_META
    + """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, content='documents', content_rowid='key',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.key, new.title, new.body);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body)
    VALUES ('delete', old.key, old.title, old.body);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, body ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body)
    VALUES ('delete', old.key, old.title, old.body);
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.key, new.title, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_text, content='quotes', content_rowid='key',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker_text) VALUES (new.key, new.text, new.speaker_text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_text)
    VALUES ('delete', old.key, old.text, old.speaker_text);
END;
"""
)

# Version 2: the key of the speaker's name as written, when it is a full name, so a
# quote the NLP stage could not link to an entity is still found by that name. Quotes
# stored before keep NULL until their page is stored again.
_V2 = """
ALTER TABLE quotes ADD COLUMN speaker_key TEXT;
CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
"""

# Version 3: whether the NLP stages ran on a document's record, so a record without them
# never replaces one with them unless asked (``ingest --replace``). Documents stored before
# count as annotated when their record holds anything the NLP stages give.
_V3 = """
ALTER TABLE documents ADD COLUMN nlp INTEGER NOT NULL DEFAULT 1;
UPDATE documents SET nlp = (
    json_extract(record, '$.summary') IS NOT NULL
    OR ifnull(json_array_length(record, '$.entities'), 0) > 0
    OR ifnull(json_array_length(record, '$.quotes'), 0) > 0
    OR ifnull(json_array_length(record, '$.sources'), 0) > 0
);
"""


# Version 4: text in scripts written without spaces (Chinese, Japanese, Korean) becomes
# searchable. Documents and quotes holding such text keep a copy of it with a space
# around every such character (``cjk``, NULL for the others; ``newsdesk.cjk``), indexed
# as a third column of their FTS5 index, where each character is a token. The indexes
# are rebuilt from their content tables, with the copies of the rows stored before.
def _cjk_index(table: str, columns: tuple[str, str], old_triggers: tuple[str, ...]) -> str:
    """Version 4 for one FTS5 index: ``table`` gains ``cjk`` (filled for the rows stored
    before), and ``<table>_fts`` is made again over the two text ``columns`` and ``cjk``,
    with its triggers, and rebuilt."""
    index = f"{table}_fts"
    texts = ", ".join(columns)
    cols = ", ".join((*columns, "cjk"))
    new = ", ".join(f"new.{c}" for c in (*columns, "cjk"))
    old = ", ".join(f"old.{c}" for c in (*columns, "cjk"))
    drops = "".join(f"DROP TRIGGER {index}_{name};\n" for name in old_triggers)
    return f"""
ALTER TABLE {table} ADD COLUMN cjk TEXT;
UPDATE {table} SET cjk = newsdesk_cjk({texts}) WHERE newsdesk_cjk({texts}) IS NOT NULL;
{drops}DROP TABLE {index};
CREATE VIRTUAL TABLE {index} USING fts5(
    {cols}, content='{table}', content_rowid='key',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN
    INSERT INTO {index}(rowid, {cols}) VALUES (new.key, {new});
END;
CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN
    INSERT INTO {index}({index}, rowid, {cols}) VALUES ('delete', old.key, {old});
END;
CREATE TRIGGER {index}_update AFTER UPDATE OF {cols} ON {table} BEGIN
    INSERT INTO {index}({index}, rowid, {cols}) VALUES ('delete', old.key, {old});
    INSERT INTO {index}(rowid, {cols}) VALUES (new.key, {new});
END;
INSERT INTO {index}({index}) VALUES ('rebuild');
"""


_V4 = _cjk_index("documents", ("title", "body"), ("insert", "delete", "update")) + _cjk_index(
    "quotes", ("text", "speaker_text"), ("insert", "delete")
)

# Version 5: corpus entities are resolved again only where a run changed them
# (``newsdesk.store.resolution``): the documents stored and the corpus entities that lost
# a document since the last resolution, and each person's full-name key by family name.
# Stores from before are resolved again in full once. PostgreSQL's version 2 is the same.
INCREMENTAL_RESOLUTION = (
    """
ALTER TABLE corpus_keys ADD COLUMN surname TEXT;
CREATE INDEX corpus_keys_surname ON corpus_keys(surname);
CREATE INDEX corpus_keys_entity ON corpus_keys(entity);
CREATE TABLE pending_documents (doc TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE pending_entities (entity TEXT PRIMARY KEY) WITHOUT ROWID;
"""
    + RESOLVE_AGAIN
)

# Version 6: a run's page entities that join a corpus entity without changing any join
# update its totals alone (``newsdesk.store.entity_totals``): each corpus entity keeps
# its forms with the number of page entities giving each, the documents naming it by a
# full name and the genders those names mark (a person), and the word of a group of
# people known by one word. Stores from before are resolved again in full once.
# PostgreSQL's version 3 is the same.
CORPUS_TOTALS = (
    """
ALTER TABLE corpus_entities ADD COLUMN forms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE corpus_entities ADD COLUMN named INTEGER NOT NULL DEFAULT 0;
ALTER TABLE corpus_entities ADD COLUMN genders TEXT NOT NULL DEFAULT '';
ALTER TABLE corpus_entities ADD COLUMN word TEXT;
CREATE INDEX corpus_entities_word ON corpus_entities(word);
"""
    + RESOLVE_AGAIN
)

#: The migrations, in order; the database's ``user_version`` counts those applied.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, INCREMENTAL_RESOLUTION, CORPUS_TOTALS)

VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, *, create: bool = True) -> int:
    """Bring the database up to ``VERSION``; return the version it was at before.

    Each migration runs in its own transaction with its ``user_version``
    bump, so a crash leaves the database at a whole version. Without
    ``create``, a database at version 0 (no newsdesk store yet) is refused
    rather than made into one.
    """
    try:
        (current,) = conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"not a newsdesk database ({exc})") from exc
    if current > VERSION:
        raise StoreError(
            f"the database has schema version {current}, newer than this newsdesk knows "
            f"({VERSION}): upgrade newsdesk"
        )
    if current == 0:
        (tables,) = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if tables:
            raise StoreError("the file is an SQLite database but not a newsdesk store")
        if not create:
            raise StoreError("the file is not a newsdesk store")
    # What a migration computes in Python: the searchable copy of CJK text (version 3).
    conn.create_function("newsdesk_cjk", 2, searchable_cjk, deterministic=True)
    for number in range(current + 1, VERSION + 1):
        script = MIGRATIONS[number - 1]
        try:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            raise StoreError(f"migration to schema version {number} failed: {exc}") from exc
    return int(current)
