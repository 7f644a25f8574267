"""Cue nouns (``nominal``): "opposition" is a stance only before "to"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.nlp.quotes.find import QuoteCandidate


def _speaker(text: str, quote: QuoteCandidate) -> str | None:
    return text[slice(*quote.speaker_span)] if quote.speaker_span else None


@pytest.mark.parametrize(
    ("text", "cue_noun"),
    [
        ('He accused the opposition of spreading "lies" about the budget.', "opposition"),
    ],
)
def test_party_noun_is_no_cue_with_another_preposition(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, cue_noun: str
) -> None:
    assert all(q.cue != cue_noun for q in quotes_in(text))


def test_stance_noun_with_its_preposition_is_a_cue(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = "The union repeated its opposition to the new pension law."
    assert any(q.cue == "opposition" and q.text == "the new pension law" for q in quotes_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "The senator's role in the deal is of particular concern to the White House.",
        "The council sent a letter to the mayor on Tuesday.",
    ],
)
def test_who_hears_or_feels_a_cue_noun_is_not_what_it_is_about(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str
) -> None:
    assert not [q for q in quotes_in(text) if q.text in {"the White House", "the mayor"}]


def test_an_objection_to_something_is_about_it(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = "The ministry's objection to the audit of its accounts surprised nobody."
    assert any(q.text == "the audit of its accounts" for q in quotes_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "Criticism of the new budget for the city grew louder on Monday.",
        "It is unclear whether the talks will resume before the summer.",
        "Support for the new tram line in the northern districts has grown.",
    ],
)
def test_a_stance_nobody_holds_is_not_reported(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str
) -> None:
    assert [q.text for q in quotes_in(text)] == []
