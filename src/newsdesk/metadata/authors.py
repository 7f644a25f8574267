"""Authors: a byline or an author tag in, a list of personal names out.

``"By Jane Doe and John Roe"`` gives two names; e-mail addresses, profile
URLs, handles, roles ("Staff Writer"), desks and outlets ("Reuters") are
dropped, so a byline that names no person gives no author.
"""

from __future__ import annotations

import re

from newsdesk.lexicon.meta import (
    AUTHOR_SEPARATORS,
    BYLINE_LEADS,
    BYLINE_NAME_PARTICLES,
    NAME_ENDS,
    NOT_PERSON_WORDS,
    ROMAN_SUFFIXES,
)

#: Most names a byline may give before it is taken for something else (a list of links).
MAX_AUTHORS = 8
#: Longest personal name, in words and in characters.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60
#: Longest byline or tag value read for names: ``MAX_AUTHORS`` names with their e-mail
#: addresses and profile links fit; a longer value is a bio or a page, and its e-mail and
#: bracket patterns would cost time quadratic in its length.
MAX_AUTHOR_VALUE_CHARS = 2000

_LEAD = re.compile(
    r"^(?:" + "|".join(re.escape(lead) for lead in BYLINE_LEADS) + r")\s*:?\s+",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\w)@\w+")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SEPARATOR = re.compile(
    "|".join(re.escape(sep) for sep in AUTHOR_SEPARATORS)
    + r"|[,;|/•·\n]|\s[-–—]\s|(?<=[^\W\d_]{3})\.\s",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*", re.UNICODE)
_SPACES = re.compile(r"\s+")


def clean_authors(values: list[str]) -> tuple[str, ...]:
    """Personal names from bylines or tag values, in order, each once."""
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        for name in split_byline(value):
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                names.append(name)
    return tuple(names[:MAX_AUTHORS]) if len(names) <= MAX_AUTHORS else ()


def split_byline(value: str) -> list[str]:
    """The personal names one byline or tag value holds."""
    if len(value) > MAX_AUTHOR_VALUE_CHARS or _URL.fullmatch(value.strip()):
        return []
    text = _BRACKETS.sub(" ", value)
    text = _URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" :-–—")
    names: list[str] = []
    for part in _SEPARATOR.split(text):
        name = _person(part)
        if name is not None:
            names.append(name)
    return names


def _person(part: str) -> str | None:
    """``part`` as a personal name, or None when it is not one."""
    part = part.strip(" :-–—'\"“”()[]<>")
    if part.endswith(".") and len(part.split()[-1]) > len("Jr."):
        part = part[:-1]  # a full stop, not an abbreviation's dot
    while True:
        cut = _LEAD.sub("", part)
        if cut == part:
            break
        part = cut.strip()
    if not part or len(part) > MAX_NAME_CHARS:
        return None
    words = part.split()
    for index, word in enumerate(words):
        if word.strip(".,").lower() in NAME_ENDS:  # "Jane Doe Monday, November 18"
            words = words[:index]
            part = " ".join(words)
            break
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return None
    if any(ch.isdigit() for ch in part):
        return None
    shouting = part.isupper()
    for word in words:
        bare = word.strip(".,'’").lower()
        if bare in NOT_PERSON_WORDS or any(p in NOT_PERSON_WORDS for p in bare.split("-")):
            return None
        acronym = word.isupper() and sum(ch.isalpha() for ch in word) >= 2 and "." not in word
        if not shouting and acronym and bare not in ROMAN_SUFFIXES:
            return None  # "CNN Business", "Coordenadoria de TI": an outlet or a desk
        if not _WORD.fullmatch(word):
            return None
        if word[0].islower() and bare not in BYLINE_NAME_PARTICLES:
            return None
    if len(words) == 1 and not _one_word_name(part):
        return None
    if part.isupper() and any(ch.isalpha() and ch.isascii() for ch in part):
        part = part.title()  # "JANE DOE" → "Jane Doe"
    return part


def _one_word_name(word: str) -> bool:
    """A single word passes only in scripts without capitals (CJK names are written solid)."""
    return not any(ch.isupper() or ch.islower() for ch in word)
