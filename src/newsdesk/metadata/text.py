"""Metadata of flattened text pages: a title line, a byline, a date line before the body.

A text page has no tags to read, so only what sits *before* the body and
reads plainly as a title, a byline or a date counts; anything doubtful gives
nothing. Blocks the segmenter already labelled (``title``, ``byline``,
``date``) come first.
"""

from __future__ import annotations

import re

from newsdesk.lexicon.meta import TEXT_BYLINE_LEADS
from newsdesk.metadata.authors import clean_authors
from newsdesk.metadata.dates import date_in_text
from newsdesk.segment.blocks import BODY_KINDS, Layout

#: How many lines above the body a title, byline or date line may stand.
HEAD_LINES = 12
#: Bounds of a title line, in words and characters.
MIN_TITLE_WORDS = 2
MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200
#: Share of a title line's non-space characters that must be letters.
MIN_TITLE_LETTERS = 0.7
#: Longest line read as a byline or a date line.
MAX_HEAD_LINE_CHARS = 120

#: Block kinds a title line may have been given by a segmenter that did not know it.
_TITLE_LINE_KINDS = frozenset({"title", "boilerplate"})
_BYLINE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, TEXT_BYLINE_LEADS)) + r")\s+\S", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.,;:]\s*$")

Found = tuple[str, str]  # a value and the rule that gave it


def text_title(text: str, layout: Layout) -> Found | None:
    """The page's title line: the nearest plain line above the body that reads as a headline."""
    for line, kind in _head_lines(text, layout):
        if kind is not None and kind not in _TITLE_LINE_KINDS:
            continue
        if _BYLINE.match(line) or date_in_text(line):
            continue
        return (line, "text:title-line") if _looks_like_title(line) else None
    return None


def text_authors(text: str, layout: Layout) -> tuple[tuple[str, ...], str] | None:
    """Authors from a byline block or a ``By ...`` line above the body."""
    labelled = [b.text for b in layout.blocks if b.kind == "byline"]
    if labelled:
        names = clean_authors(labelled)
        if names:
            return names, "layout:byline"
    for line, kind in _head_lines(text, layout):
        byline = kind in (None, "byline", "boilerplate") and _BYLINE.match(line)
        if byline and len(line) <= MAX_HEAD_LINE_CHARS:
            names = clean_authors([line])
            if names:
                return names, "text:byline"
    return None


def text_published(text: str, layout: Layout) -> Found | None:
    """The date of a date, dateline or byline block, or of a short line above the body."""
    for block in layout.blocks:
        if block.kind in ("date", "byline", "credit") and len(block.text) <= MAX_HEAD_LINE_CHARS:
            found = date_in_text(block.text)
            if found:
                return found, f"layout:{block.kind}"
    for line, kind in _head_lines(text, layout):
        if kind in BODY_KINDS or len(line) > MAX_HEAD_LINE_CHARS:
            continue
        found = date_in_text(line)
        if found:
            return found, "text:date-line"
    return None


def _head_lines(text: str, layout: Layout) -> list[tuple[str, str | None]]:
    """Non-blank lines above the first body block, nearest first, with the kind labelling each."""
    starts = [b.line for b in layout.blocks if b.kind in BODY_KINDS]
    if not starts:
        return []
    first = min(starts)
    kinds: dict[int, str] = {}
    for block in layout.blocks:
        for number in range(block.line, block.line + block.text.count("\n") + 1):
            if number not in kinds or block.kind in BODY_KINDS:
                kinds[number] = block.kind
    lines = layout.lines[: first - 1]  # the page's lines as segmentation split them
    found: list[tuple[str, str | None]] = []
    for number in range(len(lines), 0, -1):
        line = lines[number - 1].strip()
        if line:
            found.append((line, kinds.get(number)))
        if len(found) >= HEAD_LINES:
            break
    return found


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if not MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS or len(line) > MAX_TITLE_CHARS:
        return False
    if _SENTENCE_END.search(line):
        return False
    visible = [ch for ch in line if not ch.isspace()]
    letters = sum(1 for ch in visible if ch.isalpha())
    if letters < MIN_TITLE_LETTERS * len(visible):
        return False
    first = next(ch for ch in line if ch.isalpha() or ch.isdigit() or not ch.isspace())
    return not first.islower()
