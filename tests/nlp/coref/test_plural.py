"""``they``/``them``/``their``: groups and organisations agree with them, a single person
never does; a plural noun phrase in play, a place named as a place, or whom a quote is
told to leave the pronoun alone.

Sentences written for these cases; quotes are handed in by the test.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.stage import annotate_doc, parse
from newsdesk.record import PageSource, Record

pytestmark = pytest.mark.slow


def _owner(nlp: Language, body: str, word: str, quotes: list[QuoteCandidate]) -> str | None:
    """The name of the entity holding the first ``word`` of ``body``, or None."""
    record = Record(id="t", source=PageSource(), body=body)
    record = annotate_doc(record, parse(nlp, body, 10_000), find_quotes=lambda _: (quotes, []))
    found = re.search(rf"\b{re.escape(word)}\b", record.body)
    assert found is not None
    span = (found.start(), found.end())
    return next((e.name for e in record.entities if span in e.mentions), None)


def _quote(body: str, text: str, speaker: str) -> QuoteCandidate:
    start = body.index(text)
    at = body.rindex(speaker, 0, start)
    return QuoteCandidate(text, start, start + len(text), "direct", "said", (at, at + len(speaker)))


@pytest.mark.parametrize(
    ("body", "word", "expected"),
    [
        # news writes "they" for a company, a team or an agency
        (
            "Microsoft opened a new office in Nairobi on Tuesday. "
            "Next year they plan to hire 300 engineers there.",
            "they", "Microsoft",
        ),
        (
            "The European Commission opened an inquiry into the merger in May. "
            "Their decision is expected before the summer.",
            "Their", "European Commission",
        ),
        # a plural name agrees outright
        ("The Democrats said they would block the bill in the Senate.", "they", "Democrats"),
        # a country that acts stands for its government
        (
            "China imposed new tariffs on American steel on Monday. "
            "They said the move would protect local jobs.",
            "They", "China",
        ),
    ],
)  # fmt: skip
def test_they_takes_up_an_organisation_or_a_state(
    nlp: Language, body: str, word: str, expected: str
) -> None:
    assert _owner(nlp, body, word, []) == expected


@pytest.mark.parametrize(
    ("body", "word", "expected"),
    [
        # never one person, however salient
        (
            "Maria Lopez visited the factory in Leeds on Monday. "
            "They said the visit had gone well.",
            "They", None,
        ),
        # coordinated people before an organisation both in play
        (
            "Mark Ellis and Sarah Ellis sued Microsoft in March. "
            "They said the case was about fairness.",
            "They", "Mark Ellis and Sarah Ellis",
        ),
        # a plural noun phrase in play is likelier than an organisation
        (
            "Microsoft closed its plant in Leeds on Friday. "
            "Hundreds of workers said they had not been warned.",
            "they", None,
        ),
        # ... which things can be too, unless the pronoun speaks
        (
            "Microsoft raised the prices of its consoles in May. They now cost 600 dollars.",
            "They", None,
        ),
        # a country named as a place does nothing
        (
            "Maria Lopez moved to Canada in 2010. They say the winters are long.",
            "They", None,
        ),
    ],
)  # fmt: skip
def test_they_agrees_in_number(nlp: Language, body: str, word: str, expected: str | None) -> None:
    assert _owner(nlp, body, word, []) == expected


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        ("Lopez told the BBC:", None),  # whom she tells it she would call "you"
        ("Lopez said to the BBC:", None),
        ("Lopez praised Microsoft:", "Microsoft"),  # praised, not told
    ],
)
def test_a_pronoun_inside_a_quote_is_not_whom_the_quote_is_told_to(
    nlp: Language, frame: str, expected: str | None
) -> None:
    said = "They kept every promise they made to us."
    body = f'Maria Lopez spoke at the plant on Friday.\n\n{frame} "{said}"'
    quote = _quote(body, said, "Lopez")
    assert _owner(nlp, body, "They", [quote]) == expected
