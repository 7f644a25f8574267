"""What an HTML page says about itself: meta tags, JSON-LD, title, h1, bylines, time elements.

Read with a handful of regular expressions over the markup rather than a
second parse of the tree (the body extraction parses it once already, and
strips scripts, where JSON-LD lives): about a millisecond for a 200 KB page.
Every value is unescaped and has its spaces collapsed; nothing is judged
here (the ``metadata`` package picks), only collected, in page order.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from newsdesk.metadata.rules import (
    BYLINE_CLASS_STOPS,
    BYLINE_CLASS_SUFFIXES,
    BYLINE_CLASS_WORDS,
    DATE_CLASS_PARTS,
    DATE_CLASS_STOPS,
    JSONLD_ARTICLE_TYPES,
    JSONLD_PAGE_TYPES,
)

#: Most JSON-LD text read from one page, and most byline elements looked at.
MAX_JSONLD_CHARS = 500_000
MAX_BYLINES = 5
#: Longest byline element text kept (a longer one is a whole bio or a list).
MAX_BYLINE_CHARS = 200

_META = re.compile(r"<meta\s[^>]{0,4000}>")
_META_ANY_CASE = re.compile(r"<meta\s[^>]{0,4000}>", re.IGNORECASE)
#: An attribute; its name starts where no name character stands before it (else every
#: letter of a long run of name characters is tried as a start: quadratic time).
_ATTR = re.compile(
    r"""(?<![-\w:.])([a-zA-Z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
)
_JSONLD_TYPE = "application/ld+json"
_TITLE = re.compile(r"<title\b[^>]{0,1000}>", re.IGNORECASE)
_H1 = re.compile(r"<h1\b[^>]{0,1000}>")
#: Longest ``<title>`` or ``<h1>`` content read (an unclosed one would run on to the end).
MAX_HEADLINE_MARKUP = 3000
_TIME = re.compile(r"<time\s[^>]{0,1000}>")
#: Words whose place in a tag's attributes is looked at for bylines and rel=author
#: (each scanned for as a literal: far quicker than one case-blind pattern).
_BYLINE_HINTS = (re.compile("author"), re.compile("byline"), re.compile("Author"))
_BYLINE_WORDS = frozenset(BYLINE_CLASS_WORDS)
_DATE_HINTS = (re.compile("date"), re.compile("publish"), re.compile("posted"))
#: Most hinted elements looked at per scan (a page of thousands of "date" classes is a calendar).
MAX_MARKED = 60
_TAG_NAME = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)")
#: Elements whose attributes may say "author" but whose text is no byline.
_NOT_BYLINE_TAGS = frozenset(
    {"meta", "link", "script", "style", "img", "body", "html", "article", "main", "section",
     "input", "button", "form", "iframe", "svg", "use", "source", "picture"}
)  # fmt: skip
#: How far back from a hint the opening ``<`` of its tag may be.
MAX_TAG_CHARS = 600
_SKIP_BLOCKS = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


@dataclass(frozen=True, slots=True)
class HtmlFacts:
    """Metadata candidates one page holds, in page order."""

    meta: dict[str, list[str]] = field(default_factory=dict)  # by lower-cased key
    articles: tuple[dict[str, Any], ...] = ()  # JSON-LD article objects
    pages: tuple[dict[str, Any], ...] = ()  # JSON-LD WebPage objects
    title: str | None = None  # <title>
    h1: str | None = None  # the first <h1>
    times: tuple[str, ...] = ()  # datetime= of <time> elements


def read_html(markup: str) -> HtmlFacts:
    """Collect the metadata candidates of one page's head (and its ``<h1>``, ``<time>``).

    Bylines and dated elements cost a scan of the page each, so they are
    read on demand: ``byline_texts`` and ``dated_texts``.
    """
    articles, pages = _jsonld(markup)
    return HtmlFacts(
        meta=_meta_tags(markup),
        articles=articles,
        pages=pages,
        title=_first_text(_TITLE, "title", markup),
        h1=_first_text(_H1, "h1", markup),
        times=tuple(_times(markup)),
    )


def text_of(fragment: str) -> str:
    """Markup to plain text: tags dropped, entities unescaped, spaces collapsed."""
    return _SPACES.sub(" ", html.unescape(_TAGS.sub(" ", fragment))).strip()


