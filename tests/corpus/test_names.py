"""Name keys: titles, honorifics, case and accents fall away; descriptions are no names."""

from __future__ import annotations

import pytest

from newsdesk.corpus.names import name_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Hillary Clinton", "hillary clinton"),
        ("President Bill Clinton", "bill clinton"),
        ("Former President Bill Clinton", "bill clinton"),
        ("Secretary of State Mike Pompeo", "mike pompeo"),
        ("Ayatollah Ali Khamenei", "ali khamenei"),
        ("Mrs. Clinton", "clinton"),
        ("Clinton's", "clinton"),
        ("José Mourinho", "jose mourinho"),
        ("Osama bin Laden", "osama bin laden"),
        ("George W. Bush", "george w bush"),
        ("Leader of Islamic Revolution Ayatollah Seyyed Ali Khamenei", "ali khamenei"),
        ("US President Donald Trump", "donald trump"),
        ("Iranian Foreign Minister Mohammad Javad Zarif", "mohammad javad zarif"),
        # Title words inside real names stay.
        ("Martin Luther King Jr.", "martin luther king jr"),
        ("John Major", "john major"),
        ("Yves St Laurent", "yves st laurent"),
        ("Gary Player", "gary player"),
        # Descriptions before a name go; a suffix stays (a son is not his father).
        ("Texas Senator Ted Cruz", "ted cruz"),
        ("Texas Senator Cruz", "cruz"),
        ("Billionaire Donald Trump", "donald trump"),
        ("President of Iran Hassan Rouhani", "hassan rouhani"),
        ("Donald Trump Jr.", "donald trump jr"),
        # Words that are parts of names, not the sentence's: an initial, Korean, Chinese.
        ("Samuel A. Alito Jr.", "samuel a alito jr"),
        ("Moon Jae-in", "moon jae in"),
        ("He Lifeng", "he lifeng"),
    ],
)
def test_name_key_folds_case_accents_and_titles(name: str, key: str) -> None:
    found = name_key(name)
    assert found is not None
    assert found.text == key


@pytest.mark.parametrize("form", ["he", "He", "the Leader", "Iran's supreme leader", "President"])
def test_pronouns_descriptions_and_bare_titles_are_not_names(form: str) -> None:
    assert name_key(form) is None


@pytest.mark.parametrize(
    "form",
    [
        "FBI Director",
        "Republican Majority Leader",
        "Senate Majority Leader",
        "Take House Speaker",
        "Massachusetts Secretary of State",
        "US Secretary of State",
        "White House Chief of Staff",
        "Director of National Intelligence",
        "Hollywood Actor Who Endorsed",
        "CNN President On",
        "Medal of Honor Winner Opens Up About Backing",
        "When President",
        "Barack and Michelle Obama",
    ],
)
def test_a_title_or_a_headline_is_not_a_name(form: str) -> None:
    assert name_key(form) is None
