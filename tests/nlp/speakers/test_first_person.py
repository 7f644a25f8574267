"""A pull quote: first-person speech without quotation marks whose paragraph ends with
the speaker's name standing alone; its ``I``, and those opening the next paragraph, are
that person's."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsdesk.nlp.stage import annotate_doc, parse
from newsdesk.record import PageSource, Record

pytestmark = pytest.mark.slow

_PULL_QUOTE = (
    "Anna Price left the group in 2012.\n\n"
    "I was told to cut all contact with my family. Anna Price\n\n"
    "I was told to cut all contact with my family. Tom Baker, her brother, said he missed her."
    "\n\nI have not heard from my sister since."
)


def _owner(nlp: Language, body: str, word: str, nth: int) -> str | None:
    record = Record(id="t", source=PageSource(), body=body)
    record = annotate_doc(record, parse(nlp, body, 10_000), find_quotes=lambda _: ([], []))
    found = list(re.finditer(rf"\b{word}\b", body))[nth]
    span = (found.start(), found.end())
    return next((e.name for e in record.entities if span in e.mentions), None)


@pytest.mark.parametrize(
    ("body", "word", "nth", "expected"),
    [
        # the pull quote, and the next paragraph up to the first name
        (_PULL_QUOTE, "I", 0, "Anna Price"),
        (_PULL_QUOTE, "my", 0, "Anna Price"),
        (_PULL_QUOTE, "I", 1, "Anna Price"),
        (_PULL_QUOTE, "my", 1, "Anna Price"),
        # a paragraph that follows on from that one is nobody's pull quote
        (_PULL_QUOTE, "I", 2, None),
        # a name that ends a sentence is no attribution
        (
            "Anna Price left the group in 2012.\n\nI was told to cut all contact with Anna Price",
            "I", 0, None,
        ),
    ],
)  # fmt: skip
def test_first_person_of_a_pull_quote(
    nlp: Language, body: str, word: str, nth: int, expected: str | None
) -> None:
    assert _owner(nlp, body, word, nth) == expected


_SHE_IN_PULL_QUOTE = (
    "Anna Price left the group in 2012.\n\n"
    "I was told that my mother was dangerous because she lied. Anna Price\n\n"
    "She now lives in Leeds."
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # ``she`` in the pull quote is not the person who says ``I`` there
        ("she", None),
        # after it, the signed name is in play (the parse may run the two together)
        ("She", "Anna Price"),
    ],
)
def test_third_person_in_and_after_a_pull_quote(
    nlp: Language, word: str, expected: str | None
) -> None:
    assert _owner(nlp, _SHE_IN_PULL_QUOTE, word, 0) == expected
