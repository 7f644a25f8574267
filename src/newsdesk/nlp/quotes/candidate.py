"""The quotation the extractor hands to the NLP stage, before speakers become entities."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.record import QuoteKind

#: Character spans ``(start, end)`` into the body, in text order.
Spans = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class QuoteCandidate:
    """One quotation found in a body.

    ``text`` is exactly ``body[start:end]`` (without the outer quote marks of
    a direct or partial quote; the reported clause of an indirect one).
    ``cue`` is the cue as written ("said", "was quoted as saying",
    "according to"); ``speaker_span`` the character span of the speaker
    mention as written (a name, "the Leader", a pronoun, "the ministry"), or
    None when the text names no speaker.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: str | None = None
    speaker_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class QuotedSpans:
    """What the quotation marks gave, for reported speech to build on (``quotes.find``).

    ``direct`` and ``partial`` are the spans of the direct and partial quotes found;
    ``uncued`` the direct quotes without an attribution of their own, which carry on a
    clause they follow ('X said A. "B."'); ``marked`` every stretch between paired
    quotation marks, through which a clause that opens one runs on ('X said A "B. C."').
    """

    direct: Spans
    partial: Spans
    uncued: Spans
    marked: Spans
