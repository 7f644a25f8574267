"""What an HTML page says about itself: meta tags, JSON-LD, title, h1, bylines, time elements.

Read from the page's one parsed tree (``segment.html_dom.parse``), before the
segmenter's walk strips the head, the scripts (where JSON-LD lives) and the
embeds from it: ``read_html(root, markup)`` runs first and keeps plain values,
so the walk may change the tree after it. Nothing reads the markup as text
again (htmldate's last-resort search aside). Every value has its spaces
collapsed; the candidates are collected in page order and ``metadata`` picks
among them. Byline and dated elements cost a look at every element, so they
are collected only where the structured data (structured.py) names no author,
or gives no date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from newsdesk.lexicon.meta import (
    BYLINE_CLASS_STOPS,
    BYLINE_CLASS_SUFFIXES,
    BYLINE_CLASS_WORDS,
    BYLINE_HINTS,
    DATE_CLASS_PARTS,
    DATE_CLASS_STOPS,
    DATE_HINTS,
    HINT_ATTRIBUTES,
    JSONLD_ARTICLE_TYPES,
    JSONLD_NESTING_KEYS,
    JSONLD_PAGE_TYPES,
    META_KEY_ATTRIBUTES,
    NOT_BYLINE_TAGS,
)
from newsdesk.metadata.dates import date_in_url, parse_date
from newsdesk.metadata.structured import Authors, structured_authors, structured_dates
from newsdesk.metadata.text import Found

#: Most JSON-LD text read from one page, and most byline elements looked at.
MAX_JSONLD_CHARS = 500_000
MAX_BYLINES = 5
#: Longest byline element text kept (a longer one is a whole bio or a list).
MAX_BYLINE_CHARS = 200
#: Longest ``<title>`` or ``<h1>`` text read (a longer one is no headline).
MAX_HEADLINE_CHARS = 3000
#: Most hinted elements looked at per kind (a page of thousands of "date" classes is a calendar).
MAX_MARKED = 60
#: Longest text (before its spaces are collapsed) of a hinted element read: a longer one
#: is a container, not a byline or a date line.
MAX_MARKED_TEXT = 2000

_JSONLD_TYPE = "application/ld+json"
#: Elements whose text is no visible text of the element holding them.
_UNSEEN_TAGS = frozenset({"script", "style", "noscript"})
_BYLINE_WORDS = frozenset(BYLINE_CLASS_WORDS)
_BYLINE_HINT = re.compile("|".join(BYLINE_HINTS))
_DATE_HINT = re.compile("|".join(DATE_HINTS))
_ANY_HINT = re.compile("|".join(BYLINE_HINTS + DATE_HINTS))
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
    times: tuple[str, ...] = ()  # the days datetime= of the first <time> elements gives
    bylines: tuple[str, ...] = ()  # texts of elements whose class, id or itemprop say byline
    rel_authors: tuple[str, ...] = ()  # texts of rel=author links
    dated: tuple[str, ...] = ()  # texts of elements whose class, id or itemprop say date
    authors: Authors | None = None  # what JSON-LD or the author meta tags name
    dates: tuple[Found, ...] = ()  # the dates meta tags and JSON-LD give, best first
    markup: str = ""  # the page itself, for htmldate's last-resort search

    @property
    def head_titles(self) -> tuple[str | None, ...]:
        """The titles the page's head gives itself: the first og:title and twitter:title,
        and ``<title>`` (what segmentation matches a headline heading against)."""
        og = self.meta.get("og:title")
        twitter = self.meta.get("twitter:title")
        return (og[0] if og else None, twitter[0] if twitter else None, self.title)


def read_html(root: etree._Element, markup: str, *, url: str | None = None) -> HtmlFacts:
    """Collect the metadata candidates of a parsed page (``root``, parsed from ``markup``,
    found at ``url``), before anything strips its tree.

    Byline and dated elements cost a look at every element: they are looked for only
    when the structured data gives no author, and no date (nor the URL, nor a ``<time>``
    element), as nothing before them would.
    """
    meta: dict[str, list[str]] = {}
    scripts: list[str] = []
    title = h1 = None
    times: list[str] = []
    for el in root.iter("meta", "script", "title", "h1", "time"):
        tag = el.tag
        if tag == "meta":
            _add_meta(el, meta)
        elif tag == "script":
            if _JSONLD_TYPE in (el.get("type") or "") and el.text:
                scripts.append(el.text)
        elif tag == "time":
            value = (el.get("datetime") or "").strip()
            if value and len(times) < MAX_BYLINES:
                times.append(value)
        elif tag == "title":
            if title is None:
                title = _headline(el, raw_text=True) or ""
        elif h1 is None:
            h1 = _headline(el, raw_text=False) or ""
    articles, pages = _jsonld(scripts)
    authors = structured_authors(meta, articles)
    dates = structured_dates(meta, articles, pages)
    days = tuple(day for value in times if (day := parse_date(value)))
    need_dated = not dates and not (url and date_in_url(url)) and not days
    byline_marked, date_marked = _hinted(root, bylines=authors is None, dates=need_dated)
    bylines, rel_authors = _bylines(byline_marked)
    return HtmlFacts(
        meta=meta,
        articles=articles,
        pages=pages,
        title=title or None,
        h1=h1 or None,
        times=days,
        bylines=bylines,
        rel_authors=rel_authors,
        dated=_dated(date_marked),
        authors=authors,
        dates=dates,
        markup=markup,
    )


def _add_meta(el: etree._Element, found: dict[str, list[str]]) -> None:
    content = el.get("content")
    if content is None:
        return
    value = " ".join(content.split())  # spaces collapsed (str.split: the spaces of \s)
    if not value:
        return
    for key_attr in META_KEY_ATTRIBUTES:
        key = el.get(key_attr)
        if key:
            found.setdefault(key.strip().lower(), []).append(value)


def _headline(el: etree._Element, *, raw_text: bool) -> str:
    """The text of ``<title>`` (raw text: markup written in it is dropped) or ``<h1>``."""
    if raw_text:
        text = el.text or ""
    else:
        pieces: list[str] = []
        _texts_until(el, el, pieces)
        text = " ".join(pieces)
    if len(text) > MAX_HEADLINE_CHARS:
        return ""
    return _SPACES.sub(" ", _TAGS.sub(" ", text) if raw_text else text).strip()


def _jsonld(scripts: list[str]) -> tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]:
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    budget = MAX_JSONLD_CHARS
    for block in scripts:
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


def _items(data: Any, *, depth: int) -> list[dict[str, Any]]:
    """The objects of a JSON-LD document: itself, list members, ``@graph`` members, mainEntity."""
    if depth > 4:
        return []
    if isinstance(data, list):
        return [item for member in data for item in _items(member, depth=depth + 1)]
    if not isinstance(data, dict):
        return []
    found = [data]
    for key in JSONLD_NESTING_KEYS:
        inner = data.get(key)
        if isinstance(inner, list | dict):
            found.extend(_items(inner, depth=depth + 1))
    return found


def _hinted(
    root: etree._Element, *, bylines: bool, dates: bool
) -> tuple[list[etree._Element], list[etree._Element]]:
    """Elements whose tag, attribute names or attribute values hold a byline hint, and
    those holding a date hint (when asked for), each in page order (one pass over the tree)."""
    byline_marked: list[etree._Element] = []
    date_marked: list[etree._Element] = []
    if not (bylines or dates):
        return byline_marked, date_marked
    wanted = _ANY_HINT if bylines and dates else _BYLINE_HINT if bylines else _DATE_HINT
    for el in root.iter(etree.Element):
        tag = el.tag  # an element's (``iter(etree.Element)``): a str
        if tag in NOT_BYLINE_TAGS:
            continue
        attrib = el.attrib
        # The element's opening tag as a hint may stand in it: its name, attribute names, values.
        opening = f"{tag} {' '.join(attrib)} {' '.join(attrib.values())}" if attrib else tag  # type: ignore[arg-type]
        if wanted.search(opening) is None:
            continue
        if bylines and _BYLINE_HINT.search(opening):
            byline_marked.append(el)
        if dates and _DATE_HINT.search(opening):
            date_marked.append(el)
    return byline_marked, date_marked


def _bylines(marked: list[etree._Element]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Texts of elements whose class, id or itemprop says byline/author, and of rel=author links."""
    bylines: list[tuple[int, str]] = []
    rel_authors: list[tuple[int, str]] = []
    for element in _marked_elements(marked, BYLINE_HINTS):
        is_rel = element.tag == "a" and "author" in element.rel.lower().split()
        if is_rel and len(rel_authors) < MAX_BYLINES:
            rel_authors.append((element.order, element.text))
        elif len(bylines) < MAX_BYLINES and any(_byline_word(w) for w in element.words):
            bylines.append((element.order, element.text))
        if len(bylines) >= MAX_BYLINES and len(rel_authors) >= MAX_BYLINES:
            break
    return _texts_in_order(bylines), _texts_in_order(rel_authors)


