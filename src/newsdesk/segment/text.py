"""Flattened text → labelled blocks, one per line.

``layout_text`` splits a page a scraper flattened to text into its lines once
(``segment.lines``), joins the lines of a ticker widget into rows, gives each
block a kind (``segment.text_classify``) and labels the headline a ``title``
block (``newsdesk.metadata`` takes the page's title from it). The furniture
stage (``furniture.stage``) reads the data the furniture blocks hold and sets
the credit apart.
"""

from __future__ import annotations

from newsdesk.recognise.market import canonical_name, parse_row
from newsdesk.segment.blocks import Block, Layout
from newsdesk.segment.lines import Line, make_line, page_lines, split_lines
from newsdesk.segment.text_classify import classify

#: How many number-only lines after an instrument name make one widget row.
MAX_WIDGET_VALUES = 3
#: Most words of an instrument name the index list does not know.
MAX_NAME_WORDS = 3
_NUMBER_STARTS = frozenset("0123456789+-−–.($€£¥₹₩▲▼")


def layout_text(text: str) -> Layout:
    """The labelled blocks of a flattened page, its lines and its headline."""
    raw = page_lines(text)
    lines = merge_widget_rows(split_lines(raw))
    kinds = classify(lines)
    blocks = tuple(
        Block(line.text, kind, line.number) for line, kind in zip(lines, kinds, strict=True)
    )
    return Layout(
        kind="text",
        blocks=blocks,
        lines=raw,
    )


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


__all__ = ["layout_text", "merge_widget_rows"]
