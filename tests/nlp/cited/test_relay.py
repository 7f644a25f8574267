"""Outlets that relay somebody else's words, known by name or by what they do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from newsdesk.nlp.cited.relay import relays
from newsdesk.nlp.quotes.find import QuoteCandidate


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


@pytest.mark.parametrize(
    ("text", "subject", "cue", "relayed"),
    [
        # a name after "daily" that modifies the noun after it names no medium
        ("Aides prepared the daily Morales briefing. Morales said Ortiz told staff that she "
         "would resign.", "Morales", "said", False),
        ("Staff set up the daily Delgado press conference. Delgado said Ruiz told aides that "
         "the budget was late.", "Delgado", "said", False),
        # a name that ends its phrase after "daily" does
        ("The envoy spoke to the daily Nordposten. Nordposten said the minister told aides "
         "that output would fall.", "Nordposten", "said", True),
        # a hyphenated name is one name
        ("The envoy spoke to the daily Sawt Al-Balad. Sawt Al-Balad said the minister told "
         "aides that output would fall.", "Sawt Al-Balad", "said", True),
        ("The envoy spoke to the newspaper L'Avenir Rural. L'Avenir Rural said the minister "
         "told aides that output would fall.", "L'Avenir Rural", "said", True),
    ],
)  # fmt: skip
def test_name_given_to_a_medium_relays(
    nlp: Language, text: str, subject: str, cue: str, relayed: bool
) -> None:
    doc = nlp(text)
    start = text.rindex(subject)
    span = doc.char_span(start, start + len(subject))
    assert span is not None
    verb = next(t for t in doc if t.idx > start and t.text == cue)
    assert relays(verb, span) is relayed


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Aides prepared the daily Morales briefing. Morales said Ortiz told staff that she "
         "would resign.", "Morales", "Ortiz told staff that she would resign"),
        ("Reporters waited for the daily Okafor briefing. Okafor said Mensah told donors that "
         "he would run.", "Okafor", "Mensah told donors that he would run"),
    ],
)  # fmt: skip
def test_a_name_before_a_briefing_keeps_its_words(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, speaker: str, words: str
) -> None:
    found = {
        (q.text, text[slice(*q.speaker_span)])
        for q in quotes_in(text)
        if q.kind == "indirect" and q.speaker_span is not None
    }
    assert (words, speaker) in found
