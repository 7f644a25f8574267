"""Blocks: the labelled pieces a page is segmented into, and the layout of a page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newsdesk.furniture.credit import byline_credit, source_line
from newsdesk.record import MarketRow

#: ``paragraph`` and ``heading`` make the body; every other kind is furniture
#: and lands in ``Record.removed`` under that kind (see record.REMOVED_KINDS).
BlockKind = Literal[
    "paragraph",
    "heading",
    "title",
    "byline",
    "date",
    "market",
    "tags",
    "credit",
    "nav",
    "share",
    "related",
    "footer",
    "ad",
    "caption",
    "comment",
    "boilerplate",
    "duplicate",
]

BODY_KINDS: frozenset[str] = frozenset({"paragraph", "heading"})


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a page: its text, its label and its 1-based first line (0: unknown)."""

    text: str
    kind: BlockKind
    line: int


@dataclass(frozen=True, slots=True)
class Layout:
    """What segmentation and furniture parsing found on one page.

    ``blocks`` holds every block in page order (body and furniture alike);
    the data furniture carried is parsed into the other fields. A credit
    prefix glued to a paragraph (``Outlet: text``) is split off into its own
    ``credit`` block before the paragraph.
    """

    blocks: tuple[Block, ...]
    market: tuple[MarketRow, ...] = ()
    tags: tuple[str, ...] = ()
    credit: str | None = None
    warnings: tuple[str, ...] = ()
    provenance: dict[str, str] = field(default_factory=dict)


def furniture_credit(blocks: list[Block], provenance: dict[str, str]) -> str | None:
    """The outlet a ``Source: Outlet`` line or an agency's byline (``By Reuters``) outside
    the article names; its block is relabelled ``credit`` in ``blocks`` and its rule
    recorded in ``provenance``."""
    for index, block in enumerate(blocks):
        if block.kind in ("paragraph", "heading", "market", "tags", "title"):
            continue
        found = source_line(block.text)
        if found is None and block.kind == "byline":
            found = byline_credit(block.text)
        if found is not None:
            blocks[index] = Block(block.text, "credit", block.line)
            provenance["credit"] = found.rule
            return found.name
    return None
