"""Quotes per week as bars."""

from __future__ import annotations

from newsdesk.web.chart import HEIGHT, MAX_WEEKS, weekly


def test_every_week_from_first_to_last_is_a_bar_and_the_tallest_fills_the_height() -> None:
    chart = weekly(["2024-03-04", "2024-03-06T10:00:00+00:00", "2024-03-20", None, "junk"])
    assert [(bar.week, bar.count) for bar in chart.bars] == [
        ("2024-03-04", 2),
        ("2024-03-11", 0),
        ("2024-03-18", 1),
    ]
    assert chart.undated == 2
    assert chart.most == 2
    tallest = chart.bars[0]
    assert tallest.y == 0
    assert tallest.height == HEIGHT - chart.axis
    assert chart.bars[1].height == 0


def test_a_long_span_keeps_the_latest_weeks() -> None:
    chart = weekly(["2010-01-04", "2024-01-01"])
    assert len(chart.bars) == MAX_WEEKS
    assert chart.bars[-1].week == "2024-01-01"
    assert chart.most == 1


def test_no_dated_quote_draws_nothing() -> None:
    chart = weekly([None, None])
    assert chart.bars == ()
    assert chart.undated == 2
