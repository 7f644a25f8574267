"""Corpus entities: one entity per real-world person, organisation or place across pages.

Each record names its entities per page (``Record.entities``: one entry per
entity of that page, with all the names it had there). This module joins
those page entities across the corpus, conservatively, because a wrong join
puts one person's words in another's mouth:

1. Names are compared as *keys*: accents and case folded, possessive ``'s``
   dropped, punctuation split, and for people the leading honorifics and
   titles stripped (``President Bill Clinton`` → ``bill clinton``). Lower-case
   forms (``the Leader``) and pronouns are not names and give no key.
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
pages change.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.nlp.names import (
    EQUIVALENT_NAMES,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    TITLES,
)
from newsdesk.nlp.pronouns import PRONOUNS
from newsdesk.page import stable_id

__all__ = [
    "CorpusEntity",
    "NameKey",
    "PageEntity",
    "Resolution",
    "fold",
    "name_key",
    "query_keys",
    "resolve",
]

PERSON = "PERSON"

_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
_NOT_NAME_START = frozenset({"the", "a", "an"})
_TITLE_JOINERS = frozenset({"of", "for", "the", "and"})
_LOWER_WORDS = NAME_PARTICLES | _TITLE_JOINERS
_STRIPPED = frozenset(HONORIFICS) | frozenset(TITLES)
#: Titles of office that are not also surnames (unlike King, Major, Bishop, Judge): a form
#: ending in one (``U.S. President``, ``Senate President``, and NER spans such as ``When
#: President``) is a description, never the fullest name of a person. Picked from
#: ``nlp.names.TITLES`` by hand, checked against the corpus entity names of the
#: article-extraction benchmark pages.
_OFFICES = frozenset(
    {
        "president", "premier", "minister", "secretary", "senator", "representative",
        "congressman", "congresswoman", "governor", "mayor", "ambassador", "chairman",
        "chairwoman",
    }
)  # fmt: skip
_EQUIVALENT: dict[str, str] = {
    name: "=" + min(group) for group in EQUIVALENT_NAMES for name in group
}


@dataclass(frozen=True, slots=True)
class NameKey:
    """A name as compared: its words after folding and stripping, and what kind it is."""

    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def full(self) -> bool:
        return len(self.words) >= 2 or self.text.startswith("=")

    @property
    def surname(self) -> str:
        """The last word that is not a suffix (``jr``), for one-word matching."""
        for word in reversed(self.words):
            if word not in NAME_SUFFIXES:
                return word
        return self.words[-1]


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
    """One entity of the corpus: the page entities joined, with their names and counts."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    keys: tuple[str, ...]
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class Resolution:
    """Corpus entities, and which corpus entity each page entity ``(doc, eid)`` belongs to."""

    entities: tuple[CorpusEntity, ...]
    members: dict[tuple[str, str], str]


