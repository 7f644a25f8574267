"""The three readings of the person-pronoun score, on a text written for them."""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk_bench import pronoun_scoring as scoring

TEXT = (
    "Anna Berg met Tom Hale. She thanked him. A witness said they saw her. "
    "The witness said she was sure."
)


def _span(part: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(part, at + 1)
    return (at, at + len(part))


ANNA = _span("Anna Berg")
HALE = _span("Tom Hale")
SHE = _span("She")
HIM = _span("him")
THEY = _span("they")
HER = _span("her")
WITNESS_SHE = _span("she", 0)


def _gold() -> dict[str, Any]:
    def entity(ident: str, spans: list[tuple[int, int]]) -> dict[str, Any]:
        listed = [list(s) for s in spans]
        return {"id": ident, "type": "person", "mentions": listed, "minspans": listed}

    return {
        "doc_id": "t",
        "text": TEXT,
        "entities": [
            entity("anna", [ANNA, SHE, HER]),
            entity("hale", [HALE, HIM]),
            entity("crowd", [THEY]),  # no proper name in the chain
            entity("witness", [_span("A witness"), _span("The witness"), WITNESS_SHE]),
        ],
    }


def _score(owners: dict[tuple[int, int], list[tuple[int, int]]]) -> scoring.PronounScores:
    gold = _gold()
    spelling = scoring.spelling_of(gold)
    chains = {e["id"]: scoring.chain_of(e, spelling) for e in gold["entities"]}
    scores = scoring.PronounScores()
    scoring.score_pronouns(gold, chains, {"newsdesk": (lambda s: owners.get(s, []), scores)})
    return scores


def test_pronoun_kinds() -> None:
    assert [scoring.pronoun_kind(w) for w in ("her", "their", "myself")] == [
        "he/she",
        "they",
        "first person",
    ]


def test_all_right_when_named_pronouns_join_their_names_and_unnamed_stay_apart() -> None:
    scores = _score({SHE: [ANNA], HIM: [HALE], HER: [ANNA], THEY: [], WITNESS_SHE: []})
    assert scores.tallies["named"].show("all") == "3/3 (100.0 %)"
    assert scores.tallies["all"].show("all") == "5/5 (100.0 %)"
    assert scores.tallies["strict"].show("all") == "3/5 (60.0 %)"


@pytest.mark.parametrize(
    ("owners", "all_right"),
    [
        ({WITNESS_SHE: [ANNA]}, False),  # a description's pronoun joined to a named person
        ({WITNESS_SHE: []}, True),  # left alone (or with descriptions only)
        ({THEY: [HALE]}, False),
        ({THEY: []}, True),
    ],
)
def test_unnamed_chain_pronoun_is_right_only_when_kept_apart_from_names(
    owners: dict[tuple[int, int], list[tuple[int, int]]], all_right: bool
) -> None:
    scores = _score(owners)
    unnamed = scores.tallies["all"].right.get("all", 0) - scores.tallies["named"].right.get(
        "all", 0
    )
    assert unnamed == (1 if all_right else 0) + 1  # the other unnamed pronoun is alone
    assert scores.tallies["strict"].right.get("all", 0) == 0


def test_named_chain_pronoun_joined_to_another_name_is_wrong_in_every_reading() -> None:
    scores = _score({SHE: [HALE]})
    assert scores.tallies["named"].show("he/she") == "0/3 (0.0 %)"
    assert scores.tallies["all"].right.get("he/she", 0) == 1  # only the witness's "she"


CAPITALS = (
    "Voters Back New Flag\n\n"
    "Voters chose the new flag on Sunday. Critics said their vote was rushed. "
    "Lena Ortiz voted early. Ortiz said the queue was short. Mr. Ruiz disagreed. "
    'He said: "Nobody asked us." Who counted the votes? Hindus gathered at the temple.'
)
CAPITALS_GOLD: dict[str, Any] = {
    "text": CAPITALS,
    "paragraphs": [{"start": 0, "end": CAPITALS.index("\n"), "kind": "heading"}],
    "entities": [
        {"id": "voters", "wiki": None, "mentions": [], "minspans": []},
        {"id": "hindus", "wiki": "Hindus", "mentions": [], "minspans": []},
    ],
}


def _at(part: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = CAPITALS.index(part, at + 1)
    return (at, at + len(part))


def _with_link(gold: dict[str, Any], span: tuple[int, int]) -> dict[str, Any]:
    hindus = {**gold["entities"][1], "minspans": [list(span)]}
    return {**gold, "entities": [gold["entities"][0], hindus]}


@pytest.mark.parametrize(
    ("part", "nth", "expected"),
    [
        ("Voters", 1, False),  # opens a sentence, and only heading words are capitalised too
        ("Critics", 0, False),  # opens a sentence and is capitalised nowhere else
        ("Lena Ortiz", 0, True),  # a word inside the name is capitalised mid-sentence
        ("Ortiz", 1, True),  # opens a sentence, but written capitalised elsewhere
        ("Ruiz", 0, True),  # after "Mr.", no sentence starts
        ("Nobody", 0, False),  # opens a quotation
        ("Who", 0, False),
        ("Hindus", 0, False),  # opens a sentence: linked to nothing in this gold
    ],
)
def test_a_capital_opening_a_sentence_makes_no_name_by_itself(
    part: str, nth: int, expected: bool
) -> None:
    assert scoring.is_name(_at(part, nth), scoring.spelling_of(CAPITALS_GOLD)) is expected


def test_an_entity_the_gold_links_to_wikipedia_is_named_wherever_it_stands() -> None:
    gold = _with_link(CAPITALS_GOLD, _at("Hindus"))
    assert scoring.is_name(_at("Hindus"), scoring.spelling_of(gold))
    chain = scoring.chain_of(gold["entities"][1], scoring.spelling_of(gold))
    assert chain.names == (_at("Hindus"),)


def test_the_pronoun_of_a_sentence_opening_common_noun_is_in_an_unnamed_chain() -> None:
    voters = {
        "id": "voters",
        "type": "person",
        "mentions": [list(_at("Voters", 1)), list(_at("their"))],
        "minspans": [list(_at("Voters", 1)), list(_at("their"))],
    }
    gold = {**CAPITALS_GOLD, "entities": [voters]}
    chains = {"voters": scoring.chain_of(voters, scoring.spelling_of(gold))}
    scores = scoring.PronounScores()
    scoring.score_pronouns(gold, chains, {"newsdesk": (lambda _: [], scores)})
    assert scores.tallies["named"].total.get("all", 0) == 0
    assert scores.tallies["all"].show("they") == "1/1 (100.0 %)"


@pytest.mark.parametrize(
    ("part", "nth", "expected"),
    [
        ("Voters", 0, True),  # the text's first word
        ("Voters", 1, True),  # after a paragraph break
        ("Critics", 0, True),
        ("Ortiz", 0, False),
        ("Ruiz", 0, False),  # "Mr." ends no sentence
        ("Nobody", 0, True),
        ("the temple", 0, False),
    ],
)
def test_sentence_starts(part: str, nth: int, expected: bool) -> None:
    assert scoring.starts_sentence(CAPITALS, _at(part, nth)[0]) is expected


ORGANISATION = "Acme Foods opened a plant. Their workers cheered. The firm said they were glad."


def test_the_plural_pronouns_of_a_named_organisation_are_scored_apart() -> None:
    def at(part: str) -> tuple[int, int]:
        start = ORGANISATION.index(part)
        return (start, start + len(part))

    acme = {
        "id": "acme",
        "type": "organization",
        "mentions": [list(at(p)) for p in ("Acme Foods", "Their", "The firm", "they")],
        "minspans": [list(at(p)) for p in ("Acme Foods", "Their", "firm", "they")],
    }
    gold = {"text": ORGANISATION, "entities": [acme]}
    chains = {"acme": scoring.chain_of(acme, scoring.spelling_of(gold))}
    joined = {at("Their"): [at("Acme Foods")]}
    scores = scoring.PronounScores()
    scoring.score_pronouns(gold, chains, {"newsdesk": (lambda s: joined.get(s, []), scores)})
    assert scores.organisations.show("they") == "1/2 (50.0 %)"
    assert scores.tallies["all"].total.get("all", 0) == 0  # no person pronoun among them