def _dated(marked: list[etree._Element]) -> tuple[str, ...]:
    """Texts of elements whose class, id or itemprop says date, published or posted."""
    found: list[tuple[int, str]] = []
    for element in _marked_elements(marked, DATE_HINTS):
        if any(_date_word(w) for w in element.words):
            found.append((element.order, element.text))
            if len(found) >= MAX_BYLINES:
                break
    return _texts_in_order(found)


def _texts_in_order(found: list[tuple[int, str]]) -> tuple[str, ...]:
    return tuple(text for _, text in sorted(found))


@dataclass(frozen=True, slots=True)
class _Element:
    order: int  # its place among the page's hinted elements
    tag: str
    rel: str
    words: tuple[str, ...]  # of its class, id and itemprop, lower-cased
    text: str  # its visible text, up to MAX_BYLINE_CHARS


def _marked_elements(marked: list[etree._Element], hints: tuple[str, ...]) -> list[_Element]:
    """The hinted elements with a short text, in hint order: every element the first
    hint marks, in page order, then those the second adds, ... (as a scan of the markup
    for each hint in turn found them)."""
    ranked = sorted(enumerate(marked), key=lambda item: _first_hint(item[1], hints))
    found: list[_Element] = []
    for order, el in ranked:
        text = _short_text(el)
        if not text:
            continue
        get = el.get
        words = " ".join(get(k) or "" for k in HINT_ATTRIBUTES).lower()
        found.append(_Element(order, el.tag, get("rel") or "", tuple(words.split()), text))
        if len(found) >= MAX_MARKED:
            break
    return found