def _meta_tags(markup: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    pattern = _META if "<meta" in markup else _META_ANY_CASE
    for match in pattern.finditer(markup):
        attrs = _attributes(match.group(0))
        content = attrs.get("content")
        if content is None:
            continue
        value = _SPACES.sub(" ", content).strip()
        if not value:
            continue
        for key_attr in ("property", "name", "itemprop"):
            key = attrs.get(key_attr)
            if key:
                found.setdefault(key.strip().lower(), []).append(value)
    return found


def _attributes(tag: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for name, double, single, bare in _ATTR.findall(tag):
        key = name.lower()
        if key not in attrs:
            attrs[key] = html.unescape(double or single or bare)
    return attrs


def _jsonld(markup: str) -> tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]:
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    budget = MAX_JSONLD_CHARS
    for block in _jsonld_blocks(markup):
        raw = _CDATA.sub("", block).strip()
        budget -= len(raw)
        if budget < 0:
            break
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        for item in _items(data, depth=0):
            types = item.get("@type")
            names = {
                t.lower()
                for t in (types if isinstance(types, list) else [types])
                if isinstance(t, str)
            }
            if names & JSONLD_ARTICLE_TYPES:
                articles.append(item)
            elif names & JSONLD_PAGE_TYPES:
                pages.append(item)
    return tuple(articles), tuple(pages)


def _jsonld_blocks(markup: str) -> list[str]:
    """The contents of ``<script type="application/ld+json">`` elements."""
    blocks: list[str] = []
    at = markup.find(_JSONLD_TYPE)
    while at >= 0:
        opening = markup.rfind("<", 0, at)
        close = markup.find(">", at)
        if opening >= 0 and close >= 0 and markup[opening + 1 : opening + 7].lower() == "script":
            end = markup.find("</script", close)
            if end < 0:
                end = markup.find("</SCRIPT", close)
            if end < 0:
                break
            blocks.append(markup[close + 1 : end])
            at = markup.find(_JSONLD_TYPE, end)
        else:
            at = markup.find(_JSONLD_TYPE, at + 1)
    return blocks


def _items(data: Any, *, depth: int) -> list[dict[str, Any]]:
    """The objects of a JSON-LD document: itself, list members, ``@graph`` members, mainEntity."""
    if depth > 4:
        return []
    if isinstance(data, list):
        return [item for member in data for item in _items(member, depth=depth + 1)]
    if not isinstance(data, dict):
        return []
    found = [data]
    for key in ("@graph", "mainEntity", "mainEntityOfPage"):
        inner = data.get(key)
        if isinstance(inner, list | dict):
            found.extend(_items(inner, depth=depth + 1))
    return found


def _first_text(opening: re.Pattern[str], tag: str, markup: str) -> str | None:
    """Text of the first element ``opening`` finds, when it closes soon after."""
    match = opening.search(markup)
    if match is None:
        return None
    window = markup[match.end() : match.end() + MAX_HEADLINE_MARKUP]
    end = window.find(f"</{tag}")
    if end < 0:
        end = window.find(f"</{tag.upper()}")
    if end < 0:
        return None
    return text_of(window[:end]) or None


def _times(markup: str) -> list[str]:
    values: list[str] = []
    for match in _TIME.finditer(markup):
        value = _attributes(match.group(0)).get("datetime", "").strip()
        if value:
            values.append(value)
        if len(values) >= MAX_BYLINES:
            break
    return values


def byline_texts(markup: str) -> tuple[list[str], list[str]]:
    """Texts of elements whose class, id or itemprop says byline/author, and of rel=author links."""
    bylines: list[tuple[int, str]] = []
    rel_authors: list[tuple[int, str]] = []
    for element in _marked_elements(markup, _BYLINE_HINTS):
        is_rel = element.tag == "a" and "author" in element.attrs.get("rel", "").lower().split()
        if is_rel and len(rel_authors) < MAX_BYLINES:
            rel_authors.append((element.start, element.text))
        elif len(bylines) < MAX_BYLINES and any(_byline_word(w) for w in element.words):
            bylines.append((element.start, element.text))
        if len(bylines) >= MAX_BYLINES and len(rel_authors) >= MAX_BYLINES:
            break
    return [text for _, text in sorted(bylines)], [text for _, text in sorted(rel_authors)]


def dated_texts(markup: str) -> list[str]:
    """Texts of elements whose class, id or itemprop says date, published or posted."""
    found: list[tuple[int, str]] = []
    for element in _marked_elements(markup, _DATE_HINTS):
        if any(_date_word(w) for w in element.words):
            found.append((element.start, element.text))
            if len(found) >= MAX_BYLINES:
                break
    return [text for _, text in sorted(found)]


@dataclass(frozen=True, slots=True)
class _Element:
    start: int  # offset of its opening tag
    tag: str  # lower-cased
    attrs: dict[str, str]
    words: tuple[str, ...]  # of its class, id and itemprop, lower-cased
    text: str  # its text, up to MAX_BYLINE_CHARS


def _marked_elements(markup: str, hints: tuple[re.Pattern[str], ...]) -> list[_Element]:
    """Elements with a hint inside their opening tag and a short text, in hint order."""
    found: list[_Element] = []
    seen: set[int] = set()
    for hint in hints:
        for match in hint.finditer(markup):
            opening = markup.rfind("<", max(0, match.start() - MAX_TAG_CHARS), match.start())
            if opening < 0 or opening in seen or markup.rfind(">", opening, match.start()) >= 0:
                continue  # not inside a tag
            seen.add(opening)
            close = markup.find(">", match.end())
            tag_match = _TAG_NAME.match(markup, opening)
            if close < 0 or tag_match is None:
                continue
            tag = tag_match.group(1).lower()
            if tag in _NOT_BYLINE_TAGS:
                continue
            end = markup.find(f"</{tag_match.group(1)}", close, close + 2000)
            if end < 0:
                continue
            text = text_of(_SKIP_BLOCKS.sub(" ", markup[close + 1 : end]))
            if not text or len(text) > MAX_BYLINE_CHARS:
                continue
            attrs = _attributes(markup[opening : close + 1])
            words = " ".join(attrs.get(k, "") for k in ("class", "id", "itemprop")).lower()
            found.append(_Element(opening, tag, attrs, tuple(words.split()), text))
            if len(found) >= MAX_MARKED:
                return found
    return found


def _date_word(word: str) -> bool:
    return any(part in word for part in DATE_CLASS_PARTS) and not any(
        stop in word for stop in DATE_CLASS_STOPS
    )


def _byline_word(word: str) -> bool:
    if word in _BYLINE_WORDS:
        return True
    return word.endswith(BYLINE_CLASS_SUFFIXES) and not any(s in word for s in BYLINE_CLASS_STOPS)
