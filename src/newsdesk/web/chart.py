"""A small bar chart of quotes per week, drawn on the server as SVG geometry
(the template writes the elements; no script)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Bar", "Chart", "weekly"]

#: Weeks drawn at most: the latest ones when the quotes span more.
MAX_WEEKS = 104
WIDTH, HEIGHT = 600, 120
_AXIS = 16  # pixels under the bars for the first and last week's dates
_WIDEST = 40  # pixels of a bar when there are few weeks


@dataclass(frozen=True, slots=True)
class Bar:
    week: str  # the Monday the week starts on, ISO
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Chart:
    bars: tuple[Bar, ...]
    most: int  # the tallest bar's count
    undated: int  # quotes of pages without a publication date (not drawn)
    width: int = WIDTH
    height: int = HEIGHT
    axis: int = _AXIS


def _monday(published: str) -> date | None:
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return day - timedelta(days=day.weekday())


def weekly(published: Iterable[str | None]) -> Chart:
    """Quotes per week from their articles' publication dates, every week from the
    first to the last drawn (weeks without a quote as empty bars)."""
    weeks: Counter[date] = Counter()
    undated = 0
    for value in published:
        monday = _monday(value) if value else None
        if monday is None:
            undated += 1
        else:
            weeks[monday] += 1
    if not weeks:
        return Chart((), 0, undated)
    last = max(weeks)
    first = max(min(weeks), last - timedelta(weeks=MAX_WEEKS - 1))
    span = (last - first).days // 7 + 1
    most = max(weeks.values())
    slot = WIDTH / span
    room = HEIGHT - _AXIS
    bars = []
    for i in range(span):
        week = first + timedelta(weeks=i)
        count = weeks.get(week, 0)
        height = room * count / most
        bars.append(
            Bar(
                week.isoformat(),
                count,
                i * slot,
                room - height,
                min(max(slot * 0.8, 1.0), _WIDEST),
                height,
            )
        )
    return Chart(tuple(bars), most, undated)
