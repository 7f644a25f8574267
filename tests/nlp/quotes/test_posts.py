"""Embedded posts signed on the line after them are their authors' direct quotes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.nlp.quotes.find import QuoteCandidate
from newsdesk.nlp.quotes.marks import paragraph_spans
from newsdesk.nlp.quotes.posts import signed_posts

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


@pytest.mark.parametrize(
    "text",
    [
        # an agency's credit under a story, a place, a single word
        "The minister said the talks would resume next week in Geneva.\n\n— Reuters",
        "The board approved the merger late on Tuesday.\n\n— Associated Press",
        "Flights were cancelled across the region.\n\n— New Delhi",
        # a list of dash-led lines, whether or not blank lines part them
        "The tour visits three cities:\n– Paris\n– Berlin\n– Rome",
        "The band plays two more shows:\n\n– Lena Hart\n\n– Tom Biel",
    ],
)
def test_a_credit_or_a_list_item_signs_nothing(text: str) -> None:
    assert signed_posts(text, paragraph_spans(text)) == []


def test_an_agency_credit_leaves_the_reported_speech_to_its_speaker(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = "The minister said the talks would resume next week in Geneva.\n\n— Reuters"
    found = {(q.kind, q.text) for q in quotes_in(text)}
    assert ("indirect", "the talks would resume next week in Geneva") in found
    assert all(q.kind != "direct" for q in quotes_in(text))


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("— Governor Jane Doe", "Governor Jane Doe"),
        ("— Marta Koval", "Marta Koval"),
        ("— Reuters (@reuters)", "Reuters"),
        ("— Kim Lee March 3, 2024", "Kim Lee"),
        ("— Kim Lee (@kimlee) May 9, 2023", "Kim Lee"),
    ],
)
def test_a_named_signature_signs_the_post_above(line: str, author: str) -> None:
    text = f"The new bins are great, honestly.\n\n{line}\n"
    (post,) = signed_posts(text, paragraph_spans(text))
    assert post.text == "The new bins are great, honestly."
    assert post.speaker_span is not None
    assert text[slice(*post.speaker_span)] == author


@pytest.mark.parametrize(
    ("post", "words"),
    [
        ("“We did it. Thank you all.”", "We did it. Thank you all."),
        ('"Back home at last. What a week."', "Back home at last. What a week."),
        ("“Proud of the ‘team’ tonight.”", "Proud of the ‘team’ tonight."),
        # quotation marks inside the post, not around it, stay in it
        ("“Wow” is all I can say about tonight.", "“Wow” is all I can say about tonight."),
    ],
)
def test_a_post_in_quotation_marks_is_the_words_inside_them(
    quotes_in: Callable[[str], list[QuoteCandidate]], post: str, words: str
) -> None:
    text = f"{post}\n\n— Jane Doe (@janedoe) March 3, 2024"
    (found,) = [q for q in quotes_in(text) if q.kind == "direct"]
    assert found.text == words
    assert found.speaker_span is not None
    assert text[slice(*found.speaker_span)] == "Jane Doe"
