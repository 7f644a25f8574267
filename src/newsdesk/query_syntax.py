"""What a user types as a query or a date, turned into what the store runs.

A query is words (all must match), ``"quoted phrases"``, ``prefix*``, the
operators ``AND``/``OR``/``NOT`` in capitals and parentheses to group them
(``(oil OR gas) AND Iran``; an unmatched parenthesis is ignored); other
punctuation is ignored, so any text a user types either becomes a valid FTS5
expression or is refused with ``ValueError`` when it holds no words. Dates are ISO dates
(``YYYY-MM-DD``; a longer timestamp is cut to its date).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["day_bound", "fts_query"]

_QUERY_PART = re.compile(r'"([^"]*)"?|([()])|([^\s()]+)')
_OPERATORS = frozenset({"AND", "OR", "NOT"})
_WORDS = re.compile(r"\w+")


def fts_query(text: str) -> str:
    """A user's query as an FTS5 expression; ``ValueError`` when it has no words."""
    parts: list[str] = []
    for match in _QUERY_PART.finditer(text):
        phrase, paren, bare = match.group(1), match.group(2), match.group(3)
        if paren is not None or bare in _OPERATORS:
            parts.append(paren or bare)
            continue
        source = phrase if phrase is not None else bare
        words = _WORDS.findall(source or "")
        if not words:
            continue
        prefix = "*" if phrase is None and bare.endswith("*") else ""
        parts.append('"' + " ".join(words) + '"' + prefix)
    parts = _joined(_tidy(_matched(parts)))
    if not parts:
        raise ValueError(f"the query {text!r} has no words to search for")
    return " ".join(parts)


def _matched(parts: list[str]) -> list[str]:
    """``parts`` without the parentheses that have no partner."""
    opened: list[int] = []
    unmatched: set[int] = set()
    for index, part in enumerate(parts):
        if part == "(":
            opened.append(index)
        elif part == ")":
            if opened:
                opened.pop()
            else:
                unmatched.add(index)
    unmatched.update(opened)
    return [part for index, part in enumerate(parts) if index not in unmatched]


def _joined(parts: list[str]) -> list[str]:
    """An explicit AND beside a group: FTS5 reads ``"a" "b"`` as both, not ``"a" ( "b" )``."""
    joined: list[str] = []
    for part in parts:
        operand_next = part not in _OPERATORS and part != ")"
        operand_before = bool(joined) and joined[-1] not in _OPERATORS and joined[-1] != "("
        if operand_next and operand_before and (part == "(" or joined[-1] == ")"):
            joined.append("AND")
        joined.append(part)
    return joined


def _tidy(parts: list[str]) -> list[str]:
    """Drop what FTS5 would refuse: an operator with nothing on one side (``OR oil``,
    ``(AND oil)``, ``oil NOT``) and empty groups ``()``; of two operators in a row the
    last holds ("oil AND NOT gas")."""
    while True:
        tidy: list[str] = []
        for part in parts:
            if part in _OPERATORS:
                if not tidy or tidy[-1] == "(":
                    continue
                if tidy[-1] in _OPERATORS:
                    tidy[-1] = part
                    continue
            elif part == ")":
                while tidy and tidy[-1] in _OPERATORS:
                    tidy.pop()
                if tidy and tidy[-1] == "(":
                    tidy.pop()
                    continue
            tidy.append(part)
        while tidy and tidy[-1] in _OPERATORS:
            tidy.pop()
        if tidy == parts:
            return tidy
        parts = tidy


def day_bound(value: str, *, after: bool) -> str:
    """The ISO date bounding a range: the day itself, or with ``after`` the day after it
    (so ``published < bound`` takes in the whole last day)."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)") from None
    return (day + timedelta(days=1)).isoformat() if after else day.isoformat()
