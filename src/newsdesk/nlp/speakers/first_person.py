"""``I``, ``me``, ``my`` (and ``we``) inside quotation marks joined to who speaks there.

The quote finder reports quotes with a speaker; the text a speaker says in
the first person can be wider than one reported quote: a quotation may run
over several paragraphs (left open at a paragraph's end, closed in a later
one), or go on in a frameless quotation right after an attributed one
(``"A," she said. "B, I think."``), or in a paragraph that is one quotation
after the attribution (``X said: ... \\n\\n "I ..."``). So the quoted
regions are read from the marks themselves (``quoted_regions``), each
region takes the speaker of the quote it overlaps most, a region no quote
covers takes the speaker of the region just before it (same or previous
paragraph, no other person named in between; reported speech nested in a
quotation does not count). The first person singular pronouns of a region join its
speaker when that is a person; ``we``/``us``/``our`` join the organisation the
speaker speaks for (the speaker itself, or one named in the speaker's
description: ``the secretary general of CEI``), else are left alone.

The ``I``/``me``/``my`` of a pull quote (a paragraph of first-person speech
without quotation marks that ends with the speaker's name standing alone:
``I was told to leave. Anna Price``; ``nlp.coref.pull``) join that person.
Linear in the length of the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from spacy.tokens import Doc, Token

from newsdesk.lexicon.labels import PERSONAL_PRONOUN_TAGS
from newsdesk.lexicon.pronouns import FIRST_PERSON_PLURAL
from newsdesk.nlp.coref.pull import FIRST_PERSON, pull_quotes
from newsdesk.nlp.coref.resolve import QuoteLike, Resolution
from newsdesk.nlp.entities.join import Cluster

__all__ = ["QuotedRegion", "join_first_person", "quoted_regions"]

_OPEN = "“«"
_CLOSE = "”»"
_STRAIGHT = '"'
_MAX_GAP = 400  # characters between a region and the one it follows on from


@dataclass(frozen=True, slots=True)
class QuotedRegion:
    """Text between quotation marks: ``start``/``end`` exclude the marks."""

    start: int
    end: int


def quoted_regions(text: str) -> list[QuotedRegion]:
    """The quoted regions of ``text``, in order.

    A quotation open at the end of a paragraph goes on across the break when
    the next paragraph does not open with a mark and its first mark closes
    (``"A.\n\nB," she said``); else it ends with its paragraph (the next one
    opens its own, by the typographic convention, or the marks are unbalanced).
    """
    regions: list[QuotedRegion] = []
    start = -1
    at = 0
    while at < len(text):
        char = text[at]
        if start < 0:
            if char in _OPEN or char == _STRAIGHT:
                start = at + 1
        elif _ends(text, at):
            regions.append(QuotedRegion(start, at))
            start = -1
        at += 1
    if start >= 0:
        regions.append(QuotedRegion(start, len(text)))
    return [r for r in regions if r.end > r.start]


def _ends(text: str, at: int) -> bool:
    """Whether an open quotation ends at ``at``: a closing mark, or a paragraph break
    it does not run on across."""
    char = text[at]
    if char in _CLOSE or char == _STRAIGHT:
        return True
    return char == "\n" and text.startswith("\n\n", at) and not _runs_on(text, at + 2)


def _runs_on(text: str, start: int) -> bool:
    """Whether a quotation open before the paragraph at ``start`` goes on in it: the
    paragraph does not open with a mark of its own and its first mark closes."""
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    if text[start : start + 1] in _OPEN or text[start : start + 1] == _STRAIGHT:
        return False
    for at in range(start, end):
        char = text[at]
        if char in _CLOSE or (char == _STRAIGHT and not text[at - 1].isspace()):
            return True
        if char in _OPEN or char == _STRAIGHT:
            return False
    return False


def join_first_person(
    doc: Doc, resolution: Resolution, quotes: Sequence[QuoteLike], speakers: Sequence[int | None]
) -> None:
    """Add the first person pronouns of each quoted region to its speaker (``I``) and to
    the speaker's organisation (``we``)."""
    text = doc.text
    regions = quoted_regions(text)
    joined: set[int] = set()  # first person tokens given to a speaker
    if not regions:
        _join_pull_quotes(doc, text, resolution, joined)
        return
    breaks = resolution.paragraphs.breaks
    people = sorted(
        t for t, c in resolution.tokens.items() if resolution.clusters[c].type == "PERSON"
    )
    person_at = {t: resolution.tokens[t] for t in people}
    previous: tuple[QuotedRegion, _Voice] | None = None
    for region in regions:
        voice = _voice_of(doc, resolution, region, quotes, speakers)
        if voice is None and previous is not None:
            before, said = previous
            paragraphs = bisect.bisect_right(breaks, region.start) - bisect.bisect_right(
                breaks, before.end
            )
            if paragraphs <= 1 and region.start - before.end <= _MAX_GAP:
                span = doc.char_span(before.end, region.start, alignment_mode="contract")
                low, high = (span.start, span.end) if span is not None else (0, 0)
                named = people[bisect.bisect_left(people, low) : bisect.bisect_left(people, high)]
                if all(person_at[t] == said.speaker for t in named):
                    voice = said
        if voice is None:
            previous = None
            continue
        previous = (region, voice)
        span = doc.char_span(region.start, region.end, alignment_mode="contract")
        if span is None:
            continue
        speaker = resolution.clusters[voice.speaker]
        organisation = (
            resolution.clusters[voice.organisation] if voice.organisation is not None else None
        )
        for token in span:
            if token.tag_ not in PERSONAL_PRONOUN_TAGS:
                continue
            if token.lower_ in FIRST_PERSON and speaker.type == "PERSON":
                _mention(speaker, token)
                joined.add(token.i)
            elif token.lower_ in FIRST_PERSON_PLURAL and organisation is not None:
                _mention(organisation, token)
    _join_pull_quotes(doc, text, resolution, joined)


