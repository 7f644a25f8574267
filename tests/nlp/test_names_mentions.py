"""Keys of names for matching: regnal numbers go, names that look like numerals stay."""

from __future__ import annotations

import pytest

from newsdesk.nlp.names_mentions import name_key


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
