"""Every furniture recogniser finishes on hostile lines: time linear in the line's length.

A scraper may leave one enormous line (a minified page, a run of letters, a
wall of capitals or punctuation). Each case is guarded by a time limit far
above what linear work takes on it (milliseconds) and far below what the
quadratic or exponential patterns these tests caught took (minutes): it is
a guard against a runaway, not a timing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.recognise.boilerplate import (
    is_comment_start,
    is_end_marker,
    list_kind,
    phrase_hits,
    phrase_kind,
)
from newsdesk.recognise.bylines import is_byline, is_caption, is_date_line
from newsdesk.recognise.credit import credit_line, source_line, split_credit
from newsdesk.recognise.datelines import split_dateline, split_lead
from newsdesk.recognise.market import parse_row, parse_rows
from newsdesk.recognise.tags import is_hashtag_line, split_keywords, tag_line
from newsdesk.runners.limits import time_limit

#: Characters of each hostile line.
SIZE = 100_000
#: Seconds each recogniser may take on one: linear work takes milliseconds.
GUARD_SECONDS = 5.0

UNITS = {
    "letters": "a",
    "capitals": "A",
    "capital-words": "NEW YORK ",
    "name-words": "Jane Doe ",
    "pipes": "|",
    "pipe-list": "News | ",
    "colons": ":",
    "label-colons": "Word: ",
    "bullets": "• ",
    "straight-quotes": '"',
    "curly-quotes": "“",
    "sentences": "Word. Then ",
    "digits": "1",
    "percentages": "1.5% ",
    "dashes": "- ",
    "brackets": "(",
    "at-signs": "a@",
}

RECOGNISERS: dict[str, Callable[[str], object]] = {
    "is_byline": is_byline,
    "is_date_line": is_date_line,
    "is_caption": is_caption,
    "phrase_kind": phrase_kind,
    "list_kind": list_kind,
    "phrase_hits": phrase_hits,
    "is_end_marker": is_end_marker,
    "is_comment_start": is_comment_start,
    "split_credit": split_credit,
    "credit_line": credit_line,
    "source_line": source_line,
    "split_dateline": split_dateline,
    "split_lead": split_lead,
    "parse_row": parse_row,
    "parse_rows": parse_rows,
    "tag_line": tag_line,
    "split_keywords": split_keywords,
    "is_hashtag_line": is_hashtag_line,
}


@pytest.mark.parametrize("recogniser", sorted(RECOGNISERS))
@pytest.mark.parametrize("unit", sorted(UNITS))
def test_a_recogniser_finishes_on_a_hostile_line(recogniser: str, unit: str) -> None:
    line = (UNITS[unit] * (SIZE // len(UNITS[unit]) + 1))[:SIZE]
    with time_limit(GUARD_SECONDS):
        RECOGNISERS[recogniser](line)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe", True),
        ("By Jane Doe and John Roe, Staff Writers", True),
        ("By the time rescuers arrived. The water had risen", False),
        ("By now the plan is clear. Officials want it done", False),
    ],
)
def test_a_byline_still_has_no_sentence_inside(line: str, byline: bool) -> None:
    assert is_byline(line) is byline
