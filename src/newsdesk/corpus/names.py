"""Names as corpus entities compare them: *keys*.

Accents and case folded, possessive ``'s`` dropped, punctuation split, and
for people the leading honorifics and titles stripped (``President Bill
Clinton`` → ``bill clinton``). Lower-case forms (``the Leader``) and pronouns
are not names and give no key. A key of two or more words is a *full name*;
for places and organisations the equivalent names of one country or body
(``US`` / ``United States``) share one key. How keys join page entities into
corpus entities is ``newsdesk.corpus.entities``.
"""

from __future__ import annotations

import re
import unicodedata
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
from newsdesk.lexicon.words import ARTICLES

__all__ = [
    "PERSON",
    "TITLE_JOINERS",
    "NameKey",
    "fold",
    "marked_genders",
    "name_key",
    "name_words",
    "named_forms",
    "one_person",
    "query_keys",
]

PERSON = "PERSON"

_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
TITLE_JOINERS = frozenset({"of", "for", "the", "and"})
_LOWER_WORDS = NAME_PARTICLES | TITLE_JOINERS
#: Words that describe a person rather than name one: honorifics, titles and role nouns.
_DESCRIPTIVE = frozenset(HONORIFICS) | frozenset(TITLES) | ROLE_NOUNS
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
    words, _ = name_words(plain, entity_type)
    return NameKey(words) if words else None


def _capitalised(form: str) -> bool:
    """Whether every word of the form is capitalised, but for name particles and the
    words joining titles (``Iran's supreme leader`` is a description, not a person's
    name; organisations may have lower-case words: ``Yonhap news agency``)."""
    for word in form.split():
        if word[:1].islower() and fold(word).strip(".,") not in _LOWER_WORDS:
            return False
    return True


def name_words(plain: str, entity_type: str) -> tuple[tuple[str, ...], int]:
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
    if not words or words[0] in ARTICLES:
        return (), 0
    if entity_type != PERSON:
        return tuple(words), 0
    cut = 0
    for index, word in enumerate(words):
        if index >= cut and word in _DESCRIPTIVE and not _title_in_name(words, cut, index):
            cut = index + 1
            while cut < len(words) and words[cut] in TITLE_JOINERS:
                cut += 1
    if 0 < cut < len(words) and words[cut - 1] in TITLE_JOINERS:
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


@lru_cache(maxsize=1 << 16)
def marked_genders(name: str, aliases: tuple[str, ...], entity_type: str) -> frozenset[Gender]:
    """The genders a person's forms mark: by honorific or title (``Mrs. Clinton``), and
    by the given name of a full name (``Hillary Clinton``)."""
    found: set[Gender | None] = set()
    for form, key in named_forms(name, aliases, entity_type):
        plain = _WORD.findall(_POSSESSIVE.sub("", fold(form)))
        found.update(HONORIFICS.get(w) or TITLES.get(w) for w in plain[: -len(key.words)])
        if key.full:
            first = key.words[0]
            found.add("m" if first in MALE_NAMES else "f" if first in FEMALE_NAMES else None)
    return frozenset(g for g in found if g is not None)


@lru_cache(maxsize=1 << 16)
def named_forms(
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


def query_keys(name: str, entity_type: str | None = None) -> tuple[str, ...]:
    """The keys a user's name query matches: its key as a person and as anything else."""
    found: list[str] = []
    for kind in (entity_type,) if entity_type else (PERSON, "ORG"):
        # A user may type a name in lower case: capitalise it as a name would be.
        key = name_key(" ".join(w[:1].upper() + w[1:] for w in name.split()), kind)
        if key is not None and key.text not in found:
            found.append(key.text)
    return tuple(found)
