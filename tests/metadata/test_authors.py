"""Bylines and author tags to personal names: split, cleaned, outlets and roles dropped."""

from __future__ import annotations

import pytest

from newsdesk.metadata.authors import clean_authors


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe, John Roe, and Mary Major", ("Jane Doe", "John Roe", "Mary Major")),
        ("BY JANE DOE", ("Jane Doe",)),
        ("Jane Doe, Staff Writer", ("Jane Doe",)),
        ("By Jane Doe | Reporter", ("Jane Doe",)),
        ("Jane Doe (jane@example.com)", ("Jane Doe",)),
        ("By Jane Doe, CNN", ("Jane Doe",)),
        (
            "By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019",
            ("Mike Wuerthele", "Malcolm Owen"),
        ),
        ("von Hans Müller und Erika Mustermann", ("Hans Müller", "Erika Mustermann")),
        ("Ludwig van Beethoven", ("Ludwig van Beethoven",)),
        ("By Sarah E. Needleman", ("Sarah E. Needleman",)),
        ("Иван Петров", ("Иван Петров",)),
        ("Jill Disis, CNN Business", ("Jill Disis",)),
        ("CNN Editor-at-large", ()),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ("Chris Cillizza",)),
        ("Martin Luther King Jr.", ("Martin Luther King Jr.",)),
        ("Reuters", ()),
        ("By Reuters Staff", ()),
        ("Associated Press", ()),
        ("Newsroom", ()),
        ("admin", ()),
        ("jane@example.com", ()),
        ("https://www.facebook.com/janedoe", ()),
        ("@janedoe", ()),
    ],
)
def test_clean_authors(byline: str, names: tuple[str, ...]) -> None:
    assert clean_authors([byline]) == names


def test_same_name_from_several_values_once() -> None:
    assert clean_authors(["Jane Doe", "By JANE DOE", "John Roe"]) == ("Jane Doe", "John Roe")
