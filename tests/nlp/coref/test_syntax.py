"""Syntax the resolver reads: a paragraph's opening name that the parser hung on the
heading before it is the subject of the paragraph's first verb."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsdesk.nlp.coref.syntax import clause_subject
from newsdesk.nlp.stage import annotate_doc, parse
from newsdesk.record import PageSource, Record

pytestmark = pytest.mark.slow

# The parser runs the heading into the next paragraph's sentence and makes the
# heading its subject; the name that opens the paragraph is the real one.
_HEADING_RUN_IN = (
    "Maria Lopez runs the school board. Lopez said the budget was tight.\n\n"
    "Student exhibit\n\n"
    "Jessica Morris, a second year art major, admitted she was willing to skip class."
)


def _owner(nlp: Language, body: str, word: str, nth: int = 0) -> str | None:
    record = Record(id="t", source=PageSource(), body=body)
    record = annotate_doc(record, parse(nlp, body, 10_000), find_quotes=lambda _: ([], []))
    found = list(re.finditer(rf"\b{word}\b", body))[nth]
    span = (found.start(), found.end())
    return next((e.name for e in record.entities if span in e.mentions), None)


def test_clause_subject_is_the_name_opening_the_paragraph(nlp: Language) -> None:
    doc = parse(nlp, _HEADING_RUN_IN, 10_000)
    she = next(t for t in doc if t.text == "she")
    subject = clause_subject(she)
    assert subject is not None and subject.text == "Morris"


@pytest.mark.parametrize(
    ("body", "word", "nth", "expected"),
    [
        (_HEADING_RUN_IN, "she", 0, "Jessica Morris"),
        # without a paragraph break the clause's own subject is kept
        (
            "Maria Lopez runs the school board. Lopez said the budget was tight. "
            "Jessica Morris, a second year art major, admitted she was willing to skip class.",
            "she", 0, "Jessica Morris",
        ),
    ],
)  # fmt: skip
def test_pronouns_read_off_the_syntax(
    nlp: Language, body: str, word: str, nth: int, expected: str | None
) -> None:
    assert _owner(nlp, body, word, nth) == expected
