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

from newsdesk.lexicon.given_names import FEMALE_NAMES, GIVEN_NAMES, MALE_NAMES
from newsdesk.lexicon.names import (
    EQUIVALENT_NAMES,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from newsdesk.lexicon.pronouns import PRONOUNS, Gender
from newsdesk.page import stable_id

__all__ = [
    "CorpusEntity",
    "NameKey",
    "PageEntity",
    "Resolution",
    "fold",
    "name_key",
    "one_person",
    "page_keys",
    "query_keys",
    "resolve",
]

PERSON = "PERSON"

_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
_NOT_NAME_START = frozenset({"the", "a", "an"})
_TITLE_JOINERS = frozenset({"of", "for", "the", "and"})
_LOWER_WORDS = NAME_PARTICLES | _TITLE_JOINERS
#: Words that describe a person rather than name one: honorifics, titles and role nouns.
_DESCRIPTIVE = frozenset(HONORIFICS) | frozenset(TITLES) | ROLE_NOUNS
#: How many times as many articles the best known bearer of a family name needs over all
#: the others together for the family name alone to be theirs (``Obama`` in a corpus of
#: many articles on Barack Obama and a few on Michelle Obama). Chosen by hand: ten to one
#: leaves pairs that are both often in the news (Bill and Hillary Clinton) ambiguous.
DOMINANT = 10
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
    """The words of a folded name, and how many description words were stripped from it.

    For people, the name is what follows the last title or role noun of the
    form (``Secretary of State Mike Pompeo``, ``US President Donald Trump``,
    ``Leader of Islamic Revolution Ayatollah Ali Khamenei`` → ``ali khamenei``);
    a title continued by ``of`` gives way to the first given name after it
    (``President of Iran Hassan Rouhani``). A title word inside a name stays
    (``John Major``, ``Yves St Laurent``, ``Martin Luther King Jr.``). A form
    that is only a description (``FBI Director``, ``Republican Majority
    Leader``, ``Massachusetts Secretary of State``) or holds a word no name holds
    (``Hollywood Actor Who Endorsed``, ``CNN President On``) has no name words.
    """
    words = _WORD.findall(_POSSESSIVE.sub("", plain))
    if not words or words[0] in _NOT_NAME_START:
        return (), 0
    if entity_type != PERSON:
        return tuple(words), 0
    cut = 0
    for index, word in enumerate(words):
        if index >= cut and word in _DESCRIPTIVE and not _title_in_name(words, cut, index):
            cut = index + 1
            while cut < len(words) and words[cut] in _TITLE_JOINERS:
                cut += 1
    if 0 < cut < len(words) and words[cut - 1] in _TITLE_JOINERS:
        # "President of Iran Hassan Rouhani": the name starts at a given name, if any.
        given = [i for i in range(cut, len(words)) if words[i] in GIVEN_NAMES]
        cut = given[0] if given else len(words)
    name = words[cut:]
    if any(word in NOT_NAME_WORDS for word in name) or all(w in NAME_SUFFIXES for w in name):
        return (), len(words)
    return tuple(name), cut


def _title_in_name(words: list[str], start: int, index: int) -> bool:
    """Whether the title or role word at ``index`` is part of the name that begins at
    ``start``: after a given name (``John Major``, ``Gary Player``), or in the middle of
    a name with one word after it when it is no role (``Yves St Laurent``; not ``Texas
    Senator Cruz``)."""
    if index == start:
        return False
    if words[start] in GIVEN_NAMES:
        return True
    rest = [w for w in words[index + 1 :] if w not in NAME_SUFFIXES]
    return len(rest) == 1 and words[index] not in ROLE_NOUNS


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
        if entity_type == PERSON:
            by_surname[NameKey(tuple(text.split())).surname].add(find(index))
    genders: dict[int, set[Gender]] = defaultdict(set)
    documents: dict[int, set[str]] = defaultdict(set)
    for index, item in enumerate(items):
        if item.type == PERSON and any(k.full for k in keys[index]):
            genders[find(index)].update(_genders(item))
            documents[find(index)].add(item.doc)
    short_groups: dict[str, int] = {}
    for index in short_only:
        word = keys[index][0].text
        roots = by_surname.get(word, set())
        if len(roots) > 1:
            roots = _best_known(roots, {root: len(documents[root]) for root in roots})
        marked = _genders(items[index])
        if len(roots) == 1 and marked and not marked & genders[next(iter(roots))]:
            roots = set()  # "Mrs. Obama" is not Barack Obama, however well known he is
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


def _best_known(roots: set[int], documents: dict[int, int]) -> set[int]:
    """The person a bare family name means when one bearer is far better known than the
    others together (``DOMINANT`` times as many articles), as news writes a family name
    alone only for somebody its readers know by it; else all of them (ambiguous)."""
    if len(roots) < 2:
        return roots
    best = max(roots, key=lambda root: (documents[root], -root))
    others = sum(documents[root] for root in roots) - documents[best]
    return {best} if documents[best] >= DOMINANT * others else roots


def _genders(item: PageEntity) -> frozenset[Gender]:
    return _marked_genders(item.name, item.aliases, item.type)


@lru_cache(maxsize=1 << 16)
def _marked_genders(name: str, aliases: tuple[str, ...], entity_type: str) -> frozenset[Gender]:
    """The genders a person's forms mark: by honorific or title (``Mrs. Clinton``), and
    by the given name of a full name (``Hillary Clinton``)."""
    found: set[Gender | None] = set()
    for form, key in _named(name, aliases, entity_type):
        plain = _WORD.findall(_POSSESSIVE.sub("", fold(form)))
        found.update(HONORIFICS.get(w) or TITLES.get(w) for w in plain[: -len(key.words)])
        if key.full:
            first = key.words[0]
            found.add("m" if first in MALE_NAMES else "f" if first in FEMALE_NAMES else None)
    return frozenset(g for g in found if g is not None)


def _names(item: PageEntity) -> tuple[tuple[str, NameKey], ...]:
    return _named(item.name, item.aliases, item.type)


@lru_cache(maxsize=1 << 16)
def _named(
    name: str, aliases: tuple[str, ...], entity_type: str
) -> tuple[tuple[str, NameKey], ...]:
    """The forms of a page entity that name it, with their keys.

    A person's forms must name one person: when they hold full names that cannot
    be one person's (``Donald Trump`` and ``Donald Trump Jr.``, or a headline the
    tagger read as a name, ``Hillary Clinton Slams Donald Trump``), only the forms
    agreeing with the full name most of the others agree with are kept (ties: the
    shortest, a run-on misreading being longer, then the first in order), so that a page's
    misreading never joins two people of the corpus.
    """
    named: list[tuple[str, NameKey]] = []
    for form in [name, *aliases]:
        key = name_key(form, entity_type)
        if key is not None:
            named.append((form.strip(), key))
    full = list(dict.fromkeys(k for _, k in named if k.full))
    if entity_type != PERSON or len(full) < 2:
        return tuple(named)
    keys = list(dict.fromkeys(k for _, k in named))
    main = max(
        full, key=lambda k: (sum(one_person(k, o) for o in keys), -len(k.words), -full.index(k))
    )
    return tuple((form, key) for form, key in named if one_person(main, key))


def one_person(full: NameKey, other: NameKey) -> bool:
    """Whether ``other`` can name the person whose full name is ``full``: the same
    first and family name and suffix (``Jr.``), one's words among the other's
    (``Hillary Rodham Clinton`` / ``Hillary Clinton``; a lone ``Hillary`` or
    ``Clinton``); never another given name (``Bill Clinton``)."""
    if not other.full:
        return other.words[0] in (full.surname, full.words[0])
    if other.words[0] != full.words[0] or other.surname != full.surname:
        return False
    mine, theirs = set(full.words), set(other.words)
    return _suffixes(other) == _suffixes(full) and (mine <= theirs or theirs <= mine)


def _suffixes(key: NameKey) -> frozenset[str]:
    return frozenset(w for w in key.words if w in NAME_SUFFIXES)


def page_keys(item: PageEntity) -> list[NameKey]:
    """The keys of a page entity's names (what it is joined by)."""
    return list(dict.fromkeys(key for _, key in _names(item)))


def _corpus_entity(items: Sequence[PageEntity], keys: Sequence[list[NameKey]]) -> CorpusEntity:
    counts: Counter[str] = Counter()
    for item in items:
        counts.update({form for form, _ in _names(item)})
    entity_type = items[0].type
    # A full name written on one page only may be that page's misreading: when another
    # full name of the entity is written on two pages or more, one of those is its name.
    read = {form: _name_words(fold(form), entity_type) for form in counts}
    full = [form for form in counts if len(read[form][0]) > 1]
    attested = 2 if any(counts[form] >= 2 for form in full) else 1

    def fullness(form: str) -> tuple[bool, int, bool, int, int, int, int, str]:
        # The fullest name: not a description ("President of Iran Hassan Rouhani"), then
        # a full name, then written on two pages when one is, then most name words, then
        # fewest title words, then the longest spelling, then the most used, then the first.
        words, titles = read[form]
        described = any(w in _TITLE_JOINERS for w in fold(form).split()[:titles])
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
