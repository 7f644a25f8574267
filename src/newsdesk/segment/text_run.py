"""The article's main run in flattened text: block weights and the best contiguous run.

Every block gets a weight: article prose (long, with sentence punctuation
and function words, or CJK sentences) weighs its size; short lines, menus
and furniture weigh against. Teasers of other stories (truncated text,
prose framed by headline lines) and prose past a closing line (a comment
section, a related-links box) count for little, and each further link
title of a long stretch without prose weighs more against the run. The article is the
contiguous run with the largest total weight (Kadane's maximum subarray),
so short headings and list items inside it are carried by the prose around
them, and a list its last line announces (``Tour dates:``) joins it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.recognise.boilerplate import is_about_section, is_comment_start, is_end_marker
from newsdesk.recognise.credit import credit_line, split_credit
from newsdesk.recognise.datelines import split_dateline
from newsdesk.segment.blocks import BlockKind
from newsdesk.segment.lines import Line

#: Size (characters) from which a line with sentence punctuation is article prose.
PROSE_SIZE = 80
#: Size from which a punctuated line may be a short article paragraph.
SHORT_PROSE_SIZE = 35
#: Function words per word below which a long line is no prose (menus, lists of names).
MIN_STOP_DENSITY = 0.08
#: Weight of a short line that is neither prose nor known furniture.
SHORT_WEIGHT = -14.0
#: Weight of a furniture line recognised by its shape.
FURNITURE_WEIGHT = -30.0
#: Weight of a ticker row: a widget the page may drop anywhere, even between two
#: paragraphs, so it weighs little against the run and never widens a gap. (Captions and
#: advertising labels keep the full furniture weight: on real pages they stand above
#: the article as often as inside it.)
MARKET_WEIGHT = -5.0
#: Weight of a line that closes the article (``Related articles``, ``Comments``).
END_WEIGHT = -200.0
#: Share of its size a short punctuated line adds to the run.
SHORT_PROSE_SHARE = 0.5
#: Prose (weight) the page must have shown before a closing line ends the article.
ARTICLE_BEFORE_END = 300.0
#: What a prose line still weighs after a comment section or an "About ..." box opened.
AFTER_COMMENTS_SHARE = 0.05
#: What a prose line still weighs after another closing line (related links).
AFTER_END_SHARE = 0.75
#: How much heavier each further block of a stretch without prose weighs against the run.
GAP_GROWTH = 0.5
#: The most a line of a long gap may weigh, as a multiple of its own weight.
MAX_GAP_FACTOR = 3.0
#: Fewest words of a line that widens a gap (a link title rather than a table cell).
MIN_GAP_WORDS = 2
#: Size below which a truncated or headline-framed paragraph may be a teaser.
TEASER_SIZE = 400
#: What prose between two headline-shaped lines weighs, as a share of its size.
SANDWICH_SHARE = 0.3
#: Most items of a list announced by a line ending in a colon.
MAX_LIST_ITEMS = 100
#: Longest item of such a list.
MAX_LIST_ITEM_SIZE = 300
#: Shapes a list item may have by chance (``June 17 -- Arena, Nashville``).
LIST_ITEM_SHAPES: frozenset[BlockKind | None] = frozenset({"date", "tags"})
#: Shapes of the widgets a page drops into an article without ending it.
INSERTED_SHAPES: frozenset[BlockKind | None] = frozenset({"caption", "market"})
#: Shapes of the one-line buttons and links a page drops between paragraphs (``Share
#: this article``, ``Read more: ...``): they frame no teaser on either side.
BUTTON_SHAPES: frozenset[BlockKind | None] = frozenset({"share", "related", "boilerplate"})


@dataclass(frozen=True, slots=True)
class MainRun:
    """The article's run of blocks: ``start`` inclusive, ``end`` exclusive."""

    start: int
    end: int


def weight(line: Line, kind: BlockKind | None) -> float:
    """How much a block speaks for being inside the article run."""
    if is_end_marker(line.text):
        return END_WEIGHT
    if kind == "market":
        return MARKET_WEIGHT
    if kind is not None:
        return FURNITURE_WEIGHT
    if is_prose(line):
        return float(line.size)
    if line.size >= SHORT_PROSE_SIZE and line.sentence_end and line.words >= 4:
        return SHORT_PROSE_SHARE * line.size
    return SHORT_WEIGHT


def is_prose(line: Line) -> bool:
    """A line of article prose: long, punctuated, with function words (or CJK sentences)."""
    if line.size < PROSE_SIZE or line.digit_ratio > 0.3:
        return False
    punctuated = line.sentence_end or line.marks >= 2
    if line.cjk:
        return punctuated
    return punctuated and (line.stop_density >= MIN_STOP_DENSITY or line.marks >= 3)


