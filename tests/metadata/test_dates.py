"""Dates as pages write them, back as ISO 8601; ambiguous ones give nothing."""

from __future__ import annotations

import pytest

from newsdesk.metadata.dates import date_in_text, date_in_url, parse_date


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2019-11-20T10:00:00+00:00", "2019-11-20T10:00:00+00:00"),
        ("2019-11-20T10:00:00Z", "2019-11-20T10:00:00+00:00"),
        ("2019-11-20T10:00:00.123-05:00", "2019-11-20T10:00:00-05:00"),
        ("2019-11-20T10:00:00", "2019-11-20"),  # no offset: the time would be a guess
        ("2019-11-20", "2019-11-20"),
        ("20191120", "2019-11-20"),
        ("2019/11/20", "2019-11-20"),
        ("Wed, 20 Nov 2019 10:00:00 GMT", "2019-11-20T10:00:00+00:00"),
        ("November 20, 2019", "2019-11-20"),
        ("Nov. 5th, 2019 10:00 AM", "2019-11-05"),
        ("20. November 2019", "2019-11-20"),
        ("20 de noviembre de 2019", "2019-11-20"),
        ("25/06/2019", "2019-06-25"),
        ("05/06/2019", None),  # May 6 or 5 June
        ("08/08/2017", "2017-08-08"),  # the same day read either way
        ("2019-13-40", None),
        ("1855-01-01", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Posted by Jane Doe on Tuesday, 19 November 2019 14:31 GMT", "2019-11-19"),
        ("WASHINGTON, Nov 20 (Reuters) -", None),  # no year: not a date to report
        ("Updated: March 3, 2020 | First published 2020-03-02", "2020-03-03"),
    ],
)
def test_date_in_text(text: str, iso: str | None) -> None:
    assert date_in_text(text) == iso


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://example.org/news/2019/11/20/story.html", "2019-11-20"),
        ("https://example.org/2019-11-20-story", "2019-11-20"),
        ("https://example.org/politics/2019/nov/18/story/", "2019-11-18"),
        ("https://example.org/story-20191115/", "2019-11-15"),
        ("https://example.org/2018/10/nollywood-story.html", None),  # no day
        ("https://example.org/id/123456789", None),
    ],
)
def test_date_in_url(url: str, iso: str | None) -> None:
    assert date_in_url(url) == iso
