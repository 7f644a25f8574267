"""Credit and dateline prefixes: ``EghtesadOnline: ...``, ``WASHINGTON (Reuters) - ...``.

``split_credit`` finds the outlet or agency a paragraph opens with and where
that prefix ends, so segmentation can make it a ``credit`` block of its own
and keep the rest as the paragraph. Pure functions over text, shared by text
and HTML segmentation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.furniture.phrases import NOT_CREDIT

#: Words that mark a name as an outlet or agency (``Tehran Times``, ``Xinhua News``).
OUTLET_WORDS = frozenset(
    [
        "news",
        "online",
        "press",
        "times",
        "post",
        "agency",
        "wire",
        "daily",
        "tribune",
        "herald",
        "journal",
        "network",
        "media",
        "tv",
        "radio",
        "service",
        "gazette",
        "observer",
        "telegraph",
        "chronicle",
        "reporter",
        "review",
        "weekly",
        "monitor",
    ]
)

#: News agencies that credit a story in its dateline, from the members of the
#: wire-service lists of the major agencies (AP, Reuters, AFP and national agencies).
AGENCIES = frozenset(
    [
        "AP",
        "AFP",
        "Reuters",
        "Bloomberg",
        "Xinhua",
        "TASS",
        "RIA",
        "IRNA",
        "ISNA",
        "Fars",
        "Tasnim",
        "Mehr",
        "Kyodo",
        "Yonhap",
        "ANSA",
        "EFE",
        "dpa",
        "DPA",
        "PTI",
        "IANS",
        "ANI",
        "UNI",
        "Anadolu",
        "AA",
        "KUNA",
        "WAM",
        "SPA",
        "MENA",
        "Bernama",
        "Antara",
        "PAP",
        "CTK",
        "APA",
        "Belga",
        "Lusa",
        "ANP",
        "NTB",
        "TT",
        "STT",
        "Ritzau",
        "CNA",
        "UPI",
        "Sputnik",
        "Interfax",
        "Ukrinform",
        "BTA",
        "Agerpres",
        "Tanjug",
        "HINA",
    ]
)

_DATELINE = re.compile(
    r"^(?P<place>(?:[A-Z][A-Za-z.'’-]*[ ,]*){0,4}"  # LONDON, / NEW YORK /
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?)\s*"  # Nov 3 / Nov. 3, 2019
    r"\((?P<agency>[A-Za-z][\w .&/-]{0,30}?)\)\s*[-–—:]+\s*"
)
_COLON_PREFIX = re.compile(r"^(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\s?:\s+(?=\S)")
_DASH_PREFIX = re.compile(r"^(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2})\s+[-–—]\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Credit:
    """The outlet a paragraph credits, the prefix that says so, and the rule that found it."""

    name: str
    prefix: str
    rest: str
    rule: str  # "text:dateline" or "text:credit-prefix"


def split_credit(text: str) -> Credit | None:
    """The credit a paragraph opens with, or None."""
    stripped = text.strip()
    dateline = _DATELINE.match(stripped)
    if dateline and _is_agency_like(dateline.group("agency")):
        return _credit(stripped, dateline.group("agency").strip(), dateline.end(), "text:dateline")
    for pattern in (_COLON_PREFIX, _DASH_PREFIX):
        match = pattern.match(stripped)
        if match and is_outlet_name(match.group("name"), strict=pattern is _DASH_PREFIX):
            return _credit(stripped, match.group("name"), match.end(), "text:credit-prefix")
    return None


def is_outlet_name(name: str, *, strict: bool = False) -> bool:
    """Whether a short name looks like an outlet or agency rather than a label or a person."""
    words = name.split()
    if not words or words[0].lower().strip(".'’") in NOT_CREDIT:
        return False
    if name in AGENCIES or any(w.lower() in OUTLET_WORDS for w in words):
        return True
    if strict or len(words) != 1:
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
