"""An article cut into pieces for its page: quotes, mentions and sources marked."""

from __future__ import annotations

from newsdesk.record import CitedSource, Entity, PageSource, Paragraph, Quote, Record
from newsdesk.web.article import blocks, quote_views

FIRST = "The ferry strike ended on Friday, the union said."
SECOND = '"We got what we asked for," said Dana Roe, who leads the union, citing the Gazette.'
BODY = f"Ferry strike ends\n\n{FIRST}\n\n{SECOND}"


def record(**changes: object) -> Record:
    said = "We got what we asked for,"
    start = BODY.index(said)
    name = BODY.index("Dana Roe")
    gazette = BODY.index("the Gazette")
    fields: dict[str, object] = {
        "id": "0123456789abcdef",
        "source": PageSource(),
        "body": BODY,
        "paragraphs": (
            Paragraph(0, 17, "heading"),
            Paragraph(19, 19 + len(FIRST)),
            Paragraph(BODY.index(SECOND), len(BODY)),
        ),
        "entities": (Entity("e1", "Dana Roe", "PERSON", (), ((name, name + 8),)),),
        "quotes": (
            Quote(said, start, start + len(said), "direct", "e1", "Dana Roe", "said"),
            Quote("the strike ended", 19, 31, "indirect", None, "the union", "said"),
        ),
        "sources": (CitedSource("the Gazette", "outlet", "citing", gazette, gazette + 11),),
    }
    fields.update(changes)
    return Record(**fields)  # type: ignore[arg-type]


def test_pieces_put_the_body_back_together_and_keep_headings() -> None:
    shown = blocks(record())
    assert [block.kind for block in shown] == ["heading", "paragraph", "paragraph"]
    assert ["".join(p.text for p in block.pieces) for block in shown] == [
        "Ferry strike ends",
        FIRST,
        SECOND,
    ]


def test_a_quote_a_mention_and_a_source_are_marked_where_they_are() -> None:
    last = blocks(record())[2].pieces
    quoted = [p for p in last if p.quote == 0]
    assert "".join(p.text for p in quoted) == "We got what we asked for,"
    assert quoted[-1].quote_ends
    assert [p.text for p in last if p.entity == "e1"] == ["Dana Roe"]
    assert [p.text for p in last if p.source == 0] == ["the Gazette"]


def test_speakers_get_one_colour_each_and_unknown_names_stay_as_written() -> None:
    views = quote_views(record())
    assert [(v.speaker, v.colour) for v in views] == [("Dana Roe", 0), ("the union", 1)]
    unnamed = quote_views(record(quotes=(Quote("x", 0, 1, "direct"),)))
    assert unnamed[0].speaker is None
    assert unnamed[0].colour is None


def test_spans_outside_the_body_are_ignored_and_no_paragraphs_means_one() -> None:
    broken = record(paragraphs=(), quotes=(Quote("x", 5, len(BODY) + 40, "direct"),), sources=())
    (only,) = blocks(broken)
    assert "".join(p.text for p in only.pieces) == BODY
    assert all(p.quote is None for p in only.pieces)
