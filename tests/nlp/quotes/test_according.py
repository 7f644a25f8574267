"""Phrases "according to X" on seed-like pages (``according``): a news medium relaying
somebody's words is no speaker, and its phrase is cut off a reported clause.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.nlp.quotes.find import QuoteCandidate


def _speaker(text: str, quote: QuoteCandidate) -> str | None:
    return text[slice(*quote.speaker_span)] if quote.speaker_span else None


@pytest.mark.parametrize(
    ("text", "medium", "speaker"),
    [
        ("According to the Nova news site, Interior Minister Paulo Reis said that twelve "
         "people had been arrested.", "the Nova news site", "Interior Minister Paulo Reis"),
        ("According to Gulf Times, Finance Minister Huda Saleh said the deficit would "
         "narrow next year.", "Gulf Times", "Finance Minister Huda Saleh"),
    ],
)  # fmt: skip
def test_medium_relaying_somebodys_words_is_not_a_speaker(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, medium: str, speaker: str
) -> None:
    speakers = {_speaker(text, q) for q in quotes_in(text)}
    assert medium not in speakers
    assert speaker in speakers


def test_according_to_a_person_still_attributes(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = "According to Minister Lena Vogt, the talks will resume in May."
    quote = next(q for q in quotes_in(text) if q.cue == "according to")
    assert _speaker(text, quote) == "Minister Lena Vogt"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The vice president said the cabinet would meet on Friday, according to the "
         "Lagos Herald.", "the cabinet would meet on Friday"),
        ("The minister said twelve people were hurt, according to the Nova news site.",
         "twelve people were hurt"),
    ],
)  # fmt: skip
def test_relaying_medium_after_according_to_is_cut_off_the_clause(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, content: str
) -> None:
    said = next(q for q in quotes_in(text) if q.cue == "said")
    assert said.text == content


def test_medium_quoting_another_gives_the_words_to_the_one_quoted(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        "According to the Yonhap news agency, quoting the state agency KCNA, the army "
        "has been placed on high alert."
    )
    quote = next(q for q in quotes_in(text) if q.cue == "according to")
    assert quote.text == "the army has been placed on high alert"
    assert _speaker(text, quote) == "the state agency KCNA"
