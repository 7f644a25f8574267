"""Seed-like pages in many layouts: the article, its ticker, credit, heading and tag line.

Each example builds a flattened news page from parts, as sites and scrapers
lay them out: a ticker widget (one row per line, bulleted, indented,
glued digits, several rows per line) above the article, after its first
paragraph, inside it or below it; a credit or dateline before the first
paragraph; a section heading in the article; captions, share, related
and newsletter lines between its paragraphs; a menu above; a tag line
below it; line ends and blank lines of several kinds. The record must keep the article
whole and nothing else, and read every piece of furniture. The article
and the furniture are invented for this test.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk import extract

PARAGRAPHS = (
    "The harbour authority of Marrow Bay said on Monday that cargo traffic had risen by a "
    "fifth in the first nine months of the year, helped by new routes to East Asia.",
    '"We have never handled so many containers in a single quarter," the authority\'s chief, '
    "Edda Lindqvist, told reporters at the port.",
    "Shipping lines have added three weekly services since the spring, and two more are "
    "expected to start calling at the port before the end of the year.",
    "Local businesses said the growth had brought new jobs, but residents near the docks "
    "complained about heavy lorries on narrow streets at night.",
    "The authority said it would build a rail link to the container terminal by 2027 to "
    "take some of the traffic off the roads.",
)
HEADING = "Traffic Concerns"
HEADING_BEFORE = 3  # the heading stands before this paragraph
TAG_LINE = "Marrow Bay harbour shipping containers Edda Lindqvist"

#: (name as the widget prints it, canonical name or None for an unknown instrument)
INSTRUMENTS = (
    ("HangSang", "Hang Seng Index"),
    ("NasDaq", "Nasdaq Composite"),
    ("S&P500", "S&P 500"),
    ("Dow", "Dow Jones Industrial Average"),
    ("FTSE 100", "FTSE 100"),
    ("DAX", "DAX"),
    ("Nikkei 225", "Nikkei 225"),
    ("CAC 40", "CAC 40"),
    ("Samba", None),
    ("Joga", None),
)
#: (credit text as printed before the first paragraph, the credit it gives)
CREDITS = (
    ("HarbourTimes: ", "HarbourTimes"),
    ("Marrow Bay Post: ", "Marrow Bay Post"),
    ("MARROW BAY, Oct. 2 (Reuters) - ", "Reuters"),
    ("Oslo (Interfax) - ", "Interfax"),
    ("IRNA - ", "IRNA"),
    ("", None),
)
TICKER_FORMATS = ("plain", "bullets", "indented", "stars", "pipes", "one-line", "two-per-line")
POSITIONS = ("top", "after-first", "middle", "bottom", "before-tags")
HEADING_STYLES = ("plain", "trailing-spaces", "capitals")
TAG_STYLES = ("bare", "label", "hashtags", "pipes")
SEPARATORS = ("\n\n", "\n", "\n\n\n", "\n   \n")
#: (furniture line dropped between two paragraphs, the kind it is removed as)
INSERTS = (
    ("Photo: Cranes at the container terminal on Monday (AFP)", "caption"),
    ("Cranes at the container terminal. REUTERS/Jane Roe", "caption"),
    ("Share this article", "share"),
    ("Read more: Ferry operators cut winter timetable", "related"),
    ("Sign up for our newsletter", "boilerplate"),
)
#: (furniture line above the whole page, the kind it is removed as)
TOPS = (("Home | World | Business | Markets", "nav"), ("Share on Facebook", "share"))


@dataclass(frozen=True)
class Page:
    text: str
    credit: str | None
    instruments: tuple[tuple[str, str | None], ...]
    heading: str
    furniture: frozenset[str]


def ticker(instruments: list[tuple[str, str | None]], glued: bool, fmt: str) -> list[str]:
    rows = []
    for number, (name, _) in enumerate(instruments):
        if glued:
            rows.append(f"{name}{number + 2}{number} 3{number}0 {number}5% -{number + 1}%")
        else:
            rows.append(f"{name} {12000 + 731 * number:,}.{number}5 +0.{number + 1}%")
    rows.append(rows[0])  # widgets repeat their first row
    if fmt == "bullets":
        return [("  • " if i % 3 == 0 else "    ") + row for i, row in enumerate(rows)]
    if fmt == "indented":
        return ["    " + row for row in rows]
    if fmt == "stars":
        return ["* " + row for row in rows]
    if fmt == "pipes":
        return [" | ".join(rows)]
    if fmt == "one-line":
        return ["   ".join(rows)]
    if fmt == "two-per-line":
        return ["    ".join(rows[i : i + 2]) for i in range(0, len(rows), 2)]
    return rows


def tag_line(style: str) -> str:
    words = TAG_LINE.split()[:4]
    if style == "label":
        return "Tags: " + ", ".join(words)
    if style == "hashtags":
        return " ".join("#" + word for word in words)
    if style == "pipes":
        return " | ".join(words)
    return TAG_LINE


@st.composite
def pages(draw: st.DrawFn) -> Page:
    names = draw(st.lists(st.sampled_from(INSTRUMENTS[:8]), min_size=3, max_size=5, unique=True))
    if draw(st.booleans()):
        names += list(INSTRUMENTS[8:])  # unknown instruments beside known ones
    rows = ticker(names, draw(st.booleans()), draw(st.sampled_from(TICKER_FORMATS)))
    credit_text, credit = draw(st.sampled_from(CREDITS))
    style = draw(st.sampled_from(HEADING_STYLES))
    heading = HEADING.upper() if style == "capitals" else HEADING
    article = [credit_text + PARAGRAPHS[0], *PARAGRAPHS[1:]]
    article.insert(HEADING_BEFORE, heading + ("   " if style == "trailing-spaces" else ""))
    furniture = {"market", "tags"} | ({"credit"} if credit else set())
    for insert, kind in draw(st.lists(st.sampled_from(INSERTS), max_size=2, unique=True)):
        article.insert(draw(st.integers(2, len(article) - 1)), insert)
        furniture.add(kind)
    tags = tag_line(draw(st.sampled_from(TAG_STYLES)))
    position = draw(st.sampled_from(POSITIONS))
    if position == "top":
        layout = [*rows, *article, tags]
    elif position == "after-first":
        layout = [article[0], *rows, *article[1:], tags]
    elif position == "middle":
        layout = [*article[:2], *rows, *article[2:], tags]
    elif position == "bottom":
        layout = [*article, tags, *rows]
    else:
        layout = [*article, *rows, tags]
    for top, kind in draw(st.lists(st.sampled_from(TOPS), max_size=2, unique=True)):
        layout.insert(0, top)
        furniture.add(kind)
    text = draw(st.sampled_from(SEPARATORS)).join(layout)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return Page(text, credit, tuple(names), heading, frozenset(furniture))


@given(pages())
@settings(max_examples=150, deadline=None)
def test_seed_like_page_in_any_layout(page: Page) -> None:
    record = extract(page.text, nlp=False)
    assert record.body.startswith(PARAGRAPHS[0][:40])
    assert record.body.endswith(PARAGRAPHS[-1][-40:])
    headings = [record.body[p.start : p.end] for p in record.paragraphs if p.kind == "heading"]
    assert headings == [page.heading]
    assert len(record.paragraphs) == len(PARAGRAPHS) + 1
    assert record.credit == page.credit
    assert sorted(row.canonical or row.name for row in record.market) == sorted(
        canonical or name for name, canonical in page.instruments
    )
    assert record.tags
    for name, _ in page.instruments:
        assert name not in record.body
    assert "Lindqvist #" not in record.body and TAG_LINE not in record.body
    assert {removed.kind for removed in record.removed} == page.furniture
