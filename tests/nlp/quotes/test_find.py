"""Who said what: direct, partial and indirect quotes with cue and speaker mention."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from newsdesk.nlp.quotes.find import QuoteCandidate, find_quotes
from newsdesk.nlp.quotes.marks import MAX_WARNINGS, scan_quotes

EXAMPLES = Path(__file__).parents[3] / "examples"
SEED = EXAMPLES / "seed-eghtesadonline.txt"


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
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, quote: str, speaker: str, cue: str
) -> None:
    found = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [q.text for q in found] == [quote]
    assert _speaker(text, found[0]) == speaker
    assert found[0].cue == cue


def test_attribution_inside_serves_both_pieces(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = '"We are ready to talk," she said. "But not at any price."'
    found = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [q.text for q in found] == ["We are ready to talk,", "But not at any price."]
    assert [_speaker(text, q) for q in found] == ["she", "she"]


def test_multi_paragraph_quote_is_one_quote(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        '"The first part of the plan is to cut costs across every department.\n\n'
        '"The second part is to invest what we save in schools," the governor said.'
    )
    found = [q for q in quotes_in(text) if q.kind == "direct"]
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
def test_partial_quote(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, fragment: str, speaker: str
) -> None:
    found = [q for q in quotes_in(text) if q.kind == "partial"]
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
        # "according to" at the end reports the whole sentence before it
        ("Turnout rose in every district, and the incumbent lost the seat, according to "
         "official results.",
         "Turnout rose in every district, and the incumbent lost the seat", "official results"),
        # a coordinated speech verb starts new words of the same speaker
        ("The spokesman said the plant would close and added that no jobs would be lost.",
         "the plant would close", "The spokesman"),
        # attitudes: stance verbs, cue nouns and adjectives
        ("Most voters in the county supported Sanders.", "Sanders", "Most voters in the county"),
        ("The senator voiced strong support for the new trade agreement.",
         "the new trade agreement", "The senator"),
        ("Her plan to expand rural broadband was welcomed by farmers.",
         "Her plan to expand rural broadband", "farmers"),
        ("The governor made clear that he would veto the bill.",
         "he would veto the bill", "The governor"),
        ("The senator has been critical of the deal with the union.", "the deal with the union",
         "The senator"),
        # an opinion: a finite clause held by somebody named
        ("The senator thinks the bill will pass before the summer recess.",
         "the bill will pass before the summer recess", "The senator"),
        ("She hopes the talks will resume soon.", "the talks will resume soon", "She"),
    ],
)  # fmt: skip
def test_reported_speech(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, content: str, speaker: str
) -> None:
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert content in [q.text for q in found]
    quote = next(q for q in found if q.text == content)
    assert _speaker(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # evidential verb: subject and complement, the writer infers
        ("The frontrunner appears to be losing ground in the southern states.",
         "The frontrunner appears to be losing ground in the southern states", "appears"),
        # the question put to somebody
        ("Asked whether he would run again, the mayor smiled.",
         "whether he would run again", "Asked"),
        # a passive report: nobody is named
        ("It was reported that the talks had failed.", "the talks had failed", "was reported"),
        ("The senator is expected to announce her candidacy on Monday.",
         "The senator is expected to announce her candidacy on Monday", "is expected"),
    ],
)  # fmt: skip
def test_attribution_without_written_speaker(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, content: str, cue: str
) -> None:
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [(q.text, q.cue, q.speaker_span) for q in found] == [(content, cue, None)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a speech verb under "likely": the subject of "be" speaks
        ("Younger voters were more likely to say they trusted the governor on taxes.",
         "they trusted the governor on taxes", "Younger voters"),
        # "called for" with a for-to clause: the clause without "for"
        ("The mayor has called for the state to build a new bridge over the river.",
         "the state to build a new bridge over the river", "The mayor"),
    ],
)  # fmt: skip
def test_reported_speech_in_wider_frames(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, content: str, speaker: str
) -> None:
    found = {q.text: _speaker(text, q) for q in quotes_in(text) if q.kind == "indirect"}
    assert found.get(content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a news headline names its speaker before the colon
        ("Poll: Senator Gains Ground In Three Key Swing States\n\nThe survey of 900 voters ...",
         "Senator Gains Ground In Three Key Swing States", "Poll"),
        ("Mayor to City Council: budget cuts will shape the next decade.\n\nBody.",
         "budget cuts will shape the next decade.", "Mayor to City Council"),
    ],
)  # fmt: skip
def test_headline_with_a_speaker_label(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, content: str, speaker: str
) -> None:
    found = {q.text: _speaker(text, q) for q in quotes_in(text) if q.kind == "indirect"}
    assert found.get(content) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: Two villages vote first in the regional election.\n\nBody text follows.",
        "Now we know: the debate changed nothing for anyone on stage.\n\nBody text follows.",
        "Markets were calm.\n\nThe report: rates will stay where they are for now.",
        # a schedule under a team's name, a line of links
        "The Hawks won 98-90.\n\nUP NEXT\n\nHawks: Host the Bulls on Sunday.",
        "Thunder: Host the Lakers on Friday.",
        "The Hawks won 98-90.\n\nMore AP NBA: https://apnews.com/NBA and https://x.com/AP",
    ],
)
def test_colon_lines_without_a_speaker_label(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str
) -> None:
    assert not [q for q in quotes_in(text) if q.cue == ":"]


def test_reported_clause_runs_on_through_the_quotation_it_opens(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = 'The minister said the economy had "turned a corner. Growth is back."'
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ['the economy had "turned a corner. Growth is back.']


def test_coordinated_speech_verb_keeps_the_speaker(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = "The spokesman said the plant would close and added that no jobs would be lost."
    found = {q.text: _speaker(text, q) for q in quotes_in(text) if q.kind == "indirect"}
    assert found == {
        "the plant would close": "The spokesman",
        "no jobs would be lost": "The spokesman",
    }


def test_passive_attitude_names_the_agent(quotes_in: Callable[[str], list[QuoteCandidate]]) -> None:
    text = "The plan was backed by most of the city council."
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [(q.text, _speaker(text, q)) for q in found] == [
        ("The plan", "most of the city council")
    ]


def test_clause_before_a_paragraph_break_is_not_the_next_speakers(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        '"We will win," he said.\n\n'
        "Moments earlier, in his opening remarks, Trump said he was ideally suited for the job."
    )
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["he was ideally suited for the job"]


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
def test_scare_quotes_titles_and_nicknames_are_not_quotes(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str
) -> None:
    assert [q for q in quotes_in(text) if q.kind != "indirect"] == []


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


def test_seed_page(nlp: Language, quotes_in: Callable[[str], list[QuoteCandidate]]) -> None:
    from newsdesk import extract

    body = extract(SEED.read_bytes(), nlp=False).body
    quotes = quotes_in(body)
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


@pytest.mark.slow
def test_long_paragraph_of_attitude_cues(nlp: Language) -> None:
    unit = (
        "The senator made clear that she was critical of the plan. Her support for the new deal "
        "appears to be fading. The bill was backed by voters. Asked whether it would pass, she "
        "declined to say. "
    )
    text = unit * 300
    quotes, _ = find_quotes(nlp(text))
    assert sum(q.kind == "indirect" for q in quotes) >= 300
    assert all(text[q.start : q.end] == q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        # a thought verb with a plain object reports no thought
        "Visitors to the museum can learn more on its website.",
        "The driver knows the way to the stadium.",
        # a content of a bare preposition says nothing
        "They got letters from lenders they never asked for.",
    ],
)
def test_cues_without_a_content_give_no_quote(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str
) -> None:
    assert [q for q in quotes_in(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "hearer"),
    [
        ("The garrison was put on high alert and has been told to prepare for an attack.",
         "The garrison"),
        ("The staff were gathered in the hall and were asked to leave the building.",
         "The staff"),
    ],
)  # fmt: skip
def test_who_was_told_is_not_the_speaker(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, hearer: str
) -> None:
    speakers = [_speaker(text, q) for q in quotes_in(text)]
    assert hearer not in speakers


def test_clause_the_parse_took_for_an_object_runs_on(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    # the parse makes "date" the object of "observed" and "coincided" a modifier of it
    text = (EXAMPLES / "GUM_news_warhol.txt").read_text(encoding="utf-8")
    found = [q for q in quotes_in(text) if q.kind == "indirect" and q.cue == "observed"]
    clause = next(q for q in found if q.text.startswith("the 2007 starting date"))
    assert clause.text.endswith(
        "coincided with the 20th anniversary of Andy Warhol's death in 1987"
    )
    assert _speaker(text, clause) == "Wilkins"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the cue stands before its subject after the clause: it is not content
        ("The storm may have been stronger on the coast than anywhere else, said several "
         "forecasters.",
         "The storm may have been stronger on the coast than anywhere else",
         "several forecasters"),
        # the parse coordinates the cue with the clause; "a Senate panel" only heard it
        ("The package contains a force to assist Kurdish fighters, Defense Secretary John "
         "Miller told a Senate panel Wednesday.",
         "The package contains a force to assist Kurdish fighters",
         "Defense Secretary John Miller"),
    ],
)  # fmt: skip
def test_clause_before_a_trailing_attribution(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, content: str, speaker: str
) -> None:
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [(q.text, _speaker(text, q)) for q in found] == [(content, speaker)]


def test_speaker_mention_leaves_out_when(quotes_in: Callable[[str], list[QuoteCandidate]]) -> None:
    text = (
        "Finance Minister Jane Moreau on Sunday rejected the proposal, saying such a tax "
        "would only hurt small firms."
    )
    found = [q for q in quotes_in(text) if q.cue == "saying"]
    assert [_speaker(text, q) for q in found] == ["Finance Minister Jane Moreau"]


@pytest.mark.parametrize("cue", ["adding", "noting", "explaining", "stressing"])
def test_attitude_inside_reported_speech_is_part_of_it(
    quotes_in: Callable[[str], list[QuoteCandidate]], cue: str
) -> None:
    text = f"The mayor spoke to reporters on Monday, {cue} that the city would defend its budget."
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["the city would defend its budget"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ministry's website quoted him as saying that the border would reopen.", "him"),
        ("State television quoted Defence Minister Ali Rezaei as saying that the army was "
         "ready.", "Defence Minister Ali Rezaei"),
        ('"We are ready," state media quoted the minister as saying.', "the minister"),
    ],
)  # fmt: skip
def test_who_is_quoted_as_saying_speaks(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, speaker: str
) -> None:
    found = [q for q in quotes_in(text) if q.kind in {"direct", "indirect"}]
    assert [_speaker(text, q) for q in found] == [speaker]


def test_an_outlet_that_relays_is_not_the_speaker_of_a_partial_quote(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        "The trade minister told reporters that talks were possible, although the prime "
        'minister later said the timing was "not right", The Hindu reported.'
    )
    partial = [q for q in quotes_in(text) if q.kind == "partial"]
    assert [(q.text, _speaker(text, q)) for q in partial] == [("not right", "the prime minister")]


def test_an_outlet_relaying_a_clause_is_cut_off_it(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        "The minister said on Monday that the president was open to talks with "
        '"no conditions" on Twitter, The Hindu reported.'
    )
    found = quotes_in(text)
    assert "The Hindu" not in [_speaker(text, q) for q in found]
    indirect = [q for q in found if q.kind == "indirect"]
    assert [(q.text, _speaker(text, q)) for q in indirect] == [
        ('the president was open to talks with "no conditions" on Twitter', "The minister")
    ]


@pytest.mark.parametrize(
    ("text", "fragment", "clause_start"),
    [
        ('The council needs to "act before winter. Every week of delay costs lives," '
         'Dr Hale said. "We cannot wait for another report."',
         "act before winter. Every week of delay costs lives,", "The council needs to"),
        ('Here is the problem: the fund "pays out late. Families wait for months," '
         "the auditor said.", "pays out late. Families wait for months,", "the fund"),
    ],
)  # fmt: skip
def test_fragment_of_several_sentences_closed_by_a_comma_is_the_speakers(
    quotes_in: Callable[[str], list[QuoteCandidate]], text: str, fragment: str, clause_start: str
) -> None:
    """The parse splits the sentence inside the marks; the cue after them still attributes
    the fragment, and the reported clause starts where the sentence does."""
    found = quotes_in(text)
    (partial,) = [q for q in found if q.kind == "partial"]
    (indirect,) = [q for q in found if q.kind == "indirect"]
    assert partial.text == fragment
    assert indirect.text.startswith(clause_start)
    assert _speaker(text, partial) == _speaker(text, indirect)
    assert _speaker(text, partial) in {"Dr Hale", "the auditor"}


def test_a_speaker_reporting_an_evidential_clause_keeps_it(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = "The audit says the shortfall appears to be due to late payments by the ministry."
    (quote,) = quotes_in(text)
    assert quote.text == "the shortfall appears to be due to late payments by the ministry"
    assert (quote.cue, _speaker(text, quote)) == ("says", "The audit")


def test_a_clause_that_is_all_one_partial_quote_is_given_once(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = 'The nurses call for "an immediate review of staffing on every ward."'
    assert [(q.kind, q.text) for q in quotes_in(text)] == [
        ("partial", "an immediate review of staffing on every ward.")
    ]
