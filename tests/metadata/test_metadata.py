"""Metadata: title, authors, date and language, with provenance, never invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.furniture.stage import read_furniture
from newsdesk.metadata import Metadata, extract_metadata
from newsdesk.metadata.html import HtmlFacts, read_html
from newsdesk.segment.blocks import Block, Layout
from newsdesk.segment.html_dom import parse
from newsdesk.segment.text import layout_text

NO_LAYOUT = Layout(blocks=())

BODY_EN = (
    "The city council voted on Tuesday to expand the tram network to the northern suburbs, "
    "ending a debate that has run for more than a decade. Work is due to start next spring."
)

JSONLD_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council backs tram extension | Riverside Gazette</title>
<meta property="og:title" content="Council backs tram extension - Riverside Gazette">
<meta property="og:site_name" content="Riverside Gazette">
<meta name="author" content="Gazette Staff">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Riverside Gazette"},
  {"@type": "NewsArticle",
   "headline": "Council backs tram extension to northern suburbs",
   "datePublished": "2019-11-19T08:30:00+01:00",
   "dateModified": "2019-11-20T10:00:00+01:00",
   "author": [{"@type": "Person", "name": "Maria Keller"},
              {"@type": "Person", "name": "Tom Okafor"},
              {"@type": "Organization", "name": "Riverside Gazette"}]}
]}
</script>
</head><body>
<header><nav><a href="/">Home</a></nav></header>
<article><h1>Council backs tram extension to northern suburbs</h1>
<p class="byline">By Maria Keller and Tom Okafor</p>
<p>{body}</p></article>
</body></html>"""

OG_ONLY_PAGE = """<html><head>
<meta property="og:title" content="Storm closes mountain pass for second day">
<meta property="article:published_time" content="2020-02-03T17:05:00Z">
<meta property="og:site_name" content="Alpine Courier">
<meta name="twitter:creator" content="@alpinecourier">
</head><body><h1>Storm closes pass</h1><p>{body}</p></body></html>"""

BYLINE_PAGE = """<html><head><title>Library reopens after flood - Valley News</title></head>
<body><div class="article-header"><h1>Library reopens after flood</h1>
<div class="c-byline__author-name">By <a href="/staff/ana">ANA SOUSA</a>, Staff Writer</div>
<span class="post-date">March 4, 2021</span></div>
<div class="content"><p>{body}</p></div>
<aside class="related"><div class="c-byline__author-name">By Someone Else</div></aside>
</body></html>"""

BARE_PAGE = """<html><body><div><p>{body}</p><p>More text follows here.</p></div></body></html>"""


def _html(template: str, url: str | None = None) -> Metadata:
    markup = template.replace("{body}", BODY_EN)
    return extract_metadata(_facts(markup), NO_LAYOUT, BODY_EN, url=url)


def _facts(markup: str) -> HtmlFacts:
    root = parse(markup)
    assert root is not None
    return read_html(root, markup)


def test_jsonld_article() -> None:
    meta = _html(JSONLD_PAGE)
    assert meta.title == "Council backs tram extension to northern suburbs"
    assert meta.authors == ("Maria Keller", "Tom Okafor")
    assert meta.published == "2019-11-19T08:30:00+01:00"
    assert meta.language == "en"
    assert meta.provenance == {
        "title": "jsonld:headline",
        "authors": "jsonld:author",
        "published": "jsonld:datePublished",
        "language": "langid",
    }


def test_open_graph_only() -> None:
    meta = _html(OG_ONLY_PAGE)
    assert meta.title == "Storm closes mountain pass for second day"
    assert meta.published == "2020-02-03T17:05:00+00:00"
    assert meta.authors == ()  # a Twitter handle is no author's name
    assert meta.provenance["title"] == "html:meta[og:title]"
    assert meta.provenance["published"] == "html:meta[article:published_time]"
    assert "authors" not in meta.provenance


def test_byline_element_and_visible_date() -> None:
    meta = _html(BYLINE_PAGE)
    assert meta.title == "Library reopens after flood"
    assert meta.authors == ("Ana Sousa",)  # the first byline only, role dropped
    assert meta.published == "2021-03-04"
    assert meta.provenance["authors"] == "html:byline"
    assert meta.provenance["published"] == "html:date-element"


def test_page_without_metadata_gives_none() -> None:
    meta = _html(BARE_PAGE)
    assert meta.title is None
    assert meta.authors == ()
    assert meta.published is None
    assert set(meta.provenance) == {"language"}


