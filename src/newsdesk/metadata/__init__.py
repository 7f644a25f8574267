"""Title, authors, published date and language, each with where it came from.

Each field is taken from the first rule that gives a value, best first, and
``provenance`` names that rule (``jsonld:headline``, ``html:meta[og:title]``,
``html:h1``, ``text:title-line``, ``url:date-path``, ``langid``, ...). A field
the page does not give stays ``None``/empty: nothing is invented.

The title is chosen here and nowhere else (the segmenters only label a
headline block ``title``). HTML pages: JSON-LD article objects, then Open
Graph / Twitter / Dublin Core meta tags, then the headline block, ``<h1>``,
``<title>``; authors from JSON-LD, author meta tags, ``rel=author`` links,
byline elements; the date as published.py reads it (structured data, the
URL's day, visible date lines, last htmldate's extensive search). All of it
comes from ``HtmlFacts``, read once from the page's parsed tree (html.py).
Text pages: the headline block, else a title line (text.py). The language is
the body's, by py3langid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newsdesk.lexicon.meta import META_SITE_NAME, META_TITLE, TITLE_SITE_SEPARATORS
from newsdesk.metadata.dates import date_in_url
from newsdesk.metadata.html import HtmlFacts
from newsdesk.metadata.language import detect_language
from newsdesk.metadata.published import html_published
from newsdesk.metadata.structured import Authors, first_authors, text_of
from newsdesk.metadata.text import Found, text_authors, text_published, text_title
from newsdesk.segment.blocks import Layout

#: Longest title kept (a longer "title" is a paragraph a tag was misused for).
MAX_TITLE_CHARS = 300
#: Fewest words the ``<h1>`` needs to replace a meta title that contains it.
MIN_H1_WORDS = 3


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    language: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)


def extract_metadata(
    page: HtmlFacts | str, layout: Layout, body: str, *, url: str | None = None
) -> Metadata:
    """Metadata of a page; ``None``/empty where the page does not say.

    ``page`` is what ``read_html`` read from an HTML page's tree, or a text page's text.
    """
    title: Found | None
    authors: tuple[tuple[str, ...], str] | None
    published: Found | None
    if isinstance(page, HtmlFacts):
        title = _html_title(page, layout, url)
        authors = _html_authors(page, layout)
        published = html_published(page, layout, url)
    else:
        text = page
        title = _headline(layout, "text:title-line") or text_title(text, layout)
        authors = text_authors(text, layout)
        published = text_published(text, layout)
        if published is None and url:
            published = _url_date(url)
    language = detect_language(body)
    provenance: dict[str, str] = {}
    if title:
        provenance["title"] = title[1]
    if authors:
        provenance["authors"] = authors[1]
    if published:
        provenance["published"] = published[1]
    if language:
        provenance["language"] = "langid"
    return Metadata(
        title=title[0] if title else None,
        authors=authors[0] if authors else (),
        published=published[0] if published else None,
        language=language,
        provenance=provenance,
    )


def _headline(layout: Layout, rule: str) -> Found | None:
    """The text of the first block the segmenter labelled the headline (``title``)."""
    for block in layout.blocks:
        if block.kind == "title":
            return (" ".join(block.text.split()), rule) if block.text.strip() else None
    return None


def _html_title(facts: HtmlFacts, layout: Layout, url: str | None) -> Found | None:
    sites = _site_names(facts, url)
    candidates: list[Found] = []
    for article in facts.articles:
        headline = article.get("headline") or article.get("name")
        if isinstance(headline, str):
            candidates.append((text_of(headline), "jsonld:headline"))
            break
    for key in META_TITLE:
        for value in facts.meta.get(key, ()):
            candidates.append((value, f"html:meta[{key}]"))
    found = _headline(layout, "html:headline")
    if found:
        candidates.append(found)
    if facts.h1:
        candidates.append((facts.h1, "html:h1"))
    if facts.title:
        candidates.append((facts.title, "html:title"))
    for value, rule in candidates:
        title = _strip_site(value, sites, guess=rule == "html:title")
        if not title or len(title) > MAX_TITLE_CHARS:
            continue
        h1 = facts.h1
        if (
            h1
            and rule != "html:h1"
            and len(h1.split()) >= MIN_H1_WORDS
            and h1 != title
            and h1 in title
        ):
            return h1, "html:h1"  # the meta title is the visible headline plus a site or section
        return title, rule
    return None


def _html_authors(facts: HtmlFacts, layout: Layout) -> Authors | None:
    if facts.authors:
        return facts.authors
    # Each byline element alone, first first: later ones are often related articles'.
    sources = [(list(facts.rel_authors), "html:rel-author")]
    sources.extend(([byline], "html:byline") for byline in facts.bylines)
    sources.append(([b.text for b in layout.blocks if b.kind == "byline"], "layout:byline"))
    return first_authors(sources)


def _url_date(url: str) -> Found | None:
    date = date_in_url(url)
    return (date, "url:date-path") if date else None


def _site_names(facts: HtmlFacts, url: str | None) -> list[str]:
    names = [value for key in META_SITE_NAME for value in facts.meta.get(key, ())]
    if url:
        host = urlsplit(url).hostname or ""
        names.append(host.removeprefix("www."))
    return [name.lstrip("@").casefold() for name in names if name]


def _strip_site(title: str, sites: list[str], *, guess: bool) -> str:
    """The title without a `` | Site`` suffix or ``Site - `` prefix.

    The part cut must be one of the page's site names, or, for ``<title>``
    (``guess``), a short last part after a longer headline.
    """
    title = " ".join(title.split())
    for sep in TITLE_SITE_SEPARATORS:
        if sep not in title:
            continue
        parts = title.split(sep)
        head, tail = sep.join(parts[:-1]), parts[-1]
        if _is_site(tail, sites) or (guess and len(tail.split()) <= 4 < len(head.split())):
            return head.strip()
        first, rest = parts[0], sep.join(parts[1:])
        if _is_site(first, sites):
            return rest.strip()
    return title


def _is_site(part: str, sites: list[str]) -> bool:
    key = part.strip().casefold()
    bare = key.replace(" ", "")
    return bool(key) and any(key == site or (len(bare) >= 3 and bare in site) for site in sites)
