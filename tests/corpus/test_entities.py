"""Corpus entities: the same person under several names joins; different people never do."""

from __future__ import annotations

import itertools

import pytest

from newsdesk.corpus.entities import PageEntity, family_name, gather, resolve


def person(doc: str, name: str, *aliases: str, mentions: int = 1) -> PageEntity:
    return PageEntity(doc, "e1", name, "PERSON", aliases, mentions)


def groups(entities: list[PageEntity]) -> set[frozenset[str]]:
    """Which docs' entities ended up together."""
    resolution = resolve(entities)
    by_entity: dict[str, set[str]] = {}
    for (doc, _), entity in resolution.members.items():
        by_entity.setdefault(entity, set()).add(doc)
    return {frozenset(docs) for docs in by_entity.values()}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hillary Clinton", "Bill Clinton"),
        ("George Bush", "George W. Bush"),
        ("Kim Jong-un", "Kim Jong-il"),
        ("Rand Paul", "Ron Paul"),
        ("Jeb Bush", "George Bush"),
    ],
)
def test_different_full_names_sharing_a_surname_never_join(first: str, second: str) -> None:
    assert groups([person("a", first), person("b", second)]) == {
        frozenset({"a"}),
        frozenset({"b"}),
    }


def test_the_same_full_name_under_titles_joins_across_pages() -> None:
    entities = [
        person("a", "Mike Pompeo"),
        person("b", "Secretary of State Mike Pompeo"),
        person("c", "Pompeo", "Secretary Pompeo"),
    ]
    assert groups(entities) == {frozenset({"a", "b", "c"})}
    (entity,) = resolve(entities).entities
    assert entity.name == "Mike Pompeo"
    assert set(entity.aliases) == {"Secretary of State Mike Pompeo", "Pompeo", "Secretary Pompeo"}
    assert entity.documents == 3


def test_a_surname_joins_only_when_one_person_in_the_corpus_has_it() -> None:
    only_hillary = [person("a", "Hillary Clinton"), person("c", "Mrs. Clinton")]
    assert groups(only_hillary) == {frozenset({"a", "c"})}
    both = [*only_hillary, person("b", "Bill Clinton")]
    # Once Bill Clinton is in the corpus, "Mrs. Clinton" alone is ambiguous.
    assert groups(both) == {frozenset({"a"}), frozenset({"b"}), frozenset({"c"})}
    # A man's honorific never joins a woman, even the one person of the name.
    assert groups([only_hillary[0], person("d", "Mr. Clinton")]) == {
        frozenset({"a"}),
        frozenset({"d"}),
    }


def test_a_bare_surname_is_the_far_best_known_bearer() -> None:
    barack = [person(f"b{n}", "Barack Obama", "Obama") for n in range(10)]
    michelle = [person("m", "Michelle Obama")]
    bare = [person("x", "Obama", "President Obama"), person("y", "Mrs. Obama")]
    found = names_of([*barack, *michelle, *bare])
    # Ten articles to one: "Obama" alone is Barack Obama; "Mrs. Obama" is not him.
    assert found["Barack Obama"] == {f"b{n}" for n in range(10)} | {"x"}
    assert found["Michelle Obama"] == {"m"}
    assert found["Mrs. Obama"] == {"y"}
    # Nine to one: "Obama" alone tells them apart no more.
    found = names_of([*barack[:9], *michelle, *bare])
    assert found["Barack Obama"] == {f"b{n}" for n in range(9)}
    assert set(found) == {"Barack Obama", "Michelle Obama", "Obama"}


def test_aliases_on_a_page_join_full_names_across_pages() -> None:
    entities = [
        person("a", "Hillary Rodham Clinton", "Hillary Clinton", "Clinton"),
        person("b", "Hillary Clinton"),
        person("c", "Clinton"),
    ]
    assert groups(entities) == {frozenset({"a", "b", "c"})}
    # The fullest name written on two pages or more: one page's fuller form is an alias.
    (entity,) = resolve(entities).entities
    assert entity.name == "Hillary Clinton"
    assert "Hillary Rodham Clinton" in entity.aliases
    again = [*entities, person("d", "Hillary Rodham Clinton")]
    assert resolve(again).entities[0].name == "Hillary Rodham Clinton"


def test_types_must_agree() -> None:
    entities = [
        PageEntity("a", "e1", "Jordan", "GPE"),
        PageEntity("b", "e1", "Michael Jordan", "PERSON"),
        PageEntity("c", "e1", "Jordan", "PERSON"),
    ]
    assert groups(entities) == {frozenset({"a"}), frozenset({"b", "c"})}


def test_equivalent_country_names_join() -> None:
    entities = [
        PageEntity("a", "e1", "U.S.", "GPE"),
        PageEntity("b", "e1", "United States", "GPE"),
        PageEntity("c", "e1", "United Kingdom", "GPE"),
    ]
    assert groups(entities) == {frozenset({"a", "b"}), frozenset({"c"})}
    names = {e.name for e in resolve(entities).entities}
    assert names == {"United States", "United Kingdom"}


def test_pronoun_only_entities_make_no_corpus_entity() -> None:
    resolution = resolve([person("a", "he")])
    assert resolution.entities == ()
    assert resolution.members == {}


def test_resolution_does_not_depend_on_order() -> None:
    entities = [
        person("a", "Hillary Clinton"),
        person("b", "Bill Clinton"),
        person("c", "Clinton"),
        person("d", "Mike Pompeo"),
        person("e", "Pompeo"),
        person("f", "Secretary Pompeo"),
    ]
    expected = resolve(entities)
    for order in itertools.permutations(entities):
        assert resolve(order) == expected


