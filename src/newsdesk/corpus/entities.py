"""Corpus entities: one entity per real-world person, organisation or place across pages.

Each record names its entities per page (``Record.entities``: one entry per
entity of that page, with all the names it had there). This module joins
those page entities across the corpus, conservatively, because a wrong join
puts one person's words in another's mouth:

1. Names are compared as *keys* (``newsdesk.corpus.names``): accents and case
   folded, titles stripped (``President Bill Clinton`` → ``bill clinton``);
   lower-case forms (``the Leader``) and pronouns give no key.
2. A key of two or more words is a *full name*. Page entities of one type
   that share a full name (as their name or an alias) are one entity.
   Different full names never join, even with the same surname
   (``Hillary Clinton`` / ``Bill Clinton``; ``George Bush`` / ``George W. Bush``).
3. A person known on a page only by one word (``Pompeo``, ``President Trump``)
   joins the entity whose full name ends with that word when exactly one
   entity of the corpus does; when none or several do, all such one-word
   people form their own entity (``Clinton``), never guessed.
4. For places and organisations every key is exact; the equivalent names of
   one country or body (``US`` / ``United States``) share one key.

The result is a pure function of the set of page entities: the order pages
arrived in changes nothing. The store persists it and recomputes it when
pages change; a corpus entity keeps the totals its name and counts are made of
(``CorpusEntity.forms``, ``named``, ``genders``), so that page entities joining
it and changing no join (``gather``) update it without resolving it again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from newsdesk.corpus.names import (
    PERSON,
    TITLE_JOINERS,
    NameKey,
    fold,
    marked_genders,
    name_key,
    name_words,
    named_forms,
    one_person,
    query_keys,
)
from newsdesk.lexicon.pronouns import Gender
from newsdesk.page import stable_id

# The name keys are ``newsdesk.corpus.names``'s, also reachable here.
__all__ = [
    "DOMINANT",
    "PERSON",
    "CorpusEntity",
    "NameKey",
    "PageEntity",
    "Resolution",
    "bearer",
    "family_name",
    "fold",
    "gather",
    "joining_keys",
    "known_as",
    "name_key",
    "named_in_full",
    "one_person",
    "page_genders",
    "page_keys",
    "query_keys",
    "resolve",
]

_Root = TypeVar("_Root", bound=Hashable)

#: How many times as many articles the best known bearer of a family name needs over all
#: the others together for the family name alone to be theirs (``Obama`` in a corpus of
#: many articles on Barack Obama and a few on Michelle Obama). Chosen by hand: ten to one
#: leaves pairs that are both often in the news (Bill and Hillary Clinton) ambiguous.
DOMINANT = 10


@dataclass(frozen=True, slots=True)
class PageEntity:
    """One page's entity as the store holds it."""

    doc: str
    eid: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0


