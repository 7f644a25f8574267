"""Place names a news paragraph may open with: countries, capitals, dateline cities, regions.

Text-mode furniture uses them to tell a place from an outlet (``Hong Kong:
protesters marched ...`` names where, not who reports) and to recognise a
dateline that names only its place (``ROME — ...``). The names are data in
``newsdesk.lexicon.places``; ``is_place`` folds case and the ``.``/accents of
a name. A name the lists miss may still end with a place noun (``Marrow Bay``).
"""

from __future__ import annotations

import unicodedata

from newsdesk.lexicon.places import (
    CAPITALS,
    COUNTRIES,
    DATELINE_CITIES,
    PLACE_NOUNS,
    REGIONS,
    STATES_AND_PROVINCES,
    US_STATE_ABBREVIATIONS,
)


def _fold(name: str) -> str:
    """A name as the lists store it: lower case, no accents, no dots, single spaces."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = plain.replace("’", "'").replace(".", "").lower()
    return " ".join(plain.split())


PLACES: frozenset[str] = frozenset(
    _fold(name)
    for block in (COUNTRIES, CAPITALS, DATELINE_CITIES, STATES_AND_PROVINCES, REGIONS)
    for name in block.replace("\n", " ").split(";")
    if name.strip()
)


def is_place(name: str) -> bool:
    """Whether a name (any case: ``Hong Kong``, ``NEW DELHI``) is a known place."""
    return _fold(name) in PLACES


def is_state_abbreviation(word: str) -> bool:
    """Whether a word is a U.S. state as datelines abbreviate it (``Calif.``, ``N.Y.``)."""
    return word in US_STATE_ABBREVIATIONS


def named_like_a_place(name: str) -> bool:
    """A known place, or a name of several words ending in a place noun (``Marrow Bay``).

    A name opening with the article is titled like a newspaper (``The Peninsula``)
    unless the lists know the place (``The Hague``).
    """
    words = _fold(name).split()
    if is_place(name):
        return True
    return len(words) >= 2 and words[0] != "the" and words[-1] in PLACE_NOUNS


__all__ = [
    "PLACES",
    "is_place",
    "is_state_abbreviation",
    "named_like_a_place",
]
