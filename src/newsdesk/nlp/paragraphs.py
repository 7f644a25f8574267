"""The paragraphs of the analysed text, as every NLP step reads them: made once, handed on.

The record already holds its paragraphs (``Record.paragraphs``: the body is its
paragraphs joined by one blank line, ``body.assemble``). The NLP stage turns them
into one ``Paragraphs`` value for the text it analyses (the start of the body, up to
the analysis limit) and hands it to the parse (a paragraph break ends a sentence), to
coreference (a pronoun prefers the speaker of its own paragraph), to pull quotes (a
paragraph signed by its speaker) and to the speaker steps (a quote carries on within a
paragraph). A text that comes without its paragraphs (a benchmark's gold text, a test's
sentence) is cut at its blank lines by ``Paragraphs.of_text``, once, the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from newsdesk.record import Paragraph

__all__ = ["Paragraphs"]

#: A paragraph and the blank line (with any spaces in it) that ends it, its second group.
_PARAGRAPH = re.compile(r".*?(\n[^\S\n]*\n\s*|\Z)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Paragraphs:
    """Where the paragraphs of a text of ``length`` characters start (``starts``, the
    first at 0) and where the break before each later one starts (``breaks``), ascending.

    A paragraph runs from its start to the next one's, its break (the blank line) kept.
    """

    starts: tuple[int, ...]
    breaks: tuple[int, ...]
    length: int

    @classmethod
    def of_record(cls, paragraphs: Sequence[Paragraph], length: int) -> Paragraphs:
        """The paragraphs of a record's body cut at ``length`` characters: those whose
        break lies wholly inside it."""
        kept = [
            (before.end, after.start)
            for before, after in pairwise(paragraphs)
            if after.start <= length
        ]
        return cls(
            starts=(0, *(start for _, start in kept)),
            breaks=tuple(end for end, _ in kept),
            length=length,
        )

    @classmethod
    def of_text(cls, text: str) -> Paragraphs:
        """The paragraphs of a text that comes without them: cut after each blank line
        (a line of nothing but spaces counts)."""
        found = [match for match in _PARAGRAPH.finditer(text) if match.group()]
        starts = tuple(match.start() for match in found) or (0,)
        breaks = tuple(match.start(1) for match in found[:-1])
        return cls(starts=starts, breaks=breaks, length=len(text))

    def spans(self) -> list[tuple[int, int]]:
        """Each paragraph's ``(start, end)``, its break left out (the last one's end is
        the end of the text)."""
        ends = [*self.breaks, self.length]
        return list(zip(self.starts, ends, strict=True))

    def pieces(self, text: str) -> list[str]:
        """``text`` (``length`` characters) cut at the start of each paragraph, each
        piece with the break that ends it."""
        bounds = [*self.starts, len(text)]
        pieces = [text[lo:hi] for lo, hi in pairwise(bounds) if lo < hi]
        return pieces or [text]
