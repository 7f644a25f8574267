"""HTML → labelled blocks: the article's paragraphs and headings, and the furniture around them.

One parse and one walk of the DOM (html_dom.py), a maximum-subtree choice of
the element holding the article, and labels for every run of text from the
markup and wording around it (html_content.py). The headline block (labelled
``title``) is the ``<h1>`` heading the article (or, without one, a heading
opening the article that repeats the page title); the page's title is chosen
from it and the head's tags by ``newsdesk.metadata``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from lxml import etree

from newsdesk.furniture.datelines import is_dateline_alone, split_lead
from newsdesk.furniture.market import market_warnings, parse_row, unique_rows
from newsdesk.furniture.tags import tag_line
from newsdesk.record import MarketRow
from newsdesk.segment.blocks import BODY_KINDS, Block, Layout, furniture_credit
from newsdesk.segment.html_content import Labelled, choose_container, label_runs, to_blocks
from newsdesk.segment.html_dom import Page, parse, walk

#: Length bounds of a block that may be the headline when no ``<h1>`` says so.
MIN_HEADLINE_CHARS = 15
MAX_HEADLINE_CHARS = 200
#: A link longer than this in a tag element is a headline, not a tag.
MAX_TAG_CHARS = 60
#: A run longer than this is never one ticker row.
MAX_ROW_CHARS = 80
#: A number shaped like a quote (a percentage or a decimal), not a year or a count.
_TICKER_NUMBER = re.compile(r"\d%|\d[.,]\d")


def layout_html(markup: str | etree._Element, *, url: str | None = None) -> Layout:
    """The labelled blocks of an HTML page, in page order.

    ``markup`` is the page, or its tree as ``html_dom.parse`` gave it (the walk strips
    the tree's invisible elements: read what else it holds first).
    """
    root = parse(markup) if isinstance(markup, str) else markup
    if root is None:
        return Layout(blocks=())
    page = walk(root)
    if not page.runs:
        return Layout(blocks=())
    container = choose_container(page)
    labelled, market = _market(label_runs(page, container))
    blocks = _headline_heading(_lines_that_point(to_blocks(labelled)), page)
    provenance: dict[str, str] = {}
    blocks, credit = _split_credit(blocks, provenance)
    if credit is None:
        credit = furniture_credit(blocks, provenance)
    tags = _tags(labelled, provenance)
    warnings = market_warnings(market)
    if market:
        provenance["market"] = "html:ticker-rows"
    if page.nodes[container].prose == 0:
        warnings += ("html: no prose-like text found; the body is all visible text",)
    return Layout(
        blocks=tuple(blocks),
        market=market,
        tags=tags,
        credit=credit,
        warnings=warnings,
        provenance=provenance,
    )


def _market(labelled: list[Labelled]) -> tuple[list[Labelled], tuple[MarketRow, ...]]:
    """Ticker widgets: short non-prose runs that read as instrument rows become market data.

    A run is a row when it names a known instrument (``Dow 35,120.08 +0.4%``);
    a row of an unknown name counts only in an element that holds a known one
    and only with quote-shaped numbers, so ``Match day 2019`` stays what it was.
    """
    rows: dict[int, MarketRow] = {}
    groups: set[int] = set()
    candidates: dict[int, MarketRow] = {}
    for index, item in enumerate(labelled):
        run = item.run
        if run.prose or len(run.text) > MAX_ROW_CHARS or not any(c.isdigit() for c in run.text):
            continue
        row = parse_row(run.text)
        if row is None:
            continue
        if row.canonical is not None:
            rows[index] = row
            groups.add(item.group)
        elif _TICKER_NUMBER.search(run.text):
            candidates[index] = row
    for index, row in candidates.items():
        if labelled[index].group in groups:
            rows[index] = row
    if not rows:
        return labelled, ()
    relabelled = [
        replace(item, kind="market") if index in rows else item
        for index, item in enumerate(labelled)
    ]
    return relabelled, unique_rows(rows[index] for index in sorted(rows))


def _split_credit(
    blocks: list[Block], provenance: dict[str, str]
) -> tuple[list[Block], str | None]:
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
    if lead.credit is None:
        return [*blocks[:first], *parts, *blocks[first + 1 :]], None
    provenance["credit"] = lead.credit.rule
    return [*blocks[:first], *parts, *blocks[first + 1 :]], lead.credit.name


def _tags(labelled: list[Labelled], provenance: dict[str, str]) -> tuple[str, ...]:
    """The tags of the page's tag elements (their links, else the text), each once."""
    tags: list[str] = []
    for item in labelled:
        if item.kind != "tags":
            continue
        run = item.run
        if run.links and run.link_chars * 2 >= len(run.text):  # a list of tag links
            tags.extend(link for link in run.links if len(link) <= MAX_TAG_CHARS)
        else:
            tags.extend(tag_line(item.run.text, after_article=True) or ())
    if tags:
        provenance["tags"] = "html:tag-block"
    return tuple(dict.fromkeys(tags))


def _lines_that_point(blocks: list[Block]) -> list[Block]:
    """``blocks`` with line 0 (unknown) where several blocks start on one line of the markup.

    On minified markup every block starts on the same line or two: a number
    that does not tell one block from the next is left out.
    """
    starts = Counter(block.line for block in blocks)
    return [block if starts[block.line] == 1 else replace(block, line=0) for block in blocks]


def _headline_heading(blocks: list[Block], page: Page) -> list[Block]:
    """Without an ``<h1>``, a short block opening the article that repeats the page title is it."""
    if any(block.kind == "title" for block in blocks):
        return blocks
    first = next((i for i, block in enumerate(blocks) if block.kind in BODY_KINDS), None)
    if first is None or not MIN_HEADLINE_CHARS <= len(blocks[first].text) <= MAX_HEADLINE_CHARS:
        return blocks
    text = blocks[first].text.casefold()
    names = [page.meta.get("og:title"), page.meta.get("twitter:title"), page.title]
    if any(name and text in name.casefold() for name in names):
        block = blocks[first]
        blocks[first] = Block(text=block.text, kind="title", line=block.line)
    return blocks
