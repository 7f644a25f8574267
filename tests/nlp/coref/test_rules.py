"""Each pronoun-resolution rule on sentences written for it: plural ``they``, clause
subjects, cataphora, first person inside quotations that run on.

Quotes are handed in by the test, so these cases check coreference alone.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.speakers.first_person import QuotedRegion, quoted_regions
from newsdesk.nlp.stage import annotate_doc, parse
from newsdesk.record import PageSource, Record


def _annotate(nlp: Language, body: str, quotes: list[QuoteCandidate]) -> Record:
    record = Record(id="t", source=PageSource(), body=body)
    return annotate_doc(record, parse(nlp, body, 10_000), find_quotes=lambda _: (quotes, []))


def _owner(record: Record, word: str, nth: int = 0) -> str | None:
    """The name of the entity holding the ``nth`` occurrence of ``word``, or None."""
    found = list(re.finditer(rf"\b{re.escape(word)}\b", record.body))[nth]
    span = (found.start(), found.end())
    return next((e.name for e in record.entities if span in e.mentions), None)


def _quote(body: str, text: str, speaker: str) -> QuoteCandidate:
    start = body.index(text)
    at = body.index(speaker)
    return QuoteCandidate(text, start, start + len(text), "direct", "said", (at, at + len(speaker)))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "word", "nth", "expected"),
    [
        # coordinated people are a group for "they"/"their"
        (
            "Mark Ellis and Sarah Ellis bought a farm in Kent. Last year they sold their house.",
            "they", 0, "Mark Ellis and Sarah Ellis",
        ),
        (
            "Mark Ellis and Sarah Ellis bought a farm in Kent. Last year they sold their house.",
            "their", 0, "Mark Ellis and Sarah Ellis",
        ),
        # a plural of the family name is the same group
        (
            "Peter Novak and his wife Eva Novak opened a shop in Prague in 2001. "
            "The Novaks said they would sell it.",
            "they", 0, "Novaks",
        ),
        # a plural common noun as the clause's subject names nobody: left alone
        (
            "Mark Ellis and Sarah Ellis met the farmers on Monday. "
            "The farmers said they wanted more money.",
            "they", 0, None,
        ),
        # a people named by a plural nationality or religion
        (
            "Muslims are required to make a pilgrimage to Mecca during their lifetimes.",
            "their", 0, "Muslims",
        ),
        # no antecedent at all
        ("Prices rose sharply in March. They say the trend will continue.", "They", 0, None),
    ],
)  # fmt: skip
def test_plural_pronouns(
    nlp: Language, body: str, word: str, nth: int, expected: str | None
) -> None:
    assert _owner(_annotate(nlp, body, []), word, nth) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "word", "expected"),
    [
        # the subject of the verb governing the pronoun's clause beats the topic
        (
            "Anna Price won the vote, and Price thanked the staff. "
            "On Friday, Sarah Cole resigned her seat.",
            "her", "Sarah Cole",
        ),
        (
            "David Jones leads the party. Jones has been mayor since 2010. "
            "On Monday, Tom Baker said that he would run for mayor.",
            "he", "Tom Baker",
        ),
        # the subject of a reporting verb is the subject of its complement
        (
            "Ahmed Khan won a prize at school on Monday, and his teacher praised him. "
            "His father Tariq Khan said he was proud of his son.",
            "he", "Tariq Khan",
        ),
        # a pronoun in an adjunct opening the sentence points forward to the subject
        (
            "Anna Price won the vote in March. In her first speech, Sarah Cole attacked the plan.",
            "her", "Sarah Cole",
        ),
        (
            "Tom Baker won the vote in March. Discussing his plans, David Jones called for calm.",
            "his", "David Jones",
        ),
    ],
)  # fmt: skip
def test_syntactic_preferences_of_he_and_she(
    nlp: Language, body: str, word: str, expected: str
) -> None:
    assert _owner(_annotate(nlp, body, []), word) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "quoted", "word", "nth"),
    [
        # a quotation left open at a paragraph's end runs on to its closing mark
        (
            'After the match, coach Hernan Gomez said, "I am proud of the team.\n\n'
            'We played well and I think my players deserve the credit."',
            "I am proud of the team.", "my", 0,
        ),
        # a frameless quotation right after an attributed one is the same speaker's
        (
            '"We lost the match," coach Hernan Gomez said. "I take the blame for it."',
            "We lost the match", "I", 0,
        ),
    ],
)  # fmt: skip
def test_first_person_in_quotations_that_run_on(
    nlp: Language, body: str, quoted: str, word: str, nth: int
) -> None:
    record = _annotate(nlp, body, [_quote(body, quoted, "Hernan Gomez")])
    assert _owner(record, word, nth) == "Hernan Gomez"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "a b" and "c d".', ["a b", "c d"]),
        ("“A b.\n\nC d,” she said.", ["A b.\n\nC d,"]),
        ("“A b.\n\n“C d.”", ["A b.", "C d."]),
        ('"A b.\n\nNo marks here.', ["A b."]),
    ],
)
def test_quoted_regions(text: str, expected: list[str]) -> None:
    regions = quoted_regions(text)
    assert [text[r.start : r.end] for r in regions] == expected
    assert all(isinstance(r, QuotedRegion) for r in regions)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "quoted", "speaker", "expected"),
    [
        # the organisation that speaks
        (
            'Acme Corporation rejected the offer on Monday. "We will not sell our plant '
            'at that price," Acme Corporation said.',
            "We will not sell", "Acme Corporation", "Acme Corporation",
        ),
        # the organisation named in the speaker's description
        (
            '"We will appeal the ruling," the chief executive of Acme Corporation said.',
            "We will appeal the ruling", "the chief executive of Acme Corporation",
            "Acme Corporation",
        ),
        # a person speaking for nobody named: "we" is left alone
        (
            'Tom Baker lost the race. "We will try again," Baker said.',
            "We will try again", "Baker", None,
        ),
    ],
)  # fmt: skip
def test_we_in_a_quotation_is_the_speakers_organisation(
    nlp: Language, body: str, quoted: str, speaker: str, expected: str | None
) -> None:
    record = _annotate(nlp, body, [_quote(body, quoted, speaker)])
    assert _owner(record, "We") == expected
