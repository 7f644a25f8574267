"""What a user types as a query or a date, turned into what the store runs.

A query is words (all must match), ``"quoted phrases"``, ``prefix*`` and the
operators ``AND``/``OR``/``NOT`` in capitals; other punctuation is ignored,
so any text a user types either becomes a valid FTS5 expression or is
refused with ``ValueError`` when it holds no words. Dates are ISO dates
(``YYYY-MM-DD``; a longer timestamp is cut to its date).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["day_bound", "fts_query"]

_QUERY_PART = re.compile(r'"([^"]*)"?|(\S+)')
_OPERATORS = frozenset({"AND", "OR", "NOT"})
_WORDS = re.compile(r"\w+")


def fts_query(text: str) -> str:
    """A user's query as an FTS5 expression; ``ValueError`` when it has no words."""
    parts: list[str] = []
    for match in _QUERY_PART.finditer(text):
        phrase, bare = match.group(1), match.group(2)
        if bare in _OPERATORS:
            if parts and parts[-1] in _OPERATORS:
                parts[-1] = bare  # "oil AND NOT gas": the last operator holds
            elif parts:
                parts.append(bare)
            continue
        source = phrase if phrase is not None else bare
        words = _WORDS.findall(source or "")
        if not words:
            continue
        prefix = "*" if phrase is None and bare.endswith("*") else ""
        parts.append('"' + " ".join(words) + '"' + prefix)
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    if not parts:
        raise ValueError(f"the query {text!r} has no words to search for")
    return " ".join(parts)


def day_bound(value: str, *, after: bool) -> str:
    """The ISO date bounding a range: the day itself, or with ``after`` the day after it
    (so ``published < bound`` takes in the whole last day)."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)") from None
    return (day + timedelta(days=1)).isoformat() if after else day.isoformat()
