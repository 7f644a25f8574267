"""Bare datelines: the place a report was filed from, with no agency (``ROME —``).

``NAIROBI, Kenya — ...``, ``PARIS, March 3 - ...``, ``SIOUX FALLS, S.D. – ...``,
``NEW DELHI: ...``: the place in capitals, maybe its state, country or the
date after a comma, then a dash (or a colon after a known place). A dateline
with an agency (``WASHINGTON (Reuters) -``) is a credit (``furniture.credit``);
a bare one credits nobody but is furniture all the same, split off the lead
paragraph like the agency's.

A sentence may open with words in capitals and a dash too (``BREAKING -``,
``NASA - the agency ...``, ``WHAT WE KNOW —``), so capitals with nothing
between them and the dash count only when they name a known place
(``furniture.places``: ``ROME —``, ``NEW YORK --``), as the stand-alone
dateline cities of the wire style books do; capitals followed by a state,
country or date (``SPRINGFIELD, Ill. —``) need no list, but no label word
(``UPDATE, Monday —``) nor function word may stand in them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.furniture.credit import Credit, split_credit
from newsdesk.furniture.phrases import NOT_CREDIT
from newsdesk.furniture.places import is_place

#: A word of a place in capitals: ``NAIROBI``, ``ST.``, ``O'HARE``, ``GUINEA-BISSAU``.
_CAPS_WORD = r"[A-Z][A-Z.'’-]*"
#: What may follow the place after a comma: a state, country or region (``Kenya``,
#: ``Calif.``, ``N.Y.``, ``Ivory Coast``) or the date (``March 3``, ``Oct. 2, 2023``).
_QUALIFIER = (
    r",\s?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?"
    r"|[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|and|de))*)"
)
_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})"
    rf"(?P<qualifier>(?:{_QUALIFIER}){{0,2}})"
    r"(?P<mark>\s+(?:--?|[–—])\s+|\s*[–—]\s*|:\s+)"
    r"(?=[A-Z0-9\"“‘'])"
)
#: Function words that put a run of capitals in a sentence, not a place name (``WHAT WE
#: KNOW``, ``HERE IS THE DEAL``); labels are the words of ``phrases.NOT_CREDIT``.
FUNCTION_WORDS = frozenset(
    {
        "the", "a", "an", "we", "i", "you", "it", "is", "are", "was", "this", "that", "here",
        "there", "our", "my", "your", "his", "her", "their", "in", "on", "to", "for", "with",
        "at", "from", "as", "if",
    }
)  # fmt: skip
#: Fewest words of the lead sentence after a dateline.
MIN_REST_WORDS = 4
#: Fewest letters of a place (``UK -`` and ``OK -`` open sentences, not datelines).
MIN_PLACE_LETTERS = 3


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place a paragraph's bare dateline names, the dateline itself and the paragraph."""

    place: str
    prefix: str
    rest: str


def split_dateline(text: str) -> Dateline | None:
    """The bare dateline a paragraph opens with (no agency in it), or None."""
    stripped = text.strip()
    match = _DATELINE.match(stripped)
    if match is None:
        return None
    place = match.group("place")
    qualified = bool(match.group("qualifier"))
    rest = stripped[match.end() :].strip()
    if len(rest.split()) < MIN_REST_WORDS or not _place_shaped(place):
        return None
    if not qualified and not is_place(place):
        return None  # "NASA - ...", "DEAR READER: ...": an acronym or a label as likely
    prefix = stripped[: match.end()].strip()
    return Dateline(place=place, prefix=prefix, rest=rest)


def split_lead(text: str, *, credited: bool = False) -> tuple[str, str, Credit | None] | None:
    """The dateline or credit prefix opening a lead paragraph, the rest, and its credit.

    A credit prefix (``WASHINGTON (Reuters) -``, ``Outlet: ...``) is looked
    for unless ``credited`` (a credit line above the article already named the
    outlet); a bare dateline (``NAIROBI, Kenya —``) is furniture too, but
    credits nobody. Text and HTML pages split their lead the same way.
    """
    found = None if credited else split_credit(text)
    if found is not None:
        return found.prefix, found.rest, found
    dateline = split_dateline(text)
    if dateline is not None:
        return dateline.prefix, dateline.rest, None
    return None


def _place_shaped(place: str) -> bool:
    """Capitals naming a place: letters enough, no label word, no function word."""
    words = [word.strip(".'’-").lower() for word in place.split()]
    words = [word.removesuffix("'s").removesuffix("’s") for word in words]
    letters = sum(c.isalpha() for c in place)
    if letters < MIN_PLACE_LETTERS or any(not word for word in words):
        return False
    if is_place(place):
        return True
    return not any(word in NOT_CREDIT or word in FUNCTION_WORDS for word in words)


__all__ = ["Dateline", "split_dateline", "split_lead"]
