"""Market-ticker rows: instrument names and their numbers, even when a scrape glued them.

``parse_row`` reads one row (``Dow Jones 27,875.62 +0.41%``, ``S&P5002 60 50%
10%``, ``Bra52 69 23.145% -63.25%``) into a ``MarketRow``: the name as the
page spelled it, the canonical name from ``indices.INSTRUMENTS`` when it is a
known instrument (or, when asked, one letter away from a known spelling:
``Nikei``), the numbers in order, and whether those numbers can be trusted.
``parse_rows`` reads a line that holds several rows (``Dow 33,102 +0.3% |
Nasdaq 11,870 -0.1%``). Pure functions over text, shared by text and HTML
segmentation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsdesk.lexicon.market import CURRENCY_CODES, INSTRUMENTS, MARKET_UNITS
from newsdesk.record import MarketRow

#: Marks of direction and list bullets a widget puts around its numbers.
DECORATION = "•·▪◦‣●►▸▲▼△▽↑↓⬆⬇🔺🔻|"
#: The largest daily move (percent) an index row can show; beyond it the digits are garbled.
MAX_PLAUSIBLE_PERCENT = 30.0

#: Shortest alias key (letters) a misspelt name may be matched to, one edit away.
MIN_FUZZY_KEY = 5

_LIST_BULLET = re.compile(r"^[*\-–—+•·]\s+")
#: Characters that only separate rows or decorate them, never part of a name or number.
SEPARATORS = DECORATION + "*-–—/:;,"
#: A number as tickers print them: a percentage or a decimal fraction.
#: A number shaped like a quote (a percentage or a decimal), not a year or a count.
TICKER_NUMBER = re.compile(r"\d%|\d[.,]\d")
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


def near_canonical(name: str) -> str | None:
    """The canonical instrument a misspelt name is one edit (letter) away from, if only one."""
    key = alias_key(name)
    if len(key) < MIN_FUZZY_KEY or not key.isalpha():
        return None
    found = {
        canonical
        for alias, canonical in ALIASES.items()
        if len(alias) >= MIN_FUZZY_KEY and abs(len(alias) - len(key)) <= 1 and _one_edit(key, alias)
    }
    return found.pop() if len(found) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """Whether two different strings are one insertion, deletion, change or swap apart."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def parse_row(text: str, *, fuzzy: bool = False) -> MarketRow | None:
    """One ticker row, or None when the text is not shaped like one.

    ``fuzzy`` also recognises a name one letter away from a known spelling;
    only for text already known to be a ticker row.
    """
    row = _LIST_BULLET.sub("", text.strip()).strip(DECORATION).strip()
    if not row or len(row) > 120:
        return None
    name, rest = _split_name(row)
    if not name or len(name) > 40 or len(name.split()) > 5 or not any(c.isalpha() for c in name):
        return None
    values, garbled = _values(rest)
    if values is None or not values:
        return None
    canonical = canonical_name(name)
    if canonical is None and fuzzy:
        canonical = near_canonical(name)
    return MarketRow(
        name=name,
        canonical=canonical,
        raw=row,
        values=tuple(values),
        confident=not garbled,
    )


def parse_rows(text: str, *, fuzzy: bool = False) -> tuple[MarketRow, ...] | None:
    """The rows of a line holding two or more ticker rows, or None.

    A new row starts where a name follows a number (``... -0.22% Nasdaq
    13,020 ...``); separators (``|``, ``•``, runs of spaces) between rows are
    dropped. Every part must be a row, and each must be a known instrument or
    show ticker numbers (a percentage or a decimal), so ``Arsenal 2 Chelsea 1``
    is no ticker.
    """
    parts = split_rows(text)
    if len(parts) < 2:
        return None
    rows: list[MarketRow] = []
    for part in parts:
        row = parse_row(part, fuzzy=fuzzy)
        if row is None or (row.canonical is None and not TICKER_NUMBER.search(part)):
            return None
        rows.append(row)
    return tuple(rows)


def split_rows(text: str) -> list[str]:
    """A line cut where a name follows a number: the text of each row in it."""
    parts: list[list[str]] = []
    after_number = False
    for token in text.split():
        if token.strip(SEPARATORS) == "":
            continue
        number = _NUMBER.match(token.strip(DECORATION)) is not None
        unit = token.strip(DECORATION).lower() in MARKET_UNITS
        if not parts or (after_number and not number and not unit):
            parts.append([])
        parts[-1].append(token)
        after_number = number or (after_number and unit)
    return [" ".join(part) for part in parts]


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
    name = match.group("name").rstrip(" :=" + DECORATION)
    known = _longest_alias_prefix(row)
    if known is not None and known >= len(name):
        return row[:known].strip(), row[known:].strip()
    return name.strip(), row[match.end("name") :].strip()


def _longest_alias_prefix(row: str) -> int | None:
    """Where in ``row`` the longest known alias it starts with ends, if any."""
    best: int | None = None
    key = ""
    for index, char in enumerate(row):
        if (
            char.isspace()
            and row[index - 1 : index].isdigit()
            and row[index + 1 : index + 2].isdigit()
        ):
            break  # "Nikkei22 5": no name runs across a space between two digits
        if not _IGNORED_IN_KEY.fullmatch(char):
            key += char.lower()
        if len(key) > _LONGEST_ALIAS:
            break
        if key in ALIASES and _name_may_end(row, index + 1):
            best = index + 1
    return best


def _name_may_end(row: str, end: int) -> bool:
    """Whether a name may end at ``end``: not inside a word, nor inside a number.

    ``S&P5002 60`` may be ``S&P500`` glued to ``2``, but ``Dax 30,457.60`` is
    ``Dax`` and a number, not ``Dax 30`` and ``,457.60``.
    """
    if end == len(row):
        return True
    if row[end].isalpha():
        return False
    number_goes_on = row[end] in ",." and row[end + 1 : end + 2].isdigit()
    return not (row[end - 1].isdigit() and number_goes_on)


def _values(rest: str) -> tuple[list[float] | None, bool]:
    """The numbers of a row and whether they look garbled; None when a word is in the way."""
    values: list[float] = []
    garbled = False
    previous: str | None = None
    for token in rest.replace("(", " (").split():
        token = token.strip(DECORATION)
        if not token or token.lower() in MARKET_UNITS:
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
