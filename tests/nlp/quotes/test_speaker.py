"""Speakers of cues on seed-like pages (``speaker``): a participle after a
reported clause, a family name the tagger took for an adverb.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.nlp.quotes.find import QuoteCandidate


def _speaker(text: str, quote: QuoteCandidate) -> str | None:
    return text[slice(*quote.speaker_span)] if quote.speaker_span else None


def test_participle_after_a_reported_clause_is_the_reporters(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        "President Nora Adeyemi said her government would not lift the ban, "
        "saying the risk to public health was too high."
    )
    saying = next(q for q in quotes_in(text) if q.cue == "saying")
    assert saying.text.startswith("the risk to public health")
    assert _speaker(text, saying) == "President Nora Adeyemi"


def test_family_name_tagged_an_adverb_is_still_the_speaker(
    quotes_in: Callable[[str], list[QuoteCandidate]], reinhardt_page: str
) -> None:
    text = reinhardt_page
    quotes = quotes_in(text)
    direct = next(q for q in quotes if q.kind == "direct")
    assert _speaker(text, direct) == "Reinhardt"
    partial = next(q for q in quotes if q.kind == "partial")
    assert (partial.text, _speaker(text, partial)) == ("a leaner state", "Reinhardt")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokeswoman for the operator, Jane Doe, said the line would reopen on Monday.",
         "Jane Doe"),
        ("The company's chief executive, Maria Lopez, told reporters that sales had doubled.",
         "Maria Lopez"),
        ("A spokesman for the ministry, Ahmed Karimi, said on Tuesday that the talks had "
         "failed.", "Ahmed Karimi"),
    ],
)  # fmt: skip
def test_description_with_a_name_in_apposition_gives_the_name(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, speaker: str
) -> None:
    """'A spokeswoman for X, Jane Doe, said': Jane Doe speaks, not the description."""
    (quote,) = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert _speaker(text, quote) == speaker
