"""Pronouns, titles and role nouns joined to the right entity; quote speakers resolved.

Quotes are handed in by the test (the quote finder is tested on its own), so
these cases check coreference alone, on short texts written for them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.stage import annotate_doc, parse
from newsdesk.record import Entity, PageSource, Record

pytestmark = pytest.mark.slow


def _quote(body: str, text: str, speaker: str, *, after: bool = True) -> QuoteCandidate:
    start = body.index(text)
    end = start + len(text)
    at = body.index(speaker, end) if after else body.rindex(speaker, 0, start)
    return QuoteCandidate(text, start, end, "direct", "said", (at, at + len(speaker)))


def _annotate(nlp: Language, body: str, quotes: list[QuoteCandidate]) -> Record:
    record = Record(id="t", source=PageSource(), body=body)
    return annotate_doc(record, parse(nlp, body, 10_000), find_quotes=lambda _: (quotes, []))


def _entity(record: Record, name: str) -> Entity:
    return next(e for e in record.entities if e.name == name)


def _texts(record: Record, entity: Entity) -> list[str]:
    return [record.body[s:e] for s, e in entity.mentions]


def test_pronoun_speaker_goes_to_the_person_in_subject_position(nlp: Language) -> None:
    body = (
        "Prime Minister Jacinda Ardern rejected the proposal from the opposition on Monday.\n\n"
        '"We will not accept a deal that hurts families," she said.'
    )
    record = _annotate(nlp, body, [_quote(body, "We will not accept", "she")])
    ardern = _entity(record, "Jacinda Ardern")
    assert record.quotes[0].speaker == ardern.id
    assert record.quotes[0].speaker_text == "she"
    assert "she" in _texts(record, ardern)


def test_gender_agreement_picks_the_woman_over_the_more_recent_man(nlp: Language) -> None:
    body = (
        "Mary Robinson met John Murphy in Dublin on Friday. Murphy gave a long speech.\n\n"
        '"The talks were useful," she said.'
    )
    record = _annotate(nlp, body, [_quote(body, "The talks were useful", "she")])
    assert record.quotes[0].speaker == _entity(record, "Mary Robinson").id


def test_a_title_before_the_name_makes_the_role_noun_a_mention(nlp: Language) -> None:
    body = (
        "Foreign Minister Amina Diallo arrived in Paris on Monday for talks with officials.\n\n"
        '"There is no agreement yet," the minister said.'
    )
    record = _annotate(nlp, body, [_quote(body, "There is no agreement yet", "the minister")])
    diallo = _entity(record, "Amina Diallo")
    assert record.quotes[0].speaker == diallo.id
    assert "the minister" in _texts(record, diallo)
    assert "Foreign Minister" in diallo.aliases


@pytest.mark.parametrize("role", ["the Prime Minister", "the prime minister"])
def test_a_qualified_role_goes_to_who_carried_it_not_to_a_later_namesake(
    nlp: Language, role: str
) -> None:
    body = (
        "Prime Minister Anil Mehta dismissed calls for new trade talks on Wednesday.\n\n"
        "Commerce Minister Ravi Kapoor told reporters that the government was open to talks.\n\n"
        f'"We will talk when the troops withdraw," {role} said.'
    )
    record = _annotate(nlp, body, [_quote(body, "We will talk when the troops withdraw", role)])
    mehta = _entity(record, "Anil Mehta")
    assert record.quotes[0].speaker == mehta.id
    assert role in _texts(record, mehta)
    assert role not in _texts(record, _entity(record, "Ravi Kapoor"))


def test_the_leader_joins_the_person_titled_leader(nlp: Language) -> None:
    body = (
        "Supreme Leader Omar Haddad on Tuesday ruled out talks with the rebels.\n\n"
        "The rebels had asked for a meeting in Geneva.\n\n"
        '"Nobody will sit at that table," the Leader said.'
    )
    record = _annotate(nlp, body, [_quote(body, "Nobody will sit", "the Leader")])
    haddad = _entity(record, "Omar Haddad")
    assert record.quotes[0].speaker == haddad.id
    assert "the Leader" in _texts(record, haddad)


def test_an_object_pronoun_is_not_its_own_subject(nlp: Language) -> None:
    body = "Peter Green waited outside. Tom Brown called him on Sunday."
    record = _annotate(nlp, body, [])
    assert "him" in _texts(record, _entity(record, "Peter Green"))
    assert "him" not in _texts(record, _entity(record, "Tom Brown"))


def test_first_person_inside_a_quote_is_its_speaker(nlp: Language) -> None:
    body = 'Jane Doe, the mayor, spoke to reporters. "I will not resign over my budget," Doe said.'
    record = _annotate(nlp, body, [_quote(body, "I will not resign over my budget", "Doe")])
    jane = _entity(record, "Jane Doe")
    assert record.quotes[0].speaker == jane.id
    assert {"I", "my"} <= set(_texts(record, jane))


def test_third_person_inside_a_quote_is_not_its_speaker(nlp: Language) -> None:
    body = (
        "Andy Warhol took thousands of photographs. Critic Hilary Braysmith praised them.\n\n"
        'Braysmith said: "I think his photography is as important as his paintings."'
    )
    text = "I think his photography is as important as his paintings."
    quote = _quote(body, text, "Braysmith", after=False)
    record = _annotate(nlp, body, [quote])
    assert "his" in _texts(record, _entity(record, "Andy Warhol"))
    assert "his" not in _texts(record, _entity(record, "Hilary Braysmith"))


def test_a_speaker_named_by_description_only_becomes_an_entity(nlp: Language) -> None:
    body = 'Floods closed the road. "We expect it to reopen soon," a police spokesman said.'
    record = _annotate(nlp, body, [_quote(body, "We expect it to reopen", "a police spokesman")])
    speaker = record.quotes[0].speaker
    assert speaker is not None
    entity = next(e for e in record.entities if e.id == speaker)
    assert entity.name == "police spokesman"
    assert entity.type == "PERSON"


def test_unresolvable_pronoun_speaker_stays_none(nlp: Language) -> None:
    body = '"It will rain tomorrow," he said.'
    record = _annotate(nlp, body, [_quote(body, "It will rain tomorrow", "he")])
    assert record.quotes[0].speaker is None
    assert record.quotes[0].speaker_text == "he"


def test_entity_ids_follow_first_mention(nlp: Language) -> None:
    body = "Angela Merkel met Emmanuel Macron in Berlin. Merkel said she was pleased."
    record = _annotate(nlp, body, [])
    ids = [e.id for e in record.entities]
    assert ids == [f"e{n}" for n in range(1, len(ids) + 1)]
    firsts = [e.mentions[0][0] for e in record.entities]
    assert firsts == sorted(firsts)
    merkel = _entity(record, "Angela Merkel")
    assert _texts(record, merkel) == ["Angela Merkel", "Merkel", "she"]
