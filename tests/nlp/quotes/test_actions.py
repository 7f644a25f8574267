"""What reported speech leaves out: the setting of the words after a comma, the
publication spoken to, plain actions on things and the hearer of "tell"
(``extent.before_setting``, ``actions``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.nlp.quotes.find import QuoteCandidate

Quotes = Callable[[str], list[QuoteCandidate]]


def _speaker(text: str, quote: QuoteCandidate) -> str | None:
    return text[slice(*quote.speaker_span)] if quote.speaker_span else None


def _indirect(quotes: list[QuoteCandidate]) -> list[str]:
    return [q.text for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials said the talks would resume next week, in remarks broadcast by state "
         "television.", "the talks would resume next week"),
        ("Officials said the talks would resume next week, according to state media.",
         "the talks would resume next week"),
        ("The minister said the border would reopen soon, in an interview on Sunday.",
         "the border would reopen soon"),
        ("The minister said the border would reopen soon, speaking to reporters in Geneva.",
         "the border would reopen soon"),
        ("The company said the plant would close by March, in a statement posted on its "
         "website.", "the plant would close by March"),
        ("She said the deal was dead, in a speech to supporters in Ohio.", "the deal was dead"),
        ("The ministry said the envoy had been summoned, in a post on Twitter.",
         "the envoy had been summoned"),
        ("The mayor said the bridge was safe, talking to local radio.", "the bridge was safe"),
        # a new attribution of the same speaker
        ("The minister said the plan would fail, adding that costs would rise.",
         "the plan would fail"),
        # no setting of speech: the words are all said
        ("The president said the country would respond in kind, in a measured way.",
         "the country would respond in kind, in a measured way"),
        ("The minister said the plan would cut costs, in the long run.",
         "the plan would cut costs, in the long run"),
        # a setting inside the clause: the words after it are said too
        ("The minister said the talks, in a statement on Monday, had failed.",
         "the talks, in a statement on Monday, had failed"),
    ],
)  # fmt: skip
def test_trailing_setting_of_the_words_is_not_reported(
    quotes_in: Quotes, text: str, content: str
) -> None:
    said = [q for q in quotes_in(text) if q.cue == "said"]
    assert [q.text for q in said] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said in an interview with La Stampa published on Sunday that the "
         "troops would stay.", "the troops would stay"),
        ("He said in an interview with Der Spiegel that Europe must act.", "Europe must act"),
    ],
)  # fmt: skip
def test_clause_after_the_medium_of_the_words_is_reported(
    quotes_in: Quotes, text: str, content: str
) -> None:
    assert _indirect(quotes_in(text)) == [content]


def test_setting_followed_by_more_words_keeps_them(quotes_in: Quotes) -> None:
    text = "He said that prices would fall, in an interview, and that wages would rise."
    said = [q for q in quotes_in(text) if q.cue == "said"]
    assert len(said) == 1
    assert said[0].text.endswith("wages would rise")


@pytest.mark.parametrize(
    ("text", "speaker", "outlet"),
    [
        ("The foreign minister told Le Temps that the talks had failed.",
         "The foreign minister", "Le Temps"),
        ("In remarks to Al Jazeera, the prime minister said the ceasefire would hold.",
         "the prime minister", "Al Jazeera"),
        ("The chancellor told Die Zeit that she had no regrets.", "The chancellor",
         "Die Zeit"),
        ("He said in an interview with Der Spiegel that Europe must act.", "He",
         "Der Spiegel"),
        ('"We are ready," the minister told La Repubblica.', "the minister", "La Repubblica"),
    ],
)  # fmt: skip
def test_publication_spoken_to_is_neither_speaker_nor_content(
    quotes_in: Quotes, text: str, speaker: str, outlet: str
) -> None:
    quotes = quotes_in(text)
    assert quotes
    for quote in quotes:
        assert outlet not in quote.text
        assert _speaker(text, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The county council approved its budget on Tuesday.",
        "The board rejected the bid.",
        "The court dismissed the case.",
        "The striker added a second goal in the last minute.",
        "The rescuers found a way into the cave.",
        "The mayor told reporters on Monday.",
        "The senator told CNN on Sunday.",
    ],
)
def test_plain_action_on_a_thing_reports_nothing(quotes_in: Quotes, text: str) -> None:
    assert _indirect(quotes_in(text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council rejected claims that it had misled voters.",
         "claims that it had misled voters"),
        ("He denied the report.", "the report"),
        ("The minister rejected the accusation.", "the accusation"),
        ("The union rejected the pay offer as an insult.", "the pay offer as an insult"),
        ("The senator backed a ban on smoking.", "a ban on smoking"),
        ("A survey found strong support for the plan.", "strong support for the plan"),
        ("He told the truth about the deal.", "the truth about the deal"),
    ],
)  # fmt: skip
def test_words_and_stances_are_still_reported(quotes_in: Quotes, text: str, content: str) -> None:
    assert content in _indirect(quotes_in(text))


def test_quoted_fragment_after_an_action_verb_is_still_reported(quotes_in: Quotes) -> None:
    text = 'The senator added "a great deal of nonsense" to the debate.'
    assert any("a great deal of nonsense" in q.text for q in quotes_in(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("He was told by officials that the plant would close.", "the plant would close",
         "officials"),
        # nobody named says it: the hearer is no speaker
        ("The workers were told that the plant would close.", "the plant would close", None),
        ("Le Monde was told by the minister that the talks had failed.",
         "the talks had failed", "the minister"),
    ],
)  # fmt: skip
def test_hearer_of_a_passive_tell_is_neither_speaker_nor_content(
    quotes_in: Quotes, text: str, content: str, speaker: str | None
) -> None:
    told = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [(q.text, _speaker(text, q)) for q in told] == [(content, speaker)]
