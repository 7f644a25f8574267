"""Names joined into entities: short names, titles, equivalent names, acronyms, misread types."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.nlp.entities.join import (
    Cluster,
    NameMention,
    join_names,
    name_key,
    name_mentions,
    propagate,
)
from newsdesk.nlp.stage import annotate_doc, parse
from newsdesk.record import Entity, PageSource, Record


def _mentions(*items: tuple[str, str]) -> list[NameMention]:
    found = []
    offset = 0
    for index, (text, label) in enumerate(items):
        found.append(
            NameMention(offset, offset + len(text), index, index + 1, text, label, name_key(text))
        )
        offset += len(text) + 10
    return found


def _clusters(mentions: list[NameMention]) -> list[Cluster]:
    return join_names(mentions).clusters


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
    names = join_names(mentions)
    clusters, assigned = names.clusters, names.assigned
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
    clusters = _clusters(_mentions(("Donald Trump", "PERSON"), ("Trump", "ORG")))
    assert _groups(clusters) == [("PERSON", ["Donald Trump", "Trump"])]


def test_two_people_with_one_family_name_stay_apart() -> None:
    clusters = _clusters(
        _mentions(("John Smith", "PERSON"), ("Mary Smith", "PERSON"), ("Smith", "PERSON"))
    )
    assert _groups(clusters) == [
        ("PERSON", ["John Smith"]),
        ("PERSON", ["Mary Smith", "Smith"]),
    ]
    assert [c.gender for c in clusters] == ["m", "f"]


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        (
            ["Donald Trump", "Donald Trump Jr.", "Trump Jr.", "Trump"],
            [["Donald Trump", "Trump"], ["Donald Trump Jr.", "Trump Jr."]],
        ),
        (
            ["Ken Griffey Jr.", "Ken Griffey Sr.", "Griffey Sr.", "Griffey Jr."],
            [["Ken Griffey Jr.", "Griffey Jr."], ["Ken Griffey Sr.", "Griffey Sr."]],
        ),
        # A family name alone still joins a name with a suffix when it is the only one.
        (["Martin Luther King Jr.", "King"], [["Martin Luther King Jr.", "King"]]),
    ],
)
def test_a_father_and_a_son_of_one_name_stay_apart(
    names: list[str], groups: list[list[str]]
) -> None:
    clusters = _clusters(_mentions(*((name, "PERSON") for name in names)))
    assert _groups(clusters) == [("PERSON", group) for group in groups]


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
    clusters = _clusters(_mentions((first, label), (second, label)))
    assert _groups(clusters) == [(label, [first, second])]


@pytest.mark.parametrize(
    ("pair", "one", "label"),
    [
        ("East and West Germany", "West Germany", "GPE"),
        ("North and South Carolina", "South Carolina", "GPE"),
    ],
)
def test_one_of_a_coordinated_pair_is_not_the_pair(pair: str, one: str, label: str) -> None:
    clusters = _clusters(_mentions((pair, label), (one, label)))
    assert _groups(clusters) == [(label, [pair]), (label, [one])]


def test_place_and_organisation_of_one_name_stay_apart() -> None:
    clusters = _clusters(_mentions(("Iran", "GPE"), ("Iranian", "NORP"), ("Iran", "GPE")))
    assert _groups(clusters) == [("GPE", ["Iran", "Iran"]), ("NORP", ["Iranian"])]


def test_one_word_name_mostly_typed_a_place_is_a_place() -> None:
    clusters = _clusters(_mentions(("England", "GPE"), ("England", "PERSON"), ("England", "GPE")))
    assert _groups(clusters) == [("GPE", ["England", "England", "England"])]


def test_honorific_gives_gender() -> None:
    clusters = _clusters(_mentions(("Mrs. Okafor", "PERSON"), ("Okafor", "PERSON")))
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
    names = propagate(doc, join_names(mentions))
    found = [(m.text, names.clusters[names.assigned[i]].type) for i, m in enumerate(names.mentions)]
    assert found == [
        ("Daniel Montero", "PERSON"),
        ("Montero", "PERSON"),
        ("Ghana", "GPE"),
        ("Ghana", "GPE"),
    ]


def _entities(nlp: Language, body: str) -> list[Entity]:
    record = Record(id="t", source=PageSource(), body=body)
    return list(annotate_doc(record, parse(nlp, body, 10_000)).entities)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            "Calcium deficiency weakens bones, doctors in Leeds warn. If Calcium deficiency "
            "is severe, children grow slowly. Milk is rich in calcium.",
            "Calcium",
        ),
        (
            "Mercury pollution has reached Lake Erie. Mercury builds up in fish, so anglers "
            "avoid fish with high mercury levels.",
            "Mercury",
        ),
        (
            "Ginseng is grown in Wisconsin. Ginseng roots are sold to Asia, where ginseng "
            "is prized.",
            "Ginseng",
        ),
    ],
)
def test_a_word_the_page_also_writes_in_lower_case_is_no_name(
    nlp: Language, body: str, word: str
) -> None:
    entities = _entities(nlp, body)
    assert entities  # the page's real names stay
    assert all(word not in (e.name, *e.aliases) for e in entities)


@pytest.mark.parametrize(
    ("body", "word", "kind"),
    [
        # capitalised mid-sentence: a name, whatever the page writes in lower case
        (
            "Prices rose sharply in May. Rose said she would open a second shop, and "
            "customers told Rose the prices were fair.",
            "Rose",
            "PERSON",
        ),
        (
            "Bush spoke in Ohio on Monday. Critics said Bush had ignored the drought, "
            "which left every bush in the valley dry.",
            "Bush",
            "PERSON",
        ),
        (
            "Apple sold more phones this year. Analysts who follow Apple expect growth, "
            "though one apple farmer was not impressed.",
            "Apple",
            "ORG",
        ),
    ],
)
def test_a_name_capitalised_mid_sentence_stays_a_name(
    nlp: Language, body: str, word: str, kind: str
) -> None:
    found = [e for e in _entities(nlp, body) if e.name == word]
    assert [e.type for e in found] == [kind]
    assert len(found[0].mentions) >= 2


@pytest.mark.parametrize(
    ("body", "full", "short"),
    [
        (
            "Doctors from the World Health Organization (WHO) arrived in Lagos on Friday. "
            "WHO say the outbreak is under control.",
            "World Health Organization",
            "WHO",
        ),
        (
            "The European Central Bank (ECB) held rates on Thursday. Analysts expect the "
            "ECB to cut them in June.",
            "European Central Bank",
            "ECB",
        ),
        (
            "Officials of the Kenya Wildlife Service (KWS) counted the herds. The KWS "
            "said numbers had grown.",
            "Kenya Wildlife Service",
            "KWS",
        ),
    ],
)
def test_an_abbreviation_in_brackets_is_another_name_of_the_entity(
    nlp: Language, body: str, full: str, short: str
) -> None:
    entities = _entities(nlp, body)
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            assert name.count("(") == name.count(")"), name
    entity = next(e for e in entities if e.name == full)
    assert short in entity.aliases
    spans = [m.span() for m in re.finditer(rf"\b{short}\b", body)]
    assert set(spans) <= set(entity.mentions)


@pytest.mark.parametrize(
    ("body", "person", "organisation"),
    [
        (
            "Sophie Laurent for Heart Health Europe warned about sugar in cereal. "
            "She called for clearer labels.",
            "Sophie Laurent",
            "Heart Health Europe",
        ),
    ],
)
def test_a_person_named_before_her_organisation_is_a_person(
    nlp: Language, body: str, person: str, organisation: str
) -> None:
    entities = _entities(nlp, body)
    found = next(e for e in entities if e.name == person)
    assert found.type == "PERSON"
    assert "She" in [body[s:e] for s, e in found.mentions]
    assert [e.type for e in entities if e.name == organisation] == ["ORG"]


def _tagged(nlp: Language, body: str, *names: tuple[str, str]) -> Doc:
    """``body`` parsed, its named entities exactly ``names`` (text, label), each the first
    occurrence of its text after the previous one: the test does not hang on the tagger."""
    doc = nlp(body)
    spans = []
    at = 0
    for text, label in names:
        start = body.index(text, at)
        at = start + len(text)
        span = doc.char_span(start, at, label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    return doc


@pytest.mark.parametrize(
    ("body", "span", "names"),
    [
        # an organisation whose name opens with a given name stays one organisation
        (
            "Victoria University of Wellington researchers said the glacier had shrunk.",
            "Victoria University of Wellington",
            [("Victoria University of Wellington", "ORG")],
        ),
        (
            "Nurses at Grace Hospital of Detroit said the ward was full.",
            "Grace Hospital of Detroit",
            [("Grace Hospital of Detroit", "ORG")],
        ),
        (
            "Florence Nightingale Foundation for Nursing Research staff said grants would rise.",
            "Florence Nightingale Foundation for Nursing Research",
            [("Florence Nightingale Foundation for Nursing Research", "ORG")],
        ),
        # a person's name before the body she speaks for is still cut off
        (
            "Tomasz Nowak of Clean Rivers Poland told reporters the lake was polluted.",
            "Tomasz Nowak of Clean Rivers Poland",
            [("Tomasz Nowak", "PERSON"), ("Clean Rivers Poland", "ORG")],
        ),
    ],
)
def test_an_organisation_named_after_a_person_is_not_cut_at_its_connective(
    nlp: Language, body: str, span: str, names: list[tuple[str, str]]
) -> None:
    doc = _tagged(nlp, body, (span, "ORG"))
    assert [(m.text, m.label) for m in name_mentions(doc)] == names


@pytest.mark.parametrize(
    ("body", "names", "word"),
    [
        # a bare family name the tagger typed otherwise, and the page's lower-case noun
        (
            "Helen Cook chairs the board. Cook said profits fell. The cook at the canteen left.",
            [("Helen Cook", "PERSON"), ("Cook", "ORG")],
            "Cook",
        ),
        (
            "Martin Baker runs the depot. Baker said sales fell. The baker next door closed.",
            [("Martin Baker", "PERSON"), ("Baker", "GPE")],
            "Baker",
        ),
    ],
)
def test_a_family_name_of_a_longer_name_stays_a_name(
    nlp: Language, body: str, names: list[tuple[str, str]], word: str
) -> None:
    doc = _tagged(nlp, body, *names)
    assert word in [m.text for m in name_mentions(doc)]
