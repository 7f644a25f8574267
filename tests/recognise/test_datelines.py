"""Bare datelines (a place, no agency) split off the lead paragraph, and the places they name."""

from __future__ import annotations

import pytest

from newsdesk.recognise.datelines import Lead, split_dateline, split_lead
from newsdesk.recognise.places import is_place, named_like_a_place


@pytest.mark.parametrize(
    ("text", "place", "prefix"),
    [
        ("NAIROBI - Kenya's central bank held its main rate on Tuesday", "NAIROBI", "NAIROBI -"),
        ("NAIROBI, Kenya — Kenya's parliament approved the budget on Tuesday", "NAIROBI",
         "NAIROBI, Kenya —"),
        ("PARIS, March 3 - France's prime minister said on Friday that", "PARIS",
         "PARIS, March 3 -"),
        ("SPRINGFIELD, Ill. — State lawmakers passed a budget late on Friday", "SPRINGFIELD",
         "SPRINGFIELD, Ill. —"),
        ("NEW YORK -- Stocks closed higher on Wednesday after a late rally", "NEW YORK",
         "NEW YORK --"),
        ("ROME — Italy's government won a confidence vote on Thursday", "ROME", "ROME —"),
        ("NEW DELHI: The government said on Monday it would raise taxes", "NEW DELHI",
         "NEW DELHI:"),
        ("BEIRUT, Oct. 12, 2023 — Lebanon's cabinet met on Thursday", "BEIRUT",
         "BEIRUT, Oct. 12, 2023 —"),
        ("WASHINGTON—The Senate voted on Tuesday to pass the bill", "WASHINGTON", "WASHINGTON—"),
        ("ST. JOSEPH, Mich. — Health officials are reporting a sixth case", "ST. JOSEPH",
         "ST. JOSEPH, Mich. —"),
        ("MARROW BAY, Ore. – \"We are ready,\" the harbour master said on Monday", "MARROW BAY",
         "MARROW BAY, Ore. –"),
        # a place the lists miss, qualified by a state, a known place or a date
        ("ELM GROVE, N.C. — The town council voted on Monday to repave Main Street",
         "ELM GROVE", "ELM GROVE, N.C. —"),
        ("OAKDALE, Calif., June 4 — Firefighters contained the blaze by Tuesday night",
         "OAKDALE", "OAKDALE, Calif., June 4 —"),
        ("PINE RIDGE, Georgia — The school board met on Monday to pick a new head",
         "PINE RIDGE", "PINE RIDGE, Georgia —"),
        ("FAIRVIEW, Oct. 3 — The county fair opened on Friday with a record crowd",
         "FAIRVIEW", "FAIRVIEW, Oct. 3 —"),
    ],
)  # fmt: skip
def test_dateline(text: str, place: str, prefix: str) -> None:
    found = split_dateline(text)
    assert found is not None
    assert (found.place, found.prefix) == (place, prefix)
    assert text[len(found.prefix) :].strip() == found.rest


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING - The president has resigned, his office said in a statement",
        "UPDATE — This story has been changed to add comments from the union",
        "NASA - the US space agency - said on Monday it would delay the launch",
        "NATO — The alliance said on Monday that it would send more troops east",
        "WARNING – This article contains details some readers may find upsetting",
        "COVID-19 - Cases rose again last week in most regions of the country",
        "OK - So here is what we know about the vote so far",
        "WHAT WE KNOW — The police have not yet named the suspect in the case",
        "EDITOR'S NOTE — This story contains language some readers may find offensive",
        "LIVE UPDATES, Tuesday - Follow the vote as it happens in parliament",
        "ASK THE DOCTOR: My knee has hurt for weeks and I do not know why",
        "NAIROBI - Hi there",
        "Nairobi - Kenya's central bank held its main rate on Tuesday",
        "WASHINGTON (Reuters) - The U.S. said on Monday it would act",
        "The ROME - Milan train was cancelled on Monday after a strike",
        # capitals the lists miss, qualified by a word that is no place, state nor date
        "NATO, Ukraine — The alliance said on Monday that it would send more aid",
        "JANE ROE, Staff Writer — The council voted on Tuesday to close the old pool",
        "OPEC, Producers — The cartel agreed on Sunday to cut output again next month",
    ],
)
def test_no_dateline(text: str) -> None:
    assert split_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "prefix", "rest", "credit"),
    [
        ("NEW YORK (AP) — A judge ruled on Friday that the law stands", "NEW YORK (AP) —",
         "A judge ruled on Friday that the law stands", "AP"),
        ("ROME — Italy's government won a confidence vote on Thursday", "ROME —",
         "Italy's government won a confidence vote on Thursday", None),
    ],
)  # fmt: skip
def test_split_lead(text: str, prefix: str, rest: str, credit: str | None) -> None:
    lead = split_lead(text)
    assert isinstance(lead, Lead)
    assert (lead.prefix, lead.rest) == (prefix, rest)
    assert (lead.credit.name if lead.credit else None) == credit


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Hong Kong", True),
        ("NEW DELHI", True),
        ("St. Louis", True),
        ("São Paulo", True),
        ("South Sudan", True),
        ("Al Jazeera", False),
        ("Tehran Times", False),
        ("The Minister", False),
    ],
)
def test_known_place(name: str, place: bool) -> None:
    assert is_place(name) is place


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Marrow Bay", True),
        ("Orange County", True),
        ("Hong Kong", True),
        ("City", False),
        ("Al Jazeera", False),
        ("Gulf News", False),
        ("The Peninsula", False),
        ("The Hague", True),
    ],
)
def test_named_like_a_place(name: str, place: bool) -> None:
    assert named_like_a_place(name) is place
