"""Boilerplate lines by their phrases: share bars, menus, related links, footers, comments.

Pure functions over one block's text, shared by text and HTML segmentation.
The phrases are data in ``lexicon.furniture``; here they are compiled once.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

from newsdesk.lexicon.furniture import (
    ABOUT_SECTION,
    ANYWHERE_PHRASES,
    COMMENT_STARTS,
    END_MARKERS,
    LINE_PHRASES,
)

PhraseKind = Literal["share", "nav", "related", "footer", "ad", "comment", "boilerplate"]

#: A line this long or shorter may be a phrase followed by a few more words.
SHORT_LINE = 40
#: Longest line a ``Read more: ...`` link may be.
MAX_RELATED_LINE = 160
#: Phrases shorter than this must make up the whole line (``share``, ``home``).
MIN_PREFIX_PHRASE = 7

_STRIP = " :|›»>•·-–—"
#: The phrase kinds in the order they are tried (the kinds ``PhraseKind`` names).
_KINDS: tuple[PhraseKind, ...] = get_args(PhraseKind)


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


_EXACT: dict[str, PhraseKind] = {}
for _kind in _KINDS:
    for _phrase in LINE_PHRASES[_kind]:
        _EXACT.setdefault(_phrase, _kind)
_PREFIX: tuple[tuple[PhraseKind, re.Pattern[str]], ...] = tuple(
    (
        kind,
        re.compile(
            "^(?:"
            + _alternation(tuple(p for p in LINE_PHRASES[kind] if len(p) >= MIN_PREFIX_PHRASE))
            + r")\s"
        ),
    )
    for kind in _KINDS
)
_ANYWHERE_KINDS: tuple[PhraseKind, ...] = ("footer", "boilerplate", "share", "related")
_ANYWHERE: tuple[tuple[PhraseKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(_alternation(ANYWHERE_PHRASES[kind]))) for kind in _ANYWHERE_KINDS
)
_ANYWHERE_BY_KIND = dict(_ANYWHERE)
_END = frozenset(END_MARKERS)
_ABOUT = re.compile(ABOUT_SECTION)
_END_PREFIX = re.compile("^(?:" + _alternation(END_MARKERS) + r")\s")
_MENU_PHRASES = re.compile(
    r"\b(?:"
    + _alternation(
        tuple(
            p
            for kind in ("footer", "nav", "share")
            for p in LINE_PHRASES[kind]
            if " " in p or len(p) >= 8
        )
    )
    + r")\b"
)
_LIST_SPLIT = re.compile(r"\s*[|•·]\s*|\s{2,}")
_COMMENT_START = re.compile("|".join(f"(?:{pattern})" for pattern in COMMENT_STARTS))


def _clean(text: str) -> str:
    return " ".join(text.lower().split()).strip(_STRIP)


def phrase_kind(text: str) -> PhraseKind | None:
    """The furniture kind a boilerplate phrase gives a line, or None."""
    lowered = _clean(text)
    if not lowered:
        return None
    exact = _EXACT.get(lowered)
    if exact is not None:
        return exact
    short = len(lowered) <= SHORT_LINE
    if short:
        for kind, pattern in _PREFIX:
            if pattern.match(lowered):
                if _ANYWHERE_BY_KIND["boilerplate"].search(lowered):
                    return "boilerplate"  # "Subscribe to our newsletter": a prompt, no menu
                return kind
    for kind, pattern in _ANYWHERE:
        if kind == "related":
            if len(lowered) <= MAX_RELATED_LINE and pattern.match(lowered):
                return kind
        elif pattern.search(lowered):
            return kind
    return None


def list_kind(text: str) -> PhraseKind | None:
    """The kind of a delimited link list whose items are mostly boilerplate phrases.

    ``About us | Contact | Privacy policy`` is a footer, ``Home | World | Sport``
    a menu: the kind most of its items have.
    """
    items = [item for item in _LIST_SPLIT.split(text) if item.strip(_STRIP)]
    if len(items) < 2:
        return None
    kinds = [phrase_kind(item) for item in items]
    known = [kind for kind in kinds if kind is not None]
    if len(known) * 2 < len(items):
        return None
    return max(set(known), key=known.count)


def phrase_hits(text: str) -> int:
    """How many menu and footer phrases of two words or more a line holds (``Terms of Use``)."""
    return len(_MENU_PHRASES.findall(_clean(text)))


def is_end_marker(text: str) -> bool:
    """A line after which the article does not go on (``Related articles``, ``Comments``)."""
    lowered = _clean(text)
    if lowered in _END or is_about_section(lowered):
        return True
    return len(lowered) <= SHORT_LINE and bool(_END_PREFIX.match(lowered))


def is_about_section(text: str) -> bool:
    """The heading of a press release's or an author's "About ..." box."""
    return bool(_ABOUT.match(_clean(text)))


def is_comment_start(text: str) -> bool:
    """The line that opens a comment section."""
    lowered = " ".join(text.lower().split())
    return len(lowered) <= 120 and bool(_COMMENT_START.match(lowered))
