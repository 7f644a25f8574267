"""Flattened text → candidate blocks, each with the layout and content features of its text.

A block is one line, or one paragraph when the scraper hard-wrapped
paragraphs at a fixed width (lines of similar length inside blank-line
separated groups are joined back). Features are what the classifier looks
at: size, sentence punctuation, function-word density, digit density, case,
list bullets and indentation. Nothing here decides what a block is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.cjk import CJK_BASIC
from newsdesk.lexicon.stopwords import STOPWORDS
from newsdesk.segment.blocks import normalise

#: List bullets a scraper leaves at the start of a list item.
BULLETS = "•·▪◦‣∙●○■□►▸–—-*"
_BULLET = re.compile(r"^\s*(?:[" + re.escape(BULLETS) + r"]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"\w+")
#: A sentence ends with . ! ? … or their CJK forms, maybe inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$|[다요]\s*$")
_SENTENCE_MARK = re.compile(r"[.!?。！？](?:[\"'”’»)\]]*)(?:\s|$)|[,;،、，]")

#: Width (characters) up to which a line may be a hard wrap of a longer paragraph.
MAX_WRAP_WIDTH = 100
#: How far short of the wrap width a wrapped line may end (the next word did not fit).
WRAP_SLACK = 15


@dataclass(frozen=True, slots=True)
class Line:
    """One candidate block of flattened text, with the features of its text."""

    text: str
    number: int  # 1-based line number of its first line
    indent: int
    bullet: bool
    size: int  # characters, CJK ones counted three times (they carry a word each)
    words: int
    sentence_end: bool
    marks: int  # sentence-ending marks and commas inside the text
    stop_density: float  # function words per word (0 for scripts without spaces)
    digit_ratio: float
    capital_ratio: float  # words starting with a capital letter, per word
    cjk: bool
    blank_before: bool


def page_lines(text: str) -> tuple[str, ...]:
    """The lines of a flattened page, split once (``[n - 1]`` is line ``n``)."""
    return tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def split_lines(raw: Sequence[str]) -> list[Line]:
    """The candidate blocks of a flattened page's lines (``page_lines``), in order."""
    width = _wrap_width(raw)
    lines: list[Line] = []
    pending: list[str] = []
    start = 0
    blank_before = True
    previous_blank = True
    for index, line in enumerate(raw):
        stripped = line.strip()
        if not stripped:
            if pending:
                lines.append(make_line(" ".join(pending), start, raw[start - 1], blank_before))
                pending = []
            previous_blank = True
            continue
        joinable = (
            width
            and pending
            and not _BULLET.match(line)
            and len(raw[index - 1].rstrip()) >= width - WRAP_SLACK
        )
        if pending and not joinable:
            lines.append(make_line(" ".join(pending), start, raw[start - 1], blank_before))
            pending = []
        if not pending:
            start = index + 1
            blank_before = previous_blank
        pending.append(stripped)
        previous_blank = False
    if pending:
        lines.append(make_line(" ".join(pending), start, raw[start - 1], blank_before))
    return lines


def make_line(text: str, number: int, original: str, blank_before: bool = False) -> Line:
    """The features of one block of text."""
    clean = normalise(text)  # as the body will hold it: what is classified is what is kept
    words = _WORD.findall(clean)
    cjk = len(CJK_BASIC.findall(clean))
    letters = sum(map(str.isalnum, clean)) or 1
    digits = sum(map(str.isdigit, clean))
    lowered = [w.lower() for w in words]
    stops = sum(w in STOPWORDS for w in lowered)
    capitals = sum(w[:1].isupper() for w in words)
    n_words = max(len(words), cjk // 2)
    return Line(
        text=clean,
        number=number,
        indent=len(original) - len(original.lstrip()),
        bullet=bool(_BULLET.match(clean)),
        size=len(clean) + 2 * cjk,
        words=n_words,
        sentence_end=bool(_SENTENCE_END.search(clean)),
        marks=len(_SENTENCE_MARK.findall(clean)),
        stop_density=stops / len(words) if words else 0.0,
        digit_ratio=digits / letters,
        capital_ratio=capitals / len(words) if words else 0.0,
        cjk=cjk * 2 > len(clean.replace(" ", "")),
        blank_before=blank_before,
    )


def _wrap_width(raw: Sequence[str]) -> int:
    """The width the scraper wrapped paragraphs at, or 0 when it did not wrap them."""
    long_lines = [len(line.rstrip()) for line in raw if len(line.strip()) > 40]
    if len(long_lines) < 6 or sum(1 for line in raw if not line.strip()) < 2:
        return 0
    widest = max(long_lines)
    near_width = sum(1 for n in long_lines if n >= widest - 2 * WRAP_SLACK)
    if widest <= MAX_WRAP_WIDTH and near_width >= 0.6 * len(long_lines):
        return widest
    return 0
