"""The parts of a record in the store's child tables: paragraphs, entities and their
mentions, quotes, cited sources, tags and market rows, each keyed by the document id and
deleted with its document (``newsdesk.store.schema``)."""

from __future__ import annotations

import json

from newsdesk.corpus import entities as corpus
from newsdesk.record import Record
from newsdesk.store.sql import Sql

__all__ = ["full_name_key", "insert_parts"]


def full_name_key(name: str | None) -> str | None:
    """The key of a speaker's name as written, when it is a full name (``Mike Pompeo``)."""
    key = corpus.name_key(name) if name else None
    return key.text if key is not None and key.full else None


def insert_parts(conn: Sql, record: Record) -> None:
    """Insert the rows of a record's parts (its document row is already there)."""
    doc = record.id
    conn.executemany(
        'INSERT INTO paragraphs(doc, n, start, "end", kind) VALUES (?, ?, ?, ?, ?)',
        [(doc, n, p.start, p.end, p.kind) for n, p in enumerate(record.paragraphs)],
    )
    conn.executemany(
        "INSERT INTO entities(doc, eid, name, type, aliases, mentions) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(doc, eid) DO UPDATE SET name = excluded.name, "
        "type = excluded.type, aliases = excluded.aliases, mentions = excluded.mentions",
        [
            (doc, e.id, e.name, e.type, json.dumps(list(e.aliases)), len(e.mentions))
            for e in record.entities
        ],
    )
    conn.executemany(
        'INSERT INTO mentions(doc, eid, start, "end") VALUES (?, ?, ?, ?) '
        'ON CONFLICT(doc, eid, start, "end") DO NOTHING',
        [(doc, e.id, s, t) for e in record.entities for s, t in e.mentions],
    )
    conn.executemany(
        'INSERT INTO quotes(doc, n, text, start, "end", kind, speaker, speaker_text, '
        "speaker_key, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc,
                n,
                q.text,
                q.start,
                q.end,
                q.kind,
                q.speaker,
                q.speaker_text,
                full_name_key(q.speaker_text),
                q.cue,
            )
            for n, q in enumerate(record.quotes)
        ],
    )
    conn.executemany(
        'INSERT INTO cited_sources(doc, n, name, kind, cue, start, "end") '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(doc, n, s.name, s.kind, s.cue, s.start, s.end) for n, s in enumerate(record.sources)],
    )
    conn.executemany(
        "INSERT INTO tags(doc, n, tag) VALUES (?, ?, ?)",
        [(doc, n, tag) for n, tag in enumerate(record.tags)],
    )
    conn.executemany(
        'INSERT INTO market(doc, n, name, canonical, raw, "values", confident) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (doc, n, m.name, m.canonical, m.raw, json.dumps(list(m.values)), int(m.confident))
            for n, m in enumerate(record.market)
        ],
    )
