"""Pronouns next to quotations: the speaker of a quote is not whom the quote names, and a
pronoun inside a quotation does not take the subject of the verb that reports it.

Quotes are handed in by the test, so these cases check coreference alone.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.stage import annotate_doc, parse
from newsdesk.record import PageSource, Record

pytestmark = pytest.mark.slow


def _owner(nlp: Language, body: str, quote: QuoteCandidate, word: str, nth: int) -> str | None:
    record = Record(id="t", source=PageSource(), body=body)
    record = annotate_doc(record, parse(nlp, body, 10_000), find_quotes=lambda _: ([quote], []))
    found = list(re.finditer(rf"\b{word}\b", body))[nth]
    span = (found.start(), found.end())
    return next((e.name for e in record.entities if span in e.mentions), None)


def _quoted(body: str, speaker: str) -> QuoteCandidate:
    """The text between the first pair of quotation marks, said by ``speaker``."""
    quoted = re.search(r'"([^"]*)"', body)
    assert quoted is not None
    at = body.index(speaker)
    span = (at, at + len(speaker))
    return QuoteCandidate(quoted.group(1), quoted.start(1), quoted.end(1), "direct", "said", span)


def _reported(body: str, text: str, speaker: str) -> QuoteCandidate:
    start = body.index(text)
    at = body.index(speaker)
    span = (at, at + len(speaker))
    return QuoteCandidate(text, start, start + len(text), "indirect", "said", span)


@pytest.mark.parametrize(
    ("body", "speaker", "word", "nth", "expected"),
    [
        # the pronoun that speaks a quote is not the man the quote names
        (
            "For the critic Tom Baker, David Lynch was a hero of cinema. "
            'He said, "David Lynch changed film forever."',
            "He", "He", 0, "Tom Baker",
        ),
        (
            "Fans of Peter Novak filled the hall. According to Tom Baker, a teacher in Leeds, "
            'Novak was a genius. He said, "Peter Novak taught me everything."',
            "He", "He", 0, "Tom Baker",
        ),
        # a name the speaker is called by in the quote does not count
        (
            "Anna Price met Maria Lopez in 1971 and played her twice. "
            '"She always told me, Anna Price, you will be the best," she said.',
            "she", "she", 0, "Anna Price",
        ),
        # a possessive in the speaker's description is no speaker
        (
            "Peter Novak won the vote on Sunday. "
            '"Peter Novak raised four million dollars in a day," his aide Tom Baker said.',
            "his aide Tom Baker", "his", 0, "Peter Novak",
        ),
        # a pronoun inside the quotation is not the writer who reports it
        (
            'Tom Baker wrote, "The police lied to Peter Novak, and made a convincing case that '
            'Novak would go to jail for a long time, unless of course, he returned the money."',
            "Tom Baker", "he", 0, "Peter Novak",
        ),
    ],
)  # fmt: skip
def test_pronouns_next_to_quotations(
    nlp: Language, body: str, speaker: str, word: str, nth: int, expected: str
) -> None:
    assert _owner(nlp, body, _quoted(body, speaker), word, nth) == expected


@pytest.mark.parametrize(
    ("body", "quoted", "expected"),
    [
        # the subject of reported speech is not its speaker
        (
            "Tom Baker, a spokesman for the mayor, spoke on Monday. Peter Novak was away. "
            "He said Novak hopes to win the vote.",
            "Novak hopes to win the vote", "Tom Baker",
        ),
        # a name deeper in reported speech may be the speaker
        (
            "Peter Novak spoke on Monday about the debate. "
            "He said that the organisers had broken the microphone of Peter Novak.",
            "the organisers had broken the microphone of Peter Novak", "Peter Novak",
        ),
    ],
)  # fmt: skip
def test_the_speaker_of_reported_speech(
    nlp: Language, body: str, quoted: str, expected: str
) -> None:
    assert _owner(nlp, body, _reported(body, quoted, "He"), "He", 0) == expected


def test_a_pronoun_in_a_quotation_does_not_make_a_place_a_person(nlp: Language) -> None:
    body = 'Paris was quiet on Monday. "She warned us all," Tom Baker said.'
    record = Record(id="t", source=PageSource(), body=body)
    quote = _quoted(body, "Tom Baker")
    record = annotate_doc(record, parse(nlp, body, 10_000), find_quotes=lambda _: ([quote], []))
    types = {e.name: e.type for e in record.entities}
    assert types == {"Paris": "GPE", "Tom Baker": "PERSON"}