def test_the_canonical_name_is_a_name_not_a_description() -> None:
    entities = [
        person("a", "Hassan Rouhani", "President of Iran Hassan Rouhani"),
        person("b", "Ayatollah Seyyed Ali Khamenei", "Leader of Islamic Revolution Ali Khamenei"),
        PageEntity("b", "e2", "Ali Khamenei", "PERSON"),
    ]
    names = {e.name for e in resolve(entities).entities}
    assert names == {"Hassan Rouhani", "Ali Khamenei"}


@pytest.mark.parametrize(
    ("forms", "name"),
    [
        (("U.S. President", "Donald Trump", "Trump", "US President"), "Donald Trump"),
        (("When President", "Trump"), "Trump"),
        (("Senate President", "Bukola Saraki"), "Bukola Saraki"),
        (("Russia's President", "Medvedev"), "Medvedev"),
        # A title that is also a surname is still a name.
        (("John Major", "Major"), "John Major"),
        (("Stephen King", "King"), "Stephen King"),
    ],
)
def test_a_title_of_office_is_not_the_name_of_a_person(forms: tuple[str, ...], name: str) -> None:
    (entity,) = resolve([person("a", forms[0], *forms[1:])]).entities
    assert entity.name == name
    assert set(entity.aliases) <= set(forms) - {name}


def names_of(entities: list[PageEntity]) -> dict[str, set[str]]:
    """Each corpus entity's name and the docs it joined."""
    resolution = resolve(entities)
    docs: dict[str, set[str]] = {}
    for (doc, _), entity in resolution.members.items():
        docs.setdefault(entity, set()).add(doc)
    return {e.name: docs[e.id] for e in resolution.entities}


def test_people_who_share_a_title_stay_apart() -> None:
    entities = [
        person("a", "Mitch McConnell", "McConnell", "Senate Majority Leader"),
        person("b", "Harry Reid", "Reid", "Senate Majority Leader"),
        person("c", "Kevin McCarthy", "Majority Leader"),
        person("d", "James Comey", "FBI Director"),
        person("e", "Robert Mueller", "FBI Director"),
    ]
    assert names_of(entities) == {
        "Mitch McConnell": {"a"},
        "Harry Reid": {"b"},
        "Kevin McCarthy": {"c"},
        "James Comey": {"d"},
        "Robert Mueller": {"e"},
    }


@pytest.mark.parametrize(
    ("misread", "joined", "apart", "aliases"),
    [
        # A headline the tagger read as one person's name.
        (("Hillary Clinton Slams Donald Trump", "Donald Trump", "Trump"), "Donald Trump",
         "Hillary Clinton", {"Trump"}),
        # A son folded into his father on one page.
        (("Donald Trump", "Donald Trump Jr.", "Trump"), "Donald Trump", "Donald Trump Jr.",
         {"Trump"}),
        # A couple joined on one page.
        (("Michelle Obama", "Barack Obama", "Obama", "Barack", "President Obama"),
         "Barack Obama", "Michelle Obama", {"Obama", "Barack", "President Obama"}),
    ],
)  # fmt: skip
def test_one_page_misreading_never_joins_two_people(
    misread: tuple[str, ...], joined: str, apart: str, aliases: set[str]
) -> None:
    entities = [
        person("a", misread[0], *misread[1:]),
        person("b", joined, joined.split()[-1]),
        person("c", apart),
    ]
    assert names_of(entities) == {joined: {"a", "b"}, apart: {"c"}}
    (entity,) = [e for e in resolve(entities).entities if e.name == joined]
    assert set(entity.aliases) == aliases


def test_groups_of_one_word_people_each_have_their_own_id() -> None:
    # "Okafor" (also "Marta") and "Marta" alone: two groups, one known by each word.
    entities = [person("a", "Okafor", "Marta"), person("b", "Marta")]
    resolution = resolve(entities)
    assert len({e.id for e in resolution.entities}) == len(resolution.entities) == 2
    assert len(set(resolution.members.values())) == 2


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # More pages naming her: counts grow, a new spelling becomes an alias.
        ([("Marta Okafor", "Okafor"), ("Dr. Marta Okafor",), ("Okafor",)], ("Mrs. Marta Okafor",)),
        ([("Marta Okafor", "Okafor"), ("Okafor",)], ("Okafor", "Ms. Okafor")),
        # A fuller form written on a second page becomes the name.
        ([("Hillary Rodham Clinton", "Hillary Clinton"), ("Hillary Clinton",)],
         ("Hillary Rodham Clinton",)),
    ],
)  # fmt: skip
def test_gathering_new_pages_into_an_entity_gives_what_resolving_them_all_gives(
    old: list[tuple[str, ...]], new: tuple[str, ...]
) -> None:
    known = [person(f"d{n}", *forms) for n, forms in enumerate(old)]
    (entity,) = resolve(known).entities
    added = [person("new", *new, mentions=3)]
    (everything,) = resolve([*known, *added]).entities
    assert gather(entity, added) == everything
    assert everything != entity


@pytest.mark.parametrize(
    ("key", "entity_type", "family"),
    [
        ("hillary clinton", "PERSON", "clinton"),
        ("martin luther king jr", "PERSON", "king"),
        ("clinton", "PERSON", None),
        ("northwind logistics", "ORG", None),
    ],
)
def test_the_family_name_of_a_key_is_a_persons_full_name_s_last_name_word(
    key: str, entity_type: str, family: str | None
) -> None:
    assert family_name(key, entity_type) == family
