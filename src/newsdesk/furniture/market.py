"""Market-ticker rows: instrument names and their numbers, even when a scrape glued them.

``parse_row`` reads one row (``Dow Jones 27,875.62 +0.41%``, ``S&P5002 60 50%
10%``, ``Bra52 69 23.145% -63.25%``) into a ``MarketRow``: the name as the
page spelled it, the canonical name from ``indices.INSTRUMENTS`` when it is a
known instrument, the numbers in order, and whether those numbers can be
trusted. Pure functions over text, shared by text and HTML segmentation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsdesk.furniture.indices import CURRENCY_CODES, INSTRUMENTS
from newsdesk.record import MarketRow

#: Marks of direction and list bullets a widget puts around its numbers.
DECORATION = "•·▪◦‣●►▸▲▼△▽↑↓⬆⬇🔺🔻|"
#: Unit words a widget may print beside its numbers.
UNITS = frozenset({"pts", "points", "usd", "eur", "bp", "bps", "%", "pct"})
#: The largest daily move (percent) an index row can show; beyond it the digits are garbled.
MAX_PLAUSIBLE_PERCENT = 30.0

_CURRENCY_PAIR = re.compile(r"^([A-Z]{3})\s?[/-]?\s?([A-Z]{3})$")
_IGNORED_IN_KEY = re.compile(r"[\s._\-'’]+")
_NUMBER = re.compile(r"^\(?(?P<sign>[+\-−–]?)(?:[$€£¥₹₩])?(?P<num>\d[\d,.]*|\.\d+)(?P<pct>%?)\)?$")
_NAME_END = re.compile(r"^(?P<name>.*?)(?=[+\-−–]?[$€£¥₹₩]?\d[\d,.]*%?(?:\s|$))")


def alias_key(name: str) -> str:
    """The matching key of a name: lower case without spaces, dots, hyphens or apostrophes."""
    return _IGNORED_IN_KEY.sub("", name.lower())


def _alias_table(instruments: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in instruments.items():
        for alias in (canonical, *aliases):
            table.setdefault(alias_key(alias), canonical)
    return table


ALIASES: dict[str, str] = _alias_table(INSTRUMENTS)
_LONGEST_ALIAS = max(len(key) for key in ALIASES)


def canonical_name(name: str) -> str | None:
    """The canonical instrument a name stands for, or None when it is not a known one."""
    known = ALIASES.get(alias_key(name))
    if known is not None:
        return known
    pair = _CURRENCY_PAIR.match(name.strip())
    if pair and pair.group(1) in CURRENCY_CODES and pair.group(2) in CURRENCY_CODES:
        return f"{pair.group(1)}/{pair.group(2)}"
    return None


def parse_row(text: str) -> MarketRow | None:
    """One ticker row, or None when the text is not shaped like one."""
    row = text.strip().strip(DECORATION).strip()
    if not row or len(row) > 120:
        return None
    name, rest = _split_name(row)
    if not name or len(name) > 40 or len(name.split()) > 5 or not any(c.isalpha() for c in name):
        return None
    values, garbled = _values(rest)
    if values is None or not values:
        return None
    return MarketRow(
        name=name,
        canonical=canonical_name(name),
        raw=row,
        values=tuple(values),
        confident=not garbled,
    )


def market_warnings(rows: Iterable[MarketRow]) -> tuple[str, ...]:
    """One warning naming the rows whose numbers cannot be trusted, if any."""
    garbled = [row.name for row in rows if not row.confident]
    if not garbled:
        return ()
    names = ", ".join(garbled)
    return (f"market: numbers of {len(garbled)} ticker rows look garbled ({names})",)


def unique_rows(rows: Iterable[MarketRow]) -> tuple[MarketRow, ...]:
    """The rows in order, each instrument row once (a repeat of the same raw row is dropped)."""
    seen: set[str] = set()
    kept: list[MarketRow] = []
    for row in rows:
        key = " ".join(row.raw.split()).lower()
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return tuple(kept)


def _split_name(row: str) -> tuple[str, str]:
    """The instrument name and the rest, cutting glued digits off the name sensibly."""
    match = _NAME_END.match(row)
    if match is None:
        return "", ""
    name = match.group("name").rstrip(" :=")
    known = _longest_alias_prefix(row)
    if known is not None and known >= len(name):
        return row[:known].strip(), row[known:].strip()
    return name.strip(), row[match.end("name") :].strip()


def _longest_alias_prefix(row: str) -> int | None:
    """Where in ``row`` the longest known alias it starts with ends, if any."""
    best: int | None = None
    key = ""
    for index, char in enumerate(row):
        if not _IGNORED_IN_KEY.fullmatch(char):
            key += char.lower()
        if len(key) > _LONGEST_ALIAS:
            break
        if key in ALIASES and (index + 1 == len(row) or not row[index + 1].isalpha()):
            best = index + 1
    return best


def _values(rest: str) -> tuple[list[float] | None, bool]:
    """The numbers of a row and whether they look garbled; None when a word is in the way."""
    values: list[float] = []
    garbled = False
    previous: str | None = None
    for token in rest.replace("(", " (").split():
        token = token.strip(DECORATION)
        if not token or token.lower() in UNITS:
            continue
        match = _NUMBER.match(token)
        if match is None:
            return None, garbled
        number, pct = match.group("num"), match.group("pct")
        value = _to_float(number)
        if value is None:
            return None, garbled
        if match.group("sign") in ("-", "−", "–"):
            value = -value
        integer = number.split(".")[0].split(",")[0]
        if len(integer) > 1 and integer.startswith("0"):
            garbled = True  # "00%": the digits of one number split by a space
        if pct and abs(value) > MAX_PLAUSIBLE_PERCENT:
            garbled = True
        if (
            previous is not None
            and re.fullmatch(r"\d{1,3}", previous)
            and re.match(r"^\d{2,3}(?:[.,]\d+)?$", number)
        ):
            garbled = True  # "20 370": a number broken at its thousands
        previous = number if not pct and not match.group("sign") else None
        values.append(value)
    return values, garbled


def _to_float(number: str) -> float | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2}", number):  # 27.875,62 / 0,45
        number = number.replace(".", "").replace(",", ".")
    else:
        number = number.replace(",", "")
    try:
        return float(number)
    except ValueError:
        return None
