"""Credit and dateline prefixes: ``EghtesadOnline: ...``, ``WASHINGTON (Reuters) - ...``.

``split_credit`` finds the outlet or agency a paragraph opens with and where
that prefix ends, so segmentation can make it a ``credit`` block of its own
and keep the rest as the paragraph. Pure functions over text, shared by text
and HTML segmentation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.lexicon.furniture import BYLINE_ROLES, NOT_CREDIT
from newsdesk.lexicon.outlets import CREDIT_AGENCIES as AGENCIES
from newsdesk.lexicon.outlets import CREDIT_OUTLET_WORDS as OUTLET_WORDS
from newsdesk.recognise.places import named_like_a_place

#: The words of a place are possessive (``*+``): with ``[ ,]*`` between them a run of
#: capitals could be cut into words in exponentially many ways before the match fails.
_DATELINE = re.compile(
    r"^(?P<place>(?:[A-Z][A-Za-z.'’-]*+[ ,]*){0,4}"  # LONDON, / NEW YORK /
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?)\s*"  # Nov 3 / Nov. 3, 2019
    r"\((?P<agency>[A-Za-z][\w .&/-]{0,30}?)\)(?P<dash>\s*[-–—:]+)?\s*"
)
#: ``Tehran, Oct 2, IRNA - ...``: a place, a date and a known agency between commas.
_COMMA_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'’-]*+[ ,]*){1,4}(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?,\s*)?"
    r"(?P<agency>[A-Za-z]+)\s*[-–—:]+\s+"
)
_COLON_PREFIX = re.compile(
    r"^(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\s?:(?:\s+|(?=[A-Z\"“«]))(?=\S)"
)
#: A line naming where the story came from: ``Source: Daily Mirror``, ``Courtesy: IRNA``.
_SOURCE_LINE = re.compile(
    r"^(?:source|sources|courtesy(?: of)?|via)\s*[:：—–-]\s*(?P<name>[^:]{2,60}?)\.?$",
    re.IGNORECASE,
)
#: A byline naming an agency or outlet, not a person: ``By Reuters``, ``By The Associated Press``.
_BYLINE_CREDIT = re.compile(
    r"^(?:by|from)\s+(?:the\s+)?(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\.?$",
    re.IGNORECASE,
)
#: A credit alone on its line above the article: ``Mehr News Agency:``, ``IRNA -``.
_CREDIT_LINE = re.compile(r"^(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\s?(?::|[-–—]+)$")
_DASH_PREFIX = re.compile(
    r"^(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2})\s+(?:[-–—]|--)\s+(?=\S)"
)
#: Words a sentence quoting a person opens with (``Khan: We will not resign``), so the
#: name before the colon is a speaker, not an outlet.
_SPEAKER_OPENING = re.compile(r"^(?:I|I'm|I’m|We|We're|We’re|You|My|Our|Us)\b|^[\"“”'‘«]")
#: Fewest words the text after an outlet's name must have for a name of ordinary words
#: (``Al Jazeera: ...``) to count as a credit.
MIN_LOOSE_CREDIT_WORDS = 8


@dataclass(frozen=True, slots=True)
class Credit:
    """The outlet a paragraph credits, the prefix that says so, and the rule that found it."""

    name: str
    prefix: str
    rest: str
    rule: str  # "text:dateline", "text:credit-prefix", "text:credit-line", "text:source-line"


def split_credit(text: str) -> Credit | None:
    """The credit a paragraph opens with, or None."""
    stripped = text.strip()
    dateline = _DATELINE.match(stripped)
    if dateline and _is_agency_like(dateline.group("agency")):
        agency = dateline.group("agency").strip()
        if dateline.group("dash") or agency in AGENCIES:  # "NEW DELHI (PTI) India said"
            return _credit(stripped, agency, dateline.end(), "text:dateline")
    comma = _COMMA_DATELINE.match(stripped)
    if comma and comma.group("agency") in AGENCIES:
        return _credit(stripped, comma.group("agency"), comma.end(), "text:dateline")
    for pattern in (_COLON_PREFIX, _DASH_PREFIX):
        match = pattern.match(stripped)
        if match and is_outlet_name(match.group("name"), strict=pattern is _DASH_PREFIX):
            return _credit(stripped, match.group("name"), match.end(), "text:credit-prefix")
    colon = _COLON_PREFIX.match(stripped)
    if colon and _named_like_an_outlet(colon.group("name"), stripped[colon.end() :]):
        return _credit(stripped, colon.group("name"), colon.end(), "text:credit-prefix")
    return None


def _named_like_an_outlet(name: str, rest: str) -> bool:
    """A name of two to four capitalised words before the colon opening a report.

    ``Al Jazeera: Qatar said on Monday ...``: no label word in the name, and
    a third-person sentence of some length after it (a speaker's name is
    followed by what they said, in the first person or in quotation marks).
    A place is no outlet (``Hong Kong: Protesters marched ...`` says where the
    story happens) when the place list knows it (``NEW DELHI``) or it ends
    with a place noun (``Marrow Bay``, ``SIOUX FALLS``), in any case; an
    outlet's name may be written in capitals (``AL JAZEERA: ...``).
    """
    words = name.split()
    return (
        2 <= len(words) <= 4
        and not named_like_a_place(name)
        and all(w[:1].isupper() and w.lower().strip(".'’") not in NOT_CREDIT for w in words)
        and len(rest.split()) >= MIN_LOOSE_CREDIT_WORDS
        and rest[:1].isupper()
        and not _SPEAKER_OPENING.match(rest)
    )


def credit_line(text: str) -> Credit | None:
    """The credit a line holds when it is nothing but an outlet's name and a colon or dash."""
    stripped = text.strip()
    match = _CREDIT_LINE.match(stripped)
    if match is None or not is_outlet_name(match.group("name")):
        return None
    return Credit(name=match.group("name"), prefix=stripped, rest="", rule="text:credit-line")


