"""The HTML pages as the server renders them: what a reader sees, and scraped markup
shown as text on every page that displays it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

SEED = Path(__file__).parent.parent.parent / "examples" / "seed-eghtesadonline.txt"


def entity_id(client: TestClient, name: str) -> str:
    (found,) = client.get("/api/entities", params={"name": name}).json()
    return str(found["id"])


def doc_id(client: TestClient, query: str) -> str:
    return str(client.get("/api/search", params={"q": query}).json()["hits"][0]["id"])


def test_search_page_lists_hits_with_marked_snippets_and_facets(client: TestClient) -> None:
    html = client.get("/", params={"q": "sanctions"}).text
    assert "<title>Search: sanctions · newsdesk</title>" in html
    assert "Pompeo says sanctions on Iran will tighten" in html
    assert re.search(r"<mark>sanctions</mark>", html, re.IGNORECASE)
    assert 'aria-labelledby="facets-heading"' in html
    assert "/?q=sanctions&amp;outlet=Reuters" in html


def test_a_facet_link_narrows_the_search(client: TestClient) -> None:
    html = client.get("/", params={"q": "Iran", "outlet": "Al Jazeera"}).text
    assert "Khamenei rejects talks with Washington" in html
    assert "Pompeo says sanctions on Iran will tighten" not in html


def test_the_empty_search_page_shows_what_the_store_holds(client: TestClient) -> None:
    html = client.get("/").text
    assert "14 articles" in html
    assert "Most quoted" in html


def test_a_bad_query_is_an_error_page_not_a_traceback(client: TestClient) -> None:
    response = client.get("/", params={"q": '"'})
    assert response.status_code == 400
    assert "has no words to search for" in response.text
    assert response.headers["content-type"].startswith("text/html")


def test_article_highlights_quotes_by_speaker_and_links_them(client: TestClient) -> None:
    html = client.get(f"/article/{doc_id(client, 'Leader no talks under pressure')}").text
    khamenei = entity_id(client, "Ali Khamenei")
    marks = re.findall(r'<mark class="quote (speaker-\d)"', html)
    assert len(set(marks)) == 2  # two speakers, two colours
    assert f'— <a href="/entity/{khamenei}">Ali Khamenei</a>' in html
    assert "Download the record (JSON)" in html


def test_article_shows_market_rows_and_removed_furniture(client: TestClient) -> None:
    seed = doc_id(client, 'Khamenei negotiations "maximum pressure"')
    html = client.get(f"/article/{seed}").text
    assert '<table class="market">' in html
    assert "Samba" in html
    assert "Removed from the body" in html


def test_unknown_article_or_entity_is_a_404_page(client: TestClient) -> None:
    for url in ("/article/ffffffffffffffff", "/entity/nobody"):
        response = client.get(url)
        assert response.status_code == 404
        assert "<h1>Error 404</h1>" in response.text


def test_person_page_lists_quotes_in_time_order_with_outlets_and_a_chart(
    client: TestClient,
) -> None:
    html = client.get(f"/entity/{entity_id(client, 'Ali Khamenei')}").text
    dates = re.findall(r'<time datetime="([^"]+)"', html)
    assert len(dates) >= 2
    assert dates == sorted(dates)
    assert "Al Jazeera" in html
    assert "Tehran Times" in html
    assert '<svg class="chart" role="img"' in html
    assert html.count('<rect class="bar"') >= 1


def test_paste_shows_the_record_of_a_pasted_page(client: TestClient) -> None:
    form = client.get("/paste").text
    assert '<textarea id="page" name="page"' in form
    html = client.post("/paste", data={"page": SEED.read_text("utf-8")}).text
    assert '<table class="market">' in html
    assert "EghtesadOnline" in html
    assert '<pre class="json">' in html


def test_paste_of_nothing_shows_the_form_again_with_why(client: TestClient) -> None:
    response = client.post("/paste", data={"page": "  "})
    assert response.status_code == 422
    assert "the page is empty" in response.text
    assert "<textarea" in response.text


def shown_as_text(html: str) -> None:
    """No scraped markup is live in the page; it is there, escaped, as text."""
    assert "<script" not in html
    assert "<img" not in html
    assert "onerror=" not in html.replace("onerror=&#34;", "")
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "page",
    ["search", "article", "person", "organisation", "paste"],
)
def test_scraped_markup_is_shown_as_text_on_every_page(client: TestClient, page: str) -> None:
    hostile = client.get("/api/search", params={"q": "pier council"}).json()["hits"][0]["id"]
    if page == "search":
        html = client.get("/", params={"q": "pier"}).text
    elif page == "article":
        html = client.get(f"/article/{hostile}").text
    elif page == "person":
        html = client.get(f"/entity/{entity_id(client, 'Marta Quill')}").text
        assert "&lt;img src=x onerror=" in html  # the quote, as text
        html += "&lt;script&gt;alert(1)&lt;/script&gt;"  # the quote holds no script tag
    elif page == "organisation":
        orgs = client.get("/api/entities", params={"type": "ORG", "limit": 100}).json()
        (trust,) = [org["id"] for org in orgs if org["name"].startswith("Pier Trust")]
        html = client.get(f"/entity/{trust}").text
    else:
        html = client.post("/paste", data={"page": HOSTILE_HTML, "nlp": "false"}).text
        assert "Harbour council votes on the pier" in html
    shown_as_text(html)


#: A scraped page: live script, an event handler and a javascript: link in the markup,
#: and the same markup written as text in a paragraph (as a page about XSS would).
HOSTILE_HTML = """<!doctype html><html><head><title>Pier vote</title>
<script>alert(1)</script></head><body><article><h1>Pier vote</h1>
<p>Harbour council votes on the pier after a long night of debate about its future,
and the harbour master said the pier stays open. <img src=x onerror="alert(2)"></p>
<p>One councillor pasted &lt;script&gt;alert(1)&lt;/script&gt; into the minutes, which
the clerk printed as it stood for every member of the public to read in full.</p>
<p>Read more at <a href="javascript:alert(3)">the council site</a> before the next
meeting of the harbour council on the first Monday of the month.</p>
</article></body></html>"""
