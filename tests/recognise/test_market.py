"""Ticker rows: names split from glued digits, canonical names, doubtful numbers."""

from __future__ import annotations

import pytest

from newsdesk.lexicon.market import INSTRUMENTS
from newsdesk.recognise.market import (
    alias_key,
    canonical_name,
    near_canonical,
    parse_row,
    parse_rows,
    unique_rows,
)


@pytest.mark.parametrize(
    ("row", "name", "canonical", "values", "confident"),
    [
        ("Dow Jones 27,875.62 +112.59 +0.41%", "Dow Jones", "Dow Jones Industrial Average",
         (27875.62, 112.59, 0.41), True),
        ("S&P5002 60 50% 10%", "S&P500", "S&P 500", (2.0, 60.0, 50.0, 10.0), False),
        ("Dow17 56.23 41.89% -2.635%", "Dow", "Dow Jones Industrial Average",
         (17.0, 56.23, 41.89, -2.635), False),
        ("• HangSang20 370 400% -20%", "HangSang", "Hang Seng Index", (20.0, 370.0, 400.0, -20.0),
         False),
        ("NasDaq4 33 00% 36%", "NasDaq", "Nasdaq Composite", (4.0, 33.0, 0.0, 36.0), False),
        ("FTSE 100 7,302.94 -0.5%", "FTSE 100", "FTSE 100", (7302.94, -0.5), True),
        ("Nikkei 225 23,303.32 (+0.2%)", "Nikkei 225", "Nikkei 225", (23303.32, 0.2), True),
        ("DAX 13.250,40 +0,45%", "DAX", "DAX", (13250.40, 0.45), True),
        ("Brent Crude $62.40 ▲1.2%", "Brent Crude", "Brent crude", (62.4, 1.2), True),
        ("EUR/USD 1.1023 -0.12%", "EUR/USD", "EUR/USD", (1.1023, -0.12), True),
        ("USD/KRW 1,195.00 +0.32%", "USD/KRW", "USD/KRW", (1195.0, 0.32), True),
        ("Bitcoin 8,103.50 -1.24%", "Bitcoin", "Bitcoin", (8103.5, -1.24), True),
        ("Samba 65 00% 56.65%", "Samba", None, (65.0, 0.0, 56.65), False),
        ("Joga2002 635.254 50% 63.63%", "Joga", None, (2002.0, 635.254, 50.0, 63.63), False),
        ("Bra52 69 23.145% -63.25%", "Bra", None, (52.0, 69.0, 23.145, -63.25), False),
        ("* Dow 34,210.11 +0.2%", "Dow", "Dow Jones Industrial Average", (34210.11, 0.2), True),
        ("- PSEi 6,512.30 +1.10%", "PSEi", "PSEi", (6512.3, 1.1), True),
        ("Dow | 33,102.45 | +0.31%", "Dow", "Dow Jones Industrial Average", (33102.45, 0.31),
         True),
        ("Nikkei22 5 10% -0.5%", "Nikkei", "Nikkei 225", (22.0, 5.0, 10.0, -0.5), False),
    ],
)  # fmt: skip
def test_parse_row(
    row: str, name: str, canonical: str | None, values: tuple[float, ...], confident: bool
) -> None:
    parsed = parse_row(row)
    assert parsed is not None
    assert parsed.name == name
    assert parsed.canonical == canonical
    assert parsed.values == pytest.approx(values)
    assert parsed.confident is confident


@pytest.mark.parametrize(
    "text", ["Arsenal 2 Chelsea 1", "The 2019 season was long", "", "2019 35%", "Page 2 of 10 more"]
)
def test_not_a_row(text: str) -> None:
    assert parse_row(text) is None


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("HangSang", "Hang Seng Index"),
        ("Hang Sang", "Hang Seng Index"),
        ("NasDaq", "Nasdaq Composite"),
        ("Dow", "Dow Jones Industrial Average"),
        ("S&P500", "S&P 500"),
        ("s&p 500", "S&P 500"),
        ("Footsie", "FTSE 100"),
        ("CAC40", "CAC 40"),
        ("Sensex", "BSE Sensex"),
        ("Nifty", "Nifty 50"),
        ("Kospi", "KOSPI"),
        ("Euro Stoxx 50", "Euro Stoxx 50"),
        ("Shanghai Composite", "Shanghai Composite"),
        ("ASX 200", "S&P/ASX 200"),
        ("TSX", "S&P/TSX Composite"),
        ("WTI", "WTI crude"),
        ("EURCHF", "EUR/CHF"),
        ("Samba", None),
    ],
)
def test_canonical_name(spelling: str, canonical: str | None) -> None:
    assert canonical_name(spelling) == canonical


def test_no_alias_names_two_instruments() -> None:
    owners: dict[str, set[str]] = {}
    for canonical, aliases in INSTRUMENTS.items():
        for alias in (canonical, *aliases):
            owners.setdefault(alias_key(alias), set()).add(canonical)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_repeated_rows_once() -> None:
    rows = [parse_row(t) for t in ("Dow 1 2%", "Bra52 69 23%", "Dow 1 2%", "Dow  1 2%")]
    unique = unique_rows(row for row in rows if row is not None)
    assert [row.name for row in unique] == ["Dow", "Bra"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Hang Seng 18,230.44 -1.02% | Nikkei 31,880.12 +0.35% | S&P 500 4,288.05 +0.18%",
         ["Hang Seng", "Nikkei", "S&P 500"]),
        ("HangSang20 370 400% -20% NasDaq4 33 00% 36% Dow17 56.23 41.89% -2.635%",
         ["HangSang", "NasDaq", "Dow"]),
        ("Dow17 56.23 41.89% -2.635% • Nasdaq4 33 00% 36%", ["Dow", "Nasdaq"]),
        ("Dow 33,000 +120 pts    Nasdaq 12,000 -0.2%", ["Dow", "Nasdaq"]),
        ("Samba 65 00% 56.65% Joga2002 635.254 50% 63.63%", ["Samba", "Joga"]),
    ],
)  # fmt: skip
def test_several_rows_on_one_line(line: str, names: list[str]) -> None:
    rows = parse_rows(line)
    assert rows is not None
    assert [row.name for row in rows] == names


@pytest.mark.parametrize(
    "line",
    ["Arsenal 2 Chelsea 1", "Dow 33,102.45 +0.31%", "Gold 1,950.20 USD/oz spot", "Page 2 of 10"],
)
def test_not_several_rows(line: str) -> None:
    assert parse_rows(line) is None


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Nikei", "Nikkei 225"),
        ("Nasdak", "Nasdaq Composite"),
        ("Bovespaa", "Bovespa"),
        ("Sensxe", "BSE Sensex"),
        ("Samba", None),
        ("Dov", None),  # too short to guess
    ],
)
def test_near_canonical(name: str, canonical: str | None) -> None:
    assert near_canonical(name) == canonical


def test_misspelt_names_only_when_asked() -> None:
    row = parse_row("Nikei 28 100 00% -1.1%")
    assert row is not None and row.canonical is None
    fuzzy = parse_row("Nikei 28 100 00% -1.1%", fuzzy=True)
    assert fuzzy is not None and fuzzy.canonical == "Nikkei 225"