def _join_pull_quotes(doc: Doc, text: str, resolution: Resolution, joined: set[int]) -> None:
    """``I`` in a pull quote (``nlp.coref.pull``) is the person who signs it."""
    for pull in pull_quotes(doc, text, partial(_person, resolution), resolution.paragraphs):
        speaker = resolution.clusters[pull.speaker]
        for start, end in pull.regions:
            span = doc.char_span(start, end, alignment_mode="contract")
            for token in span or ():
                said = token.lower_ in FIRST_PERSON and token.tag_ in PERSONAL_PRONOUN_TAGS
                if said and token.i not in joined:
                    _mention(speaker, token)
                    joined.add(token.i)


def _person(resolution: Resolution, token: int) -> int | None:
    """The person cluster the token is part of (a name or a joined pronoun), or None."""
    cluster = resolution.tokens.get(token)
    return (
        cluster if cluster is not None and resolution.clusters[cluster].type == "PERSON" else None
    )


@dataclass(frozen=True, slots=True)
class _Voice:
    """Who speaks in a region: the speaker's cluster, and the organisation it speaks for."""

    speaker: int
    organisation: int | None


def _mention(cluster: Cluster, token: Token) -> None:
    mention = (token.idx, token.idx + len(token.text))
    if mention not in cluster.mentions:
        cluster.mentions.append(mention)


def _voice_of(
    doc: Doc,
    resolution: Resolution,
    region: QuotedRegion,
    quotes: Sequence[QuoteLike],
    speakers: Sequence[int | None],
) -> _Voice | None:
    best: tuple[QuoteLike, int] | None = None
    best_overlap = 0
    for quote, speaker in zip(quotes, speakers, strict=True):
        if speaker is None or (quote.kind == "indirect" and abs(quote.start - region.start) > 2):
            continue  # reported speech inside a quotation is not the quotation
        overlap = min(region.end, quote.end) - max(region.start, quote.start)
        if overlap > best_overlap:
            best, best_overlap = (quote, speaker), overlap
    if best is None:
        return None
    quote, speaker = best
    return _Voice(speaker, _organisation(doc, resolution, quote, speaker))


def _organisation(doc: Doc, resolution: Resolution, quote: QuoteLike, speaker: int) -> int | None:
    """The organisation a speaker speaks for: the speaker itself, or the organisation
    named in the speaker's description (``the secretary general of CEI``)."""
    if resolution.clusters[speaker].type == "ORG":
        return speaker
    if quote.speaker_span is None:
        return None
    span = doc.char_span(*quote.speaker_span, alignment_mode="expand")
    found = [
        resolution.tokens[t.i]
        for t in span or ()
        if t.i in resolution.tokens and resolution.clusters[resolution.tokens[t.i]].type == "ORG"
    ]
    return found[-1] if found else None
