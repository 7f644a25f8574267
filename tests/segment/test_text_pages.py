"""Text mode on flattened pages of different layouts, against what a reader expects.

Each ``tests/data/text/<name>.txt`` is a page as a scraper flattened it; its
``<name>.expected.json`` says what a person reading the page takes as the
article (first and last words, headings, paragraph count), which furniture
lines are dropped and as what, and the data the furniture holds (market
rows, tags, credit, title). Pages built on Wikinews articles keep their
``# Source:`` attribution line first; the loader strips it before extraction.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsdesk import extract
from newsdesk.record import Record

DATA = Path(__file__).parent.parent / "data" / "text"
PAGES = sorted(path.stem for path in DATA.glob("*.txt"))
ATTRIBUTION = "# Source:"


def load(name: str) -> tuple[Record, dict[str, Any]]:
    text = (DATA / f"{name}.txt").read_bytes().decode("utf-8")  # keeps Windows line ends
    if text.startswith(ATTRIBUTION):
        text = text.split("\n", 1)[1]
    expected: dict[str, Any] = json.loads(
        (DATA / f"{name}.expected.json").read_text(encoding="utf-8")
    )
    return extract(text, nlp=False), expected


def test_there_are_enough_layouts() -> None:
    assert len(PAGES) >= 8
    for name in PAGES:
        assert (DATA / f"{name}.expected.json").is_file(), name


@pytest.mark.parametrize("name", PAGES)
def test_body_bounds(name: str) -> None:
    record, expected = load(name)
    assert record.body.startswith(expected["body_starts"])
    assert record.body.endswith(expected["body_ends"])
    for snippet in expected.get("in_body", []):
        assert snippet in record.body
    for snippet in expected["absent_from_body"]:
        assert snippet not in record.body


@pytest.mark.parametrize("name", PAGES)
def test_paragraphs_and_headings(name: str) -> None:
    record, expected = load(name)
    headings = [record.body[p.start : p.end] for p in record.paragraphs if p.kind == "heading"]
    assert headings == expected["headings"]
    if "paragraphs" in expected:
        assert len(record.paragraphs) == expected["paragraphs"]


@pytest.mark.parametrize("name", PAGES)
def test_furniture_data(name: str) -> None:
    record, expected = load(name)
    assert record.title == expected["title"]
    assert record.credit == expected["credit"]
    assert list(record.tags) == expected["tags"]
    assert [row.canonical for row in record.market] == expected["market"]
    if "market_names" in expected:
        assert [row.name for row in record.market] == expected["market_names"]


@pytest.mark.parametrize("name", PAGES)
def test_removed_kinds(name: str) -> None:
    record, expected = load(name)
    for snippet, kind in expected["removed"].items():
        kinds = {removed.kind for removed in record.removed if snippet in removed.text}
        assert kinds == {kind}, snippet
    if not expected["removed"]:
        assert record.removed == ()
