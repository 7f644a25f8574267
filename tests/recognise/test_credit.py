"""Credit prefixes and datelines split off the first paragraph."""

from __future__ import annotations

import pytest

from newsdesk.recognise.credit import credit_line, source_line, split_credit


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
        ("Manila Bulletin: The central bank cut rates", "Manila Bulletin", "Manila Bulletin:",
         "text:credit-prefix"),
        ("Press TV:Pakistan's election commission set a date", "Press TV", "Press TV:",
         "text:credit-prefix"),
        ("The Peninsula: Qatar's tourism authority said", "The Peninsula", "The Peninsula:",
         "text:credit-prefix"),
        ("ANKARA, Oct. 2 (Reuters) - Turkey's parliament approved", "Reuters",
         "ANKARA, Oct. 2 (Reuters) -", "text:dateline"),
        ("Tehran, Oct 2, IRNA - Iran said on Monday that", "IRNA", "Tehran, Oct 2, IRNA -",
         "text:dateline"),
        ("NEW DELHI, Oct 2 (PTI) India said on Monday", "PTI", "NEW DELHI, Oct 2 (PTI)",
         "text:dateline"),
        ("Bloomberg -- Stocks fell on Monday as investors", "Bloomberg", "Bloomberg --",
         "text:credit-prefix"),
        ("Al Jazeera: Qatar said on Monday that it would host talks between the sides",
         "Al Jazeera", "Al Jazeera:", "text:credit-prefix"),
        ("Harbour City Free Press: The port authority said on Monday it would dredge the bay",
         "Harbour City Free Press", "Harbour City Free Press:", "text:credit-prefix"),
        # an outlet's name in capitals credits it as well as in title case
        ("AL JAZEERA: Qatar said on Monday that it would host talks between the sides",
         "AL JAZEERA", "AL JAZEERA:", "text:credit-prefix"),
        ("VALLEY STAR TRIBUNE: The school board said on Monday it would close two schools",
         "VALLEY STAR TRIBUNE", "VALLEY STAR TRIBUNE:", "text:credit-prefix"),
    ],
)  # fmt: skip
def test_credit(text: str, name: str, prefix: str, rule: str) -> None:
    credit = split_credit(text)
    assert credit is not None
    assert (credit.name, credit.prefix, credit.rule) == (name, prefix, rule)
    assert text.startswith(credit.prefix)
    assert text[len(credit.prefix) :].strip() == credit.rest


@pytest.mark.parametrize(
    "text",
    [
        "Update: the story has been changed to add a quote",
        "Trump: I will win this race easily",
        "Q: What did you think of it",
        "SIOUX FALLS, S.D. – People across the nation are talking",
        "Photo: the minister at the airport on Monday",
        "EghtesadOnline: hi",
        "The Bottom Line: the minister said it would take years",
        "Opposition Leader: we will vote against the budget",
        "Imran Khan: We will not resign, whatever happens in the next few days",
        'Jane Doe: "I will win" she told a rally in Ohio on Monday night',
        "Tour Dates: The band will play in ten cities across Europe this summer",
        "Hong Kong: Protesters returned",
        # a place or a programme opening a report names where or what, not who reports
        "Hong Kong: Protesters marched again on Sunday against the housing law, defying a ban",
        "South Sudan: Fighting broke out again on Monday in the north, aid groups said",
        "LONDON: The government said on Monday it would raise taxes next year to pay for roads",
        "NEW DELHI: The government said on Monday it would raise taxes next year",
        "MARROW BAY: The council said on Monday it would close the harbour bridge to cars",
        "SIOUX FALLS: People across the state are talking about the vote on the new school",
        "CAPE TOWN: The city said on Monday it would limit the water each house may use",
        "Marrow Bay: The council said on Monday it would close the harbour bridge to cars",
        "The Hague: Judges at the court ruled on Tuesday that the case could go ahead",
        "Newsnight: The minister said on Tuesday that the plan would go ahead after all",
        "ROME - Italy's government won a confidence vote on Thursday night",
    ],
)
def test_no_credit(text: str) -> None:
    assert split_credit(text) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Mehr News Agency:", "Mehr News Agency"),
        ("IRNA -", "IRNA"),
        ("TehranTimes:", "TehranTimes"),
        ("LONDON:", None),
        ("Hong Kong:", None),
        ("Tour dates:", None),
        ("Background:", None),
        ("Next Steps:", None),
    ],
)
def test_credit_alone_on_its_line(line: str, name: str | None) -> None:
    found = credit_line(line)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Source: Daily Mirror", "Daily Mirror"),
        ("Source: Reuters", "Reuters"),
        ("Courtesy: IRNA", "IRNA"),
        ("Source: Getty Images", None),
        ("Source: the finance ministry", None),
        ("Sources say the deal is close", None),
    ],
)
def test_source_line(line: str, name: str | None) -> None:
    found = source_line(line)
    assert (found.name if found else None) == name
