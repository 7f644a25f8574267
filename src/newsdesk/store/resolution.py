"""The corpus entities the store keeps (``newsdesk.corpus.entities``), resolved in full or only
where a run changed them.

``put`` notes what it changes: the documents it stores (``pending_documents``)
and the corpus entities of a document it deletes (``pending_entities``).
``update_entities`` then resolves again only the page entities whose join can
depend on those: it grows a set of keys from the changed ones until it is
closed, taking in every corpus entity holding one of its keys, all the keys of
those entities, each person's family name, and, for a family name, every
person whose full name ends in it (the rule for a bare family name weighs all
its bearers). No page entity outside that set shares a key or a family name
with one inside, so ``corpus.resolve`` over the set gives what it gives over
the whole store, and the corpus entities outside it stay as they are: the
result equals ``rebuild_entities``, which resolves every page entity again.
Each runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from newsdesk.corpus import entities as corpus
from newsdesk.store.sql import Sql, placeholders
from newsdesk.store.writes import DIRTY_ENTITIES, REBUILD_ENTITIES

__all__ = ["rebuild_entities", "resolve_pending", "update_entities"]

#: Ids per ``IN (...)`` query, under SQLite's bound-parameter limit.
_CHUNK = 400
_ENTITY_COLUMNS = "SELECT doc, eid, name, type, aliases, mentions, corpus FROM entities"
_CORPUS_COLUMNS = "SELECT id, name, type, aliases, keys, mentions, documents FROM corpus_entities"
_KEYS = "SELECT entity, key, surname FROM corpus_keys"


def resolve_pending(sql: Sql, flags: Collection[str]) -> None:
    """Resolve what the ``meta`` ``flags`` say is pending: every corpus entity when a
    rebuild was asked for (or the store predates incremental resolution), else the
    changed ones."""
    if REBUILD_ENTITIES in flags:
        rebuild_entities(sql)
    elif DIRTY_ENTITIES in flags:
        update_entities(sql)


def rebuild_entities(sql: Sql) -> None:
    """Resolve every stored page entity again and replace all the corpus entities."""
    sql.execute("DELETE FROM corpus_keys")
    sql.execute("DELETE FROM corpus_entities")
    _replace(sql, _page_entities(sql.execute(_ENTITY_COLUMNS)), set())


def update_entities(sql: Sql) -> None:
    """Resolve again the page entities the pending changes can affect (module docstring)."""
    docs = [doc for (doc,) in sql.execute("SELECT doc FROM pending_documents")]
    linked = _page_entities(_select(sql, _ENTITY_COLUMNS, "doc", docs))
    stale = {entity for (entity,) in sql.execute("SELECT entity FROM pending_entities")}
    keys: set[str] = set()
    frontier: set[str] = set()
    for item in linked:
        frontier |= _joining(item)
    frontier |= _keys_of(sql, stale)
    while frontier:
        keys |= frontier
        found = {e for (e,) in _select(sql, "SELECT entity FROM corpus_keys", "key", frontier)}
        found |= {e for (e,) in _select(sql, "SELECT entity FROM corpus_keys", "surname", frontier)}
        found -= stale
        stale |= found
        frontier = _keys_of(sql, found) - keys
    linked.update(_page_entities(_select(sql, _ENTITY_COLUMNS, "corpus", stale)))
    _replace(sql, linked, stale)


def _replace(sql: Sql, linked: dict[corpus.PageEntity, str | None], old: set[str]) -> None:
    """Resolve the page entities ``linked`` (each with the corpus entity it is linked to)
    and put the result in place of the corpus entities ``old``, writing only what differs."""
    resolution = corpus.resolve(linked)
    stored = {row[0]: tuple(row) for row in _select(sql, _CORPUS_COLUMNS, "id", old)}
    rows = {e.id: _row(e) for e in resolution.entities}
    gone = sorted(old - rows.keys())
    for column, table in (("entity", "corpus_keys"), ("id", "corpus_entities")):
        for chunk in _chunks(gone):
            sql.execute(f"DELETE FROM {table} WHERE {column} IN ({placeholders(chunk)})", chunk)
    changed = [e for e in resolution.entities if stored.get(e.id) != rows[e.id]]
    rekeyed = [e for e in changed if e.id in stored and stored[e.id][4] != rows[e.id][4]]
    sql.executemany(
        "UPDATE corpus_entities SET name = ?, type = ?, aliases = ?, keys = ?, mentions = ?, "
        "documents = ? WHERE id = ?",
        [(*rows[e.id][1:], e.id) for e in changed if e.id in stored],
    )
    sql.executemany("DELETE FROM corpus_keys WHERE entity = ?", [(e.id,) for e in rekeyed])
    sql.executemany(
        "INSERT INTO corpus_entities(id, name, type, aliases, keys, mentions, documents) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [rows[e.id] for e in changed if e.id not in stored],
    )
    sql.executemany(
        "INSERT INTO corpus_keys(key, entity, surname) VALUES (?, ?, ?) "
        "ON CONFLICT(key, entity) DO NOTHING",
        [
            (key, e.id, _family(corpus.NameKey(tuple(key.split())), e.type))
            for e in changed
            if e.id not in stored or e in rekeyed
            for key in e.keys
        ],
    )
    sql.executemany(
        "UPDATE entities SET corpus = ? WHERE doc = ? AND eid = ?",
        [
            (entity, item.doc, item.eid)
            for item, was in linked.items()
            if (entity := resolution.members.get((item.doc, item.eid))) != was
        ],
    )
    sql.execute("DELETE FROM pending_documents")
    sql.execute("DELETE FROM pending_entities")


def _row(e: corpus.CorpusEntity) -> tuple[object, ...]:
    """A corpus entity as its ``corpus_entities`` row."""
    aliases = json.dumps(list(e.aliases), ensure_ascii=False)
    keys = json.dumps(list(e.keys), ensure_ascii=False)
    return (e.id, e.name, e.type, aliases, keys, e.mentions, e.documents)


def _family(key: corpus.NameKey, entity_type: str) -> str | None:
    """A person's family name, for a full name (the word a bare family name matches)."""
    return key.surname if entity_type == corpus.PERSON and len(key.words) >= 2 else None


