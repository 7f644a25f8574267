"""The quotation the extractor hands to the NLP stage, before speakers become entities."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.record import QuoteKind


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