def test_date_from_the_url_path() -> None:
    meta = _html(BARE_PAGE, url="https://example.org/news/2018/10/09/library-reopens/")
    assert meta.published == "2018-10-09"
    assert meta.provenance["published"] == "url:date-path"


def test_h1_replaces_a_meta_title_with_a_section_prefix() -> None:
    page = (
        '<html><head><meta property="og:title" content="Opinion | Why the tram matters">'
        "</head><body><h1>Why the tram matters</h1><p>{body}</p></body></html>"
    )
    meta = _html(page)
    assert meta.title == "Why the tram matters"
    assert meta.provenance["title"] == "html:h1"


TEXT_PAGE = """Riverside Gazette

Council backs tram extension to northern suburbs
By Maria Keller and Tom Okafor
November 19, 2019

The city council voted on Tuesday to expand the tram network.

Work is due to start next spring, officials said."""


def _text_layout(text: str, first_body_line: int) -> Layout:
    lines = text.split("\n")
    blocks = [
        Block(line, "paragraph", number)
        for number, line in enumerate(lines, start=1)
        if number >= first_body_line and line.strip()
    ]
    return Layout(blocks=tuple(blocks), lines=tuple(lines))


def test_text_page_title_byline_and_date_line() -> None:
    layout = _text_layout(TEXT_PAGE, first_body_line=7)
    meta = extract_metadata(TEXT_PAGE, layout, BODY_EN)
    assert meta.title == "Council backs tram extension to northern suburbs"
    assert meta.authors == ("Maria Keller", "Tom Okafor")
    assert meta.published == "2019-11-19"
    assert meta.provenance["title"] == "text:title-line"
    assert meta.provenance["authors"] == "text:byline"
    assert meta.provenance["published"] == "text:date-line"


def test_text_page_labelled_blocks_come_first() -> None:
    layout = Layout(
        blocks=(
            Block("A headline  the segmenter found", "title", 1),
            Block("By Jane Roe", "byline", 2),
            Block("Published 3 May 2022", "date", 3),
            Block("A body paragraph that says something.", "paragraph", 4),
        ),
    )
    meta = extract_metadata("", layout, BODY_EN)
    assert meta.title == "A headline the segmenter found"
    assert meta.provenance["title"] == "text:title-line"
    assert meta.authors == ("Jane Roe",)
    assert meta.provenance["authors"] == "layout:byline"
    assert meta.published == "2022-05-03"


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("BEIRUT, Oct. 12, 2023 —", "2023-10-12"),
        ("PARIS, March 3 -", None),  # no year: never invented
        ("ROME —", None),
    ],
)
def test_text_page_date_of_a_bare_dateline(dateline: str, published: str | None) -> None:
    text = f"{dateline} {BODY_EN}\n\n{BODY_EN}"
    layout = layout_text(text)
    read = replace(layout, blocks=read_furniture(layout).blocks)  # as the pipeline reads it
    meta = extract_metadata(text, read, BODY_EN)
    assert meta.published == published
    assert meta.provenance.get("published") == ("layout:credit" if published else None)


@pytest.mark.parametrize(
    "head",
    [
        "• Dow17 56.23 41.89% -2.635%\n    NasDaq4 33 00% 36%",  # a ticker widget
        "The council met on Tuesday.",  # a sentence, not a title
        "home | world | business",  # lower-case menu
    ],
)
def test_text_page_without_a_clear_title(head: str) -> None:
    text = head + "\n\nThe city council voted on Tuesday to expand the tram network."
    first = head.count("\n") + 3
    meta = extract_metadata(text, _text_layout(text, first), BODY_EN)
    assert meta.title is None
    assert meta.published is None
    assert meta.authors == ()


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (BODY_EN, "en"),
        (
            "Der Stadtrat hat am Dienstag beschlossen, das Straßenbahnnetz in die nördlichen "
            "Vororte zu verlängern. Die Bauarbeiten sollen im kommenden Frühjahr beginnen.",
            "de",
        ),
        (
            "Городской совет во вторник проголосовал за продление трамвайной сети в северные "
            "пригороды. Работы должны начаться следующей весной.",
            "ru",
        ),
        (
            "市議会は火曜日、路面電車の路線を北部の郊外まで延長することを賛成多数で可決した。"
            "工事は来年の春に始まる予定だ。",
            "ja",
        ),
        ("Short.", None),
        ("12 34 56 78 90 %% 11.5 -3.2", None),
    ],
)
def test_language(body: str, language: str | None) -> None:
    meta = extract_metadata(body, NO_LAYOUT, body)
    assert meta.language == language
    assert ("language" in meta.provenance) is (language is not None)