def _damp_after_end(lines: Sequence[Line], weights: list[float]) -> list[float]:
    """Past a closing line that follows the article, prose counts for little."""
    damped: list[float] = []
    prose = 0.0
    share = 1.0
    for line, value in zip(lines, weights, strict=True):
        if prose >= ARTICLE_BEFORE_END:
            if is_comment_start(line.text) or is_about_section(line.text):
                share = min(share, AFTER_COMMENTS_SHARE)
            elif value == END_WEIGHT:
                share = min(share, AFTER_END_SHARE)
        if value > 0:
            prose += value
            value *= share
        damped.append(value)
    return damped


def _damp_teasers(
    lines: Sequence[Line], weights: list[float], shapes: Sequence[BlockKind | None]
) -> list[float]:
    """Teasers of other stories: truncated text, or prose between two headline lines.

    Ticker rows, share buttons and one-line links frame nothing, and a photo
    caption does not frame the paragraph below it (the article goes on after
    its pictures): the neighbours looked at are the nearest blocks that are
    none of these. A caption right below a short paragraph still frames it
    (a standfirst above the lead picture), and an advertising label frames
    what follows it. A paragraph that opens with a dateline or credit is the
    article's lead.
    """
    damped = list(weights)
    above = [shape not in INSERTED_SHAPES | BUTTON_SHAPES for shape in shapes]
    below = [shape not in BUTTON_SHAPES | {"market"} for shape in shapes]
    for index, line in enumerate(lines):
        if weights[index] <= 0:
            continue
        previous = next((i for i in range(index - 1, -1, -1) if above[i]), None)
        before = weights[previous] if previous is not None else 0.0
        after = next(
            (
                weights[i]
                for i in range(index + 1, len(lines))
                if below[i] and (i == index + 1 or shapes[i] != "caption")
            ),
            0.0,
        )
        if line.size < TEASER_SIZE and line.text.endswith(("...", "…")) and before <= 0:
            damped[index] = SHORT_WEIGHT
            continue
        if (
            line.size < TEASER_SIZE
            and before <= 0
            and after <= 0
            and not _lead(lines, index, previous)
        ):
            damped[index] = weights[index] * SANDWICH_SHARE
    return damped


def _lead(lines: Sequence[Line], index: int, above: int | None) -> bool:
    """An article's lead, no teaser: a paragraph opening with a dateline or credit
    (``LONDON (AFP) -``, ``ROME —``), or standing under a credit line (``Mehr News
    Agency:``). (A byline above proves nothing: teaser boxes print their authors too.)"""
    text = lines[index].text
    if split_credit(text) is not None or split_dateline(text) is not None:
        return True
    return above is not None and credit_line(lines[above].text) is not None


def main_run(weights: Sequence[float]) -> MainRun | None:
    """The contiguous run of blocks with the largest total weight (None when all weigh against)."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for index, value in enumerate(weights):
        if total <= 0:
            total, start = 0.0, index
        total += value
        if total > best:
            best, best_start, best_end = total, start, index + 1
    return MainRun(best_start, best_end) if best > 0 else None


def with_announced_list(
    lines: Sequence[Line], shapes: Sequence[BlockKind | None], run: MainRun
) -> MainRun:
    """The run, extended over the list its last line announces (``Tour dates:``)."""
    end = run.end
    if end < len(lines) and shapes[end] is None and lines[end].text.endswith(":"):
        end += 1
    if not lines[end - 1].text.endswith(":"):
        return run
    last = end
    while (
        last < len(lines)
        and last - end < MAX_LIST_ITEMS
        and (shapes[last] is None or shapes[last] in LIST_ITEM_SHAPES)
        and lines[last].size <= MAX_LIST_ITEM_SIZE
        and not is_end_marker(lines[last].text)
    ):
        last += 1
    return MainRun(run.start, last) if last > end else run


def run_weights(lines: Sequence[Line], shapes: Sequence[BlockKind | None]) -> list[float]:
    """The weight of every block, teasers and prose past a closing line damped."""
    weights = [weight(line, kind) for line, kind in zip(lines, shapes, strict=True)]
    rows = [kind == "market" for kind in shapes]
    damped = _damp_after_end(lines, _damp_teasers(lines, weights, shapes))
    return _widen_gaps(lines, damped, rows)


def _widen_gaps(lines: Sequence[Line], weights: list[float], rows: Sequence[bool]) -> list[float]:
    """Each further headline-like line of a stretch without prose weighs more against the run.

    A heading or two between paragraphs is part of the article; a long
    stretch of link titles (related stories, teasers) separates two texts.
    Table cells and one-word menu items keep their plain weight, so a table
    inside the article does not cut it in two; nor do ticker rows (``rows``).
    """
    widened: list[float] = []
    gap = 0
    for line, value, row in zip(lines, weights, rows, strict=True):
        if value > 0:
            gap = 0
        elif row:
            pass
        elif line.words >= MIN_GAP_WORDS and value >= FURNITURE_WEIGHT:
            value *= min(1 + GAP_GROWTH * gap, MAX_GAP_FACTOR)
            gap += 1
        widened.append(value)
    return widened


__all__ = ["MainRun", "is_prose", "main_run", "run_weights", "weight", "with_announced_list"]
