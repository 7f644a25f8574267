"""Flattened text → labelled blocks and the data its furniture holds.

``layout_text`` splits a page a scraper flattened to text into blocks
(``segment.lines``), gives each block a kind (``segment.text_classify``)
and reads the furniture: ticker rows into ``Layout.market``, the tag line
into ``Layout.tags``, a credit or dateline prefix into ``Layout.credit``
(split off the paragraph it was glued to; or a credit on its own line above
the article, or a ``Source: Outlet`` line), the headline into a
``title`` block (``newsdesk.metadata`` takes the page's title from it).
A bare dateline opening the lead (``NAIROBI, Kenya —``) is split off as a
``credit`` block too, but names no credit.
"""

from __future__ import annotations

from newsdesk.furniture.credit import Credit, credit_line
from newsdesk.furniture.datelines import is_dateline_alone, split_lead
from newsdesk.furniture.market import (
    canonical_name,
    market_warnings,
    parse_row,
    parse_rows,
    unique_rows,
)
from newsdesk.furniture.tags import is_tag_label, split_keywords, tag_line
from newsdesk.record import MarketRow
from newsdesk.segment.blocks import Block, BlockKind, Layout, furniture_credit
from newsdesk.segment.lines import Line, make_line, split_lines
from newsdesk.segment.text_classify import classify

#: How many number-only lines after an instrument name make one widget row.
MAX_WIDGET_VALUES = 3
#: Most words of an instrument name the index list does not know.
MAX_NAME_WORDS = 3
_NUMBER_STARTS = frozenset("0123456789+-−–.($€£¥₹₩▲▼")


def layout_text(text: str) -> Layout:
    """The labelled blocks of a flattened page and the furniture data they hold."""
    lines = merge_widget_rows(split_lines(text))
    kinds = classify(lines)
    blocks: list[Block] = []
    market: list[MarketRow] = []
    tags: list[str] = []
    provenance: dict[str, str] = {}
    found_line = _mark_credit_line(lines, kinds)
    credit = found_line.name if found_line is not None else None
    if found_line is not None:
        provenance["credit"] = found_line.rule
    first_paragraph = True
    for line, kind in zip(lines, kinds, strict=True):
        if kind == "paragraph" and first_paragraph:
            first_paragraph = False
            lead = split_lead(line.text, credited=found_line is not None)
            if lead is not None:
                if lead.credit is not None:
                    credit = lead.credit.name
                    provenance["credit"] = lead.credit.rule
                blocks.append(Block(lead.prefix, "credit", line.number))
                blocks.append(Block(lead.rest, "paragraph", line.number))
                continue
        elif kind == "heading":
            first_paragraph = False
        if kind == "market":
            market.extend(_rows(line.text))
        elif kind == "tags":
            tags.extend(_tags(line.text))
        blocks.append(Block(line.text, kind, line.number))
    if credit is None:
        credit = furniture_credit(blocks, provenance)
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
        warnings=market_warnings(rows),
        provenance=provenance,
    )


def _mark_credit_line(lines: list[Line], kinds: list[BlockKind]) -> Credit | None:
    """A credit alone on its line right above the article's first paragraph (or as it).

    A bare dateline alone above it (``VIENNA —``) is labelled ``credit`` too, but credits
    nobody.
    """
    first = next((i for i, kind in enumerate(kinds) if kind in ("paragraph", "heading")), None)
    if first is None or kinds[first] != "paragraph":
        return None
    for index in (first, first - 1):
        if index < 0 or kinds[index] in ("market", "tags", "title"):
            continue
        found = credit_line(lines[index].text)
        if found is not None:
            kinds[index] = "credit"
            return found
    if first > 0 and is_dateline_alone(lines[first - 1].text):
        kinds[first - 1] = "credit"
    return None


def merge_widget_rows(lines: list[Line]) -> list[Line]:
    """Join an instrument-name line and the number-only lines under it into one row.

    A name the index list does not know counts when a price and a percentage
    change stand under it.
    """
    merged: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        values = 0
        known = canonical_name(line.text) is not None
        if known or (_value_below(lines, index) and _name_shaped(line)):
            while (
                index + values + 1 < len(lines)
                and values < MAX_WIDGET_VALUES
                and _numbers_only(lines[index + values + 1].text)
            ):
                values += 1
        if not known and not _ticker_values(lines, index, values):
            values = 0
        if values:
            text = " ".join(lines[i].text for i in range(index, index + values + 1))
            merged.append(make_line(text, line.number, line.text, line.blank_before))
            index += values + 1
        else:
            merged.append(line)
            index += 1
    return merged


def _tags(text: str) -> tuple[str, ...]:
    """The tags of a tag line (the classifier found it; a bare keyword run is split by case)."""
    if is_tag_label(text):
        return ()
    return tag_line(text, after_article=True) or split_keywords(text)


def _rows(text: str) -> tuple[MarketRow, ...]:
    """The ticker rows of a market line: one, or several side by side."""
    several = parse_rows(text, fuzzy=True)
    if several is not None:
        return several
    row = parse_row(text, fuzzy=True)
    return () if row is None else (row,)


def _value_below(lines: list[Line], index: int) -> bool:
    """Whether the next line may be a number (a cheap test before parsing it)."""
    return index + 1 < len(lines) and lines[index + 1].text[:1] in _NUMBER_STARTS


def _name_shaped(line: Line) -> bool:
    """A short line that may name an instrument the index list does not know (``Samba``)."""
    return (
        0 < line.words <= MAX_NAME_WORDS
        and not line.sentence_end
        and any(c.isalpha() for c in line.text)
        and parse_row(line.text) is None
    )


def _ticker_values(lines: list[Line], index: int, values: int) -> bool:
    """Whether the lines under an unknown name are a price and its change (``27,139.15``,
    ``-1.14%``): two numbers or more, one of them a percentage."""
    numbers = [lines[i].text for i in range(index + 1, index + values + 1)]
    return len(numbers) >= 2 and any("%" in text for text in numbers)


def _numbers_only(text: str) -> bool:
    row = parse_row("x " + text)
    return row is not None and row.name == "x"


__all__ = ["BlockKind", "layout_text", "merge_widget_rows"]
