"""Pull quotes: first-person speech without quotation marks, signed by a name alone.

A page may set a speaker's words apart as a paragraph of their own that ends
with the speaker's name standing alone after the end of a sentence (``I was
told to leave. Anna Price``), often repeated as the next paragraph. Such a
paragraph, when it speaks in the first person singular, is that person's
voice, and so are the sentences the next paragraph opens with that speak in
the first person too, before it names a person. ``pull_quotes`` finds them
for ``nlp.coref.resolve`` (a ``she`` in that voice is not the speaker) and for
``nlp.speakers.first_person`` (its ``I`` is). One pass over the paragraphs and tokens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from newsdesk.lexicon.labels import PERSONAL_PRONOUN_TAGS
from newsdesk.lexicon.pronouns import PRONOUNS
from newsdesk.lexicon.punctuation import SIGNATURE_BREAKS
from newsdesk.nlp.paragraphs import Paragraphs
from newsdesk.nlp.parse import sentence_end

__all__ = ["FIRST_PERSON", "PullQuote", "pull_quotes"]

#: The first person singular (``I``, ``me``, ``my`` ...), from the pronoun table.
FIRST_PERSON = frozenset(w for w, info in PRONOUNS.items() if info.person == 1)
_TRAILING = ".,;:"  # stripped from a paragraph's end before its closing name is read


@dataclass(frozen=True, slots=True)
class PullQuote:
    """A person's voice: the speaker's cluster and the character spans it speaks in."""

    speaker: int
    regions: tuple[tuple[int, int], ...]


def pull_quotes(
    doc: Doc, text: str, person_of: Callable[[int], int | None], paragraphs: Paragraphs
) -> list[PullQuote]:
    """The pull quotes of ``doc`` (whose text is ``text``, with ``paragraphs``);
    ``person_of`` gives the person cluster of a token that is part of a person's name
    (or None)."""
    spans = paragraphs.spans()
    found: list[PullQuote] = []
    for number, (start, end) in enumerate(spans):
        signed = _signature(doc, text, start, end, person_of)
        if signed is None or not _speaks(doc, start, signed[1]):
            continue
        regions = [(start, signed[1])]
        if number + 1 < len(spans):
            after, after_end = spans[number + 1]
            spoken = _spoken_on(doc, after, after_end, person_of)
            if spoken > after:
                regions.append((after, spoken))
        found.append(PullQuote(signed[0], tuple(regions)))
    return found


def _signature(
    doc: Doc, text: str, start: int, end: int, person_of: Callable[[int], int | None]
) -> tuple[int, int] | None:
    """The person whose name ends the paragraph ``start``-``end`` standing alone after the
    end of a sentence, and where that name starts; None if there is none."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) < 2:
        return None
    last = span[-1]
    speaker = person_of(last.i)
    if speaker is None or last.pos_ != "PROPN":
        return None
    first = last
    while first.i > span.start and person_of(first.i - 1) == speaker:
        first = doc[first.i - 1]
    if first.i == span.start or doc[first.i - 1].text not in SIGNATURE_BREAKS:
        return None
    return speaker, first.idx


def _speaks(doc: Doc, start: int, end: int) -> bool:
    """Whether the text ``start``-``end`` says ``I``, ``me`` or ``my``."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return any(t.lower_ in FIRST_PERSON and t.tag_ in PERSONAL_PRONOUN_TAGS for t in span or ())


def _spoken_on(doc: Doc, start: int, end: int, person_of: Callable[[int], int | None]) -> int:
    """Where the first-person speech opening ``start``-``end`` ends: after its last sentence
    with ``I``/``me``/``my`` before any person's name (``start`` if none)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    spoken = start
    for token in span or ():
        if token.pos_ == "PROPN" and person_of(token.i) is not None:
            break
        if token.lower_ in FIRST_PERSON and token.tag_ in PERSONAL_PRONOUN_TAGS:
            last = doc[min(sentence_end(token), span.end) - 1] if span is not None else token
            spoken = max(spoken, last.idx + len(last.text))
    return spoken