@dataclass(frozen=True, slots=True)
class CorpusEntity:
    """One entity of the corpus: the page entities joined, with their names and counts.

    The last four fields are the totals the others are made of, kept so that page
    entities can join it without its members being read again (``gather``): each form
    with the number of page entities giving it; for a person, the documents naming
    them by a full name and the genders those names mark (what a bare family name is
    matched by, ``bearer``); for a group of people known only by one word that joined
    nobody (``Clinton``), that word.
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    keys: tuple[str, ...]
    mentions: int
    documents: int
    forms: tuple[tuple[str, int], ...] = ()
    named: int = 0
    genders: frozenset[Gender] = frozenset()
    word: str | None = None


@dataclass(frozen=True, slots=True)
class Resolution:
    """Corpus entities, and which corpus entity each page entity ``(doc, eid)`` belongs to."""

    entities: tuple[CorpusEntity, ...]
    members: dict[tuple[str, str], str]


def resolve(page_entities: Iterable[PageEntity]) -> Resolution:
    """Join page entities into corpus entities (the rules in the module docstring)."""
    items = sorted(page_entities, key=lambda e: (e.doc, e.eid))
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    keys = [page_keys(item) for item in items]
    by_full: dict[tuple[str, str], int] = {}
    short_only: list[int] = []
    for index, (item, item_keys) in enumerate(zip(items, keys, strict=True)):
        joinable = [k for k in item_keys if k.full or item.type != PERSON]
        for key in joinable:
            union(by_full.setdefault((item.type, key.text), index), index)
        if not joinable and item_keys:
            short_only.append(index)

    # The joined people (roots) whose full name ends in each word.
    by_surname: dict[str, set[int]] = defaultdict(set)
    for (entity_type, text), index in by_full.items():
        if (surname := family_name(text, entity_type)) is not None:
            by_surname[surname].add(find(index))
    genders: dict[int, set[Gender]] = defaultdict(set)
    documents: dict[int, set[str]] = defaultdict(set)
    for index, item in enumerate(items):
        if named_in_full(item.type, keys[index]):
            genders[find(index)].update(page_genders(item))
            documents[find(index)].add(item.doc)
    short_groups: dict[str, int] = {}
    for index in short_only:
        word = keys[index][0].text
        roots = by_surname.get(word, set())
        known = {root: (len(documents[root]), frozenset(genders[root])) for root in roots}
        root = bearer(known, page_genders(items[index]))
        union(short_groups.setdefault(word, index) if root is None else root, index)

    components: dict[int, list[int]] = defaultdict(list)
    for index in range(len(items)):
        if keys[index]:
            components[find(index)].append(index)
    group_words = {find(index): word for word, index in short_groups.items()}
    entities: list[CorpusEntity] = []
    members: dict[tuple[str, str], str] = {}
    for root, indexes in components.items():
        entity = _corpus_entity(
            [items[i] for i in indexes], [keys[i] for i in indexes], group_words.get(root)
        )
        entities.append(entity)
        for i in indexes:
            members[(items[i].doc, items[i].eid)] = entity.id
    entities.sort(key=lambda e: e.id)
    return Resolution(entities=tuple(entities), members=members)


def bearer(
    roots: Mapping[_Root, tuple[int, Collection[Gender]]], marked: Collection[Gender]
) -> _Root | None:
    """The person a one-word name joins among the people whose full name ends in it (each
    with the documents naming them in full and the genders those names mark), or
    ``None`` (none, or ambiguous): the only one, or the best known (``known_as``), unless
    the one-word form marks another gender (``Mrs. Obama`` is not Barack Obama)."""
    chosen = known_as({root: documents for root, (documents, _) in roots.items()})
    if len(chosen) != 1:
        return None
    (root,) = chosen
    if marked and not set(marked) & set(roots[root][1]):
        return None
    return root


def known_as(documents: Mapping[_Root, int]) -> frozenset[_Root]:
    """Whom a bare family name may mean among its bearers, given the documents naming each
    in full: the one far better known than the others together (``DOMINANT`` times as
    many articles), as news writes a family name alone only for somebody its readers know
    by it; else all of them (ambiguous). A tie is never dominant, so which of the tied
    ``max`` picks changes nothing."""
    if len(documents) < 2:
        return frozenset(documents)
    best = max(documents, key=documents.__getitem__)
    others = sum(documents.values()) - documents[best]
    return frozenset({best} if documents[best] >= DOMINANT * others else documents)


def family_name(key: str, entity_type: str) -> str | None:
    """A person's family name, for a full-name key (what a bare family name matches)."""
    name = NameKey(tuple(key.split()))
    return name.surname if entity_type == PERSON and len(name.words) >= 2 else None


def named_in_full(entity_type: str, keys: Iterable[NameKey]) -> bool:
    """Whether a page entity with these keys is a person named by a full name (what the
    documents and genders a bare family name is weighed by count)."""
    return entity_type == PERSON and any(k.full for k in keys)


def joining_keys(item: PageEntity) -> set[str]:
    """The keys a page entity joins others by, or is joined by: a person's full names and
    their family names (a person's one-word forms beside a full name join nothing), else
    all its keys (a one-word person's word; every name of a place or an organisation)."""
    keys = page_keys(item)
    if not named_in_full(item.type, keys):
        return {k.text for k in keys}
    return {text for k in keys if k.full for text in (k.text, k.surname)}


def page_genders(item: PageEntity) -> frozenset[Gender]:
    """The genders a page entity's names mark (``newsdesk.corpus.names.marked_genders``)."""
    return marked_genders(item.name, item.aliases, item.type)


def _names(item: PageEntity) -> tuple[tuple[str, NameKey], ...]:
    return named_forms(item.name, item.aliases, item.type)