def source_line(text: str) -> Credit | None:
    """The outlet a ``Source: Outlet`` line names, when it names an outlet or agency."""
    stripped = text.strip()
    match = _SOURCE_LINE.match(stripped)
    if match is None:
        return None
    name = match.group("name").strip()
    if not name[:1].isupper() or not (name in AGENCIES or is_outlet_name(name)):
        return None
    return Credit(name=name, prefix=stripped, rest="", rule="text:source-line")


def byline_credit(text: str) -> Credit | None:
    """The agency or outlet a byline names instead of a person (``By Reuters``), or None.

    Only a known agency or a name built on an outlet word (``Associated Press``)
    counts: ``By Jane Doe`` names an author, and ``By CNN Staff`` is too loose to say.
    """
    stripped = text.strip()
    match = _BYLINE_CREDIT.match(stripped)
    if match is None:
        return None
    name = match.group("name")
    if not name[:1].isupper() or any(word.lower() in BYLINE_ROLES for word in name.split()):
        return None
    if not (name in AGENCIES or is_outlet_name(name, strict=True)):
        return None
    return Credit(name=name, prefix=stripped, rest="", rule="text:byline-credit")


def is_outlet_name(name: str, *, strict: bool = False) -> bool:
    """Whether a short name looks like an outlet or agency rather than a label or a person."""
    words = name.split()
    if not words or words[0].lower().strip(".'’") in NOT_CREDIT:
        return False
    if name in AGENCIES or any(w.lower() in OUTLET_WORDS for w in words):
        return True
    if strict or named_like_a_place(name):  # "LONDON:", "The Hague:" say where, not who
        return False
    if words[0] == "The" and 2 <= len(words) <= 3:  # The Peninsula, The National
        return all(w[:1].isupper() and w.lower().strip(".'’") not in NOT_CREDIT for w in words[1:])
    if len(words) != 1:
        return False
    word = words[0]
    camel = (
        word[0].isupper() and any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    )
    acronym = word.isupper() and 2 <= len(word) <= 6 and word.isalpha()
    return camel or acronym or "." in word[1:-1]


def _is_agency_like(agency: str) -> bool:
    words = agency.split()
    return 0 < len(words) <= 4 and (agency in AGENCIES or is_outlet_name(agency))


def _credit(text: str, name: str, end: int, rule: str) -> Credit | None:
    rest = text[end:].strip()
    if len(rest.split()) < 3:
        return None
    return Credit(name=name, prefix=text[:end].strip(), rest=rest, rule=rule)
