"""Outlets that relay somebody else's words, known by name or by what they do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from newsdesk.nlp.quotes import QuoteCandidate
from newsdesk.nlp.relay import relays


@pytest.mark.parametrize(
    ("text", "subject", "relayed"),
    [
        ("The minister said talks would resume, Financial Tribune reported.",
         "Financial Tribune", True),
        ("The envoy said the talks had stalled, The Hindu reported.", "The Hindu", True),
        # nobody else speaks: the subject reports its own news
        ("Sales fell 5 percent in the third quarter, Apple reported.", "Apple", False),
        # a person is never an outlet
        ("The envoy said the talks had stalled, Maria Lopez reported.", "Maria Lopez", False),
        # a foreign newspaper the tagger takes for a person or a place, closing the sentence
        ("The finance minister said taxes would rise, Dagbladet reported.", "Dagbladet", True),
        # a medium noun after the name
        ("The foreign minister said the ministry would respond, the RIA news agency "
         "reported.", "the RIA news agency", True),
        # the same word as a person named before: the person reports
        ("Councillor Dagbladet opened the meeting. The envoy said the talks had stalled, "
         "Dagbladet reported.", "Dagbladet", False),
        ("The energy minister said output would stay flat, Al-Watan Al-Arabi reported.",
         "Al-Watan Al-Arabi", True),
    ],
)  # fmt: skip
def test_relays(nlp: Language, text: str, subject: str, relayed: bool) -> None:
    doc = nlp(text)
    start = text.rindex(subject)
    span = doc.char_span(start, start + len(subject))
    assert span is not None
    cue = next(t for t in doc if t.lower_ == "reported")
    assert relays(cue, span) is relayed


def test_an_outlet_reporting_a_purpose_clause_is_still_speaking(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    """The noun "order" of "in order to" is no speaking verb: the outlet relays nobody."""
    text = (
        "The Gazette reports that the council delayed the vote in order to "
        "\u201cgive residents more time.\u201d"
    )
    (reported,) = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert reported.text.startswith("the council delayed the vote")
    assert reported.speaker_span is not None
    assert text[slice(*reported.speaker_span)] == "The Gazette"