def fold(text: str) -> str:
    """Case and accents folded, curly apostrophes straightened, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


@lru_cache(maxsize=1 << 16)
def name_key(name: str, entity_type: str = PERSON) -> NameKey | None:
    """The key a name is compared by, or ``None`` when the form is not a name."""
    stripped = name.strip()
    if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()):
        return None
    plain = fold(stripped)
    if plain in PRONOUNS or (entity_type == PERSON and not _capitalised(stripped)):
        return None
    if entity_type != PERSON and plain in _EQUIVALENT:
        return NameKey((_EQUIVALENT[plain],))
    words, _ = _name_words(plain, entity_type)
    return NameKey(words) if words else None


def _capitalised(form: str) -> bool:
    """Whether every word of the form is capitalised, but for name particles and the
    words joining titles (``Iran's supreme leader`` is a description, not a person's
    name; organisations may have lower-case words: ``Yonhap news agency``)."""
    for word in form.split():
        if word[:1].islower() and fold(word).strip(".,") not in _LOWER_WORDS:
            return False
    return True


def _name_words(plain: str, entity_type: str) -> tuple[tuple[str, ...], int]:
    """The words of a folded name, and how many title words were stripped from it.

    For people, leading titles go, with the words joining them (``Secretary of
    State Mike Pompeo``); when the form began with a title, a later run of
    titles ends the description and the name follows it (``Leader of Islamic
    Revolution Ayatollah Ali Khamenei`` → ``ali khamenei``); one or two words
    before a run of titles are a description when a full name follows
    (``US President Donald Trump``; not ``Yves St Laurent``).
    """
    words = _WORD.findall(_POSSESSIVE.sub("", plain))
    if not words or words[0] in _NOT_NAME_START:
        return (), 0
    if entity_type != PERSON:
        return tuple(words), 0
    total = len(words)
    while words and (words[0] in _STRIPPED or (len(words) < total and words[0] in _TITLE_JOINERS)):
        words.pop(0)
    if len(words) < total:
        for index in range(len(words) - 1, 0, -1):
            rest = words[index:]
            if words[index - 1] in _STRIPPED and any(w not in NAME_SUFFIXES for w in rest):
                words = rest
                break
    else:
        # "US President Donald Trump", "Iranian Foreign Minister Mohammad Javad Zarif":
        # one or two words, a run of titles, then a full name.
        for start in (1, 2):
            end = start
            while end < len(words) and words[end] in _STRIPPED:
                end += 1
            rest = [w for w in words[end:] if w not in NAME_SUFFIXES]
            if end > start and len(rest) >= 2:
                words = words[end:]
                break
    return tuple(words), total - len(words)


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

    keys = [_keys(item) for item in items]
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
        if entity_type == PERSON:
            by_surname[NameKey(tuple(text.split())).surname].add(find(index))
    short_groups: dict[str, int] = {}
    for index in short_only:
        word = keys[index][0].text
        roots = by_surname.get(word, set())
        if len(roots) == 1:
            union(next(iter(roots)), index)
        else:
            union(short_groups.setdefault(word, index), index)

    components: dict[int, list[int]] = defaultdict(list)
    for index in range(len(items)):
        if keys[index]:
            components[find(index)].append(index)
    entities: list[CorpusEntity] = []
    members: dict[tuple[str, str], str] = {}
    for indexes in components.values():
        entity = _corpus_entity([items[i] for i in indexes], [keys[i] for i in indexes])
        entities.append(entity)
        for i in indexes:
            members[(items[i].doc, items[i].eid)] = entity.id
    entities.sort(key=lambda e: e.id)
    return Resolution(entities=tuple(entities), members=members)


def _forms(item: PageEntity) -> list[str]:
    return [item.name, *item.aliases]


def _keys(item: PageEntity) -> list[NameKey]:
    found: list[NameKey] = []
    for form in _forms(item):
        key = name_key(form, item.type)
        if key is not None and key not in found:
            found.append(key)
    return found


def _corpus_entity(items: Sequence[PageEntity], keys: Sequence[list[NameKey]]) -> CorpusEntity:
    counts: Counter[str] = Counter()
    for item in items:
        for form in _forms(item):
            if name_key(form, item.type) is not None:
                counts[form.strip()] += 1
    entity_type = items[0].type

    def fullness(form: str) -> tuple[bool, bool, int, int, int, int, str]:
        # The fullest name: not a description ("President of Iran Hassan Rouhani",
        # "U.S. President"), then most name words, then fewest title words, then
        # the longest spelling, then the most used, then the first in order.
        words, titles = _name_words(fold(form), entity_type)
        described = any(w in _TITLE_JOINERS for w in fold(form).split()[:titles])
        office = entity_type == PERSON and bool(words) and words[-1] in _OFFICES
        return (described, office, -len(words), titles, -len(form), -counts[form], form)

    name = min(counts, key=fullness)
    all_keys = sorted({k.text for item_keys in keys for k in item_keys})
    joined = sorted({k.text for ks in keys for k in ks if k.full or entity_type != PERSON})
    # A one-word group that joined no full name is told apart by a "~".
    anchor = joined[0] if joined else "~" + all_keys[0]
    return CorpusEntity(
        id=stable_id(f"{entity_type}:{anchor}"),
        name=name,
        type=entity_type,
        aliases=tuple(sorted(f for f in counts if f != name)),
        keys=tuple(all_keys),
        mentions=sum(item.mentions for item in items),
        documents=len({item.doc for item in items}),
    )


def query_keys(name: str, entity_type: str | None = None) -> tuple[str, ...]:
    """The keys a user's name query matches: its key as a person and as anything else."""
    found: list[str] = []
    for kind in (entity_type,) if entity_type else (PERSON, "ORG"):
        # A user may type a name in lower case: capitalise it as a name would be.
        key = name_key(" ".join(w[:1].upper() + w[1:] for w in name.split()), kind)
        if key is not None and key.text not in found:
            found.append(key.text)
    return tuple(found)
