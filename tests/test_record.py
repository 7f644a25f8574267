"""The record's JSON form: schema first, plain JSON, and a lossless round trip."""

from __future__ import annotations

import json

import pytest

from newsdesk.record import (
    SCHEMA,
    CitedSource,
    Entity,
    MarketRow,
    PageSource,
    Paragraph,
    Quote,
    Record,
    Removed,
)

FULL = Record(
    id="0123456789abcdef",
    source=PageSource(path="a.txt", url="https://example.org/a", format="html"),
    body="Heading\n\n\u201cWe will,\u201d she said.",
    title="A title",
    authors=("Jane Doe",),
    published="2024-05-01",
    language="en",
    credit="Reuters",
    paragraphs=(Paragraph(0, 7, "heading"), Paragraph(9, 30, "paragraph")),
    tags=("politics", "trade"),
    market=(MarketRow("Dow", "Dow Jones Industrial Average", "Dow 1.2%", (1.2,), True),),
    removed=(Removed("nav", "Home | World", 1),),
    entities=(Entity("e1", "Jane Doe", "PERSON", ("she",), ((23, 26),)),),
    quotes=(Quote("We will,", 10, 18, "direct", "e1", "she", "said"),),
    sources=(CitedSource("Reuters", "agency", "reported", 0, 7),),
    summary="We will.",
    warnings=("decode: 1 undecodable characters replaced",),
    provenance={"title": "html:h1"},
)


@pytest.mark.parametrize("record", [FULL, Record(id="x", source=PageSource(), body="Text.")])
def test_round_trip_is_lossless(record: Record) -> None:
    assert Record.from_json(record.to_json()) == record


def test_json_form_starts_with_schema_and_uses_lists() -> None:
    data = json.loads(FULL.to_json())
    assert next(iter(data)) == "schema"
    assert data["schema"] == SCHEMA
    assert data["entities"][0]["mentions"] == [[23, 26]]
    assert data["market"][0]["values"] == [1.2]


@pytest.mark.parametrize(
    ("change", "message"),
    [({"schema": "other/9"}, "not a newsdesk.record/1"), ({"extra": 1}, "unknown record fields")],
)
def test_from_dict_refuses_foreign_data(change: dict[str, object], message: str) -> None:
    data = {**FULL.to_dict(), **change}
    with pytest.raises(ValueError, match=message):
        Record.from_dict(data)
