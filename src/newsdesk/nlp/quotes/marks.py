"""Pair quotation marks: every quoted stretch of a text, in one linear pass.

Handles straight and curly double marks, guillemets (« »), German low-high
marks („ “), single marks (‘ ’ and straight ' told apart from apostrophes by
what stands on either side), and quotations running over several
paragraphs (a paragraph that opens a quote without closing it, continued by
the next paragraph opening a quote again, the English convention). A fragment
opened in lower case ('grew by "more than expected.') never runs on: its
mark is unbalanced.
Unbalanced marks give warnings, never errors. The scan is one pass over the
characters with a constant amount of state, so any input runs in linear time.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Double marks that may open a quotation (straight ", curly “, low „, guillemet «, ‟, 〝).
DOUBLE_OPENERS = frozenset('"“„«‟〝＂')
#: Double marks that may close one.
DOUBLE_CLOSERS = frozenset('"”“»〞〟＂')
#: Single marks: ‘ and ‚ open, ’ closes, ' does either (or is an apostrophe).
SINGLE_OPENERS = frozenset("‘‚'‹")
SINGLE_CLOSERS = frozenset("’'›")
#: Two-character marks of older typesetting (``...'' and ''...''), read as one straight mark.
TWO_CHAR_MARKS: dict[str, str] = {"''": '"', "``": "“"}
_TWO_CHAR_START = frozenset("'`")
QUOTE_CHARS = DOUBLE_OPENERS | DOUBLE_CLOSERS | SINGLE_OPENERS | SINGLE_CLOSERS

#: Characters after which a mark opens (besides white space and the text start).
_BEFORE_OPEN = frozenset("([{—–-/:;…")
#: Characters before which a mark closes (besides white space and the text end).
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-…")
#: Longest single-quoted stretch taken as a quotation: longer ones are apostrophes.
MAX_SINGLE_CHARS = 400
#: Warnings beyond this many per text are summed up in one line.
MAX_WARNINGS = 20


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One quoted stretch: ``start``/``end`` exclude the marks.

    ``open_at`` and ``close_at`` are where the marks start, ``after`` is just
    past the closing mark (marks may be two characters: ``''``, ````).
    """

    start: int
    end: int
    open_at: int
    close_at: int
    after: int
    single: bool = False


def _flanks(text: str, i: int, last: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(may open, may close) for the mark at ``i:last+1`` inside the paragraph ``lo:hi``."""
    before = text[i - 1] if i > lo else ""
    after = text[last + 1] if last + 1 < hi else ""
    opens = (
        bool(after)
        and not after.isspace()
        and (not before or before.isspace() or before in _BEFORE_OPEN or before in QUOTE_CHARS)
    )
    closes = (
        bool(before)
        and not before.isspace()
        and (not after or after.isspace() or after in _AFTER_CLOSE or after in QUOTE_CHARS)
    )
    return opens, closes


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if text[start:end].strip():
            spans.append((start, end))
        start = end + 1
    return spans


class _Scanner:
    """The state of one pass; ``spans`` and ``warnings`` hold the result."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[QuotedSpan] = []
        self.warnings: list[str] = []
        self.dropped = 0
        self.open_at: int | None = None  # the double mark that opened the current quote
        self.opener = ""
        self.open_size = 1
        self.single_at: int | None = None  # an open single mark, outside double quotes

    def warn(self, message: str) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(message)
        else:
            self.dropped += 1

    def paragraph(self, lo: int, hi: int, continuing: bool) -> None:
        text = self.text
        first = True
        stray = 0
        i = lo
        while i < hi:
            char = text[i]
            size = 1
            if char in _TWO_CHAR_START and text[i : i + 2] in TWO_CHAR_MARKS:
                char, size = TWO_CHAR_MARKS[text[i : i + 2]], 2
            if char not in QUOTE_CHARS:
                if not char.isspace():
                    first = False
                i += 1
                continue
            if continuing and first and char in DOUBLE_OPENERS:
                first = False  # the mark that reopens a quote running over paragraphs
                i += size
                continue
            first = False
            opens, closes = _flanks(text, i, i + size - 1, lo, hi)
            if char in DOUBLE_OPENERS or char in DOUBLE_CLOSERS:
                stray += self._double(char, i, size, opens, closes)
            elif self.open_at is None:
                self._single(char, i, opens, closes)
            i += size
        self.single_at = None
        if stray:
            self.warn(f"unbalanced quote marks in the paragraph at {lo}")

    def _double(self, char: str, i: int, size: int, opens: bool, closes: bool) -> int:
        """Handle one double mark; returns 1 when it is stray."""
        self.single_at = None
        if self.open_at is None:
            if char in "»〞〟" or (char in '”"＂' and not opens) or (char == "”" and closes):
                return 1  # a closing mark with nothing open; only "”Word" opening a stretch opens
            self.open_at, self.opener, self.open_size = i, char, size
            return 0
        reopen = (char in "«„‟〝" or (char == "“" and self.opener != "„") or char in '"＂') and (
            opens and not closes
        )
        if char == "“" and self.opener != "„" and not closes:
            reopen = True
        if reopen:
            self.open_at, self.opener, self.open_size = i, char, size
            return 1
        if char in DOUBLE_CLOSERS:
            start = self.open_at + self.open_size
            self.spans.append(QuotedSpan(start, i, self.open_at, i, i + size))
            self.open_at = None
            return 0
        return 1

    def _single(self, char: str, i: int, opens: bool, closes: bool) -> None:
        if self.single_at is not None and char in SINGLE_CLOSERS and closes:
            if i - self.single_at <= MAX_SINGLE_CHARS and i > self.single_at + 1:
                span = QuotedSpan(self.single_at + 1, i, self.single_at, i, i + 1, single=True)
                self.spans.append(span)
            self.single_at = None
        elif char in SINGLE_OPENERS and opens and not closes:
            self.single_at = i


def scan_quotes(text: str) -> tuple[list[QuotedSpan], list[str]]:
    """Every top-level quoted stretch of ``text`` in order, and warnings on unbalanced marks."""
    scanner = _Scanner(text)
    paragraphs = paragraph_spans(text)
    continuing = False
    for index, (lo, hi) in enumerate(paragraphs):
        scanner.paragraph(lo, hi, continuing)
        continuing = False
        if scanner.open_at is None:
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        head = text[following[0] : following[1]].lstrip()[:2] if following else ""
        fragment = text[scanner.open_at + scanner.open_size : hi][:1].islower()
        if not fragment and (head[:1] in DOUBLE_OPENERS or head in TWO_CHAR_MARKS):
            continuing = True  # the quote runs on into the next paragraph
        else:
            scanner.warn(f"quote opened at {scanner.open_at} is never closed")
            scanner.open_at = None
    if scanner.dropped:
        scanner.warnings.append(f"{scanner.dropped} more unbalanced quote marks")
    return sorted(scanner.spans, key=lambda span: span.start), scanner.warnings
