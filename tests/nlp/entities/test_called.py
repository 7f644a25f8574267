"""Names introduced by a naming phrase after a noun for a person are people's names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.nlp.stage import annotate_doc, parse
from newsdesk.record import PageSource, Record

pytestmark = pytest.mark.slow


def _annotate(nlp: Language, body: str) -> Record:
    record = Record(id="t", source=PageSource(), body=body)
    return annotate_doc(record, parse(nlp, body, 10_000), find_quotes=lambda _: ([], []))


@pytest.mark.parametrize(
    ("body", "name", "pronoun"),
    [
        (
            "Tom Baker opened the fair on Friday. Reporters met a cosplayer going by the name "
            '"Silver Fox". She had made the dress from scratch.',
            "Silver Fox", "She",
        ),
        (
            "Tom Baker opened the fair on Friday. Reporters met a woman named Kestrel Moon. "
            "She had made the dress from scratch.",
            "Kestrel Moon", "She",
        ),
        (
            "Tom Baker opened the fair on Friday. Police are looking for a hacker known as "
            '"Grey Owl". She stole the files in May.',
            "Grey Owl", "She",
        ),
    ],
)  # fmt: skip
def test_a_name_after_a_naming_phrase_is_a_person(
    nlp: Language, body: str, name: str, pronoun: str
) -> None:
    record = _annotate(nlp, body)
    person = next(e for e in record.entities if e.name == name)
    at = body.index(f" {pronoun} ") + 1
    assert person.type == "PERSON"
    assert (at, at + len(pronoun)) in person.mentions


@pytest.mark.parametrize(
    "body",
    [
        'Tom Baker opened the fair on Friday. Reporters saw a film called "Silver Fox".',
        'Tom Baker opened the fair on Friday. Reporters visited a company named "Grey Owl".',
        # ``called`` as a verb of the sentence names nobody
        "Tom Baker opened the fair on Friday. The band leader called Democratic donors to "
        "the stage.",
    ],
)
def test_a_name_after_a_naming_phrase_for_a_thing_is_no_person(nlp: Language, body: str) -> None:
    record = _annotate(nlp, body)
    assert [e.name for e in record.entities if e.type == "PERSON"] == ["Tom Baker"]
