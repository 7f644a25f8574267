"""Ticker rows: names split from glued digits, canonical names, doubtful numbers."""

from __future__ import annotations

import pytest

from newsdesk.furniture.indices import INSTRUMENTS
from newsdesk.furniture.market import alias_key, canonical_name, parse_row, unique_rows


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
