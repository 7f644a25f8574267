"""Corpus entities grown by a run's new page entities without resolving them again.

A run mostly names people, places and bodies the store knows already. A new
page entity whose joining keys (``corpus.joining_keys``) all belong to one
stored corpus entity joins it, and so does a one-word person whose word
``corpus.bearer`` gives to one stored person, or to the stored group of that
word. Such a join changes only that entity's totals (``corpus.gather``: forms
and their counts, keys, mentions, documents), at a cost that grows with the
run, not with the store, unless it changes a fact another join depends on.
What ``corpus.resolve`` decides from is:

- which full names (and so which family names) each person has: a page entity
  with a full name or key the store does not hold, or holding those of two
  corpus entities, is resolved again (``Plan.seeds``);
- for a family name, the documents naming each of its bearers in full and the
  genders their names mark (which bearer a bare family name joins,
  ``corpus.known_as``): when the run's documents change which bearer that is,
  or add a gender to a bearer, the family name is resolved again;
- whether the group of the one-word people known by a word exists: a page
  entity that would start one is resolved again.

``newsdesk.store.resolution`` resolves the seeds' closed set again and moves
into it every planned join that touches it; the others are applied here
(``apply``). Deleted and replaced documents are always resolved again. The
result equals a full recomputation (``rebuild_entities``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsdesk.corpus import entities as corpus
from newsdesk.lexicon.pronouns import Gender
from newsdesk.store.sql import Sql, select_in

__all__ = [
    "CORPUS_COLUMNS",
    "INSERT_KEY",
    "LINK_ENTITY",
    "UPDATE_ENTITY",
    "Plan",
    "apply",
    "entity_of",
    "entity_row",
    "plan",
]

#: A ``corpus_entities`` row, as ``entity_row`` writes it and ``entity_of`` reads it.
CORPUS_COLUMNS = (
    "SELECT id, name, type, aliases, keys, mentions, documents, forms, named, genders, word "
    "FROM corpus_entities"
)
#: A stored corpus entity's row made ``entity_row(e)[1:]``, then its id.
UPDATE_ENTITY = (
    "UPDATE corpus_entities SET name = ?, type = ?, aliases = ?, keys = ?, mentions = ?, "
    "documents = ?, forms = ?, named = ?, genders = ?, word = ? WHERE id = ?"
)
#: A corpus entity's key with its family name (``corpus.family_name``), kept when stored already.
INSERT_KEY = (
    "INSERT INTO corpus_keys(key, entity, surname) VALUES (?, ?, ?) "
    "ON CONFLICT(key, entity) DO NOTHING"
)
#: A page entity ``(doc, eid)`` linked to its corpus entity (given first).
LINK_ENTITY = "UPDATE entities SET corpus = ? WHERE doc = ? AND eid = ?"
_GENDERS: dict[str, Gender] = {"m": "m", "f": "f", "n": "n"}
_HOLDERS = "SELECT k.key, e.type, e.id FROM corpus_keys k JOIN corpus_entities e ON e.id = k.entity"
_BEARERS = (
    "SELECT k.surname, e.id, e.named, e.genders FROM corpus_keys k "
    "JOIN corpus_entities e ON e.id = k.entity"
)


@dataclass
class Plan:
    """What a run's new page entities do: those that join a stored corpus entity without
    changing a join (``attached``, each with that entity's id), and the keys to resolve
    again around (``seeds``)."""

    attached: dict[corpus.PageEntity, str] = field(default_factory=dict)
    seeds: set[str] = field(default_factory=set)


def entity_row(e: corpus.CorpusEntity) -> tuple[object, ...]:
    """A corpus entity as its ``corpus_entities`` row (the columns of ``CORPUS_COLUMNS``)."""
    return (
        e.id,
        e.name,
        e.type,
        json.dumps(list(e.aliases), ensure_ascii=False),
        json.dumps(list(e.keys), ensure_ascii=False),
        e.mentions,
        e.documents,
        json.dumps([list(pair) for pair in e.forms], ensure_ascii=False),
        e.named,
        "".join(sorted(e.genders)),
        e.word,
    )


def entity_of(row: Sequence[Any]) -> corpus.CorpusEntity:
    """The corpus entity of a ``corpus_entities`` row (``CORPUS_COLUMNS``)."""
    id_, name, kind, aliases, keys, mentions, documents, forms, named, genders, word = row
    return corpus.CorpusEntity(
        id=id_,
        name=name,
        type=kind,
        aliases=tuple(json.loads(aliases)),
        keys=tuple(json.loads(keys)),
        mentions=mentions,
        documents=documents,
        forms=tuple((form, count) for form, count in json.loads(forms)),
        named=named,
        genders=frozenset(_GENDERS[g] for g in genders),
        word=word,
    )


def plan(sql: Sql, items: Iterable[corpus.PageEntity]) -> Plan:
    """Which of the new page entities ``items`` join a stored corpus entity without
    changing a join, and the keys around which the others are resolved again."""
    keyed = {item: keys for item in items if (keys := corpus.page_keys(item))}
    found = Plan()
    joins = {
        item: {k.text for k in keys if k.full or item.type != corpus.PERSON}
        for item, keys in keyed.items()
    }
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, kind, entity in select_in(sql, _HOLDERS, "k.key", set().union(*joins.values())):
        holders[(kind, key)].add(entity)
    shorts: list[corpus.PageEntity] = []
    for item, texts in joins.items():
        if not texts:
            shorts.append(item)
            continue
        targets = set().union(*(holders.get((item.type, text), set()) for text in texts))
        if len(targets) == 1 and all((item.type, text) in holders for text in texts):
            found.attached[item] = targets.pop()
        else:
            found.seeds |= corpus.joining_keys(item)
    roots = {e: s for e, s in _surnames(sql, set(found.attached.values())).items() if s}
    words = {keyed[item][0].text for item in shorts}
    bearers = _bearers(sql, words.union(*roots.values()))
    found.seeds |= _changed_families(found.attached, roots, bearers)
    groups = {
        e.word: e
        for e in map(entity_of, select_in(sql, CORPUS_COLUMNS, "word", words))
        if e.word is not None
    }
    for item in shorts:
        word = keyed[item][0].text
        root = corpus.bearer(bearers.get(word, {}), corpus.page_genders(item))
        if root is None and word in groups:
            root = groups[word].id  # the people known by that word alone
        if root is None:
            found.seeds |= corpus.joining_keys(item)
        else:
            found.attached[item] = root
    return found


def _surnames(sql: Sql, entities: Iterable[str]) -> dict[str, set[str]]:
    """The family names of the full names of ``entities`` (none for others)."""
    found: dict[str, set[str]] = {entity: set() for entity in entities}
    query = "SELECT entity, surname FROM corpus_keys"
    for entity, surname in select_in(sql, query, "entity", found):
        if surname is not None:
            found[entity].add(surname)
    return found


def _bearers(
    sql: Sql, surnames: Iterable[str]
) -> dict[str, dict[str, tuple[int, frozenset[Gender]]]]:
    """The people whose full name ends in each of ``surnames``, each with the documents
    naming them in full and the genders those names mark."""
    found: dict[str, dict[str, tuple[int, frozenset[Gender]]]] = defaultdict(dict)
    for surname, entity, named, genders in select_in(sql, _BEARERS, "k.surname", surnames):
        found[surname][entity] = (named, frozenset(_GENDERS[g] for g in genders))
    return found


def _changed_families(
    attached: Mapping[corpus.PageEntity, str],
    roots: Mapping[str, set[str]],
    bearers: Mapping[str, Mapping[str, tuple[int, frozenset[Gender]]]],
) -> set[str]:
    """The family names whose bare form the page entities ``attached`` to people (``roots``:
    each person's family names) may give to another bearer: by adding a gender to one, or
    documents that change which bearer is far the best known (``corpus.known_as``)."""
    documents: dict[str, set[str]] = defaultdict(set)
    genders: dict[str, set[Gender]] = defaultdict(set)
    for item, entity in attached.items():
        if entity in roots and corpus.named_in_full(item.type, corpus.page_keys(item)):
            documents[entity].add(item.doc)
            genders[entity] |= corpus.page_genders(item)
    changed: set[str] = set()
    for entity, marked in genders.items():
        known = bearers[min(roots[entity])][entity][1]  # its genders, under any family name
        if not marked <= known:
            changed |= roots[entity]
    for surname in set().union(*(roots[entity] for entity in documents)):
        before = {entity: named for entity, (named, _) in bearers[surname].items()}
        after = {entity: named + len(documents.get(entity, ())) for entity, named in before.items()}
        if corpus.known_as(before) != corpus.known_as(after):
            changed.add(surname)
    return changed


def apply(sql: Sql, attached: Mapping[corpus.PageEntity, str]) -> None:
    """Join the page entities ``attached`` to their corpus entities: update those
    entities' totals and keys and link the page entities to them."""
    joining: dict[str, list[corpus.PageEntity]] = defaultdict(list)
    for item, entity in attached.items():
        joining[entity].append(item)
    stored = map(entity_of, select_in(sql, CORPUS_COLUMNS, "id", joining))
    grown = {e.id: (e, corpus.gather(e, joining[e.id])) for e in stored}
    sql.executemany(
        UPDATE_ENTITY, [(*entity_row(after)[1:], entity) for entity, (_, after) in grown.items()]
    )
    sql.executemany(
        INSERT_KEY,
        [
            (key, entity, corpus.family_name(key, after.type))
            for entity, (before, after) in grown.items()
            for key in sorted(set(after.keys) - set(before.keys))
        ],
    )
    sql.executemany(
        LINK_ENTITY, [(entity, item.doc, item.eid) for item, entity in attached.items()]
    )
