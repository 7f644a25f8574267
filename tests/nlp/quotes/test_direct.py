"""Quoted stretches of seed-like pages (``direct``): scare quotes however marked,
partial quotes inside somebody's reported speech belong to the reporting speaker.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsdesk.nlp.quotes.cues import is_cue
from newsdesk.nlp.quotes.find import QuoteCandidate


def _speaker(text: str, quote: QuoteCandidate) -> str | None:
    return text[slice(*quote.speaker_span)] if quote.speaker_span else None


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the so-called „fiscal rule“ would stay in force.",
        'The minister said the so-called "fiscal rule" would stay in force.',
        "The minister said the so-called «fiscal rule» would stay in force.",
        "The minister said the so-called ‘fiscal rule’ would stay in force.",
    ],
)
def test_so_called_term_is_no_quote_whatever_the_marks(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str
) -> None:
    assert all(q.text != "fiscal rule" for q in quotes_in(text))


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # guillemets the parse takes for a noun: still the speaker's words
        ("The queen described the cuts as «painful but fair» and urged unions to talk.",
         "painful but fair", "The queen"),
        # a thought or stance verb inside somebody's reported speech: the reporter's speaker
        ('Mayor Ana Cruz said the developers wanted to "bury the old town".',
         "bury the old town", "Mayor Ana Cruz"),
        # a cue the parse coordinated into the reported clause, with no subject of its own
        ('Governor Li said the protesters were trying to "wreck the city" and called '
         'the march a "provocation".', "provocation", "Governor Li"),
        # a participle after a reported clause speaks for the reporter's speaker
        ('Prime Minister Ian Kerr said the cabinet would not resign, arguing that the '
         'vote was "deeply flawed".', "deeply flawed", "Prime Minister Ian Kerr"),
    ],
)  # fmt: skip
def test_partial_quote_belongs_to_the_reporting_speaker(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, fragment: str, speaker: str
) -> None:
    partial = next(q for q in quotes_in(text) if q.kind == "partial" and q.text == fragment)
    assert _speaker(text, partial) == speaker


def test_speech_verb_with_its_own_subject_keeps_that_speaker(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = 'The defence minister said the envoys had promised "two new proposals" by Friday.'
    partial = next(q for q in quotes_in(text) if q.kind == "partial")
    assert _speaker(text, partial) == "the envoys"


def test_a_participle_after_the_quote_does_not_attribute_it(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        'The agency notes, "Ozone causes more damage to crops than all other pollutants '
        'combined", highlighting the importance of clean air.'
    )
    (quote,) = [q for q in quotes_in(text) if q.kind == "direct"]
    assert quote.speaker_span is not None
    assert (text[slice(*quote.speaker_span)], quote.cue) == ("The agency", "notes")


def test_a_speech_verb_tagged_a_plural_noun_is_still_a_cue() -> None:
    """The parse of "The Department of Labor notes, ..." as the tagger gave it: "notes" a
    NOUN, yet the sentence's root with the department as its subject."""
    words = ["The", "Department", "of", "Labor", "notes", ","]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=["DET", "PROPN", "ADP", "PROPN", "NOUN", "PUNCT"],
        deps=["det", "nsubj", "prep", "pobj", "ROOT", "punct"],
        heads=[1, 4, 1, 2, 4, 4],
        lemmas=["the", "Department", "of", "Labor", "note", ","],
    )
    assert is_cue(doc[4])
    plain = Doc(spacy.blank("en").vocab, words=["Her", "notes", "."], pos=["PRON", "NOUN", "PUNCT"],
                deps=["poss", "ROOT", "punct"], heads=[1, 1, 1],
                lemmas=["her", "note", "."])  # fmt: skip
    assert not is_cue(plain[1])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The company, known as "Apple," said it would grow.', "Apple,"),
        ('The firm, which calls itself "the Uber of laundry," said it would expand.',
         "the Uber of laundry,"),
        ('The team, nicknamed "the Bulldozers," said it would appeal the fine.',
         "the Bulldozers,"),
    ],
)  # fmt: skip
def test_a_name_in_a_nouns_own_clause_before_the_cue_is_no_partial(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, words: str
) -> None:
    assert not [q for q in quotes_in(text) if q.kind == "partial" and words in q.text]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Parents want the school to "open the gym on weekends," Ms Ortiz said.',
         "open the gym on weekends,", "Ms Ortiz"),
        ('The plan would "cut waiting times in half," the health minister said.',
         "cut waiting times in half,", "the health minister"),
    ],
)  # fmt: skip
def test_a_fragment_closed_by_a_comma_before_the_cue_is_the_speakers(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, words: str, speaker: str
) -> None:
    found = {q.text: _speaker(text, q) for q in quotes_in(text) if q.kind == "partial"}
    assert found.get(words) == speaker


def test_a_fragment_before_an_outlet_that_relays_is_not_the_outlets(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        'The bridge was "a disaster waiting to happen," the Tribune reported, '
        "and the mayor said it would close."
    )
    assert all(_speaker(text, q) != "the Tribune" for q in quotes_in(text) if q.kind == "partial")
