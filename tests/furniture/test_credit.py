"""Credit prefixes and datelines split off the first paragraph."""

from __future__ import annotations

import pytest

from newsdesk.furniture.credit import split_credit


@pytest.mark.parametrize(
    ("text", "name", "prefix", "rule"),
    [
        ("EghtesadOnline: Leader of Islamic Revolution said", "EghtesadOnline",
         "EghtesadOnline:", "text:credit-prefix"),
        ("WASHINGTON (Reuters) - The U.S. said on Monday", "Reuters", "WASHINGTON (Reuters) -",
         "text:dateline"),
        ("LONDON, Nov 3 (AFP) — Britain said it would", "AFP", "LONDON, Nov 3 (AFP) —",
         "text:dateline"),
        ("NEW YORK (AP) — A judge ruled on Friday", "AP", "NEW YORK (AP) —", "text:dateline"),
        ("(Reuters) - Shares fell sharply today", "Reuters", "(Reuters) -", "text:dateline"),
        ("BERLIN (dpa) - Der Bundestag hat beschlossen", "dpa", "BERLIN (dpa) -", "text:dateline"),
        ("Tehran Times: The minister said on Sunday", "Tehran Times", "Tehran Times:",
         "text:credit-prefix"),
        ("IRNA - The president arrived in Baku on Monday", "IRNA", "IRNA -", "text:credit-prefix"),
    ],
)  # fmt: skip
def test_credit(text: str, name: str, prefix: str, rule: str) -> None:
    credit = split_credit(text)
    assert credit is not None
    assert (credit.name, credit.prefix, credit.rule) == (name, prefix, rule)
    assert text == f"{credit.prefix} {credit.rest}"


@pytest.mark.parametrize(
    "text",
    [
        "Update: the story has been changed to add a quote",
        "Trump: I will win this race easily",
        "Q: What did you think of it",
        "SIOUX FALLS, S.D. – People across the nation are talking",
        "Photo: the minister at the airport on Monday",
        "EghtesadOnline: hi",
    ],
)
def test_no_credit(text: str) -> None:
    assert split_credit(text) is None
