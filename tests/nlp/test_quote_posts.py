"""Embedded posts signed on the line after them are their authors' direct quotes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.nlp.quote_marks import paragraph_spans
from newsdesk.nlp.quote_posts import signed_posts
from newsdesk.nlp.quotes import QuoteCandidate

_PAGE = (
    "The city's new recycling slogan drew mockery online within hours.\n\n"
    "Honestly I think the slogan is working, since everybody is talking about bins now.\n\n"
    "— Mayor Dana Whitfield (@danawhitfield) March 3, 2024\n\n"
    "Others were less kind.\n\n"
    "Who approved this? It reads like a joke about “clean streets” gone wrong.\n\n"
    "— Priya Raman\n\n"
    "The council said it would review the campaign."
)


@pytest.mark.parametrize(
    ("post_start", "author"),
    [("Honestly I think", "Dana Whitfield"), ("Who approved this?", "Priya Raman")],
)
def test_a_signed_post_is_its_authors_direct_quote(
    quotes_in: Callable[[str], list[QuoteCandidate]], post_start: str, author: str
) -> None:
    found = quotes_in(_PAGE)
    (post,) = [q for q in found if q.text.startswith(post_start)]
    assert post.kind == "direct"
    assert post.speaker_span is not None
    assert author in _PAGE[slice(*post.speaker_span)]


def test_words_inside_a_post_are_the_post_only(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    """No reported clause of "I think" and no scare quote inside a post stands apart."""
    found = quotes_in(_PAGE)
    inside = [
        q for q in found if any(p.start <= q.start and q.end <= p.end and p is not q for p in found)
    ]
    assert inside == []


@pytest.mark.parametrize(
    "line",
    [
        "— and that was only the start of it, the mayor said.",
        "—",
        "— Mayor Dana Whitfield said the slogan was working.",
    ],
)
def test_a_dash_line_that_is_no_signature_signs_nothing(line: str) -> None:
    text = f"The slogan drew mockery.\n\n{line}\n"
    assert signed_posts(text, paragraph_spans(text)) == []