def page_keys(item: PageEntity) -> list[NameKey]:
    """The keys of a page entity's names (what it is joined by)."""
    return list(dict.fromkeys(key for _, key in _names(item)))


def _corpus_entity(
    items: Sequence[PageEntity], keys: Sequence[list[NameKey]], word: str | None
) -> CorpusEntity:
    """The corpus entity the page entities ``items`` (with their ``keys``) make."""
    counts: Counter[str] = Counter()
    for item in items:
        counts.update({form for form, _ in _names(item)})
    in_full = [item for item, ks in zip(items, keys, strict=True) if named_in_full(item.type, ks)]
    return _totalled(
        items[0].type,
        counts,
        {k.text for item_keys in keys for k in item_keys},
        mentions=sum(item.mentions for item in items),
        documents=len({item.doc for item in items}),
        named=len({item.doc for item in in_full}),
        genders=frozenset().union(*(page_genders(item) for item in in_full)),
        word=word,
    )


def gather(entity: CorpusEntity, items: Sequence[PageEntity]) -> CorpusEntity:
    """``entity`` with the page entities ``items`` joined to it, when they come from
    documents it had no page entity of and change no join: what ``resolve`` gives over
    its members and them, from its totals alone (its id stays: they bring it no full
    name, ``named_in_full``, it had not)."""
    counts: Counter[str] = Counter(dict(entity.forms))
    keys = set(entity.keys)
    in_full: list[PageEntity] = []
    for item in items:
        counts.update({form for form, _ in _names(item)})
        item_keys = page_keys(item)
        keys.update(k.text for k in item_keys)
        if named_in_full(entity.type, item_keys):
            in_full.append(item)
    return _totalled(
        entity.type,
        counts,
        keys,
        mentions=entity.mentions + sum(item.mentions for item in items),
        documents=entity.documents + len({item.doc for item in items}),
        named=entity.named + len({item.doc for item in in_full}),
        genders=entity.genders.union(*(page_genders(item) for item in in_full)),
        word=entity.word,
    )


def _totalled(
    entity_type: str,
    counts: Counter[str],
    keys: set[str],
    *,
    mentions: int,
    documents: int,
    named: int,
    genders: frozenset[Gender],
    word: str | None,
) -> CorpusEntity:
    """A corpus entity from its totals: named by its fullest form, its id made of its
    first joining key (a person's full names; any key of others; ``~`` and the word
    for a group of people known by one word who joined nobody)."""
    # A full name written on one page only may be that page's misreading: when another
    # full name of the entity is written on two pages or more, one of those is its name.
    read = {form: name_words(fold(form), entity_type) for form in counts}
    full = [form for form in counts if len(read[form][0]) > 1]
    attested = 2 if any(counts[form] >= 2 for form in full) else 1

    def fullness(form: str) -> tuple[bool, int, bool, int, int, int, int, str]:
        # The fullest name: not a description ("President of Iran Hassan Rouhani"), then
        # a full name, then written on two pages when one is, then most name words, then
        # fewest title words, then the longest spelling, then the most used, then the first.
        words, titles = read[form]
        described = any(w in TITLE_JOINERS for w in fold(form).split()[:titles])
        rare = counts[form] < attested
        return (
            described,
            -min(len(words), 2),
            rare,
            -len(words),
            titles,
            -len(form),
            -counts[form],
            form,
        )

    name = min(counts, key=fullness)
    all_keys = sorted(keys)
    # A key of two words or more, or an equivalence class ("=..."), is a full name.
    joined = [k for k in all_keys if entity_type != PERSON or " " in k or k[0] == "="]
    # A group of one-word people is told apart by its word (two groups may hold the same
    # keys: "Okafor" also called "Marta" is in the group of "okafor", "Marta" in "marta"'s).
    anchor = joined[0] if joined else f"~{word}"
    return CorpusEntity(
        id=stable_id(f"{entity_type}:{anchor}"),
        name=name,
        type=entity_type,
        aliases=tuple(sorted(f for f in counts if f != name)),
        keys=tuple(all_keys),
        mentions=mentions,
        documents=documents,
        forms=tuple(sorted(counts.items())),
        named=named,
        genders=genders,
        word=word,
    )
