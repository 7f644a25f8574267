"""Cited sources: outlets, agencies, websites, documents and platforms, kept apart from speakers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.nlp.sources import find_sources


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The minister said talks would resume in October, Financial Tribune reported.",
         "Financial Tribune", "outlet"),
        ("PARIS (AFP) - French farmers blocked roads around the capital on Monday.",
         "AFP", "agency"),
        ("The blast killed four people, according to a report in The New York Times.",
         "New York Times", "outlet"),
        ("The president dismissed the report on Twitter late on Sunday.",
         "Twitter", "social"),
        ('"No talks," the cleric was quoted as saying by his website.',
         "his website", "website"),
        ("The ministry said in a statement that the border would stay closed.",
         "a statement", "document"),
        ("Figueroa told USA Today that the campaign would appeal.", "USA Today", "outlet"),
        ("Shares fell 3 percent, Reuters reported.", "Reuters", "agency"),
        # a name that says nothing of a newspaper, known by what it does
        ("The trade minister said on Tuesday the timing was not right, The Hindu reported.",
         "The Hindu", "outlet"),
        ("The envoy said the talks had stalled, the Hindu reported.", "Hindu", "outlet"),
    ],
)  # fmt: skip
def test_cited_source(nlp: Language, text: str, name: str, kind: str) -> None:
    found = {(s.name, s.kind) for s in find_sources(nlp(text))}
    assert (name, kind) in found


def test_spans_point_at_the_name(nlp: Language) -> None:
    text = "Prices rose again in May, the Tribune reported, citing customs data."
    sources = find_sources(nlp(text))
    assert sources
    for source in sources:
        assert text[source.start : source.end] == source.name


@pytest.mark.parametrize(
    "text",
    [
        "The Leader said the talks would never take place.",
        "Workers posted their shifts on a board in the hall.",
        "The company opened a new site near the river.",
        # a company reporting its own figures relays nobody
        "Sales fell 5 percent in the third quarter, Apple reported.",
    ],
)
def test_no_source(nlp: Language, text: str) -> None:
    assert find_sources(nlp(text)) == []


def test_seed_page_sources(nlp: Language) -> None:
    from pathlib import Path

    from newsdesk import extract

    seed = Path(__file__).parents[2] / "examples" / "seed-eghtesadonline.txt"
    body = extract(seed.read_bytes(), nlp=False).body
    found = {(s.name, s.kind) for s in find_sources(nlp(body))}
    assert ("Financial Tribune", "outlet") in found
    assert ("his website", "website") in found
    assert ("Twitter", "social") in found
