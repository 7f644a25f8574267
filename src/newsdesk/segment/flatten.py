"""Flatten HTML the way a naive scraper does: all visible text, one block per line.

Used by ``newsdesk bench extraction --mode text`` to turn the benchmark's HTML
pages into the flattened text newsdesk's text mode is built for. Scripts,
styles and other invisible elements are dropped; block-level elements start
a new line; inline elements run on.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

#: Elements whose text a browser never shows.
INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "iframe"}
)

#: Elements that start a new line of text (HTML's block-level and table elements).
BLOCK_LEVEL = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "option", "select", "button", "caption",
    }
)  # fmt: skip

_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def flatten_html(markup: str | bytes) -> str:
    """All visible text of a page, block elements on their own lines."""
    try:
        root = lxml_html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []
    _walk(root, parts)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(node: etree._Element, parts: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in INVISIBLE or not isinstance(node.tag, str):
        if node.tail:
            parts.append(node.tail.replace("\n", " "))
        return
    block = tag in BLOCK_LEVEL
    if block:
        parts.append("\n")
    if node.text:
        parts.append(node.text.replace("\n", " ") if tag != "pre" else node.text)
    for child in node:
        _walk(child, parts)
    if block:
        parts.append("\n")
    if node.tail:
        parts.append(node.tail.replace("\n", " "))
