"""HTML mode: the article's paragraphs and headings, and every furniture block labelled."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk import extract
from newsdesk.body import assemble
from newsdesk.furniture.stage import Furniture, read_furniture
from newsdesk.metadata.html import read_html
from newsdesk.page import RawPage
from newsdesk.segment.blocks import BODY_KINDS, Layout
from newsdesk.segment.html import layout_html
from newsdesk.segment.html_dom import parse

DATA = Path(__file__).resolve().parents[1] / "data" / "html"


def read_html_page(markup: str) -> Furniture:
    """An HTML page as the pipeline reads it: segmented, then its furniture read."""
    return read_furniture(layout_html(markup))


def _segmented(name: str) -> Layout:
    return layout_html((DATA / name).read_text(encoding="utf-8"))


def _layout(name: str) -> Furniture:
    return read_furniture(_segmented(name))


def _body(name: str) -> str:
    return assemble(_layout(name).blocks)[0]


def _removed(name: str) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for block in _layout(name).blocks:
        if block.kind not in BODY_KINDS:
            kinds.setdefault(block.kind, []).append(block.text)
    return kinds


@pytest.mark.parametrize(
    ("name", "starts", "ends"),
    [
        (
            "harbour-news.html",
            "The harbour bridge will close to all traffic",
            "reopen in late April, weather permitting.",
        ),
        (
            "orchard-blog.html",
            "The three old Bramleys at the bottom of the orchard",
            "keep notes of what you cut.",
        ),
        (
            "feira-noticia.html",
            "A feira do livro da cidade terminou no domingo",
            "novamente na praça central.",
        ),
    ],
)
def test_body_boundaries(name: str, starts: str, ends: str) -> None:
    body = _body(name)
    assert body.startswith(starts)
    assert body.endswith(ends)


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        (
            "harbour-news.html",
            [
                "Skip to content",
                "Obituaries",
                "Harbour bridge to close for six weeks of repairs",  # the headline
                "Martha Ellis",
                "Share on Facebook",
                "Photo: Daniel Price",
                "Advertisement",
                "Read more",
                "Ferry fares to rise in the spring",
                "About time they fixed it",
                "All rights reserved",
            ],
        ),
        (
            "orchard-blog.html",
            [
                "Pruning old apple trees in winter",
                "Posted on",
                "The largest Bramley before pruning",
                "Share this",
                "Mulching the young trees",
                "Really useful, thank you",
                "Leave a Reply",
                "Orchard Notes is written by Tom Hollis",
                "Proudly powered",
            ],
        ),
        (
            "feira-noticia.html",
            [
                "Por Ana Ribeiro",
                "Compartilhe",
                "Leia também",
                "Teatro municipal reabre",
                "O prédio histórico passou por dois anos de obras",
                "Todos os direitos reservados",
            ],
        ),
    ],
)
def test_furniture_stays_out_of_the_body(name: str, furniture: list[str]) -> None:
    body = _body(name)
    removed = " ".join(text for texts in _removed(name).values() for text in texts)
    for text in furniture:
        assert text not in body
        assert text in removed


@pytest.mark.parametrize(
    ("name", "kind", "text"),
    [
        ("harbour-news.html", "nav", "Local Business Sport Opinion"),
        ("harbour-news.html", "title", "Harbour bridge to close for six weeks of repairs"),
        ("harbour-news.html", "byline", "By Martha Ellis"),
        ("harbour-news.html", "date", "March 14, 2023"),
        ("harbour-news.html", "share", "Share on Facebook"),
        ("harbour-news.html", "caption", "The harbour bridge at dusk."),
        ("harbour-news.html", "ad", "Advertisement"),
        ("harbour-news.html", "related", "Read more: Ring road upgrade"),
        ("harbour-news.html", "related", "Ferry fares to rise in the spring"),
        ("harbour-news.html", "comment", "About time they fixed it"),
        ("harbour-news.html", "footer", "© 2023 The Coastal Ledger."),
        ("harbour-news.html", "tags", "Transport"),
        ("orchard-blog.html", "caption", "The largest Bramley before pruning"),
        ("orchard-blog.html", "share", "Share this:"),
        ("orchard-blog.html", "comment", "Spreading it over three winters worked for us too."),
        ("orchard-blog.html", "related", "Choosing rootstocks for a small garden"),
        ("feira-noticia.html", "byline", "Por Ana Ribeiro"),
        ("feira-noticia.html", "share", "Compartilhe"),
        ("feira-noticia.html", "related", "Teatro municipal reabre"),
    ],
)
def test_furniture_kinds(name: str, kind: str, text: str) -> None:
    assert any(text in removed for removed in _removed(name).get(kind, []))


@pytest.mark.parametrize(
    ("name", "headings"),
    [
        ("harbour-news.html", ["What changes for commuters"]),
        ("orchard-blog.html", ["Start with the four Ds", "Do not take too much at once"]),
        ("feira-noticia.html", []),
    ],
)
def test_headings_inside_the_article_stay(name: str, headings: list[str]) -> None:
    found = [block.text for block in _layout(name).blocks if block.kind == "heading"]
    assert found == headings


def test_list_items_inside_the_article_stay() -> None:
    body = _body("harbour-news.html")
    assert "Cyclists and pedestrians may use a temporary walkway" in body


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("harbour-news.html", "Harbour bridge to close for six weeks of repairs"),
        ("orchard-blog.html", "Pruning old apple trees in winter"),
        ("feira-noticia.html", "Feira do livro bate recorde de público"),
    ],
)
def test_title_is_the_headline(name: str, title: str) -> None:
    layout = _segmented(name)
    assert [b.text for b in layout.blocks if b.kind == "title"][:1] == [title]


def test_a_heading_repeating_the_page_title_is_the_headline() -> None:
    markup = (
        "<html><head><title>Ferry fares rise in spring - Coastal Ledger</title></head><body>"
        "<div class='story'><h2>Ferry fares rise in spring</h2>"
        "<p>Ferry fares will rise by five per cent in the spring, the operator said on Friday, "
        "blaming higher fuel costs and the repairs to the north quay.</p>"
        "<h2>Season tickets</h2><p>Season ticket holders will not pay more until their "
        "tickets expire, and the operator promised to keep the student discount.</p>"
        "</div></body></html>"
    )
    root = parse(markup)
    assert root is not None
    # the head's titles as the pipeline hands them over: metadata reads them before the walk
    layout = layout_html(root, titles=read_html(root, markup).head_titles)
    assert [b.text for b in layout.blocks if b.kind == "title"] == ["Ferry fares rise in spring"]
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["Season tickets"]


@pytest.mark.parametrize(
    ("dateline", "credit"),
    [("LISBON (Reuters) -", "Reuters"), ("LISBON, Portugal —", None), ("LISBON -", None)],
)
def test_a_dateline_is_split_off_the_first_paragraph(dateline: str, credit: str | None) -> None:
    """As in text mode: the dateline is furniture; only one naming an agency credits it."""
    markup = (
        "<html><body><article><h1>Storm closes ports</h1><div class='article-body'>"
        f"<p>{dateline} A storm closed three ports on Portugal's west coast on Tuesday, "
        "and the navy warned fishing boats to stay in harbour until the weekend.</p>"
        "<p>Waves of up to nine metres were forecast for the coast north of Lisbon, the "
        "weather service said.</p></div></article></body></html>"
    )
    layout = read_html_page(markup)
    assert layout.credit == credit
    body = assemble(layout.blocks)[0]
    assert body.startswith("A storm closed three ports")
    assert [b.text for b in layout.blocks if b.kind == "credit"] == [dateline]


def test_tag_blocks_fill_the_tags() -> None:
    assert _layout("harbour-news.html").tags == ("Transport", "Council")


def test_a_ticker_widget_becomes_market_rows() -> None:
    layout = _layout("markets-ticker.html")
    assert [(row.name, row.canonical, row.values) for row in layout.market] == [
        ("Dow", "Dow Jones Industrial Average", (35120.08, 0.4)),
        ("S&P 500", "S&P 500", (4512.33, 0.2)),
        ("Nasdaq", "Nasdaq Composite", (14050.10, -0.3)),
        ("Acme Corp", None, (12.5, 1.2)),  # an unknown name, in the same widget
    ]
    assert all(row.confident for row in layout.market)
    body = _body("markets-ticker.html")
    assert "35,120.08" not in body
    assert "the Dow gaining 140 points" in body  # prose naming an index stays prose
    assert "12% since January" in body
    assert [b.kind for b in layout.blocks if "35,120.08" in b.text] == ["market"]


def test_numbers_outside_a_ticker_are_no_market() -> None:
    assert _layout("harbour-news.html").market == ()


def test_blocks_are_in_page_order() -> None:
    lines = [block.line for block in _layout("harbour-news.html").blocks]
    assert lines == sorted(lines)


def test_a_huge_menu_is_one_short_removed_block() -> None:
    items = "".join(f'<li><a href="/s/{i}">Section number {i}</a></li>' for i in range(3000))
    markup = (
        f'<html><body><nav class="mega-menu"><ul>{items}</ul></nav><article>'
        + "<p>The committee met on Thursday to review the budget for next year, "
        "and agreed to keep spending on libraries at the current level.</p>"
        * 3
        + "</article></body></html>"
    )
    blocks = read_html_page(markup).blocks
    navs = [block for block in blocks if block.kind == "nav"]
    assert len(navs) == 1
    assert len(navs[0].text) <= 1000


def test_hidden_elements_are_not_body() -> None:
    markup = (
        "<html><body><article>"
        "<p>The new tram line opened on Monday, carrying more than ten thousand passengers "
        "on its first day, according to the operator.</p>"
        '<p style="display:none">Hidden tracking text that no reader ever sees on the page.</p>'
        "<p>Fares will stay the same as on the buses until the end of the year, the operator "
        "said in a statement.</p></article></body></html>"
    )
    body = assemble(read_html_page(markup).blocks)[0]
    assert "Hidden tracking text" not in body
    assert body.count("\n\n") == 1


def test_embedded_posts_inside_the_article_are_content() -> None:
    markup = (
        "<html><body><article><div class='entry-content'>"
        "<p>The mayor announced the new cycle lanes on social media on Friday morning, and "
        "the reaction from residents was swift and mostly positive.</p>"
        "<div class='social-embed'><blockquote class='twitter-tweet'><p>New cycle lanes on "
        "Station Road open next week. Safer streets for everyone.</p></blockquote></div>"
        "<p>Work on the lanes will start on Monday and take about a month, the council said "
        "in a statement published after the announcement.</p></div></article></body></html>"
    )
    body = assemble(read_html_page(markup).blocks)[0]
    assert "New cycle lanes on Station Road open next week." in body


def test_utility_classes_do_not_hide_the_article() -> None:
    paragraph = (
        "<p>The museum will reopen its east wing in June after three years of restoration "
        "work on the roof, the ceilings and the painted panels of the main hall.</p>"
    )
    markup = (
        "<html><body><div class='relative overflow-hidden'><main>"
        f"{paragraph * 3}</main></div>"
        "<div class='hidden md:block'><p>Visible on larger screens: the opening hours are "
        "from ten to six, every day except Monday, all through the summer.</p></div>"
        "</body></html>"
    )
    body = assemble(read_html_page(markup).blocks)[0]
    assert body.count("The museum will reopen") == 3


@pytest.mark.parametrize("markup", ["", "<html></html>", "<html><body>   </body></html>"])
def test_pages_without_text_give_no_blocks(markup: str) -> None:
    assert read_html_page(markup).blocks == ()


def test_extract_gives_the_html_body_and_removed_kinds() -> None:
    data = (DATA / "harbour-news.html").read_bytes()
    record = extract(RawPage(data=data, origin="harbour-news.html", kind="html"), nlp=False)
    assert record.body.startswith("The harbour bridge will close")
    assert record.title == "Harbour bridge to close for six weeks of repairs"
    kinds = {removed.kind for removed in record.removed}
    assert {"nav", "title", "share", "related", "comment", "footer", "caption"} <= kinds
    headings = [record.body[p.start : p.end] for p in record.paragraphs if p.kind == "heading"]
    assert headings == ["What changes for commuters"]


_TRAM_HEAD = "<html>\n<head>\n<title>Tram plan</title>\n</head>\n<body>\n"
_TRAM_BODY = (
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
    "<h1>Council backs tram plan</h1><p>The city council voted on Tuesday to expand the tram "
    "network to the northern suburbs, ending a long debate.</p><p>Share this article</p>"
    "<p>Work is due to start next spring, the council's transport chief said.</p></article>"
    "<footer>Copyright 2024 Example News. All rights reserved.</footer>"
)


@pytest.mark.parametrize(
    ("markup", "lines"),
    [
        pytest.param(_TRAM_HEAD + _TRAM_BODY + "\n</body></html>", [None] * 4, id="minified"),
        pytest.param(
            _TRAM_HEAD + _TRAM_BODY.replace("><", ">\n<") + "\n</body></html>",
            [6, 10, 12, 15],
            id="one-element-a-line",
        ),
    ],
)
def test_a_removed_block_has_a_line_only_where_it_points_at_it(
    markup: str, lines: list[int | None]
) -> None:
    removed = extract(markup, nlp=False).removed
    assert [item.kind for item in removed] == ["nav", "title", "share", "footer"]
    assert [item.line for item in removed] == lines
