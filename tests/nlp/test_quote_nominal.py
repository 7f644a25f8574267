"""Cue nouns (``quote_nominal``): "opposition" is a stance only before "to"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.nlp.quotes import QuoteCandidate


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
