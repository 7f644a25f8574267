"""The paragraphs the NLP steps read: the record's own, made into one value once."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.nlp.paragraphs import Paragraphs
from newsdesk.nlp.stage import analyse, paragraphs_of
from newsdesk.pipeline import extract
from newsdesk.record import PageSource, Paragraph, Record

_PAGE = """Harbour strike enters second week

Dock workers in Port Elsworth stayed off the job on Monday.

## Talks stall

"We are not going back until the contract is signed," union leader Dana Ruiz said.

The port authority said it would meet the union again on Thursday.
"""

_HTML = (
    "<html><body><article><h1>Grain prices</h1>"
    "<p>Wheat futures rose for a third day.</p><h2>Outlook</h2>"
    "<p>Traders said the harvest would be late.</p><p>Millers disagreed.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("page", [_PAGE, _HTML])
def test_a_pipeline_record_s_paragraphs_are_its_blank_lines(page: str) -> None:
    record = extract(page, nlp=False)
    assert len(record.paragraphs) >= 2
    assert Paragraphs.of_record(record.paragraphs, len(record.body)) == Paragraphs.of_text(
        record.body
    )


@pytest.mark.parametrize(
    ("body", "starts", "breaks"),
    [
        ("One.", (0,), ()),
        ("One.\n\nTwo.\n\nThree.", (0, 6, 12), (4, 10)),
        ("One.\n \n\nTwo.", (0, 8), (4,)),  # a line of spaces is blank too
        ("One.\nstill one.\n\nTwo.", (0, 17), (15,)),
    ],
)
def test_a_text_without_paragraphs_is_cut_at_its_blank_lines(
    body: str, starts: tuple[int, ...], breaks: tuple[int, ...]
) -> None:
    paragraphs = Paragraphs.of_text(body)
    assert (paragraphs.starts, paragraphs.breaks) == (starts, breaks)
    assert "".join(paragraphs.pieces(body)) == body


def test_a_body_cut_for_analysis_keeps_the_breaks_inside_the_cut() -> None:
    paragraphs = (Paragraph(0, 4), Paragraph(6, 10), Paragraph(12, 18))
    assert Paragraphs.of_record(paragraphs, 11) == Paragraphs(starts=(0, 6), breaks=(4,), length=11)
    assert Paragraphs.of_record(paragraphs, 7).spans() == [(0, 4), (6, 7)]


def test_the_stage_reads_the_record_s_paragraphs_and_never_splits_its_body(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = extract(_PAGE, nlp=False)
    expected = analyse(record, nlp, 10_000)

    def no_split(text: str) -> Paragraphs:
        raise AssertionError("the stage split a body whose record holds its paragraphs")

    monkeypatch.setattr(Paragraphs, "of_text", staticmethod(no_split))
    assert analyse(record, nlp, 10_000) == expected
    assert expected.quotes[0].text.startswith("We are not going back")


def test_a_record_made_without_paragraphs_is_read_at_its_blank_lines() -> None:
    body = "Rain fell.\n\nThe river rose."
    record = Record(id="t", source=PageSource(), body=body)
    assert paragraphs_of(record, body).starts == (0, 12)
