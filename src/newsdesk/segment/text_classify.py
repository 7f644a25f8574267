"""The block classifier of text mode: furniture by shape, the article by its main run.

Three passes over the candidate blocks of a page (``lines.Line``):

1. **Shape** (here). Blocks that say what they are by themselves: ticker
   rows, share/nav/related/footer/ad/comment phrases, bylines, date lines,
   captions, labelled tag lists.
2. **Main run** (``text_run``). The article is the contiguous run of blocks
   with the largest total weight, prose weighing for it and furniture against.
3. **Context** (here and ``text_context``). Inside the run: paragraphs,
   headings, and furniture that interrupts the article; repeated blocks are
   duplicates. Around it: the title line above, the tag line below,
   navigation before, related links, comments and footers after.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.lexicon.market import WIDGET_LABEL_WORDS
from newsdesk.recognise.boilerplate import is_end_marker, list_kind, phrase_kind
from newsdesk.recognise.bylines import is_byline, is_caption, is_date_line
from newsdesk.recognise.market import TICKER_NUMBER, parse_row, parse_rows
from newsdesk.recognise.tags import has_tag_label, is_hashtag_line, is_tag_label, tag_line
from newsdesk.segment.blocks import BODY_KINDS, BlockKind
from newsdesk.segment.lines import Line
from newsdesk.segment.text_context import mark_after, mark_repeats, mark_title
from newsdesk.segment.text_run import (
    INSERTED_SHAPES,
    LIST_ITEM_SHAPES,
    MIN_STOP_DENSITY,
    PROSE_SIZE,
    MainRun,
    main_run,
    run_weights,
    with_announced_list,
)

#: Size from which a block repeated inside the article is a duplicate (short
#: repeated lines, like the steps of a recipe, belong to the article).
MIN_DUPLICATE_SIZE = 60
#: A short line closing the article is a sentence of at least this many words, with at
#: least the article's share of function words, and at most this share of capitalised words.
MIN_CLOSING_WORDS = 3
MIN_CLOSING_STOP_DENSITY = MIN_STOP_DENSITY
MAX_CLOSING_CAPITALS = 0.5
#: Longest line that may be a ticker row.
MAX_ROW_SIZE = 120
#: Longest line that may hold several ticker rows side by side, and the most function
#: words per word it may have (``US 10Y``: only instrument names are allowed any).
MAX_ROWS_LINE_SIZE = 600
MAX_ROWS_STOP_DENSITY = 0.2
#: Most words of the label above a ticker widget.
MAX_LABEL_WORDS = 4
#: Most words of a question or label that may be a heading (``Why Now?``, ``Next Steps:``),
#: and the share of its words that must be capitalised (sentence case is the text's).
MAX_TITLED_HEADING_WORDS = 8
MIN_HEADING_CAPITALS = 0.6
#: Most words a heading inside the article may have.
MAX_HEADING_WORDS = 20


def shape_kinds(lines: Sequence[Line]) -> list[BlockKind | None]:
    """The furniture kind each block has by its own shape, or None for a candidate.

    A ticker row of an unknown instrument counts only beside another row;
    the widget's label line right above its rows (``Market Snapshot``) is
    part of the widget.
    """
    rows = [_row_kind(line) for line in lines]
    kinds: list[BlockKind | None] = []
    for index, line in enumerate(lines):
        row = rows[index]
        beside = (index > 0 and rows[index - 1] is not None) or (
            index + 1 < len(rows) and rows[index + 1] is not None
        )
        if row == "known" or (row == "unknown" and beside):
            kinds.append("market")
        else:
            kinds.append(shape_kind(line))
    for index in range(len(lines) - 1):
        if (
            kinds[index + 1] == "market"
            and kinds[index] != "market"
            and _widget_label(lines[index])
        ):
            kinds[index] = "market"
    return kinds


def _widget_label(line: Line) -> bool:
    """A short label naming a ticker widget (``Markets``, ``World Indices``)."""
    words = [word.lower() for word in line.text.split()]
    return (
        0 < len(words) <= MAX_LABEL_WORDS
        and not line.sentence_end
        and line.digit_ratio == 0
        and any(word.strip(":") in WIDGET_LABEL_WORDS for word in words)
    )


def shape_kind(line: Line) -> BlockKind | None:
    """The kind a block that is no ticker row has by its own shape, or None for a candidate."""
    phrase = phrase_kind(line.text) or list_kind(line.text)
    if phrase is not None:
        return phrase
    if line.size < 200 and is_caption(line.text):
        return "caption"
    if is_byline(line.text):
        return "byline"
    if is_date_line(line.text):
        return "date"
    if has_tag_label(line.text) and tag_line(line.text) is not None:
        return "tags"
    if is_hashtag_line(line.text) or is_tag_label(line.text):
        return "tags"
    return None


def classify(lines: Sequence[Line]) -> list[BlockKind]:
    """A kind for every block, in order."""
    shapes = shape_kinds(lines)
    run = main_run(_without_repeats(lines, run_weights(lines, shapes)))
    if run is None:
        # No prose anywhere (a note, a list): every block that is no furniture is the text.
        return [kind or _inside_kind(line) for line, kind in zip(lines, shapes, strict=True)]
    listed = with_announced_list(lines, shapes, run)
    shapes = [
        None if run.end <= i < listed.end and shape in LIST_ITEM_SHAPES else shape
        for i, shape in enumerate(shapes)
    ]
    run = _with_closing_sentence(lines, shapes, listed)
    kinds: list[BlockKind] = []
    seen: set[str] = set()
    for index, (line, shape) in enumerate(zip(lines, shapes, strict=True)):
        if run.start <= index < run.end:
            kind = shape or _inside_kind(line)
            key = line.text.lower()
            if kind in BODY_KINDS and key in seen and line.size >= MIN_DUPLICATE_SIZE:
                kind = "duplicate"
            seen.add(key)
        elif index < run.start:
            kind = shape or "nav"
        else:
            kind = shape or "related"
        kinds.append(kind)
    mark_title(lines, kinds, run)
    mark_after(lines, kinds, run)
    mark_repeats(lines, kinds, run)
    return kinds


def _with_closing_sentence(
    lines: Sequence[Line], shapes: Sequence[BlockKind | None], run: MainRun
) -> MainRun:
    """A short sentence right after the article ends it ("The vote was 7 to 2.").

    Short lines weigh against the article, so a closing one-liner would fall
    outside the run; one written as a statement of the article's kind (ending
    in a full stop, function words, mostly lower case, no furniture shape or
    phrase) belongs to it. Prompts ("Like this article?", "Sharing is
    caring!") end otherwise. A photo caption or ticker rows the page dropped
    between the article and its closing sentence do not part them.
    """
    end = run.end
    while end < len(lines) and shapes[end] in INSERTED_SHAPES:
        end += 1
    if end >= len(lines) or shapes[end] is not None:
        return run
    line = lines[end]
    text = line.text.rstrip("\"'”’»)")
    sentence = (
        text.endswith(".")
        and not text.endswith("..")  # "You may also like..." teases, it does not close
        and line.words >= MIN_CLOSING_WORDS
        and line.stop_density >= MIN_CLOSING_STOP_DENSITY
        and line.capital_ratio <= MAX_CLOSING_CAPITALS
        and not line.bullet
    )
    if not sentence or is_end_marker(line.text) or phrase_kind(line.text) is not None:
        return run
    return MainRun(run.start, end + 1)


def _without_repeats(lines: Sequence[Line], weights: list[float]) -> list[float]:
    """A block repeating an earlier one adds no weight to the article around it.

    Otherwise a repeated block would stretch the article over the lines before
    it, which are no longer inside once the repeat is dropped: segmenting the
    body a second time would then change it.
    """
    seen: set[str] = set()
    for index, line in enumerate(lines):
        key = line.text.lower()
        if key in seen and line.size >= MIN_DUPLICATE_SIZE:
            weights[index] = min(weights[index], 0.0)
        seen.add(key)
    return weights


def _inside_kind(line: Line) -> BlockKind:
    if _titled_heading(line):
        return "heading"
    if line.sentence_end or line.size >= PROSE_SIZE or line.bullet:
        return "paragraph"
    if line.words <= MAX_HEADING_WORDS and any(c.isalpha() for c in line.text):
        return "heading" if not line.text.endswith(":") else "paragraph"
    return "boilerplate"


def _titled_heading(line: Line) -> bool:
    """A short question or label in title case or capitals: a heading.

    ``What Comes Next?`` and ``Next Steps:`` head a section; a question or a
    list announcement written in the text is in sentence case.
    """
    question = line.text.endswith("?") and line.marks == 1
    label = line.text.endswith(":") and line.marks == 0
    return (
        (question or label)
        and line.words <= MAX_TITLED_HEADING_WORDS
        and line.capital_ratio >= MIN_HEADING_CAPITALS
        and not line.bullet
    )


def _row_kind(line: Line) -> str | None:
    """``known`` for a ticker row of a known instrument, ``unknown`` for another one.

    A line of several rows side by side (``Dow 33,102 +0.3% | Nasdaq 11,870
    -0.1%``) is a widget by itself when it has no function words.
    """
    if line.digit_ratio == 0 or line.size > MAX_ROWS_LINE_SIZE:
        return None
    rows = parse_rows(line.text) if line.stop_density <= MAX_ROWS_STOP_DENSITY else None
    if rows is not None and (line.stop_density == 0 or all(row.canonical for row in rows)):
        return "known"
    if line.size > MAX_ROW_SIZE:
        return None
    row = parse_row(line.text)
    if row is None:
        return None
    if row.canonical is not None:
        return "known"
    if line.stop_density > 0 or not TICKER_NUMBER.search(line.text):
        return None  # "In 2019 35%" is prose, "Fax +41 41 761 97 25" a phone number
    return "unknown"


__all__ = ["classify", "shape_kind", "shape_kinds"]
