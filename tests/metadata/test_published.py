"""An HTML page's publication date: structured data, the URL's day, the local day, last htmldate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsdesk import extract
from newsdesk.metadata import extract_metadata
from newsdesk.metadata.html import read_html
from newsdesk.page import RawPage
from newsdesk.segment.blocks import Layout
from newsdesk.segment.html_dom import parse

BODY = (
    "Der Ruderverein lädt alle Mitglieder und Gäste zum Sommerfest am Bootshaus ein. "
    "Es gibt Musik, Kuchen und Probefahrten auf dem See."
)


def _page(head: str, body: str = f"<p>{BODY}</p>") -> str:
    return (
        f"<html><head><title>Sommerfest am See</title>{head}</head>"
        f"<body><article><h1>Sommerfest am See</h1>{body}</article></body></html>"
    )


def _published(markup: str, url: str | None = None) -> tuple[str | None, str | None]:
    root = parse(markup)
    assert root is not None
    meta = extract_metadata(read_html(root, markup), Layout(blocks=()), BODY, url=url)
    return meta.published, meta.provenance.get("published")


def test_a_structured_date_of_the_urls_day_keeps_its_time_and_rule() -> None:
    head = '<meta property="article:published_time" content="2021-05-04T09:00:00+02:00">'
    url = "https://example.org/verein/2021/05/04/sommerfest/"
    assert _published(_page(head), url) == (
        "2021-05-04T09:00:00+02:00",
        "html:meta[article:published_time]",
    )


def test_the_urls_day_wins_over_a_structured_date_of_another_day() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2021-05-07T01:00:00Z"}</script>'
    )
    url = "https://example.org/verein/2021/05/04/sommerfest/"
    assert _published(_page(head), url) == ("2021-05-04", "url:date-path")


def test_a_url_day_without_padding() -> None:
    assert _published(_page(""), "https://example.org/blog/2017/7/12/fest/") == (
        "2017-07-12",
        "url:date-path",
    )


@pytest.mark.parametrize(
    ("head", "published", "rule"),
    [
        (  # a UTC time after midnight, the publisher's own calendar day the evening before
            '<meta property="article:published_time" content="2023-03-09T05:10:00+00:00">'
            '<meta name="sailthru.date" content="2023-03-08 21:10:00">',
            "2023-03-08",
            "html:meta[sailthru.date]",
        ),
        (  # the same moment written with its local offset
            '<meta property="article:published_time" content="2019-10-18T22:04:00Z">'
            '<meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">',
            "2019-10-19T00:04:00+02:00",
            "html:meta[date]",
        ),
        (  # midday UTC: a bare next day is another date, not this moment's local day
            '<meta property="article:published_time" content="2023-03-09T14:00:00+00:00">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2023-03-10"}</script>',
            "2023-03-09T14:00:00+00:00",
            "html:meta[article:published_time]",
        ),
    ],
)
def test_the_publishers_local_day_over_a_utc_time(head: str, published: str, rule: str) -> None:
    assert _published(_page(head)) == (published, rule)


def test_a_time_element_never_overrules_the_pages_utc_time() -> None:
    head = '<meta property="article:published_time" content="2023-03-09T05:10:00+00:00">'
    body = f'<p>{BODY}</p><aside><time datetime="2023-03-08">Gestern</time></aside>'
    assert _published(_page(head, body)) == (
        "2023-03-09T05:10:00+00:00",
        "html:meta[article:published_time]",
    )


def test_htmldates_extensive_search_dates_a_page_no_rule_dated() -> None:
    body = f"<p>{BODY}</p><p>Am 14. Februar 2020 lud der Ruderverein zum ersten Mal ein.</p>"
    assert _published(_page("", body)) == ("2020-02-14", "htmldate:extensive")


def test_no_date_in_the_future() -> None:
    later = (datetime.now(UTC) + timedelta(days=40)).date().isoformat()
    head = f'<meta property="article:published_time" content="{later}">'
    url = "https://example.org/verein/2019/06/02/sommerfest/"
    assert _published(_page(head), url) == ("2019-06-02", "url:date-path")


def test_the_articles_date_line_before_a_sidebars_time_element() -> None:
    markup = (
        "<html><head><title>Sommerfest am See</title></head><body>"
        '<aside class="sidebar"><h3>Neueste Beiträge</h3><ul>'
        '<li><a href="/herbst">Herbstregatta</a> <time datetime="2019-07-30">30. Juli</time></li>'
        "</ul></aside>"
        "<article><h1>Sommerfest am See</h1>"
        "<p>Veröffentlicht am 27. Juni 2019 von Anna Berg</p>"
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    record = extract(RawPage(data=markup.encode(), origin="fest.html", kind="html"), nlp=False)
    assert record.published == "2019-06-27"
    assert record.provenance["published"].startswith("layout:")
