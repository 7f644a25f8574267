"""Flatten HTML the way a naive scraper does: all visible text, one block per line.

Used by ``newsdesk bench extraction --mode text`` to turn the benchmark's HTML
pages into the flattened text newsdesk's text mode is built for. It does no
content selection: navigation, footers and sidebars are kept like any other
text. Scripts, styles and elements a browser never shows (``hidden``,
``display: none``) are dropped; block-level elements start a new line; inline
elements run on, as a browser renders them. Bytes are decoded as
the library itself decodes a page (``newsdesk.decode``): a page that is not one
(empty, binary) flattens to nothing.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from newsdesk.decode import decode
from newsdesk.errors import InputError
from newsdesk.lexicon.html import HIDDEN_STYLE
from newsdesk.page import RawPage

#: Elements whose text a browser never shows.
INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "iframe"}
)

#: Elements that start a new line of text (HTML's block-level and table elements), as a
#: browser breaks lines: not ``lexicon.html.BLOCK_TAGS``, which groups the blocks
#: the article is chosen from (it has no ``br`` nor form controls, and has ``center``).
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
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
#: Benchmark pages are read whatever their size (the library's limit is a setting).
MAX_PAGE_BYTES = 1 << 31


def flatten_html(markup: str | bytes) -> str:
    """All visible text of a page, block elements on their own lines."""
    text = decode_markup(markup) if isinstance(markup, bytes) else markup
    text = _XML_DECLARATION.sub("", text)
    if not text.strip():
        return ""
    try:
        root = lxml_html.fromstring(text)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []
    _walk(root, parts)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def decode_markup(data: bytes) -> str:
    """The page's bytes as text, read as newsdesk reads a page; empty when it is none."""
    try:
        return decode(RawPage(data, origin="<bench>"), max_bytes=MAX_PAGE_BYTES).text
    except InputError:
        return ""


def _walk(node: etree._Element, parts: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in INVISIBLE or not isinstance(node.tag, str) or _hidden(node):
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


def _hidden(node: etree._Element) -> bool:
    """True for an element the page hides from every reader (``hidden``, ``display: none``)."""
    if node.get("hidden") is not None:
        return True
    style = node.get("style")
    return bool(style and HIDDEN_STYLE.search(style))
