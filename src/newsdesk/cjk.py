"""Text in scripts written without spaces between words (Chinese, Japanese, Korean), made
searchable: each of their characters becomes a search token of its own.

SQLite's ``unicode61`` tokenizer splits words at spaces and punctuation, so a
Chinese or Japanese sentence is one long token and none of its words can be
found. The store therefore indexes, beside the title and body, a copy of the
text of such pages with a space around every CJK character (``spaced``), and
the query parser (``newsdesk.query.syntax``) spaces a query's words the same
way, so ``東京`` becomes the phrase ``"東 京"``: the two characters next to each
other, wherever they stand in a run. Korean is written with spaces, but its
particles join the word before them (``경찰서에서``), so Hangul is spaced too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["CJK_BASIC", "excerpt", "has_cjk", "searchable_cjk", "spaced"]

#: Characters of scripts written without spaces between words (Unicode blocks): the
#: iteration and closing marks 々〆〇, Hiragana, Katakana (with its phonetic
#: extensions and half-width forms), CJK unified ideographs (with extension A, the
#: compatibility ideographs and the supplementary planes' extensions B-H), and Hangul
#: syllables.
_CJK = re.compile(
    "[\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)


#: The basic blocks alone (Hiragana, Katakana, CJK unified ideographs with extension A,
#: compatibility ideographs, Hangul syllables): what ``segment.lines`` counts to size a
#: line and tell a CJK line. Narrower than ``_CJK`` (no iteration marks, phonetic
#: extensions, half-width Katakana or supplementary-plane ideographs); kept apart
#: because counting the wider set would change how lines are segmented.
CJK_BASIC = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def has_cjk(text: str | None) -> bool:
    """Whether ``text`` holds a character of a script written without spaces."""
    return text is not None and _CJK.search(text) is not None


def spaced(text: str) -> str:
    """``text`` with a space on each side of every CJK character (``東京で`` → ``東 京 で``),
    so a word tokenizer takes each of them for a token."""
    return _CJK.sub(lambda match: f" {match.group()} ", text)


def searchable_cjk(*texts: str | None) -> str | None:
    """What the store indexes for text in these scripts: the texts (a title and a body,
    a quote and its speaker) spaced, one line each; ``None`` when none holds any."""
    if not any(has_cjk(text) for text in texts):
        return None
    return "\n".join(spaced(text) for text in texts if text)


def excerpt(
    text: str, phrases: Sequence[Sequence[str]], width: int
) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """About ``width`` characters of ``text`` around the first of the ``phrases`` (each a
    sequence of words or characters, found next to each other or apart only by spaces
    and punctuation), ``…`` where cut, and the spans of every phrase in it; ``None`` when
    ``text`` holds none of them."""
    pattern = re.compile(
        "|".join(r"[\W_]*".join(re.escape(word) for word in words) for words in phrases),
        re.IGNORECASE,
    )
    first = pattern.search(text)
    if first is None:
        return None
    start = max(0, min(first.start() - width // 3, len(text) - width))
    end = min(len(text), start + width)
    lead = "…" if start else ""
    shown = lead + text[start:end] + ("…" if end < len(text) else "")
    spans = tuple(
        found.span() for found in pattern.finditer(shown, len(lead), len(lead) + end - start)
    )
    return shown, spans
