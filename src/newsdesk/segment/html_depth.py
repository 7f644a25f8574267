"""Pages nested deeper than the walk follows: their deep parts read as plain paragraphs.

Broken markup nests deep: 150 unclosed ``<a><font>`` pairs, a generated tower
of ``<div>`` elements. libxml2 builds no tree deeper than 256 elements unless
asked (``huge_tree``, which html_dom.py's parser sets), and even then stops
reading at 2048 levels and drops the rest of the page; the walk over the DOM
(html_dom.py) recurses once per level. Two steps keep such a page's text:

- ``cap_depth``: an element at depth ``MAX_WALK_DEPTH`` whose subtree goes
  deeper keeps its text only, one ``<p>`` per block of it (cut where a block
  element or ``<br>`` opens or closes, as the walk cuts runs); what the markup
  says below it (classes, links) is lost, invisible elements and all.
- ``unnest_markup``: markup that nests past libxml2's own limit is read again
  with its nesting tags taken out: a block element becomes a ``<br>`` (a run
  boundary), an inline one nothing; the elements that cannot nest
  (paragraphs, headings, list items, line breaks) and those holding no
  visible text (scripts, styles, the head) stay.
"""

from __future__ import annotations

import re

from lxml import etree

from newsdesk.lexicon.html import BLOCK_TAGS, INVISIBLE_TAGS, UNNEST_KEPT_TAGS

#: Deepest element the walk visits as markup (libxml2's own default limit); text below
#: it is kept as paragraphs.
MAX_WALK_DEPTH = 256
#: An opening or closing tag (``[^<>]*``: never scans past the next tag, so linear time).
_ANY_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
#: The deep elements with children: ``MAX_WALK_DEPTH`` child steps below the root.
_DEEP = etree.XPath("/".join(["*"] * MAX_WALK_DEPTH) + "[*]")


def nested_too_deep(parser: etree.HTMLParser) -> bool:
    """Whether libxml2 stopped reading the last page ``parser`` parsed at its depth limit."""
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


def unnest_markup(markup: str) -> str:
    """``markup`` without the tags that nest: block ones become ``<br>``, inline ones go."""

    def replace(tag: re.Match[str]) -> str:
        name = tag.group(1).lower()
        if name in UNNEST_KEPT_TAGS:
            return tag.group(0)
        return "<br>" if name in BLOCK_TAGS else ""

    return _ANY_TAG.sub(replace, markup)


def cap_depth(root: etree._Element) -> None:
    """Replace the subtree of every element at ``MAX_WALK_DEPTH`` by paragraphs of its text."""
    deep = _DEEP(root)
    if not isinstance(deep, list):
        return
    for element in deep:
        if isinstance(element, etree._Element):
            _flatten(element)


def _flatten(element: etree._Element) -> None:
    """``element`` with its children replaced by one ``<p>`` per block of their text."""
    blocks: list[str] = []
    parts: list[str] = [element.text or ""]

    def cut() -> None:
        text = "".join(parts)
        parts.clear()
        if text.strip():
            blocks.append(text)

    walk = etree.iterwalk(element, events=("start", "end"))
    for event, node in walk:
        if node is element:
            continue
        tag = node.tag
        if not isinstance(tag, str) or tag in INVISIBLE_TAGS:
            if event == "start":
                walk.skip_subtree()
            else:
                parts.append(node.tail or "")
            continue
        if tag in BLOCK_TAGS or tag == "br":
            cut()
        parts.append((node.text if event == "start" else node.tail) or "")
    cut()
    for child in list(element):
        element.remove(child)
    element.text = None
    for text in blocks:
        etree.SubElement(element, "p").text = text
