"""Names joined into entities: short names, titles, equivalent names, acronyms, misread types."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsdesk.nlp.entities import (
    Cluster,
    NameMention,
    join_names,
    name_key,
    name_mentions,
    propagate,
)


def _mentions(*items: tuple[str, str]) -> list[NameMention]:
    found = []
    offset = 0
    for index, (text, label) in enumerate(items):
        found.append(
            NameMention(offset, offset + len(text), index, index + 1, text, label, name_key(text))
        )
        offset += len(text) + 10
    return found


def _groups(clusters: list[Cluster]) -> list[tuple[str, list[str]]]:
    return [(c.type, [m.text for m in c.names]) for c in clusters if c.names]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ayatollah Seyyed Ali Khamenei", ("ali", "khamenei")),
        ("Mr. John Smith Jr.", ("john", "smith")),
        ("Dr Jane Goodall", ("jane", "goodall")),
        ("Trump's", ("trump",)),
        ("President", ("president",)),
        ("Financial Tribune", ("financial", "tribune")),
    ],
)
def test_name_key_strips_titles_and_possessives(text: str, key: tuple[str, ...]) -> None:
    assert name_key(text) == key


def test_full_name_short_name_and_titled_name_join() -> None:
    mentions = _mentions(
        ("Ayatollah Seyyed Ali Khamenei", "PERSON"),
        ("Ayatollah Khamenei", "PERSON"),
        ("Hassan Rouhani", "PERSON"),
        ("Khamenei", "PERSON"),
        ("Ayatollah Ali Khamenei", "PERSON"),
    )
    clusters, assigned = join_names(mentions)
    assert _groups(clusters) == [
        (
            "PERSON",
            [
                "Ayatollah Seyyed Ali Khamenei",
                "Ayatollah Khamenei",
                "Khamenei",
                "Ayatollah Ali Khamenei",
            ],
        ),
        ("PERSON", ["Hassan Rouhani"]),
    ]
    assert clusters[0].fullest() == "Ayatollah Seyyed Ali Khamenei"
    assert clusters[0].gender == "m"
    assert set(assigned) == {0, 1, 2, 3, 4}


def test_family_name_the_model_typed_org_joins_the_person() -> None:
    clusters, _ = join_names(_mentions(("Donald Trump", "PERSON"), ("Trump", "ORG")))
    assert _groups(clusters) == [("PERSON", ["Donald Trump", "Trump"])]


def test_two_people_with_one_family_name_stay_apart() -> None:
    clusters, _ = join_names(
        _mentions(("John Smith", "PERSON"), ("Mary Smith", "PERSON"), ("Smith", "PERSON"))
    )
    assert _groups(clusters) == [
        ("PERSON", ["John Smith"]),
        ("PERSON", ["Mary Smith", "Smith"]),
    ]
    assert [c.gender for c in clusters] == ["m", "f"]


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        ("United States", "US", "GPE"),
        ("U.S.", "America", "GPE"),
        ("United Nations", "UN", "ORG"),
        ("International Monetary Fund", "IMF", "ORG"),
        ("Financial Tribune", "Tribune", "ORG"),
        ("Hofstra University", "Hofstra", "ORG"),
        ("Apple Inc.", "Apple", "ORG"),
    ],
)
def test_equivalent_names_acronyms_and_short_forms_join(
    first: str, second: str, label: str
) -> None:
    clusters, _ = join_names(_mentions((first, label), (second, label)))
    assert _groups(clusters) == [(label, [first, second])]


def test_place_and_organisation_of_one_name_stay_apart() -> None:
    clusters, _ = join_names(_mentions(("Iran", "GPE"), ("Iranian", "NORP"), ("Iran", "GPE")))
    assert _groups(clusters) == [("GPE", ["Iran", "Iran"]), ("NORP", ["Iranian"])]


def test_one_word_name_mostly_typed_a_place_is_a_place() -> None:
    clusters, _ = join_names(
        _mentions(("England", "GPE"), ("England", "PERSON"), ("England", "GPE"))
    )
    assert _groups(clusters) == [("GPE", ["England", "England", "England"])]


def test_honorific_gives_gender() -> None:
    clusters, _ = join_names(_mentions(("Mrs. Okafor", "PERSON"), ("Okafor", "PERSON")))
    assert clusters[0].gender == "f"


_VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], ents: list[str], tags: list[str] | None = None) -> Doc:
    spaces = [
        i + 1 < len(words) and words[i + 1] not in {",", ".", "'s"} for i in range(len(words))
    ]
    return Doc(_VOCAB, words=words, spaces=spaces, ents=ents, tags=tags)


def test_mentions_lose_the_article_and_possessive_and_split_at_commas() -> None:
    doc = _doc(
        ["the", "United", "States", "'s", "envoy", "on", "Twitter", ",", "Financial", "Tribune"],
        ["B-GPE", "I-GPE", "I-GPE", "I-GPE", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"],
    )
    assert [(m.text, m.label) for m in name_mentions(doc)] == [
        ("United States", "GPE"),
        ("Twitter", "ORG"),
        ("Financial Tribune", "ORG"),
    ]


def test_numeric_and_title_only_spans_are_not_names() -> None:
    doc = _doc(
        ["Secretary", "of", "State", "spoke", "on", "Monday"],
        ["O", "O", "B-ORG", "O", "O", "B-DATE"],
    )
    assert name_mentions(doc) == []


def test_untagged_family_name_and_known_name_are_added() -> None:
    words = ["Daniel", "Montero", "left", ".", "Montero", "went", "to", "Ghana", "and", "Ghana"]
    tags = ["NNP", "NNP", "VBD", ".", "NNP", "VBD", "IN", "NNP", "CC", "NNP"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O", "O"]
    doc = _doc(words, ents, tags)
    mentions = name_mentions(doc)
    clusters, assigned = join_names(mentions)
    mentions, assigned = propagate(doc, mentions, clusters, assigned)
    found = [(m.text, clusters[assigned[i]].type) for i, m in enumerate(mentions)]
    assert found == [
        ("Daniel Montero", "PERSON"),
        ("Montero", "PERSON"),
        ("Ghana", "GPE"),
        ("Ghana", "GPE"),
    ]
