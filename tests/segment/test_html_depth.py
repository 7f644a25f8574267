"""Pages nested deeper than libxml2's limits or the walk's keep their text."""

from __future__ import annotations

import pytest

from newsdesk import extract
from newsdesk.segment.html_depth import unnest_markup

OPENING = "Mayor Jane Roe opened the session on Tuesday morning with a short speech, aides said."
DEEP = "The city council voted to approve a new budget for the coming year, officials said."
SECOND = "Opponents of the plan walked out of the chamber before the vote, a clerk said."
CLOSING = "The vote ended after midnight, and the budget now goes to the state, the clerk said."


def _page(opening: str, closing: str, depth: int) -> str:
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        f"<p>{OPENING}</p>{opening * depth}<p>{DEEP}</p>"
        f"<script>var hidden = 'not article text';</script><p>{SECOND}</p>"
        f"{closing * depth}<p>{CLOSING}</p></body></html>"
    )


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param(_page("<div>", "</div>", 300), id="300-nested-divs"),
        pytest.param(_page("<div class='wrap'><section>", "</section></div>", 700), id="1400"),
        pytest.param(_page("<div>", "</div>", 3000), id="3000-past-libxml2"),
        pytest.param(_page("<span><font>", "", 200), id="unclosed-inline-pairs"),
    ],
)
def test_a_deeply_nested_page_keeps_its_text(markup: str) -> None:
    record = extract(markup, nlp=False)
    for sentence in (OPENING, DEEP, SECOND, CLOSING):
        assert sentence in record.body
    assert "not article text" not in record.body
    assert record.body.index(DEEP) < record.body.index(SECOND) < record.body.index(CLOSING)


def test_a_page_of_unclosed_link_and_font_pairs_keeps_its_text() -> None:
    # Everything after the first unclosed link is link text (a browser shows it so too):
    # the page was lost as no-content; now its text is the body.
    markup = (
        "<html><body><p>Council news</p>"
        + "<a href='/more'><font color='red'>" * 150
        + f"<p>{DEEP}</p><p>{SECOND}</p></body></html>"
    )
    body = extract(markup, nlp=False).body
    assert DEEP in body
    assert SECOND in body


@pytest.mark.parametrize(
    ("markup", "unnested"),
    [
        ("<div><div><p>One.</p></div></div>", "<br><br><p>One.</p><br><br>"),
        ("<p>A <font size=2><b>bold</b></font> word</p>", "<p>A bold word</p>"),
        ("<head><title>T</title></head><script>x</script>", None),
    ],
)
def test_unnesting_drops_only_the_tags_that_nest(markup: str, unnested: str | None) -> None:
    assert unnest_markup(markup) == (markup if unnested is None else unnested)
