"""Bare datelines: the place a report was filed from, with no agency (``ROME —``).

``NAIROBI, Kenya — ...``, ``PARIS, March 3 - ...``, ``SIOUX FALLS, S.D. – ...``,
``NEW DELHI: ...``: the place in capitals, maybe its state, country or the
date after a comma, then a dash (or a colon after a known place). A dateline
with an agency (``WASHINGTON (Reuters) -``) is a credit (``recognise.credit``);
a bare one credits nobody but is furniture all the same, split off the lead
paragraph like the agency's.

A sentence may open with words in capitals and a dash too (``BREAKING -``,
``NASA - the agency ...``, ``WHAT WE KNOW —``), so capitals with nothing
between them and the dash count only when they name a known place
(``recognise.places``: ``ROME —``, ``NEW YORK --``), as the stand-alone
dateline cities of the wire style books do. Capitals the lists miss count
when every qualifier after their comma is a known place, a U.S. state
abbreviation or a date (``SPRINGFIELD, Ill. —``, ``OAKDALE, June 4 —``), not
a name's title (``JANE ROE, Staff Writer —``); and no label word
(``UPDATE, Monday —``), function word or organisation's acronym (``NATO,
Ukraine —``) may stand in them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.lexicon.dates import DAYS, MONTHS, RUSSIAN_MONTHS
from newsdesk.lexicon.furniture import NOT_CREDIT
from newsdesk.lexicon.places import DATELINE_FUNCTION_WORDS, ORGANISATION_ACRONYMS
from newsdesk.recognise.credit import Credit, split_credit
from newsdesk.recognise.places import is_place, is_state_abbreviation

#: A word of a place in capitals: ``NAIROBI``, ``ST.``, ``O'HARE``, ``GUINEA-BISSAU``.
_CAPS_WORD = r"[A-Z][A-Z.'’-]*"
#: What may follow the place after a comma: a state, country or region (``Kenya``,
#: ``Calif.``, ``N.Y.``, ``Ivory Coast``) or the date (``March 3``, ``Oct. 2, 2023``).
_QUALIFIER = (
    r",\s?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?"
    r"|[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|and|de))*)"
)
_QUALIFIER_PART = re.compile(_QUALIFIER)
_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})"
    rf"(?P<qualifier>(?:{_QUALIFIER}){{0,2}})"
    r"(?P<mark>\s+(?:--?|[–—])\s+|\s*[–—]\s*|:\s+)"
    r"(?=[A-Z0-9\"“‘'])"
)
#: A dateline standing on its own line or paragraph above the lead: ``VIENNA —``.
_DATELINE_ALONE = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})"
    rf"(?P<qualifier>(?:{_QUALIFIER}){{0,2}})"
    r"\s*(?:--?|[–—])$"
)
#: Fewest words of the lead sentence after a dateline.
MIN_REST_WORDS = 4
_MONTHS = frozenset(MONTHS) | frozenset(RUSSIAN_MONTHS)
_DAYS = frozenset(DAYS)
#: Fewest letters of a place (``UK -`` and ``OK -`` open sentences, not datelines).
MIN_PLACE_LETTERS = 3


@dataclass(frozen=True, slots=True)
class Lead:
    """The dateline or credit prefix opening a lead paragraph, the rest, and whom it credits."""

    prefix: str
    rest: str
    credit: Credit | None


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
    qualifier = match.group("qualifier")
    rest = stripped[match.end() :].strip()
    if len(rest.split()) < MIN_REST_WORDS or not _names_a_place(place, qualifier):
        return None
    prefix = stripped[: match.end()].strip()
    return Dateline(place=place, prefix=prefix, rest=rest)


def is_dateline_alone(text: str) -> bool:
    """A bare dateline that stands alone on its line, its paragraph after it (``VIENNA —``)."""
    match = _DATELINE_ALONE.match(text.strip())
    return match is not None and _names_a_place(match.group("place"), match.group("qualifier"))


def _names_a_place(place: str, qualifier: str) -> bool:
    """Capitals shaped like a place and known as one, or qualified by a known place or date
    (``NASA``, ``JANE ROE, Staff Writer``: a name or a label as likely)."""
    if not _place_shaped(place):
        return False
    return is_place(place) or bool(qualifier and _qualifies_a_place(qualifier))


def split_lead(text: str, *, credited: bool = False) -> Lead | None:
    """The dateline or credit prefix opening a lead paragraph, the rest, and its credit.

    A credit prefix (``WASHINGTON (Reuters) -``, ``Outlet: ...``) is looked
    for unless ``credited`` (a credit line above the article already named the
    outlet); a bare dateline (``NAIROBI, Kenya —``) is furniture too, but
    credits nobody. Text and HTML pages split their lead the same way.
    """
    found = None if credited else split_credit(text)
    if found is not None:
        return Lead(prefix=found.prefix, rest=found.rest, credit=found)
    dateline = split_dateline(text)
    if dateline is not None:
        return Lead(prefix=dateline.prefix, rest=dateline.rest, credit=None)
    return None


def _qualifies_a_place(qualifier: str) -> bool:
    """Whether each part after the place's comma is a known place, a state or a date.

    ``, Kenya``, ``, Ill.``, ``, Calif., June 4``, ``, Oct. 12, 2023``: yes;
    ``, Staff Writer``: a name's title, not a place's.
    """
    parts = [part.group().lstrip(", ") for part in _QUALIFIER_PART.finditer(qualifier)]
    return bool(parts) and all(
        is_place(part) or is_state_abbreviation(part) or _is_date(part) for part in parts
    )


def _is_date(part: str) -> bool:
    """A month and day (``March 3``, ``Oct. 12, 2023``) or a day's name (``Monday``)."""
    first = part.split()[0].rstrip(".").lower()
    return first in _MONTHS or (first in _DAYS and len(part.split()) == 1)


def _place_shaped(place: str) -> bool:
    """Capitals naming a place: letters enough, no label word, no function word."""
    words = [word.strip(".'’-").lower() for word in place.split()]
    words = [word.removesuffix("'s").removesuffix("’s") for word in words]
    letters = sum(c.isalpha() for c in place)
    if letters < MIN_PLACE_LETTERS or any(not word for word in words):
        return False
    if is_place(place):
        return True
    return not any(
        word in NOT_CREDIT or word in DATELINE_FUNCTION_WORDS or word in ORGANISATION_ACRONYMS
        for word in words
    )


__all__ = ["Dateline", "Lead", "is_dateline_alone", "split_dateline", "split_lead"]
