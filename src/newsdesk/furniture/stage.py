"""The furniture stage: what the page carried besides the article, read once for any page.

``read_furniture(layout)`` takes what segmentation labelled and returns one
typed value for text and HTML pages alike: the blocks with the credit set
apart (a credit line, a dateline opening the lead, a ``Source: Outlet`` line
or an agency's byline), the ticker rows parsed into ``market`` (repeated rows
once), the tags, the credit, the warnings the widgets raised and the rule
behind each field. Text and HTML differ only where the page does: a text
page's ticker rows and tag lines are whole lines, an HTML page's are runs of
elements (``Layout.ticker_rows``, already parsed where segmentation chose them, and
``Layout.tag_runs``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from newsdesk.recognise.credit import Credit, byline_credit, credit_line, source_line
from newsdesk.recognise.datelines import is_dateline_alone, split_lead
from newsdesk.recognise.market import market_warnings, parse_row, parse_rows, unique_rows
from newsdesk.recognise.tags import is_tag_label, split_keywords, tag_line
from newsdesk.record import MarketRow
from newsdesk.segment.blocks import BODY_KINDS, Block, Layout, TagRun

#: A link longer than this in a tag element is a headline, not a tag.
MAX_TAG_CHARS = 60
#: Block kinds that never hold the credit of a ``Source: Outlet`` line or an agency byline.
_NOT_CREDIT_KINDS = frozenset({"paragraph", "heading", "market", "tags", "title"})


@dataclass(frozen=True, slots=True)
class Furniture:
    """What the furniture of one page holds.

    ``blocks`` are the page's blocks in page order as the body is assembled
    from them: a credit prefix glued to the lead (``Outlet: text``) is split
    off into a ``credit`` block before it. ``provenance`` names the rule behind
    the credit, the market rows and the tags (the title's is named by
    ``newsdesk.metadata``, which chooses it).
    """

    blocks: tuple[Block, ...]
    market: tuple[MarketRow, ...] = ()
    tags: tuple[str, ...] = ()
    credit: str | None = None
    warnings: tuple[str, ...] = ()
    provenance: dict[str, str] = field(default_factory=dict)


def read_furniture(layout: Layout) -> Furniture:
    """The furniture of a segmented page: its credit, ticker rows and tags."""
    if layout.kind == "html":
        return _html(layout)
    return _text(layout)


def _text(layout: Layout) -> Furniture:
    """A flattened page: the credit line above the article (or a credit or dateline
    prefix of its first paragraph), ticker rows and tag lines read line by line."""
    blocks = list(layout.blocks)
    provenance: dict[str, str] = {}
    found_line = _mark_credit_line(blocks)
    credit = found_line.name if found_line is not None else None
    if found_line is not None:
        provenance["credit"] = found_line.rule
    kept: list[Block] = []
    market: list[MarketRow] = []
    tags: list[str] = []
    first_paragraph = True
    for block in blocks:
        if block.kind == "paragraph" and first_paragraph:
            first_paragraph = False
            lead = split_lead(block.text, credited=found_line is not None)
            if lead is not None:
                if lead.credit is not None:
                    credit = lead.credit.name
                    provenance["credit"] = lead.credit.rule
                kept.append(Block(lead.prefix, "credit", block.line))
                kept.append(Block(lead.rest, "paragraph", block.line))
                continue
        elif block.kind == "heading":
            first_paragraph = False
        if block.kind == "market":
            market.extend(_line_rows(block.text))
        elif block.kind == "tags":
            tags.extend(_line_tags(block.text))
        kept.append(block)
    if credit is None and (found := _furniture_credit(kept)) is not None:
        credit = found.name
        provenance["credit"] = found.rule
    rows = unique_rows(market)
    if rows:
        provenance["market"] = "text:ticker-rows"
    if tags:
        provenance["tags"] = "text:tag-line"
    return Furniture(
        blocks=tuple(kept),
        market=rows,
        tags=tuple(dict.fromkeys(tags)),
        credit=credit,
        warnings=market_warnings(rows) + layout.warnings,
        provenance=provenance,
    )


def _html(layout: Layout) -> Furniture:
    """An HTML page: a dateline opening the first paragraph, the rows segmentation read
    as a ticker, the tags of its tag elements."""
    provenance: dict[str, str] = {}
    blocks, found = _split_credit(list(layout.blocks))
    if found is None:
        found = _furniture_credit(blocks)
    credit = found.name if found is not None else None
    if found is not None:
        provenance["credit"] = found.rule
    tags = _run_tags(layout.tag_runs)
    if tags:
        provenance["tags"] = "html:tag-block"
    market = unique_rows(layout.ticker_rows)
    if market:
        provenance["market"] = "html:ticker-rows"
    return Furniture(
        blocks=tuple(blocks),
        market=market,
        tags=tags,
        credit=credit,
        warnings=market_warnings(market) + layout.warnings,
        provenance=provenance,
    )


def _mark_credit_line(blocks: list[Block]) -> Credit | None:
    """A credit alone on its line right above the article's first paragraph (or as it),
    relabelled ``credit`` in ``blocks``.

    A bare dateline alone above it (``VIENNA —``) is labelled ``credit`` too, but credits
    nobody.
    """
    first = next((i for i, block in enumerate(blocks) if block.kind in BODY_KINDS), None)
    if first is None or blocks[first].kind != "paragraph":
        return None
    for index in (first, first - 1):
        if index < 0 or blocks[index].kind in ("market", "tags", "title"):
            continue
        found = credit_line(blocks[index].text)
        if found is not None:
            blocks[index] = replace(blocks[index], kind="credit")
            return found
    if first > 0 and is_dateline_alone(blocks[first - 1].text):
        blocks[first - 1] = replace(blocks[first - 1], kind="credit")
    return None


def _split_credit(blocks: list[Block]) -> tuple[list[Block], Credit | None]:
    """A dateline opening the first paragraph (``WASHINGTON (AP) —``, ``NAIROBI, Kenya —``)
    goes apart; one naming an agency or outlet credits it. A bare dateline that is a
    paragraph of its own (``VIENNA —``) is furniture too."""
    first = next((i for i, b in enumerate(blocks) if b.kind in BODY_KINDS), None)
    if first is None or blocks[first].kind != "paragraph":
        return blocks, None
    block = blocks[first]
    if is_dateline_alone(block.text):
        return [*blocks[:first], replace(block, kind="credit"), *blocks[first + 1 :]], None
    lead = split_lead(block.text)
    if lead is None:
        return blocks, None
    parts = [Block(lead.prefix, "credit", block.line), Block(lead.rest, "paragraph", block.line)]
    return [*blocks[:first], *parts, *blocks[first + 1 :]], lead.credit


def _furniture_credit(blocks: list[Block]) -> Credit | None:
    """The outlet a ``Source: Outlet`` line or an agency's byline (``By Reuters``) outside
    the article names; its block is relabelled ``credit`` in ``blocks``."""
    for index, block in enumerate(blocks):
        if block.kind in _NOT_CREDIT_KINDS:
            continue
        found = source_line(block.text)
        if found is None and block.kind == "byline":
            found = byline_credit(block.text)
        if found is not None:
            blocks[index] = Block(block.text, "credit", block.line)
            return found
    return None


def _line_tags(text: str) -> tuple[str, ...]:
    """The tags of a tag line (segmentation found it; a bare keyword run is split by case)."""
    if is_tag_label(text):
        return ()
    return tag_line(text, after_article=True) or split_keywords(text)


def _line_rows(text: str) -> tuple[MarketRow, ...]:
    """The ticker rows of a market line: one, or several side by side."""
    several = parse_rows(text, fuzzy=True)
    if several is not None:
        return several
    row = parse_row(text, fuzzy=True)
    return () if row is None else (row,)


def _run_tags(runs: Iterable[TagRun]) -> tuple[str, ...]:
    """The tags of the page's tag elements (their links, else the text), each once."""
    tags: list[str] = []
    for run in runs:
        if run.links and run.link_chars * 2 >= len(run.text):  # a list of tag links
            tags.extend(link for link in run.links if len(link) <= MAX_TAG_CHARS)
        else:
            tags.extend(tag_line(run.text, after_article=True) or ())
    return tuple(dict.fromkeys(tags))


__all__ = ["Furniture", "read_furniture"]
