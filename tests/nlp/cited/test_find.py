"""Cited sources: outlets, agencies, websites, documents and platforms, kept apart from speakers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.nlp.cited.find import find_sources


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
        # a name the tagger splits at its hyphen is still one name
        ("The oil minister said output would stay flat, Al-Watan Al-Arabi reported.",
         "Al-Watan Al-Arabi", "outlet"),
        # state media, by the phrase or by the broadcaster's name
        ('"No retreat," the general was quoted as saying by state television.',
         "state television", "outlet"),
        ("The premier told state radio that the strike was illegal.", "state radio", "outlet"),
        ("The mayor told state broadcaster RTV that the bridge was safe.", "RTV", "outlet"),
        # an agency named before its medium noun
        ("The army had full control, the minister said, according to the PTI news agency.",
         "PTI", "agency"),
        ("Officials told the state-run Xinhua news agency that the dam was safe.",
         "Xinhua", "agency"),
        ("The general spoke on state-run television on Sunday.", "state-run television",
         "outlet"),
        ("Officials told state media that the dam was safe.", "state media", "outlet"),
        ('"We will not yield," the king was quoted as saying by the official news agency '
         "SPA.", "SPA", "agency"),
        ("The minister told the official IRNA news agency that talks would resume.",
         "IRNA", "agency"),
        ('"No talks," the official website of the Supreme Leader quoted him as saying.',
         "the official website of the Supreme Leader", "website"),
        ('"No talks," the president was quoted as saying by the presidential website.',
         "presidential website", "website"),
        ("In an op-ed for The Washington Post, the senator wrote that the bill was a "
         "mistake.", "Washington Post", "outlet"),
        # the platform that is a letter, when posted on
        ("In a post on X, the senator wrote that the vote was rigged.", "X", "social"),
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
        "Rescuers reached the site of the Kursk disaster on Monday.",
        # a letter that is no platform
        "The suspect, known only as X, was arrested on Monday.",
        # a state noun that cites nothing
        "The state media law was passed in May.",
    ],
)
def test_no_source(nlp: Language, text: str) -> None:
    assert find_sources(nlp(text)) == []


def test_seed_page_sources(nlp: Language) -> None:
    from pathlib import Path

    from newsdesk import extract

    seed = Path(__file__).parents[3] / "examples" / "seed-eghtesadonline.txt"
    body = extract(seed.read_bytes(), nlp=False).body
    found = {(s.name, s.kind) for s in find_sources(nlp(body))}
    assert ("Financial Tribune", "outlet") in found
    assert ("his website", "website") in found
    assert ("Twitter", "social") in found


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        ("The foreign minister told Le Temps that the talks had failed.", "Le Temps", "told"),
        ("Draghi told La Repubblica on Monday that the bank was ready.", "La Repubblica",
         "told"),
        ("The president told El País that Spain would not pay.", "El País", "told"),
        # the parse takes "Die" for a verb: the hearer is known by the word before it
        ("The chancellor told Die Zeit that she had no regrets.", "Die Zeit", "told"),
        ("He said in an interview with La Stampa that the troops would stay.", "La Stampa",
         "interview with"),
        ("In a conversation with O Globo, the president said Brazil would stay neutral.",
         "O Globo", "conversation with"),
        ("Speaking to Le Parisien, the mayor said the bridge would reopen.", "Le Parisien",
         "Speaking to"),
        ("The senator wrote in The Atlantic that the party had lost its way.", "The Atlantic",
         "wrote in"),
        ("She wrote in Le Monde that Europe was adrift.", "Le Monde", "wrote in"),
        ("In remarks to Al Jazeera, the prime minister said the ceasefire would hold.",
         "Al Jazeera", "remarks"),
        ("He told the Greek daily Kathimerini that Athens would pay.", "Kathimerini", "told"),
        ("The commander told state broadcaster IRIB that the drills would continue.", "IRIB",
         "told"),
        # a title before its medium noun modifies no other noun
        ("The mayor told Le Temps newspaper that the bridge would reopen.", "Le Temps",
         "told"),
        # a title that quotes somebody
        ("Le Temps quoted the minister as saying that the talks had failed.", "Le Temps",
         "quoted"),
    ],
)  # fmt: skip
def test_publication_spoken_or_written_to_is_a_cited_outlet(
    nlp: Language, text: str, name: str, cue: str
) -> None:
    found = {s.name: s for s in find_sources(nlp(text))}
    assert name in found
    assert found[name].kind == "outlet"
    assert found[name].cue == cue
    assert text[found[name].start : found[name].end] == name


@pytest.mark.parametrize(
    "text",
    [
        # a surname led by an article, named with its given name before
        "Marine Le Pen lost the vote. The president told Le Pen that she was wrong.",
        "The coach told Smith that he was dropped.",
        "The minister told his colleagues that the talks had failed.",
        # a place, not a publication
        "The minister told The Hague tribunal that he was innocent.",
        "The president met Le Pen on Monday.",
        # a place, a league or a person led by an article, not a title
        "The mayor spoke to Los Angeles police about the parade route.",
        "The governor told El Paso residents that the shelters were open.",
        "The critic wrote in Las Vegas that the shows had grown stale.",
        "The president spoke with La Liga officials about the final.",
        "The director spoke with De Niro about the new script.",
        # a name that speaks elsewhere on the page is a person's
        "Macron told Le Pen that the debate was over. Le Pen said she would keep fighting.",
        "The minister told Le Gall that the plan was dead. Le Gall said he would appeal.",
    ],
)
def test_hearer_that_is_no_publication_is_no_source(nlp: Language, text: str) -> None:
    assert find_sources(nlp(text)) == []


@pytest.mark.parametrize(
    ("body", "document"),
    [
        ("The statement said the company would cut 300 jobs by the end of the year.",
         "The statement"),
        ("The ministry's report urged the government to raise taxes on fuel.",
         "The ministry's report"),
    ],
)  # fmt: skip
def test_a_document_that_says_something_is_cited(nlp: Language, body: str, document: str) -> None:
    """Its words are quoted without a speaker (``nlp.speakers.entities.unnamed``): it is cited."""
    assert [(s.name, s.kind) for s in find_sources(nlp(body))] == [(document, "document")]
