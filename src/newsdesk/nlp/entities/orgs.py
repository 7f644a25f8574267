"""How the names of organisations and places join on a page: one label group for all
places, equivalent names (``US`` / ``the United States``), acronyms (``UN`` / ``United
Nations``), an abbreviation defined in brackets (``(WHO)``) and short forms
(``Tribune`` for ``Financial Tribune``, ``Hofstra`` for ``Hofstra University``).
Used by ``entities.join_names``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.lexicon.labels import PLACE_OR_FACILITY_LABELS
from newsdesk.lexicon.names import CORPORATE_SUFFIXES, EQUIVALENT_NAMES, ORGANISATION_NOUNS
from newsdesk.lexicon.words import ORG_NAME_CONNECTIVES
from newsdesk.nlp.entities.mentions import NameMention

if TYPE_CHECKING:  # entities imports this module
    from newsdesk.nlp.entities.join import Cluster

__all__ = ["acronym_match", "canonical_key", "defined", "label_group", "short_form"]

_EQUIVALENT = tuple(frozenset(n.replace(".", "") for n in g) for g in EQUIVALENT_NAMES)


def label_group(label: str) -> str:
    if label in PLACE_OR_FACILITY_LABELS:
        return "PLACE"
    return label


def canonical_key(key: tuple[str, ...]) -> tuple[str, ...]:
    joined = " ".join(key).replace(".", "")
    for group in _EQUIVALENT:
        if joined in group:
            return (min(group, key=len),)
    return key


def acronym_match(mention: NameMention, others: list[Cluster], group: str) -> Cluster | None:
    """``UN`` for ``United Nations``, or the reverse."""
    text = mention.text.replace(".", "")
    for cluster in reversed(others):
        if not cluster.names or label_group(cluster.names[0].label) != group:
            continue
        for name in cluster.names:
            other = name.text.replace(".", "")
            if _is_acronym(text, name.key) or _is_acronym(other, mention.key):
                return cluster
    return None


def defined(mention: NameMention, others: list[Cluster]) -> Cluster | None:
    """The entity whose full name an abbreviation in brackets follows (``(WHO)``)."""
    if not mention.short_for:
        return None
    for cluster in reversed(others):
        if any(name.key == mention.short_for for name in cluster.names):
            return cluster
    return None


def short_form(mention: NameMention, others: list[Cluster], group: str) -> Cluster | None:
    """``Tribune`` for ``Financial Tribune``, ``Hofstra`` for ``Hofstra University``."""
    key = mention.key
    for cluster in reversed(others):
        full = cluster.key
        if len(full) <= len(key):
            continue
        if full[-len(key) :] != key and (group != "ORG" or _core(full) != key):
            continue
        if _shared_head(full, key):
            continue  # "West Germany" is one of "East and West Germany", not the pair
        if cluster.names and label_group(cluster.names[0].label) == group:
            return cluster
    return None


def _shared_head(full: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """``full`` coordinates two words before a head they share and ``key`` is the second
    with the head: ("east", "and", "west", "germany") and ("west", "germany")."""
    return len(full) >= 4 and full[1] == "and" and len(key) == len(full) - 2 and full[2:] == key


def _core(key: tuple[str, ...]) -> tuple[str, ...]:
    """An organisation's distinctive words: ``Hofstra University`` → ``hofstra``."""
    core = tuple(
        w
        for w in key
        if w not in ORGANISATION_NOUNS
        and w not in CORPORATE_SUFFIXES
        and w not in ORG_NAME_CONNECTIVES
    )
    return core or key


def _is_acronym(short: str, words: tuple[str, ...]) -> bool:
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return False
    initials = "".join(w[0] for w in words if w not in ORG_NAME_CONNECTIVES and w[:1].isalpha())
    return len(words) > 1 and initials.upper() == short
