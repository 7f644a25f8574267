"""Furniture inside the article column, in flattened text and in HTML alike: removed, and
the credit it names read."""

from __future__ import annotations

import pytest

from newsdesk import extract
from newsdesk.record import Record

HEADLINE = "Council backs tram plan"
LEAD = (
    "The city council voted on Tuesday to expand the tram network to the northern suburbs, "
    "ending a debate that has run for more than a decade."
)
SECOND = (
    "Work is due to start next spring and should be finished within three years, the "
    "council's transport chief told reporters after the vote."
)
THIRD = (
    "Opponents said the plan was too expensive and would raise local taxes for years, and "
    "they vowed to challenge it in court next month."
)


def _text_page(before: str, between: str) -> str:
    parts = [HEADLINE, before, LEAD, between, SECOND, THIRD]
    return "\n\n".join(part for part in parts if part) + "\n"


def _html_page(before: str, between: str) -> str:
    parts = [before, LEAD, between, SECOND, THIRD]
    paragraphs = "".join(f"<p>{part}</p>" for part in parts if part)
    return f"<html><body><article><h1>{HEADLINE}</h1>{paragraphs}</article></body></html>"


def _both(before: str, between: str) -> list[Record]:
    return [extract(page(before, between), nlp=False) for page in (_text_page, _html_page)]


@pytest.mark.parametrize(
    "line",
    [
        "/",
        "More:",
        "MORE:",
        "Media playback is unsupported on your device",
        "Video Ad Feedback",
        "Now Playing",
        "Play Video",
        "(Video)",
    ],
)
def test_a_furniture_line_between_paragraphs_leaves_the_body(line: str) -> None:
    for record in _both("", line):
        assert record.body == f"{LEAD}\n\n{SECOND}\n\n{THIRD}"
        assert line.strip() in [item.text for item in record.removed]


@pytest.mark.parametrize(
    ("before", "credit", "kind"),
    [
        ("By Reuters", "Reuters", "credit"),
        ("By The Associated Press", "Associated Press", "credit"),
        ("By Jane Doe", None, "byline"),
        ("By Staff Reporter", None, "byline"),
        ("VIENNA —", None, "credit"),
        ("NAIROBI, Kenya —", None, "credit"),
    ],
)
def test_a_credit_line_above_the_lead_is_read_and_removed(
    before: str, credit: str | None, kind: str
) -> None:
    for record in _both(before, ""):
        assert record.body.startswith(LEAD)
        assert record.credit == credit
        assert (kind, before) in [(item.kind, item.text) for item in record.removed]


def test_a_key_points_box_leaves_the_body() -> None:
    box = (
        "<div class='keypoints'><h2>Key Points</h2><ul><li>The council approves the tram "
        "extension</li><li>Work starts next spring</li></ul><figure><img src='tram.jpg'>"
        "<figcaption>A tram in the city centre. Photo: Jane Doe</figcaption></figure></div>"
    )
    page = _html_page("", "").replace("<p>", box + "<p>", 1)
    record = extract(page, nlp=False)
    assert record.body == f"{LEAD}\n\n{SECOND}\n\n{THIRD}"
    assert "Key Points" not in record.body
