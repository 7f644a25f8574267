"""Name mentions and their keys: regnal numbers go, names that look like numerals stay, a
sentence's words before a name are not part of it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.nlp.entities.mentions import name_key, name_mentions


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Pope Clement XV", ("clement",)),
        ("Henry VIII", ("henry",)),
        ("John Smith III", ("john", "smith")),
        ("Li Xi", ("li", "xi")),  # a family name, not the number 11
        ("Malcolm X", ("malcolm", "x")),
        ("Charles V", ("charles", "v")),
    ],
)
def test_regnal_numbers_as_written_are_dropped(name: str, key: tuple[str, ...]) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Telling Jeb Bush to leave the race, Trump smiled.", "Jeb Bush"),
        ("Certainly Donald Trump has gone in the opposite direction.", "Donald Trump"),
        ("Will Smith arrived at the premiere in Berlin.", "Will Smith"),
    ],
)
def test_a_sentence_word_before_a_name_is_not_part_of_it(
    nlp: Language, text: str, name: str
) -> None:
    people = [m.text for m in name_mentions(nlp(text)) if m.label == "PERSON"]
    assert people[0] == name


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Having bought the house in Braunau am Inn, the state will rebuild it.",
         "Braunau am Inn", "GPE"),
        # The tagger reads the town as an organisation here.
        ("The old bridge at Braunau am Inn will be rebuilt in stone.", "Braunau am Inn", "GPE"),
        ("Apple plans to release a new 13-inch MacBook Pro with a better keyboard.",
         "MacBook Pro", "PRODUCT"),
    ],
)  # fmt: skip
def test_a_place_or_a_product_the_tagger_took_for_a_person_is_none(
    nlp: Language, text: str, name: str, label: str
) -> None:
    found = {m.text: m.label for m in name_mentions(nlp(text))}
    assert found.get(name) == label
    assert "PERSON" not in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Bill de Blasio spoke in Brooklyn on Friday.",
        "Max Verstappen won the race in Monza.",
    ],
)
def test_a_name_opening_on_a_particle_or_a_given_name_stays_a_person(
    nlp: Language, text: str
) -> None:
    found = [m.label for m in name_mentions(nlp(text))]
    assert "PERSON" in found
