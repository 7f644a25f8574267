"""Role nouns ("the President", "the Crown Prince") joined to the right person when
several officials carry overlapping titles; outlets the tagger took for people.

Quotes are found by the stage itself (``annotate_doc``), on short texts written for
each case.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language

from newsdesk.nlp.stage import annotate_doc, parse
from newsdesk.record import Entity, PageSource, Record


def _annotate(nlp: Language, body: str) -> Record:
    record = Record(id="t", source=PageSource(), body=body)
    return annotate_doc(record, parse(nlp, body, 10_000))


def _owner(record: Record, phrase: str) -> str | None:
    """The name of the entity that holds the last occurrence of ``phrase``, or None."""
    found = list(re.finditer(re.escape(phrase), record.body))[-1]
    span = (found.start(), found.end())
    return next((e.name for e in record.entities if span in e.mentions), None)


def _person(record: Record, name: str) -> Entity:
    return next(e for e in record.entities if e.name == name)


@pytest.mark.parametrize(
    ("body", "role", "owner"),
    [
        # a lesser rank of the same title is another office
        ("President Grace Mwangi opened the summit on Monday. Vice President Otieno Kamau "
         "said the talks would last three days.\n\n"
         '"We owe our people results," the President said.', "the President", "Grace Mwangi"),
        ("Secretary-General Lotte Vinter called for a ceasefire. Under-Secretary-General "
         "Pablo Serra said convoys were blocked.\n\n"
         "The Secretary-General said the council had failed.", "The Secretary-General",
         "Lotte Vinter"),
        ("Minister Ruth Okafor met the unions. Deputy Minister Femi Ade said talks would "
         "continue.\n\nThe minister said the strike must end.", "The minister", "Ruth Okafor"),
        ("Shadow Foreign Secretary Ruth Kells attacked the deal. Foreign Secretary Alan "
         "Moss defended it, and Kells replied on Friday.\n\n"
         "The Foreign Secretary said the deal was fair.", "The Foreign Secretary",
         "Alan Moss"),
        # the ranked role itself still finds its holder
        ("President Grace Mwangi opened the summit. Vice President Otieno Kamau spoke next."
         "\n\nThe vice president said the talks would last three days.",
         "The vice president", "Otieno Kamau"),
        # a two-word title, "the Crown Prince", is a role of the person who carried it
        ("Crown Prince Salman bin Aziz visited the port on Sunday.\n\n"
         '"Trade is our future," the Crown Prince said.', "the Crown Prince",
         "Crown Prince Salman bin Aziz"),
        # a role noun news uses for the title written
        ("King Omar Rashidi opened the new port on Sunday.\n\n"
         "The monarch said the port would create ten thousand jobs.", "The monarch",
         "Omar Rashidi"),
        ("Pope Gregory XVII met the refugees on Friday.\n\n"
         "The pontiff said every life was sacred.", "The pontiff", "Pope Gregory XVII"),
        # a head of state named by the place that stands for the government
        ("President Arkady Morozov met business leaders on Tuesday.\n\n"
         '"Sanctions hurt those who impose them," the Kremlin leader said.',
         "the Kremlin leader", "Arkady Morozov"),
        # a style and name the tagger buried in an organisation's span
        ("Leader of the Revolution Ayatollah Reza Moradi spoke on Monday. US President "
         "Tom Hale replied on Tuesday.\n\n"
         '"We are ready," the Leader said.', "the Leader", "Ayatollah Reza Moradi"),
        # a counterpart holds the office of the one it is the counterpart of, and a role
        # qualified by a country goes to nobody written with another country
        ("US President Tom Hale met his Brazilian counterpart, Rui Matos, on Monday. Hale "
         "and Hale's aides left early, and Hale later praised the talks.\n\n"
         "All Brazilian officials, including the president and Finance Minister Ana "
         "Prado, backed the deal.", "the president", "Rui Matos"),
        ("US President Tom Hale met his Brazilian counterpart, Rui Matos, on Monday. Hale "
         "later praised the talks.\n\nThe Brazilian president said the talks were useful.",
         "The Brazilian president", "Rui Matos"),
        # a title carried as written goes before one carried by synonym only
        ("Supreme Leader Ali Rahimi ruled out talks. President Sam Ford had offered a "
         "meeting, and Ford repeated the offer on Friday.\n\n"
         '"There will be no talks," the Leader said.', "the Leader", "Ali Rahimi"),
    ],
)  # fmt: skip
def test_role_noun_goes_to_the_holder_of_that_very_title(
    nlp: Language, body: str, role: str, owner: str
) -> None:
    assert _owner(_annotate(nlp, body), role) == owner


def test_prince_and_given_name_is_the_crown_prince(nlp: Language) -> None:
    body = (
        "Crown Prince Salman bin Aziz visited the port on Sunday. "
        "Prince Salman said the kingdom would build a new terminal."
    )
    record = _annotate(nlp, body)
    assert _owner(record, "Prince Salman") == "Crown Prince Salman bin Aziz"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The finance minister said taxes would rise next year, Dagbladet reported.",
         "Dagbladet"),
        ("The envoy said the bloc was ready to talk, although Lindemann later played down "
         "the idea on Twitter.", "Twitter"),
    ],
)  # fmt: skip
def test_outlet_or_platform_the_tagger_took_for_a_person_is_an_organisation(
    nlp: Language, body: str, name: str
) -> None:
    record = _annotate(nlp, body)
    assert any(s.name == name for s in record.sources)
    assert all(not (e.name == name and e.type == "PERSON") for e in record.entities)


def test_titled_name_the_tagger_misreads_is_a_person(nlp: Language) -> None:
    body = (
        "“The crown serves the people,” Queen Margrethe Sørensen told lawmakers.\n\n"
        "“I am certain we will pass this test,” she said."
    )
    record = _annotate(nlp, body)
    queen = next(e for e in record.entities if "Sørensen" in e.name)
    assert queen.type == "PERSON"
    assert "she" in [record.body[s:e] for s, e in queen.mentions]


def test_role_opening_a_quotation_is_no_apposition_of_the_name_before(nlp: Language) -> None:
    """A shipped Wikinews page (examples/, CC BY 2.5): 'Sunak defended ... from Braverman
    is forthcoming: "The Home Secretary and I ..."' is the Home Secretary, not Sunak."""
    page = Path(__file__).parents[3] / "examples" / "GUM_news_questionnaire.txt"
    record = _annotate(nlp, page.read_text(encoding="utf-8"))
    assert _owner(record, "The Home Secretary") == "Suella Braverman"


