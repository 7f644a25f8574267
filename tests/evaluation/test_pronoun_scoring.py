"""The three readings of the person-pronoun score, on a text written for them."""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk.evaluation import pronoun_scoring as scoring

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
    common = scoring.common_words(TEXT)
    chains = {e["id"]: scoring.chain_of(e, TEXT, common) for e in gold["entities"]}
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
