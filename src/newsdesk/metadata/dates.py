"""Publication dates: read the ways pages write them, give them back as ISO 8601.

A date comes out as ``YYYY-MM-DD``, or as ``YYYY-MM-DDTHH:MM:SS±HH:MM`` when
the page gave a time *and* its offset (a time without an offset is dropped:
the offset would be invented). A day-month order that cannot be told apart
(``05/06/2019``) gives nothing rather than a guess, and so does a day before
the web (``FIRST_YEAR``) or after tomorrow.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from newsdesk.lexicon.dates import MONTHS

#: First year a news page's publication date may fall in (the web's news era).
FIRST_YEAR = 1990
#: Days after today (UTC) a page's date may fall on: a page published "tomorrow"
#: is one in a time zone ahead of UTC; any later day is a schedule, not a date.
MAX_DAYS_AHEAD = 1

_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)"
)
_YMD = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$")
_DMY_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_MONTH = r"([^\W\d_]{3,10})\.?"
#: "November 20, 2019", "Nov. 20 2019", "Tuesday, November 20th, 2019".
_MDY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.IGNORECASE)
#: "20 November 2019", "20. November 2019", "20 de noviembre de 2019", "1er mars 2019".
_DMY = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?"
    + _MONTH
    + r",?\s+(?:de\s+)?(\d{4})(?!\d)",
    re.IGNORECASE,
)
_RFC2822 = re.compile(r"^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}")
_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})?$")


def parse_date(value: str) -> str | None:
    """The ISO 8601 form of a machine date (meta tag, JSON-LD, ``datetime=``), else None."""
    value = value.strip()
    if not value or len(value) > 100:
        return None
    match = _ISO.search(value[:40])
    if match:
        return _iso_from_parts(match)
    match = _COMPACT.match(value)
    if match:
        year, month, day = (int(g) for g in match.group(1, 2, 3))
        return _day(year, month, day)
    if _RFC2822.match(value):
        try:
            stamp = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            stamp = None
        if stamp is not None and _day_ok(stamp.date()):
            if stamp.tzinfo is None:
                return stamp.date().isoformat()
            return stamp.isoformat(timespec="seconds")
    match = _YMD.search(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _day(year, month, day)
    return date_in_text(value)


def date_in_text(text: str) -> str | None:
    """The first date written for people in ``text`` (month names, ISO, unambiguous d/m/y)."""
    found: list[tuple[int, str]] = []
    for pattern, order in ((_MDY, "mdy"), (_DMY, "dmy")):
        for match in pattern.finditer(text):
            if order == "mdy":
                month_name, day_text, year_text = match.groups()
            else:
                day_text, month_name, year_text = match.groups()
            month = MONTHS.get(month_name.lower())
            if month is None:
                continue
            day = _day(int(year_text), month, int(day_text))
            if day is not None:
                found.append((match.start(), day))
                break
    iso_match = _ISO.search(text)
    if iso_match:
        iso = _iso_from_parts(iso_match)
        if iso is not None:
            found.append((iso_match.start(), iso))
    numeric_match = _DMY_NUMERIC.search(text)
    if numeric_match:
        first, second, year = (int(g) for g in numeric_match.groups())
        if first > 12 >= second:
            numeric = _day(year, second, first)
        elif second > 12 >= first or first == second:
            numeric = _day(year, first, second)
        else:
            numeric = None  # 05/06/2019: May 6 or 5 June, the page does not say
        if numeric is not None:
            found.append((numeric_match.start(), numeric))
    return min(found)[1] if found else None


#: Paths like /2019/11/20/, /2019-11-20/, /20191120/, /story-20191120/ in an article URL.
_URL_DATE = re.compile(
    r"[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|\.html?|$)"
)


#: Paths like /2017/7/12/: a day between slashes, month and day not padded.
_URL_DATE_SLASHED = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")

#: Paths like /2019/nov/18/ (The Guardian, PolitiFact).
_URL_DATE_NAMED = re.compile(
    r"/((?:19|20)\d{2})/([a-z]{3,9})/(0?[1-9]|[12]\d|3[01])/", re.IGNORECASE
)


def date_in_url(url: str) -> str | None:
    """The date an article URL's path spells out (``/2019/11/20/``), else None."""
    match = _URL_DATE.search(url) or _URL_DATE_SLASHED.search(url)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _day(year, month, day)
    named = _URL_DATE_NAMED.search(url)
    if named:
        month_number = MONTHS.get(named.group(2).lower())
        if month_number:
            return _day(int(named.group(1)), month_number, int(named.group(3)))
    return None


def _iso_from_parts(match: re.Match[str]) -> str | None:
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    plain = _day(year, month, day)
    if plain is None:
        return None
    hour, minute, second, offset = match.group(4, 5, 6, 7)
    if hour is None or offset is None:
        return plain
    tz = _timezone(offset)
    if tz is None:
        return plain
    try:
        stamp = datetime(year, month, day, int(hour), int(minute), int(second or 0), tzinfo=tz)
    except ValueError:
        return plain
    return stamp.isoformat(timespec="seconds")


def _timezone(offset: str) -> timezone | None:
    if offset == "Z":
        return UTC
    match = _OFFSET.match(offset)
    if match is None:
        return None
    sign = -1 if match.group(1) == "-" else 1
    delta = timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
    if delta >= timedelta(hours=24):
        return None
    return timezone(sign * delta)


def _day(year: int, month: int, day: int) -> str | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found.isoformat() if _day_ok(found) else None


def _day_ok(day: date) -> bool:
    """Not before the web's news era, not in the future."""
    latest = datetime.now(UTC).date() + timedelta(days=MAX_DAYS_AHEAD)
    return day.year >= FIRST_YEAR and day <= latest
