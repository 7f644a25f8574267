"""Parse a page and walk its DOM once into text runs with what the markup says about them.

A *run* is the text between two block boundaries (a block-level element
opening or closing, or a ``<br>``). Each run knows the element that holds it,
how much of it is link text, and the chain of its ancestors; each element
knows its tag, the furniture kind its ``class``/``id``/``role`` announce, and
how much text of each quality its subtree holds. The main-content selection
(html_content.py) works on these numbers alone, never on the tree again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from newsdesk.lexicon.html import (
    BLOCK_TAGS,
    BODY_WORDS,
    CLASS_WORDS,
    EMBED_WORDS,
    FURNITURE_ROLES,
    FURNITURE_TAGS,
    HIDDEN_CLASSES,
    HIDDEN_STYLE,
    INLINE_TEXT_TAGS,
    INVISIBLE_TAGS,
    TAXONOMY_PREFIXES,
    WORD_SPLIT,
)
from newsdesk.segment.html_depth import cap_depth, nested_too_deep, unnest_markup

_PARSER = etree.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
)
#: A run that reads like prose: it holds or ends a sentence.
_SENTENCE = re.compile(r"[.!?;:。！？…][\"'”’»)\]]?(?:\s|$)|[,،、，]")

#: Runs shorter than this (in non-link characters) never count as prose.
MIN_PROSE_CHARS = 30
#: Runs longer than this count as prose even without sentence punctuation.
LONG_RUN_CHARS = 120
#: A run whose link text is above this share of its text is a link, not prose.
MAX_PROSE_LINK_SHARE = 0.4
#: A short run at least this much link text is a headline link (of a teaser, a menu).
TEASER_LINK_SHARE = 0.6
MAX_HEADLINE_CHARS = 200
#: A blurb at most this many levels below what it shares with a headline link is a teaser.
TEASER_CARD_DEPTH = 4


@dataclass(slots=True)
class Node:
    """One element of the page, as the selection needs it."""

    tag: str
    parent: int  # index of the parent node, -1 for the root
    line: int
    hint: str | None  # furniture kind announced by tag, class, id or role
    body_hint: bool  # class/id/itemprop say "article body"
    in_furniture: bool  # the node or one of its ancestors announces furniture
    prose: int = 0  # characters of prose runs in the subtree
    other: int = 0  # characters of every other run in the subtree (links, labels)
    start: int = 0  # number of runs before the node opened
    first_run: int = -1  # index of the first run in the subtree
    last_run: int = -1


@dataclass(frozen=True, slots=True)
class Run:
    """The text between two block boundaries."""

    text: str
    link_chars: int
    owner: int  # index of the innermost block element holding the run
    path: tuple[int, ...]  # indices of all ancestors, root first, the run's element last
    prose: bool
    line: int
    links: tuple[str, ...] = ()  # the text of each link in the run


@dataclass(slots=True)
class Page:
    nodes: list[Node] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)


def parse(markup: str) -> etree._Element | None:
    """The page's element tree, or ``None`` when lxml finds no document in it.

    Markup nested deeper than the walk follows is flattened there (html_depth.py).
    """
    try:
        root = etree.fromstring(markup.encode("utf-8", "replace"), parser=_PARSER)
        if root is not None and nested_too_deep(_PARSER):
            unnested = unnest_markup(markup).encode("utf-8", "replace")
            root = etree.fromstring(unnested, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    if root is not None:
        cap_depth(root)
    return root


def walk(root: etree._Element) -> Page:
    """The runs and nodes of a parsed page, in document order."""
    page = Page()
    etree.strip_elements(root, *INVISIBLE_TAGS, with_tail=False)
    _Walker(page).visit(root)
    return page


def _text_of(el: etree._Element) -> str:
    """All text inside an element (not its tail)."""
    text = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    return text if isinstance(text, str) else ""


def _hint(el: etree._Element, tag: str) -> tuple[str | None, bool]:
    """The furniture kind an element announces, and whether it announces the body."""
    if not el.attrib:
        return FURNITURE_TAGS.get(tag), False
    get = el.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return "boilerplate", False
    style = get("style")
    if style and HIDDEN_STYLE.search(style):
        return "boilerplate", False
    kind, body = _name_hint(f"{get('class') or ''} {get('id') or ''}")
    if get("itemprop") == "articleBody":
        body = True
    tag_kind = FURNITURE_TAGS.get(tag)
    if tag_kind is not None:
        return tag_kind, body
    role = get("role")
    if role:
        role_kind = FURNITURE_ROLES.get(role.lower())
        if role_kind is not None:
            return role_kind, body
    return kind, body


@lru_cache(maxsize=4096)
def _name_hint(names: str) -> tuple[str | None, bool]:
    """What ``class`` and ``id`` words announce (pages repeat them: cached)."""
    kept = [word for word in names.split() if not word.lower().startswith(TAXONOMY_PREFIXES)]
    if not kept:
        return None, False
    names = " ".join(kept)
    whole_words = names.lower().split()
    body = any(word in BODY_WORDS for word in whole_words)
    if any(word in HIDDEN_CLASSES for word in whole_words) and not any(
        ":" in word for word in whole_words
    ):
        return "boilerplate", body
    words = WORD_SPLIT.split(names)
    if any(word in EMBED_WORDS for word in whole_words) or any(
        word.lower() in EMBED_WORDS for word in words
    ):
        return None, body
    for word in words:
        found = CLASS_WORDS.get(word.lower())
        if found is not None:
            return found, body
    return None, body


class _Walker:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.path: list[int] = []
        self.owner = -1
        self.parts: list[str] = []
        self.link_parts: int = 0
        self.links: list[str] = []  # texts of the links in the current run
        self.last_link: tuple[int, ...] = ()  # path of the last link-only run
        self.last_link_run = -1

    def visit(self, el: etree._Element) -> None:
        tag = el.tag
        if not isinstance(tag, str):  # entities and the like: only their tail shows
            self._add(el.tail, False)
            return
        nodes = self.page.nodes
        index = len(nodes)
        hint, body = _hint(el, tag)
        sourceline = el.sourceline
        line = sourceline if isinstance(sourceline, int) else 0
        parent = self.path[-1] if self.path else -1
        in_furniture = hint is not None or (parent >= 0 and nodes[parent].in_furniture)
        nodes.append(
            Node(tag=tag, parent=parent, line=line, hint=hint, body_hint=body,
                 in_furniture=in_furniture, start=len(self.page.runs))
        )  # fmt: skip
        block = tag in BLOCK_TAGS or (hint is not None and tag not in INLINE_TEXT_TAGS)
        if block or tag == "br":
            self._flush()
        self.path.append(index)
        outer_owner = self.owner
        if block:
            self.owner = index
        first = len(self.page.runs)
        if tag == "a":  # everything inside a link is link text (blocks in links are rare)
            text = _text_of(el)
            self._add(text, True)
            if text and not text.isspace():
                self.links.append(" ".join(text.split()))
        else:
            self._add(el.text, False)
            for child in el:
                self.visit(child)
        if block:
            self._flush()
            self.owner = outer_owner
        self.path.pop()
        if len(self.page.runs) > first:
            node = nodes[index]
            node.first_run = first
            node.last_run = len(self.page.runs) - 1
        self._add(el.tail, False)

    def _add(self, text: str | None, in_link: bool) -> None:
        if not text:
            return
        if text.isspace():  # indentation between elements: one space at most
            if self.parts:
                self.parts.append(" ")
            return
        self.parts.append(text)
        if in_link:
            self.link_parts += len(text.strip())

    def _teaser_depth(self, path: tuple[int, ...]) -> int:
        """Depth from which a prose run counts as prose (0: everywhere).

        A blurb that follows a headline link inside a small element opened at
        most one run before that link (a card) is prose only inside the card.
        """
        link_path, link_run = self.last_link, self.last_link_run
        if not link_path:
            return 0
        self.last_link = ()
        common = 0
        for a, b in zip(link_path, path, strict=False):
            if a != b:
                break
            common += 1
        if common == 0 or len(path) - common > TEASER_CARD_DEPTH:
            return 0
        card = self.page.nodes[path[common - 1]]
        return common if card.start >= link_run - 1 else 0

    def _flush(self) -> None:
        if not self.parts:
            return
        text = " ".join("".join(self.parts).split())
        link_chars = self.link_parts
        links = tuple(self.links)
        self.parts = []
        self.link_parts = 0
        self.links = []
        if not text:
            return
        link_chars = min(link_chars, len(text))
        free = len(text) - link_chars
        prose = (
            link_chars <= MAX_PROSE_LINK_SHARE * len(text)
            and free >= MIN_PROSE_CHARS
            and (free >= LONG_RUN_CHARS or _SENTENCE.search(text) is not None)
        )
        path = tuple(self.path)
        owner = self.owner if self.owner >= 0 else (path[-1] if path else 0)
        nodes = self.page.nodes
        run = Run(text=text, link_chars=link_chars, owner=owner, path=path, prose=prose,
                  line=nodes[owner].line if nodes else 0, links=links)  # fmt: skip
        self.page.runs.append(run)
        if (
            not prose
            and len(text) <= MAX_HEADLINE_CHARS
            and link_chars >= TEASER_LINK_SHARE * len(text)
        ):
            self.last_link = path
            self.last_link_run = len(self.page.runs) - 1
        # Prose under a furniture element counts as prose only up to that element:
        # its ancestors see it as furniture (a cookie notice never makes a container).
        # A teaser (a headline link, then a blurb) is prose only inside its own card.
        card = self._teaser_depth(path) if prose else len(path)
        below_hint = False
        for depth in range(len(path) - 1, -1, -1):
            node = nodes[path[depth]]
            if prose and not below_hint and depth >= card:
                node.prose += free
            else:
                node.other += len(text)
            if node.hint is not None:
                below_hint = True
