"""Reported speech on seed-like pages (``reported``): clauses never start past
a paragraph break, a quote's attribution reports no hearer, a "that" clause hung
from the medium of the cue.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.nlp.quotes.find import QuoteCandidate


def _speaker(text: str, quote: QuoteCandidate) -> str | None:
    return text[slice(*quote.speaker_span)] if quote.speaker_span else None


def test_reported_clause_never_starts_in_the_next_paragraph(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        "Chancellor Helga Brandstetter on Friday rejected calls for her resignation, saying "
        'the corruption inquiry had found "no evidence at all" against her.\n\n'
        "‘I will not step down because of rumours,’ Brandstetter told state broadcaster ORF."
        "\n\nVice Chancellor Markus Eder said the coalition remained stable, Der Standard "
        "reported."
    )
    speakers = {q.text: _speaker(text, q) for q in quotes_in(text)}
    assert speakers["the coalition remained stable"] == "Vice Chancellor Markus Eder"
    assert all(s == "Vice Chancellor Markus Eder" for t, s in speakers.items() if "coalition" in t)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Li Wen said in a statement that the ministry had summoned the envoy.",
         "the ministry had summoned the envoy", "Li Wen"),
        ("The spokeswoman said in a statement carried by Xinhua that talks would resume.",
         "talks would resume", "The spokeswoman"),
    ],
)  # fmt: skip
def test_that_clause_hung_from_the_medium_is_what_the_cue_reports(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, content: str, speaker: str
) -> None:
    said = next(q for q in quotes_in(text) if q.cue is not None and q.cue.startswith("said"))
    assert said.text == content
    assert _speaker(text, said) == speaker


def test_relative_clause_of_the_medium_reports_nothing(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = "The ministry said in a statement that was released on Monday."
    assert all(q.text != "was released on Monday" for q in quotes_in(text))


def test_attribution_after_a_quote_reports_neither_its_hearer_nor_the_narration(
    quotes_in: Callable[[str], list[QuoteCandidate]], reinhardt_page: str
) -> None:
    text = reinhardt_page
    for quote in quotes_in(text):
        assert quote.text not in {"the Bundestag", "Reinhardt told the Bundestag"}
        assert _speaker(text, quote) != "We"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("If the strike goes on, the mayor warned, the city will run out of fuel by Friday.",
         "the mayor"),
        ("Though the first round went smoothly, she said, the second would be much harder.",
         "she"),
        ("Climate policy, Ms. Varga often says, is a matter of arithmetic.", "Ms. Varga"),
    ],
)  # fmt: skip
def test_attribution_set_inside_its_sentence_reports_the_whole_sentence(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, speaker: str
) -> None:
    """In "If A, X warned, B" the parse hangs A from the cue; A and B are both reported."""
    (quote,) = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert _speaker(text, quote) == speaker
    first_words = text.split(",")[0]
    assert quote.text.startswith(first_words)
    assert quote.text.endswith(text.rstrip(".").split(", ")[-1])


def test_a_thing_described_in_the_passive_is_not_who_describes_it(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        "The clinic sold magnetic bracelets, a remedy that has been described as useless, "
        "to hundreds of patients."
    )
    (described,) = [q for q in quotes_in(text) if q.text == "useless"]
    assert described.speaker_span is None


def test_narration_set_apart_by_a_dash_is_not_reported(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        "Yet Carter has already amended his testimony once — \u201cI now do recall,\u201d "
        "he said on Tuesday."
    )
    found = quotes_in(text)
    assert [(q.kind, q.text) for q in found if "recall" in q.text] == [
        ("direct", "I now do recall,")
    ]
    assert not [q for q in found if q.text.startswith("Carter has already")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister has told reporters that the plan failed.", "The minister"),
        ("Smith had told the court that he was innocent.", "Smith"),
        ("He was told by officials that the road would close.", "officials"),
    ],
)
def test_who_tells_is_the_speaker_in_any_tense_and_the_agent_of_a_passive(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, speaker: str
) -> None:
    (quote,) = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert _speaker(text, quote) == speaker


def test_a_clause_does_not_run_back_over_an_attribution_of_its_own(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = 'He said it was "a disaster. Nobody wanted it," she added.'
    reported = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [(q.text.split('"')[0], _speaker(text, q)) for q in reported] == [("it was ", "He")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said the problem was bias, in the media and in schools.",
         "the problem was bias, in the media and in schools"),
        ("Critics said the cuts would hurt local news, on radio and television alike.",
         "the cuts would hurt local news, on radio and television alike"),
        ("The minister said prices would rise, in an interview on Sunday.",
         "prices would rise"),
    ],
)  # fmt: skip
def test_only_a_setting_of_the_words_is_cut_from_their_end(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, content: str
) -> None:
    assert content in [q.text for q in quotes_in(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        ("The minister said the envoy had told him that the talks would resume in May.",
         "the envoy had told him that the talks would resume in May"),
        ("Investors are implying that they expect higher rates to slow the economy next year.",
         "they expect higher rates to slow the economy next year"),
        ("He said he would help the farmers, according to his aides.",
         "He said he would help the farmers"),
    ],
)  # fmt: skip
def test_reported_clause_inside_another_is_part_of_it(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, outer: str
) -> None:
    """What the envoy told is part of what the minister said: one quote, not two."""
    assert [q.text for q in quotes_in(text) if q.kind == "indirect"] == [outer]


@pytest.mark.parametrize(
    "text",
    [
        "Critics want the mayor to resign before the end of the month.",
        "The coach hopes to win the cup next year.",
        "The minister wished the team well before the final.",
        "Residents feel safer since the new station opened.",
        "I think the council made a serious mistake.",
        "You feel the pressure building before every election.",
        "Many voters feel that the system is rigged against them.",
        # stance verbs that mostly report a thing done
        "The mayor unveiled a new design for the harbour on Monday.",
        "The club shared a photo of the new stadium on Friday.",
        "The campaign targeted young voters in the suburbs.",
    ],
)
def test_desire_things_done_and_the_narrations_opinion_are_not_reported_speech(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str
) -> None:
    assert [q.text for q in quotes_in(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        # what a cue noun is about, in a bare phrase: a stance, nobody's words
        "The senator's support for Clinton surprised nobody in the chamber.",
        "Her criticism of the mayor was widely shared on Monday.",
        # the object of a verb of thought
        "The minister expects a win.",
        "The board decided the case.",
        # a pronoun alone
        "The governor praised him at the rally on Saturday.",
    ],
)
def test_a_bare_phrase_is_not_shown_as_reported_speech(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str
) -> None:
    """Three words or fewer with no finite verb and no quoted words are not clearly a quote."""
    assert [q.text for q in quotes_in(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials said prices would fall.", "prices would fall"),
        ("The union's claim that wages fell was disputed.", "wages fell"),
    ],
)
def test_a_short_clause_is_still_reported_speech(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, content: str
) -> None:
    assert content in [q.text for q in quotes_in(text)]
