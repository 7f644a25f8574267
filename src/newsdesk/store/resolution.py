"""The corpus entities the store keeps (``newsdesk.corpus.entities``), resolved in full or only
where a run changed them.

``put`` notes what it changes: the documents it stores (``pending_documents``)
and the corpus entities of a document it deletes (``pending_entities``).
``update_entities`` first finds the new page entities that join a stored
corpus entity without changing any join (``newsdesk.store.entity_totals``):
those only add to that entity's totals, a cost that grows with the run and
not with the store. The others, and the corpus entities that lost a document,
are resolved again with every page entity whose join can depend on them: a
set of keys is grown from theirs until it is closed, taking in every corpus
entity holding one of its keys, all the keys of those entities, each
person's family name, and, for a family name, every person whose full name
ends in it (the rule for a bare family name weighs all its bearers); a
planned join onto an entity of that set joins the set instead (a one-word
person's planned join too: the set holds every bearer of its word and the
group of that word as soon as it holds the word). No page entity
outside the set shares a key or a family name with one inside, so
``corpus.resolve`` over the set gives what it gives over the whole store, and
the corpus entities outside it stay as they are, but for the totals of the
planned joins: the result equals ``rebuild_entities``, which resolves every
page entity again. Each runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from newsdesk.corpus import entities as corpus
from newsdesk.store import entity_totals
from newsdesk.store.entity_totals import (
    CORPUS_COLUMNS,
    INSERT_KEY,
    LINK_ENTITY,
    UPDATE_ENTITY,
    entity_row,
)
from newsdesk.store.sql import Sql, chunks, placeholders, select_in
from newsdesk.store.writes import DIRTY_ENTITIES, REBUILD_ENTITIES

__all__ = ["rebuild_entities", "resolve_pending", "update_entities"]

_ENTITY_COLUMNS = "SELECT doc, eid, name, type, aliases, mentions, corpus FROM entities"
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
    """Resolve again what the pending changes can affect (module docstring)."""
    docs = [doc for (doc,) in sql.execute("SELECT doc FROM pending_documents")]
    new = _page_entities(select_in(sql, _ENTITY_COLUMNS, "doc", docs))
    stale = {entity for (entity,) in sql.execute("SELECT entity FROM pending_entities")}
    stale |= {linked for linked in new.values() if linked is not None}  # counted already
    plan = entity_totals.plan(sql, [item for item, linked in new.items() if linked is None])
    linked = {item: was for item, was in new.items() if item not in plan.attached}
    keys: set[str] = set()
    frontier = plan.seeds | _keys_of(sql, stale)
    while frontier:
        _close(sql, frontier, keys, stale)
        moved = [item for item, entity in plan.attached.items() if entity in stale]
        frontier = set()
        for item in moved:
            del plan.attached[item]
            linked[item] = None
            frontier |= corpus.joining_keys(item) - keys
    linked.update(_page_entities(select_in(sql, _ENTITY_COLUMNS, "corpus", stale)))
    _replace(sql, linked, stale)
    entity_totals.apply(sql, plan.attached)


def _close(sql: Sql, frontier: set[str], keys: set[str], stale: set[str]) -> None:
    """Grow ``keys`` from ``frontier``, and ``stale`` with the corpus entities holding
    them, until neither grows (module docstring)."""
    while frontier:
        keys |= frontier
        found = {e for (e,) in select_in(sql, "SELECT entity FROM corpus_keys", "key", frontier)}
        found |= {
            e for (e,) in select_in(sql, "SELECT entity FROM corpus_keys", "surname", frontier)
        }
        found -= stale
        stale |= found
        frontier = _keys_of(sql, found) - keys


def _replace(sql: Sql, linked: dict[corpus.PageEntity, str | None], old: set[str]) -> None:
    """Resolve the page entities ``linked`` (each with the corpus entity it is linked to)
    and put the result in place of the corpus entities ``old``, writing only what differs."""
    resolution = corpus.resolve(linked)
    stored = {row[0]: tuple(row) for row in select_in(sql, CORPUS_COLUMNS, "id", old)}
    rows = {e.id: entity_row(e) for e in resolution.entities}
    gone = sorted(old - rows.keys())
    for column, table in (("entity", "corpus_keys"), ("id", "corpus_entities")):
        for chunk in chunks(gone):
            sql.execute(f"DELETE FROM {table} WHERE {column} IN ({placeholders(chunk)})", chunk)
    changed = [e for e in resolution.entities if stored.get(e.id) != rows[e.id]]
    rekeyed = [e for e in changed if e.id in stored and stored[e.id][4] != rows[e.id][4]]
    sql.executemany(UPDATE_ENTITY, [(*rows[e.id][1:], e.id) for e in changed if e.id in stored])
    sql.executemany("DELETE FROM corpus_keys WHERE entity = ?", [(e.id,) for e in rekeyed])
    sql.executemany(
        "INSERT INTO corpus_entities(id, name, type, aliases, keys, mentions, documents, "
        "forms, named, genders, word) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [rows[e.id] for e in changed if e.id not in stored],
    )
    sql.executemany(
        INSERT_KEY,
        [
            (key, e.id, corpus.family_name(key, e.type))
            for e in changed
            if e.id not in stored or e in rekeyed
            for key in e.keys
        ],
    )
    sql.executemany(
        LINK_ENTITY,
        [
            (entity, item.doc, item.eid)
            for item, was in linked.items()
            if (entity := resolution.members.get((item.doc, item.eid))) != was
        ],
    )
    sql.execute("DELETE FROM pending_documents")
    sql.execute("DELETE FROM pending_entities")


def _keys_of(sql: Sql, entities: Iterable[str]) -> set[str]:
    """The keys corpus entities join others by (as ``corpus.joining_keys``): a person's
    full names and their family names, when it has a full name, else all its keys."""
    every: dict[str, set[str]] = defaultdict(set)
    full: dict[str, set[str]] = defaultdict(set)
    for entity, key, surname in select_in(sql, _KEYS, "entity", entities):
        every[entity].add(key)
        if surname is not None:  # a person's full name
            full[entity].update((key, surname))
    return set().union(*(full.get(entity) or keys for entity, keys in every.items()))


def _page_entities(rows: Iterable[Sequence[Any]]) -> dict[corpus.PageEntity, str | None]:
    """Page entities, each with the corpus entity it is linked to."""
    return {
        corpus.PageEntity(doc, eid, name, kind, tuple(json.loads(aliases)), mentions): linked
        for doc, eid, name, kind, aliases, mentions, linked in rows
    }
