"""Blocks: the labelled pieces a page is segmented into, and the layout of a page.

The layout is what segmentation hands the furniture stage (``furniture.stage``):
every block with its label, the page's lines (text pages: split once, here), the
headline, and the pieces of the HTML page whose furniture needs more than their
joined text (ticker rows, tag links).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from newsdesk.page import PageKind
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


#: Every Unicode space that is not a line break becomes a plain space.
_SPACES = re.compile(r"[^\S\n]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalise(text: str) -> str:
    """NFC, plain spaces, no zero-width characters, one line, no outer space."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a page: its text, its label and its 1-based first line (0: unknown)."""

    text: str
    kind: BlockKind
    line: int


@dataclass(frozen=True, slots=True)
class TagRun:
    """A run of an HTML tag element: its text and the text of the links in it."""

    text: str
    links: tuple[str, ...]
    link_chars: int  # characters of the run inside links


@dataclass(frozen=True, slots=True)
class Layout:
    """What segmentation found on one page, for the furniture stage to read.

    ``blocks`` holds every block in page order (body and furniture alike), as
    segmentation labelled it; ``furniture.read_furniture`` relabels and splits
    the credit among them and parses the data the furniture carries. ``lines``
    are the lines of a text page, split once (``lines[n - 1]`` is line ``n``).
    ``ticker_rows`` are the rows of the HTML runs read as ticker rows (each run
    one row, parsed once, in page order; text pages have them as ``market``
    blocks), ``tag_runs`` the runs of HTML tag elements.
    """

    blocks: tuple[Block, ...]
    kind: PageKind = "text"
    lines: tuple[str, ...] = ()
    ticker_rows: tuple[MarketRow, ...] = ()
    tag_runs: tuple[TagRun, ...] = ()
    warnings: tuple[str, ...] = ()
