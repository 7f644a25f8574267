"""What a page's structured data says: the authors and publication dates its meta tags
and JSON-LD objects give, best first, each with the rule that gave it.

Read once, with the rest of the head (html.py); a page whose structured data names its
authors (or dates it) is not searched for byline (or dated) elements.
"""

from __future__ import annotations

import html
import re
from typing import Any

from newsdesk.lexicon.meta import JSONLD_PUBLISHED_KEYS, META_AUTHOR, META_PUBLISHED
from newsdesk.metadata.authors import clean_authors
from newsdesk.metadata.dates import parse_date
from newsdesk.metadata.text import Found

_TAGS = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")

Authors = tuple[tuple[str, ...], str]  # personal names and the rule that gave them


def structured_authors(
    meta: dict[str, list[str]], articles: tuple[dict[str, Any], ...]
) -> Authors | None:
    """The authors JSON-LD article objects, else the author meta tags, name."""
    sources: list[tuple[list[str], str]] = [
        (_jsonld_people(article.get("author")), "jsonld:author") for article in articles
    ]
    sources.extend((meta.get(key, []), f"html:meta[{key}]") for key in META_AUTHOR)
    return first_authors(sources)


def first_authors(sources: list[tuple[list[str], str]]) -> Authors | None:
    """The personal names of the first source (values, rule) that names any, and its rule."""
    for values, rule in sources:
        if values:
            names = clean_authors(values)
            if names:
                return names, rule
    return None


def structured_dates(
    meta: dict[str, list[str]],
    articles: tuple[dict[str, Any], ...],
    pages: tuple[dict[str, Any], ...],
) -> tuple[Found, ...]:
    """Every date the page's meta tags and JSON-LD give for its publication, best first."""
    found: list[Found] = []
    for key in META_PUBLISHED:
        for value in meta.get(key, ()):
            day = parse_date(value)
            if day:
                found.append((day, f"html:meta[{key}]"))
    for article in articles:
        for key in JSONLD_PUBLISHED_KEYS:
            day = _jsonld_date(article.get(key))
            if day:
                found.append((day, f"jsonld:{key}"))
    for page in pages:
        day = _jsonld_date(page.get("datePublished"))
        if day:
            found.append((day, "jsonld:datePublished"))
    return tuple(found)


def text_of(fragment: str) -> str:
    """Markup to plain text: tags dropped, entities unescaped, spaces collapsed."""
    return _SPACES.sub(" ", html.unescape(_TAGS.sub(" ", fragment))).strip()


def _jsonld_people(value: Any) -> list[str]:
    """Names of the Person objects (or plain strings) a JSON-LD ``author`` holds."""
    members = value if isinstance(value, list) else [value]
    names: list[str] = []
    for member in members:
        if isinstance(member, str):
            names.append(member)
        elif isinstance(member, dict):
            kind = member.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.lower() == "organization" for k in kinds):
                continue
            name = member.get("name")
            if isinstance(name, str):
                names.append(text_of(name))
    return names


def _jsonld_date(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    return parse_date(value) if isinstance(value, str) else None