def _first_hint(el: etree._Element, hints: tuple[str, ...]) -> int:
    """The index of the first of ``hints`` an element's tag or attributes hold."""
    for index, hint in enumerate(hints):
        if hint in el.tag or any(hint in k or hint in v for k, v in el.attrib.items()):
            return index
    return len(hints)


def _short_text(el: etree._Element) -> str:
    """The text of a hinted element, its spaces collapsed; empty when it is too long.

    Read as far as the markup scan before issue 10 read it: up to the first closing
    tag of the element's own name (``<div class="byline"><div>Jane Doe</div> 5 May
    </div>`` gives ``Jane Doe``), so the records stayed the same when the scan gave way
    to the tree.
    """
    last = el
    while (inner := next(last.iterdescendants(el.tag), None)) is not None:
        last = inner
    pieces: list[str] = []
    _texts_until(el, last, pieces)
    text = " ".join(pieces)
    if len(text) > MAX_MARKED_TEXT:
        return ""
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= MAX_BYLINE_CHARS else ""


def _texts_until(el: etree._Element, last: etree._Element, pieces: list[str]) -> bool:
    """Add the text pieces inside ``el`` to ``pieces``, in page order, without scripts
    and styles, up to the end of ``last``; True once ``last`` has ended."""
    if el.text:
        pieces.append(el.text)
    for child in el:
        seen = isinstance(child.tag, str) and child.tag not in _UNSEEN_TAGS
        if seen and _texts_until(child, last, pieces):
            return True
        if child.tail:
            pieces.append(child.tail)
    return el is last


def _date_word(word: str) -> bool:
    return any(part in word for part in DATE_CLASS_PARTS) and not any(
        stop in word for stop in DATE_CLASS_STOPS
    )


def _byline_word(word: str) -> bool:
    if word in _BYLINE_WORDS:
        return True
    return word.endswith(BYLINE_CLASS_SUFFIXES) and not any(s in word for s in BYLINE_CLASS_STOPS)
