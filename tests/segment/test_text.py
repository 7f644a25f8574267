"""layout_text: segmentation and the main run; with the furniture stage, credit splitting and
furniture data."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.furniture.stage import Furniture, read_furniture
from newsdesk.metadata import extract_metadata
from newsdesk.segment.blocks import BODY_KINDS, Layout, normalise
from newsdesk.segment.lines import page_lines, split_lines
from newsdesk.segment.text import layout_text
from newsdesk.segment.text_run import main_run

PROSE = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from March, "
    "ending months of argument over repairs.",
    "Inspectors found corrosion in two of the bridge's five steel supports last autumn, and "
    "their report warned that the structure could no longer carry heavy traffic.",
    "Shop owners had asked the council to keep one lane open, but the council instead agreed "
    "to run a free shuttle bus every ten minutes.",
]


def read_text_page(text: str) -> Furniture:
    """A flattened page as the pipeline reads it: segmented, then its furniture read."""
    return read_furniture(layout_text(text))


def kinds(layout: Layout | Furniture) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in layout.blocks]


def body(layout: Layout | Furniture) -> list[str]:
    return [block.text for block in layout.blocks if block.kind in BODY_KINDS]


def test_menu_and_footer_around_the_article() -> None:
    page = "\n".join(["Home", "World", "Business", "Sport", *PROSE, "Privacy policy", "Contact us"])
    layout = read_text_page(page)
    assert body(layout) == PROSE
    assert ("nav", "Home") in kinds(layout)
    assert ("footer", "Privacy policy") in kinds(layout)


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("The vote was 7 to 2.", True),
        ('"We will appeal," she said.', True),
        ("Like this article?", False),
        ("Sharing is caring!", False),
        ("You may also like...", False),
        ("Read more.", False),
    ],
)
def test_a_short_closing_sentence_ends_the_article(last: str, kept: bool) -> None:
    layout = read_text_page("\n\n".join([*PROSE, last]))
    assert body(layout) == ([*PROSE, last] if kept else PROSE)


def test_heading_inside_the_article_stays() -> None:
    page = "\n\n".join([PROSE[0], "Repairs and costs", PROSE[1], PROSE[2]])
    layout = read_text_page(page)
    assert ("heading", "Repairs and costs") in kinds(layout)
    assert body(layout)[1] == "Repairs and costs"


def test_bullet_list_inside_the_article_stays() -> None:
    bullets = ["• the bridge closes to cars in March;", "• a shuttle bus runs every ten minutes."]
    layout = read_text_page("\n".join([PROSE[0], PROSE[1], *bullets, PROSE[2]]))
    assert body(layout) == [PROSE[0], PROSE[1], *bullets, PROSE[2]]


def test_credit_prefix_becomes_its_own_block() -> None:
    layout = read_text_page("\n\n".join(["EghtesadOnline: " + PROSE[0], PROSE[1], PROSE[2]]))
    assert layout.blocks[0].kind == "credit"
    assert layout.blocks[0].text == "EghtesadOnline:"
    assert layout.blocks[1].text == PROSE[0]
    assert layout.blocks[0].line == layout.blocks[1].line == 1
    assert layout.credit == "EghtesadOnline"
    assert layout.provenance["credit"] == "text:credit-prefix"


def test_wire_dateline_credit() -> None:
    layout = read_text_page("\n".join(["LONDON, Nov 3 (AFP) — " + PROSE[0], PROSE[1], PROSE[2]]))
    assert layout.credit == "AFP"
    assert layout.provenance["credit"] == "text:dateline"
    assert body(layout)[0] == PROSE[0]


def test_title_line_only_when_the_page_has_one() -> None:
    titled = layout_text("\n".join(["Harbour bridge to close to cars", "By Jane Doe", *PROSE]))
    assert [b.text for b in titled.blocks if b.kind == "title"] == [
        "Harbour bridge to close to cars"
    ]
    assert all(b.kind != "title" for b in layout_text("\n".join(PROSE)).blocks)


def test_repeated_paragraph_is_a_duplicate() -> None:
    layout = read_text_page("\n".join([PROSE[0], PROSE[1], PROSE[0], PROSE[2]]))
    assert [kind for kind, _ in kinds(layout)] == [
        "paragraph",
        "paragraph",
        "duplicate",
        "paragraph",
    ]


def test_comment_section_is_not_the_article() -> None:
    comments = [
        "12 responses to “Harbour bridge to close”",
        "Jo says:",
        "May 3, 2019 at 6:34 am",
        "This is a scandal and the council should have repaired the bridge years ago, as everyone "
        "knew.",
        "Sam says:",
        "May 3, 2019 at 7:02 am",
        "The shuttle bus will never run every ten minutes, I have seen how they run the ferries.",
    ]
    layout = read_text_page("\n".join([*PROSE, *comments]))
    assert body(layout) == PROSE
    assert {kind for kind, text in kinds(layout) if text in comments} <= {"comment", "date"}


def test_ticker_rows_and_tag_line() -> None:
    page = "\n".join(
        ["Dow 28,036.22 +0.11%", "Samba 65 0.4%", "Bra52 69 23.145% -63.25%", "", *PROSE, "",
         "Harbour Bridge Marrow Bay council repairs Shuttle Bus"]
    )  # fmt: skip
    layout = read_text_page(page)
    assert body(layout) == PROSE
    assert [row.name for row in layout.market] == ["Dow", "Samba", "Bra"]
    assert [row.canonical for row in layout.market] == ["Dow Jones Industrial Average", None, None]
    assert " ".join(layout.tags) == "Harbour Bridge Marrow Bay council repairs Shuttle Bus"
    assert any("Bra" in warning for warning in layout.warnings)


def test_multiline_widget_rows_are_joined() -> None:
    page = "\n".join(["Nikkei", "23,303.32", "+0.2%", "Gold", "1,471.20", "+0.8%", *PROSE])
    layout = read_text_page(page)
    assert [(row.canonical, row.values) for row in layout.market] == [
        ("Nikkei 225", (23303.32, 0.2)),
        ("Gold", (1471.2, 0.8)),
    ]


def test_multiline_widget_rows_of_unknown_names_are_joined() -> None:
    page = "\n".join(["Samba", "27,139.15", "-1.14%", "Bra", "36,746.13", "-0.89%", *PROSE])
    layout = read_text_page(page)
    assert body(layout) == PROSE
    assert [(row.name, row.values) for row in layout.market] == [
        ("Samba", (27139.15, -1.14)),
        ("Bra", (36746.13, -0.89)),
    ]


@pytest.mark.parametrize(
    "ticker",
    [
        ["- FTSE 100 7,412.80 +0.44%", "- DAX 15,230.10 +0.45%", "- Nikkei 32,110.00 +0.20%"],
        ["FTSE 100 7,412.80 +0.44% | DAX 15,230.10 +0.45% | Nikkei 32,110.00 +0.20%"],
        ["Market Snapshot", "FTSE100 7 41 00% 12%", "DAX15 23 45% -3%", "Nikkei32 11 00% 20%"],
    ],
)
def test_ticker_after_the_first_paragraph_leaves_the_article_whole(ticker: list[str]) -> None:
    layout = read_text_page("\n".join([PROSE[0], *ticker, *PROSE[1:]]))
    assert body(layout) == PROSE
    assert [row.canonical for row in layout.market] == ["FTSE 100", "DAX", "Nikkei 225"]
    assert {kind for kind, text in kinds(layout) if text in ticker} == {"market"}


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Harbour Times: ", "Harbour Times"),
        ("MARROW BAY (Reuters) - ", "Reuters"),
        ("IRNA - ", "IRNA"),
    ],
)
def test_a_credited_lead_is_no_standfirst(credit: str, name: str) -> None:
    ticker = ["FTSE 100 7,412.80 +0.44%", "DAX 15,230.10 +0.45%"]
    caption = "Photo: The harbour bridge at dusk (AFP)"
    page = "\n".join(["Harbour bridge to close", credit + PROSE[0], *ticker, caption, *PROSE[1:]])
    layout = read_text_page(page)
    assert body(layout) == PROSE
    assert layout.credit == name


@pytest.mark.parametrize(
    "dateline",
    ["ROME —", "MARROW BAY, Ore. -", "PARIS, March 3 --", "NEW DELHI:", "BERLIN—"],
)
def test_a_bare_dateline_is_split_off_and_credits_nobody(dateline: str) -> None:
    layout = read_text_page("\n\n".join([f"{dateline} {PROSE[0]}", *PROSE[1:]]))
    assert body(layout) == PROSE
    assert ("credit", dateline) in kinds(layout)
    assert layout.credit is None
    assert "credit" not in layout.provenance


def test_a_bare_dateline_under_a_credit_line() -> None:
    layout = read_text_page("\n\n".join(["Harbour News Agency:", f"ROME - {PROSE[0]}", *PROSE[1:]]))
    assert body(layout) == PROSE
    assert layout.credit == "Harbour News Agency"
    assert ("credit", "ROME -") in kinds(layout)


@pytest.mark.parametrize(
    "opening",
    ["BREAKING - ", "UPDATE — ", "NASA - ", "WHAT WE KNOW — ", "Rome — ", "Hong Kong: "],
)
def test_capitals_and_a_dash_opening_a_sentence_stay(opening: str) -> None:
    layout = read_text_page("\n\n".join([opening + PROSE[0], *PROSE[1:]]))
    assert body(layout) == [opening + PROSE[0], *PROSE[1:]]
    assert layout.credit is None


@pytest.mark.parametrize(
    "inserted",
    [
        ["Commuters cross the harbour bridge on Monday. (AFP)"],
        ["Photo: Jane Roe"],
        ["The bridge at dusk. REUTERS/Jane Roe"],
        ["FTSE 100 7,412.80 +0.44%", "DAX 15,230.10 +0.45%"],
    ],
)
@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("The vote was 7 to 2.", True),
        ("The bus starts in March. Fares are free.", True),
        ("Like this article?", False),
        ("Read more.", False),
    ],
)
def test_a_closing_sentence_after_a_caption_ends_the_article(
    inserted: list[str], last: str, kept: bool
) -> None:
    layout = read_text_page("\n\n".join([*PROSE, *inserted, last, "Share this article"]))
    assert body(layout) == ([*PROSE, last] if kept else PROSE)
    assert {kind for kind, text in kinds(layout) if text in inserted} <= {"caption", "market"}


@pytest.mark.parametrize(
    ("tag_line", "tags"),
    [
        ("#Harbour #bridge #council", ("Harbour", "bridge", "council")),
        ("#Harbour #bridge", ("Harbour", "bridge")),
        ("harbour bridge council repairs shuttle", ("harbour bridge council repairs shuttle",)),
    ],
)
def test_tag_line_below_a_ticker_below_the_article(tag_line: str, tags: tuple[str, ...]) -> None:
    page = "\n".join([*PROSE, "Dow 28,036.22 +0.11%", "Nasdaq 8,540.83 -0.2%", tag_line])
    layout = read_text_page(page)
    assert body(layout) == PROSE
    assert layout.tags == tags


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("Washington’s Objectives   ", "Washington’s Objectives"),
        ("WHAT COMES NEXT?", "WHAT COMES NEXT?"),
        ("Next Steps:", "Next Steps:"),
    ],
)
def test_headings_inside_the_article(heading: str, kept: str) -> None:
    closing = "The council will review the plan after a year of traffic counts, it said."
    layout = read_text_page("\n\n".join([PROSE[0], PROSE[1], heading, PROSE[2], closing]))
    assert ("heading", kept) in kinds(layout)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = []
    for paragraph in PROSE * 2:
        words, line = paragraph.split(), ""
        for word in words:
            if len(line) + len(word) + 1 > 60:
                wrapped.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        wrapped += [line, ""]
    lines = split_lines(page_lines("\n".join(wrapped)))
    assert [line.text for line in lines] == PROSE * 2


@pytest.mark.parametrize(
    ("weights", "run"),
    [([-1, 5, -1, 5, -20, 3], (1, 4)), ([-1, -2], None), ([4], (0, 1))],
)
def test_main_run(weights: list[float], run: tuple[int, int] | None) -> None:
    found = main_run(weights)
    assert (None if found is None else (found.start, found.end)) == run


@pytest.mark.parametrize(
    "paragraph",
    [
        "Правительство в среду одобрило проект бюджета на следующий год, сообщили в министерстве "
        "финансов, и направило его в парламент.",
        "서울시는 내년부터 대중교통 요금을 인상하기로 했다고 밝혔다. "
        "시는 적자가 늘어 불가피하다고 설명했다.",
        "政府は来年度の予算案を閣議決定した。歳出総額は過去最大となり、社会保障費が増えた。",
        "O governo aprovou nesta quarta-feira o projeto de orçamento para o próximo ano, que "
        "agora segue para o Congresso.",
    ],
)
def test_prose_in_other_scripts(paragraph: str) -> None:
    page = "\n".join(["Home", "Menu", paragraph, paragraph + " " + paragraph[:40] + ".", "Contact"])
    assert body(read_text_page(page))[0] == paragraph


@given(st.text(max_size=400))
@settings(max_examples=60, deadline=None)
def test_any_text_gives_ordered_blocks_from_its_lines(text: str) -> None:
    layout = read_text_page(text)
    count = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    numbers = [block.line for block in layout.blocks]
    assert numbers == sorted(numbers)
    assert all(1 <= number <= count for number in numbers)
    words = set(normalise(text).split())  # the normalisation lines and the body apply
    for block in layout.blocks:
        assert set(block.text.split()) <= words


def test_page_without_prose_keeps_its_text() -> None:
    layout = read_text_page("Short note.\nCall me back\nShare")
    assert body(layout) == ["Short note.", "Call me back"]
    assert kinds(layout)[-1] == ("share", "Share")


def test_the_lines_travel_with_the_layout() -> None:
    """A text page is split into lines once: metadata reads the lines above the body from
    the layout, not from the page text again."""
    head = ["Riverside Gazette", "", "Harbour bridge to close to cars in March", ""]
    page = "\n".join([*head, *PROSE])
    layout = layout_text(page)
    assert layout.lines == tuple(page.split("\n"))
    # as if segmentation had labelled no title
    unlabelled = replace(layout, blocks=tuple(b for b in layout.blocks if b.kind != "title"))
    meta = extract_metadata("", unlabelled, "\n\n".join(PROSE))
    assert (meta.title, meta.provenance.get("title")) == (
        "Harbour bridge to close to cars in March",
        "text:title-line",
    )
