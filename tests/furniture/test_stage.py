"""The furniture stage: one typed value for text and HTML pages alike."""

from __future__ import annotations

import pytest

from newsdesk.furniture.stage import Furniture, read_furniture
from newsdesk.segment.blocks import BODY_KINDS
from newsdesk.segment.html import layout_html
from newsdesk.segment.text import layout_text

LEAD = (
    "The harbour board approved a plan on Monday to dredge the northern channel before the "
    "autumn storms, ending two years of delays over who would pay for the work."
)
SECOND = (
    "Fishing crews said the channel had become too shallow for the larger trawlers at low "
    "tide, and two boats ran aground there in the spring."
)
THIRD = (
    "The board will pay for the dredging from its reserves and has asked the regional "
    "government to cover half of the cost next year."
)

TEXT_PAGE = "\n\n".join(
    [
        "Nikkei 32,110.00 +0.20%",
        "Harbour board backs dredging of northern channel",
        f"MARROW BAY (Reuters) - {LEAD}",
        SECOND,
        THIRD,
        "Tags: Harbour, Dredging, Fishing",
    ]
)
HTML_PAGE = (
    "<html><head><title>Harbour board backs dredging of northern channel</title></head><body>"
    "<div class='ticker'><ul><li>Nikkei 32,110.00 +0.20%</li></ul></div>"
    "<article><h1>Harbour board backs dredging of northern channel</h1>"
    f"<p>MARROW BAY (Reuters) - {LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>"
    "<div class='tags'><a href='/t/h'>Harbour</a> <a href='/t/d'>Dredging</a> "
    "<a href='/t/f'>Fishing</a></div></article></body></html>"
)


def _read(kind: str) -> Furniture:
    layout = layout_text(TEXT_PAGE) if kind == "text" else layout_html(HTML_PAGE)
    return read_furniture(layout)


@pytest.mark.parametrize("kind", ["text", "html"])
def test_one_value_for_text_and_html(kind: str) -> None:
    furniture = _read(kind)
    assert furniture.credit == "Reuters"
    assert [row.canonical for row in furniture.market] == ["Nikkei 225"]
    assert furniture.tags == ("Harbour", "Dredging", "Fishing")
    body = [block.text for block in furniture.blocks if block.kind in BODY_KINDS]
    assert body == [LEAD, SECOND, THIRD]
    assert ("credit", "MARROW BAY (Reuters) -") in [(b.kind, b.text) for b in furniture.blocks]
    assert furniture.provenance["credit"] == "text:dateline"  # the dateline rule, either page


@pytest.mark.parametrize(
    ("kind", "order"),
    [
        ("text", ["credit", "market", "tags"]),  # the record puts metadata's title first
        ("html", ["credit", "tags", "market"]),
    ],
)
def test_provenance_names_each_field_in_the_order_the_page_gave_it(
    kind: str, order: list[str]
) -> None:
    assert list(_read(kind).provenance) == order


def test_a_credit_line_above_the_article_comes_first() -> None:
    page = "\n\n".join(
        ["Harbour board backs dredging", "Harbour Ledger News:", LEAD, SECOND, THIRD]
    )
    furniture = read_furniture(layout_text(page))
    assert furniture.credit == "Harbour Ledger News"
    assert list(furniture.provenance) == ["credit"]  # the title's rule is metadata's


def test_segmentation_leaves_the_lead_whole_and_furniture_splits_it() -> None:
    layout = layout_text(TEXT_PAGE)
    lead = [block for block in layout.blocks if block.text.startswith("MARROW BAY")]
    assert [block.kind for block in lead] == ["paragraph"]
    titles = [block.text for block in layout.blocks if block.kind == "title"]
    assert titles == ["Harbour board backs dredging of northern channel"]
    assert layout.lines == tuple(TEXT_PAGE.split("\n"))


def test_a_page_without_furniture_reads_as_its_blocks() -> None:
    layout = layout_text("\n\n".join([LEAD, SECOND, THIRD]))
    furniture = read_furniture(layout)
    assert furniture.blocks == layout.blocks
    assert (furniture.credit, furniture.market, furniture.tags) == (None, (), ())
    assert furniture.provenance == {}
