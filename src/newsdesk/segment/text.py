"""Flattened text → labelled blocks and the data its furniture holds.

``layout_text`` splits a page a scraper flattened to text into blocks
(``segment.lines``), gives each block a kind (``segment.text_classify``)
and reads the furniture: ticker rows into ``Layout.market``, the tag line
into ``Layout.tags``, a credit or dateline prefix into ``Layout.credit``
(split off the paragraph it was glued to), the headline into ``Layout.title``.
"""

from __future__ import annotations

from newsdesk.furniture.credit import split_credit
from newsdesk.furniture.market import canonical_name, market_warnings, parse_row, unique_rows
from newsdesk.furniture.tags import tag_line
from newsdesk.record import MarketRow
from newsdesk.segment.blocks import Block, BlockKind, Layout
from newsdesk.segment.lines import Line, make_line, split_lines
from newsdesk.segment.text_classify import classify

#: How many number-only lines after an instrument name make one widget row.
MAX_WIDGET_VALUES = 3


def layout_text(text: str) -> Layout:
    """The labelled blocks of a flattened page and the furniture data they hold."""
    lines = merge_widget_rows(split_lines(text))
    kinds = classify(lines)
    blocks: list[Block] = []
    market: list[MarketRow] = []
    tags: list[str] = []
    provenance: dict[str, str] = {}
    credit: str | None = None
    title: str | None = None
    first_paragraph = True
    for line, kind in zip(lines, kinds, strict=True):
        if kind == "paragraph" and first_paragraph:
            first_paragraph = False
            found = split_credit(line.text)
            if found is not None:
                credit = found.name
                provenance["credit"] = found.rule
                blocks.append(Block(found.prefix, "credit", line.number))
                blocks.append(Block(found.rest, "paragraph", line.number))
                continue
        elif kind == "heading":
            first_paragraph = False
        if kind == "market":
            row = parse_row(line.text)
            if row is not None:
                market.append(row)
        elif kind == "tags":
            tags.extend(tag_line(line.text, after_article=True) or ())
        elif kind == "title" and title is None:
            title = line.text
            provenance["title"] = "text:title-line"
        blocks.append(Block(line.text, kind, line.number))
    rows = unique_rows(market)
    if rows:
        provenance["market"] = "text:ticker-rows"
    if tags:
        provenance["tags"] = "text:tag-line"
    return Layout(
        blocks=tuple(blocks),
        market=rows,
        tags=tuple(dict.fromkeys(tags)),
        credit=credit,
        title=title,
        warnings=market_warnings(rows),
        provenance=provenance,
    )


def merge_widget_rows(lines: list[Line]) -> list[Line]:
    """Join an instrument-name line and the number-only lines under it into one row."""
    merged: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        values = 0
        if canonical_name(line.text) is not None:
            while (
                index + values + 1 < len(lines)
                and values < MAX_WIDGET_VALUES
                and _numbers_only(lines[index + values + 1].text)
            ):
                values += 1
        if values:
            text = " ".join(lines[i].text for i in range(index, index + values + 1))
            merged.append(make_line(text, line.number, line.text, line.blank_before))
            index += values + 1
        else:
            merged.append(line)
            index += 1
    return merged


def _numbers_only(text: str) -> bool:
    row = parse_row("x " + text)
    return row is not None and row.name == "x"


__all__ = ["BlockKind", "layout_text", "merge_widget_rows"]
