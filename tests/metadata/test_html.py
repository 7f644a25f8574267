"""What metadata reads from an HTML page's parsed tree: what a browser shows, not what
the markup only mentions (comments, attribute values holding ``>``)."""

from __future__ import annotations

import pytest

from newsdesk import extract
from newsdesk.metadata.html import HtmlFacts, read_html
from newsdesk.segment.html_dom import parse

BODY = (
    "The dockside market reopened on Saturday after a winter of repairs to its roof, "
    "and traders said the first weekend was busier than any they could remember."
)


def _facts(markup: str) -> HtmlFacts:
    root = parse(markup)
    assert root is not None
    return read_html(root, markup)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}<div><p>{BODY}</p></div></body></html>"


@pytest.mark.parametrize(
    ("markup", "authors"),
    [
        # a byline the publisher commented out is no byline
        (
            _page("", '<!-- <span class="entry-author">By <a rel="author">Jane Doe</a></span> -->'),
            (),
        ),
        (
            _page("", '<span class="entry-author">By <a rel="author">Jane Doe</a></span>'),
            ("Jane Doe",),
        ),
        # a byline whose link carries a ">" in an attribute is read whole
        (
            _page("", '<p class="byline" data-note="a > b">By Ana Sousa and Tom Okafor</p>'),
            ("Ana Sousa", "Tom Okafor"),
        ),
    ],
)
def test_authors_are_what_the_page_shows(markup: str, authors: tuple[str, ...]) -> None:
    assert extract(markup, nlp=False).authors == authors


def test_a_meta_value_holding_a_closing_bracket_is_read_whole() -> None:
    head = '<meta property="og:title" content="Rates compared >> the best loans this May">'
    record = extract(_page(head, ""), nlp=False)
    assert record.title == "Rates compared >> the best loans this May"
    assert record.provenance["title"] == "html:meta[og:title]"


def test_an_h1_in_a_comment_is_not_the_headline() -> None:
    facts = _facts(_page("<title>Market reopens</title>", "<!-- <h1>Old headline</h1> -->"))
    assert facts.h1 is None
    assert facts.title == "Market reopens"


def test_head_scripts_and_bylines_are_read_before_the_tree_is_walked() -> None:
    markup = _page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Roof mended",'
        ' "datePublished": "2021-03-06"}</script>',
        '<header><button><span class="byline">By Ines Weber</span></button></header>',
    )
    facts = _facts(markup)
    assert facts.articles[0]["headline"] == "Roof mended"
    assert facts.bylines == ("By Ines Weber",)


def test_the_title_falls_back_to_og_title_in_one_place() -> None:
    head = (
        '<meta property="og:title" content="Dockside market reopens">'
        "<title>Dockside market reopens | Example</title>"
    )
    record = extract(_page(head, ""), nlp=False)
    assert record.title == "Dockside market reopens"
    assert record.provenance["title"] == "html:meta[og:title]"


def test_no_title_provenance_without_a_title() -> None:
    record = extract(_page(f"<title>{'word ' * 80}</title>", ""), nlp=False)
    assert record.title is None
    assert "title" not in record.provenance


def test_the_title_rule_comes_first_in_the_provenance() -> None:
    body = '<div class="tags">Tags: <a href="/t/a">markets</a> <a href="/t/b">harbour</a></div>'
    record = extract(
        _page("<title>Dockside market reopens</title>", f"<h1>Dockside market reopens</h1>{body}"),
        nlp=False,
    )
    assert record.title == "Dockside market reopens"
    assert next(iter(record.provenance)) == "title"