def _joining(item: corpus.PageEntity) -> set[str]:
    """The keys a page entity joins others by: its full names and their family names
    (a person's one-word forms beside a full name join nothing), else its keys."""
    keys = corpus.page_keys(item)
    if item.type != corpus.PERSON or not any(k.full for k in keys):
        return {k.text for k in keys}
    return {text for k in keys if k.full for text in (k.text, _family(k, item.type)) if text}


def _keys_of(sql: Sql, entities: Iterable[str]) -> set[str]:
    """The keys corpus entities join others by (as ``_joining``): a person's full names
    and their family names, when it has a full name, else all its keys."""
    every: dict[str, set[str]] = defaultdict(set)
    full: dict[str, set[str]] = defaultdict(set)
    for entity, key, surname in _select(sql, _KEYS, "entity", entities):
        every[entity].add(key)
        if surname is not None:  # a person's full name
            full[entity].update((key, surname))
    return set().union(*(full.get(entity) or keys for entity, keys in every.items()))


def _select(sql: Sql, query: str, column: str, values: Iterable[str]) -> list[tuple[str, ...]]:
    """The rows of ``query`` whose ``column`` is one of ``values``, a chunk at a time."""
    rows: list[tuple[str, ...]] = []
    for chunk in _chunks(sorted(values)):
        rows.extend(sql.execute(f"{query} WHERE {column} IN ({placeholders(chunk)})", chunk))
    return rows


def _chunks(values: Sequence[str]) -> list[list[str]]:
    return [list(values[i : i + _CHUNK]) for i in range(0, len(values), _CHUNK)]


def _page_entities(rows: Iterable[Sequence[Any]]) -> dict[corpus.PageEntity, str | None]:
    """Page entities, each with the corpus entity it is linked to."""
    return {
        corpus.PageEntity(doc, eid, name, kind, tuple(json.loads(aliases)), mentions): linked
        for doc, eid, name, kind, aliases, mentions, linked in rows
    }
