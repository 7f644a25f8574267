"""HTML → labelled blocks: the article's paragraphs and headings, and the furniture around them.

One parse and one walk of the DOM (html_dom.py), a maximum-subtree choice of
the element holding the article, and labels for every run of text from the
markup and wording around it (html_content.py). The headline block (labelled
``title``) is the ``<h1>`` heading the article (or, without one, a heading
opening the article that repeats the page title); the page's title is chosen
from it and the head's tags by ``newsdesk.metadata``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from lxml import etree

from newsdesk.recognise.market import TICKER_NUMBER, parse_row
from newsdesk.record import MarketRow
from newsdesk.segment.blocks import BODY_KINDS, Block, Layout, TagRun
from newsdesk.segment.html_content import Labelled, choose_container, label_runs, to_blocks
from newsdesk.segment.html_dom import parse, walk

#: Length bounds of a block that may be the headline when no ``<h1>`` says so.
MIN_HEADLINE_CHARS = 15
MAX_HEADLINE_CHARS = 200
#: A run longer than this is never one ticker row.
MAX_ROW_CHARS = 80


def layout_html(markup: str | etree._Element, *, titles: Iterable[str | None] = ()) -> Layout:
    """The labelled blocks of an HTML page, in page order.

    ``markup`` is the page, or its tree as ``html_dom.parse`` gave it (the walk strips
    the tree's invisible elements: read what else it holds first). ``titles`` are the
    titles the page's head gives (``HtmlFacts.head_titles``: og:title, twitter:title,
    ``<title>``), read before the walk strips the head; without an ``<h1>``, a heading
    opening the article that repeats one of them is the headline.
    """
    root = parse(markup) if isinstance(markup, str) else markup
    if root is None:
        return Layout(kind="html", blocks=())
    page = walk(root)
    if not page.runs:
        return Layout(kind="html", blocks=())
    container = choose_container(page)
    labelled, ticker_rows = _market(label_runs(page, container))
    blocks = _headline_heading(_lines_that_point(to_blocks(labelled)), titles)
    warnings: tuple[str, ...] = ()
    if page.nodes[container].prose == 0:
        warnings = ("html: no prose-like text found; the body is all visible text",)
    return Layout(
        kind="html",
        blocks=tuple(blocks),
        ticker_rows=ticker_rows,
        tag_runs=tuple(
            TagRun(item.run.text, item.run.links, item.run.link_chars)
            for item in labelled
            if item.kind == "tags"
        ),
        warnings=warnings,
    )


def _market(labelled: list[Labelled]) -> tuple[list[Labelled], tuple[MarketRow, ...]]:
    """Ticker widgets: short non-prose runs that read as instrument rows are labelled
    ``market``; their rows, parsed here once, in page order, go to the furniture stage.

    A run is a row when it names a known instrument (``Dow 35,120.08 +0.4%``);
    a row of an unknown name counts only in an element that holds a known one
    and only with quote-shaped numbers, so ``Match day 2019`` stays what it was.
    """
    rows: dict[int, MarketRow] = {}
    groups: set[int] = set()
    candidates: list[tuple[int, MarketRow]] = []
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
        elif TICKER_NUMBER.search(run.text):
            candidates.append((index, row))
    rows.update((index, row) for index, row in candidates if labelled[index].group in groups)
    if not rows:
        return labelled, ()
    relabelled = [
        replace(item, kind="market") if index in rows else item
        for index, item in enumerate(labelled)
    ]
    return relabelled, tuple(rows[index] for index in sorted(rows))


def _lines_that_point(blocks: list[Block]) -> list[Block]:
    """``blocks`` with line 0 (unknown) where several blocks start on one line of the markup.

    On minified markup every block starts on the same line or two: a number
    that does not tell one block from the next is left out.
    """
    starts = Counter(block.line for block in blocks)
    return [block if starts[block.line] == 1 else replace(block, line=0) for block in blocks]


def _headline_heading(blocks: list[Block], titles: Iterable[str | None]) -> list[Block]:
    """Without an ``<h1>``, a short block opening the article that repeats the page title is it."""
    if any(block.kind == "title" for block in blocks):
        return blocks
    first = next((i for i, block in enumerate(blocks) if block.kind in BODY_KINDS), None)
    if first is None or not MIN_HEADLINE_CHARS <= len(blocks[first].text) <= MAX_HEADLINE_CHARS:
        return blocks
    text = blocks[first].text.casefold()
    if any(name and text in name.casefold() for name in titles):
        block = blocks[first]
        blocks[first] = Block(text=block.text, kind="title", line=block.line)
    return blocks
