"""Colon lines of seed-like pages: an outlet's credit or a dateline before the lead is
nobody's speech (``lines``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.nlp.quotes.find import QuoteCandidate


def _speaker(text: str, quote: QuoteCandidate) -> str | None:
    return text[slice(*quote.speaker_span)] if quote.speaker_span else None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # an outlet's credit before the lead, known or shaped like an outlet's name
        ("Al Arabiya: Prime Minister Yusuf Demir on Monday ruled out early elections, "
         "saying the government would serve its full term.", "Al Arabiya"),
        ("Gulf Times: King Omar Rashidi on Sunday pardoned forty prisoners.", "Gulf Times"),
        # a dateline in capitals
        ("WASHINGTON: The senator on Friday said the bill would pass before the recess.",
         "WASHINGTON"),
        # an unknown credit before a lead longer than any headline
        ("Nordpresse: Chancellor Ilse Brandt on Tuesday rejected calls for a new coalition, "
         "saying that the current partners had agreed on a budget and that the country "
         "needed stability more than it needed another election campaign.", "Nordpresse"),
    ],
)  # fmt: skip
def test_credit_or_dateline_before_a_colon_is_nobodys_speech(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, label: str
) -> None:
    quotes = quotes_in(text)
    assert all(q.cue != ":" for q in quotes)
    assert all(_speaker(text, q) != label for q in quotes)


def test_credit_before_a_colon_leaves_the_lead_to_its_subject(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        "Kyiv Post: President Marta Hrytsenko on Monday rejected the plan, "
        'calling it a "trap" for the country.'
    )
    partial = next(q for q in quotes_in(text) if q.kind == "partial")
    assert partial.text == "trap"
    assert _speaker(text, partial) == "President Marta Hrytsenko"


@pytest.mark.parametrize(
    ("text", "label", "words"),
    [
        ("Biden: Make no mistake, we will win.", "Biden", "Make no mistake, we will win."),
        ("Warren: Give me a break.", "Warren", "Give me a break."),
        (
            "The debate ran late.\n\nMarco: Look, nobody here wants a strike.",
            "Marco",
            "Look, nobody here wants a strike.",
        ),
        (
            "Elena Ruiz: Stop the cuts now, before it is too late.",
            "Elena Ruiz",
            "Stop the cuts now, before it is too late.",
        ),
    ],
)
def test_a_person_opening_with_an_imperative_keeps_the_line(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, label: str, words: str
) -> None:
    found = {q.text: _speaker(text, q) for q in quotes_in(text) if q.cue == ":"}
    assert found == {words: label}


@pytest.mark.parametrize(
    "text",
    [
        "Revealed: The Council Quietly Doubled Parking Fines Last Year\n\nThe fines rose.",
        "Bombshell: Mayor Kept Second Office In Secret\n\nThe mayor declined to comment.",
        "Contributing: Anna Berg and Tom Olsen, City Desk\n\nThe story ran on Monday.",
        # a one-word label that is no noun: a teaser, whatever the word
        "Exposed: The Hidden Costs Of The New Stadium Deal\n\nThe costs were high.",
    ],
)
def test_a_teaser_before_a_colon_is_no_speaker(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str
) -> None:
    assert [q for q in quotes_in(text) if q.cue == ":"] == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mayor Jensen: Budget Cuts Will Not Touch Schools\n\nThe mayor spoke on Monday.",
         "Mayor Jensen"),
        ("Poll: Voters In The North Turn Against The Tram Plan\n\nThe poll ran in May.", "Poll"),
    ],
)  # fmt: skip
def test_a_headline_label_that_names_somebody_is_the_speaker(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, label: str
) -> None:
    (quote,) = [q for q in quotes_in(text) if q.cue == ":"]
    assert _speaker(text, quote) == label
