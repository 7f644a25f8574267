"""Groups of people for ``they``: a definite group noun (``the couple``, ``the parents``)
takes up people coordinated before, and a plural pronoun in an opening adjunct points
forward to a group that is the subject (``Despite their losses, the Novaks``)."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsdesk.nlp.stage import annotate_doc, parse
from newsdesk.record import PageSource, Record

pytestmark = pytest.mark.slow


def _owner(nlp: Language, body: str, word: str) -> str | None:
    record = Record(id="t", source=PageSource(), body=body)
    record = annotate_doc(record, parse(nlp, body, 10_000), find_quotes=lambda _: ([], []))
    found = re.search(rf"\b{word}\b", body)
    assert found is not None
    span = (found.start(), found.end())
    return next((e.name for e in record.entities if span in e.mentions), None)


@pytest.mark.parametrize(
    ("body", "word", "expected"),
    [
        # the group noun is the couple named before, and so is the pronoun it binds
        (
            "Mark Ellis and his wife Sarah Ellis bought a farm in Kent in 2010. "
            "The couple said they would sell it next year.",
            "they", "Mark Ellis and Sarah Ellis",
        ),
        (
            "Mark Ellis and his wife Sarah Ellis bought a farm in Kent in 2010. "
            "The couple said they would sell it next year.",
            "The couple", "Mark Ellis and Sarah Ellis",
        ),
        (
            "Tom Baker and his wife Anna Baker were charged on Monday. "
            "Police said the parents had left their son alone for a week.",
            "their", "Tom Baker and Anna Baker",
        ),
        # a rank is no group of people
        (
            "Peter Novak and his wife Eva Novak ran in the race. "
            "Neither made it into the top three on Sunday.",
            "the top three", None,
        ),
        # the parents of someone else are other people; ``the two of them`` are the two
        (
            "Police arrested John Smith and Mary Jones on Monday. "
            "The parents of the victim said they were relieved.",
            "The parents", None,
        ),
        (
            "John Smith and Mary Jones met in 1990. The two of them married in 1995.",
            "them", "John Smith and Mary Jones",
        ),
        # a group named long before is out of play
        (
            "Tom Baker and Anna Baker founded the club in 1990. The club grew fast. "
            "It moved twice. It won a prize in 2001. It closed in 2010. "
            "Years later, Peter Novak met Maria Lopez in Leeds. The two became friends.",
            "The two", None,
        ),
        # no group of people named before: the group noun names nobody
        ("Police said the parents had left their son alone for a week.", "their", None),
        # a plural pronoun in an opening adjunct points forward to the group
        (
            "Peter Novak and his wife Eva Novak opened a shop in Prague in 2001. "
            "Tom Baker and Anna Baker opened one in Brno. "
            "Despite their losses, the Novaks kept the shop open.",
            "their", "Novaks",
        ),
    ],
)  # fmt: skip
def test_groups_of_people(nlp: Language, body: str, word: str, expected: str | None) -> None:
    assert _owner(nlp, body, word) == expected