@pytest.mark.parametrize(
    ("body", "name", "aliases"),
    [
        (
            "Country Singer Who Backed Ted Cruz Now Regrets It.\n\nThe country singer Dana "
            "Holt said on Monday that she no longer supports Senator Ted Cruz.",
            "Ted Cruz",
            (),
        ),
        (
            "The summit ended early. When President Obama spoke, the delegates left the room.",
            "Obama",
            (),
        ),
    ],
)
def test_a_headline_or_sentence_before_a_name_is_no_title_of_it(
    nlp: Language, body: str, name: str, aliases: tuple[str, ...]
) -> None:
    assert _person(_annotate(nlp, body), name).aliases == aliases


_DESCRIBED = (
    "The old bridge over the river will be rebuilt in stone, Ruritania's transport "
    "minister said on Monday, after years of debate.\n\n"
    '"The new bridge should carry trains as well as cars," Transport Minister Karl '
    "Brandt said in a statement."
)


def test_a_speaker_described_by_a_role_is_the_person_named_with_it(nlp: Language) -> None:
    record = _annotate(nlp, _DESCRIBED)
    assert _owner(record, "Ruritania's transport minister") == "Karl Brandt"
    people = [e.name for e in record.entities if e.type == "PERSON"]
    assert people == ["Karl Brandt"]
    brandt = _person(record, "Karl Brandt").id
    assert [q.speaker for q in record.quotes] == [brandt] * len(record.quotes)


@pytest.mark.parametrize(
    "second",
    [
        # Two transport ministers: the description names neither for sure.
        "Transport Minister Karl Brandt and Transport Minister Ilse Varga of Freedonia met.",
        # A minister of another office.
        "Finance Minister Karl Brandt said the bridge would cost too much.",
    ],
)
def test_a_role_description_joins_no_person_it_does_not_single_out(
    nlp: Language, second: str
) -> None:
    body = _DESCRIBED.split("\n\n")[0] + "\n\n" + second
    record = _annotate(nlp, body)
    assert _owner(record, "Ruritania's transport minister") == "Ruritania's transport minister"
