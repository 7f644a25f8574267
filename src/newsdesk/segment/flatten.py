"""Flatten HTML the way a naive scraper does: all visible text, one block per line.

Used by ``newsdesk bench extraction --mode text`` to turn the benchmark's HTML
pages into the flattened text newsdesk's text mode is built for. It does no
content selection: navigation, footers and sidebars are kept like any other
text. Scripts, styles and elements a browser never shows (``hidden``,
``display: none``) are dropped; block-level elements start a new line; inline
elements run on, as a browser renders them. Bytes are decoded as a browser
would: a BOM, then the page's ``<meta charset>``, then UTF-8, then Windows-1252.
"""

from __future__ import annotations

import codecs
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
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


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
    """The page's bytes as text: BOM, declared charset, UTF-8, then Windows-1252."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    candidates = ["utf-8"]
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        candidates.insert(0, declared.group(1).decode("ascii").lower())
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


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
    return bool(style and _HIDDEN_STYLE.search(style))
