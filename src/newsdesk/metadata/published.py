"""An HTML page's publication date, with the rule that gave it.

The page's own structured data first: date meta tags (Open Graph, schema.org
microdata, Dublin Core, the analytics tags), JSON-LD article objects, then
JSON-LD page objects (meta tags before JSON-LD, as htmldate reads them: on
the dates benchmark either order scores alike). Then what people see: the
segmenter's date and byline lines beside the article, the first ``<time
datetime>`` element, elements whose class says date (``<time>`` elements and
date classes also date comments, teasers and sidebars, so they come after
the article's own date line). Last, htmldate's extensive search, for pages
none of these dated.

Two guard rails beside the ones every date passes (no day before the web,
none in the future; dates.py):

- An article URL that spells out a whole day (``/2019/11/20/``) is the
  publisher's own filing date: a structured date of that day is taken (it
  keeps its time and provenance), and when none agrees the URL's day wins.
- A structured time in UTC (``Z``, ``+00:00``) may fall on the day after (or
  before) the publisher's own calendar day; when another structured value
  gives a neighbouring day in local time (a non-zero offset, or a bare date),
  that day is the publisher's and wins.

Updated and modified dates are never read (lexicon.meta.META_PUBLISHED): the
original publication date is wanted, not the last edit.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from newsdesk.metadata.dates import date_in_text, date_in_url, parse_date
from newsdesk.metadata.html import HtmlFacts
from newsdesk.metadata.text import Found
from newsdesk.segment.blocks import Layout

#: Largest page htmldate is asked about (its extensive search costs about 25 ms per 200 KB).
HTMLDATE_MAX_CHARS = 1_000_000
#: Offsets that say a time is written in UTC rather than the publisher's local time.
UTC_SUFFIXES = ("+00:00",)

#: How far apart two stamps of one moment may be (a page rounds one to the minute or hour).
SAME_MOMENT = timedelta(hours=1)
#: How near midnight a UTC time must be for a bare neighbouring day to be its local day
#: (the offsets news sites publish from reach eight hours either side: US Pacific, China).
MIDNIGHT_HOURS = 8

TIME_RULE = "html:time[datetime]"


def html_published(facts: HtmlFacts, layout: Layout, url: str | None) -> Found | None:
    """The publication date of an HTML page and its rule, or None."""
    structured = facts.dates
    times = [(day, TIME_RULE) for day in facts.times]
    url_day = date_in_url(url) if url else None
    if url_day is not None:
        agreeing = (found for found in (*structured, *times) if found[0][:10] == url_day)
        return next(agreeing, None) or (url_day, "url:date-path")
    if structured:
        return _local_day(structured)
    for block in layout.blocks:
        if block.kind in ("date", "byline"):
            day = date_in_text(block.text)
            if day:
                return day, f"layout:{block.kind}"
    if times:
        return times[0]
    for text in facts.dated:
        day = date_in_text(text)
        if day:
            return day, "html:date-element"
    return _htmldate(facts.markup, url)


def _local_day(structured: tuple[Found, ...]) -> Found:
    """The first structured date, unless it is a UTC time and a later one is the local day."""
    first = structured[0]
    if not first[0].endswith(UTC_SUFFIXES):
        return first
    instant = datetime.fromisoformat(first[0])
    for found in structured[1:]:
        value = found[0]
        if value.endswith(UTC_SUFFIXES) or value[:10] == first[0][:10]:
            continue
        if _same_moment(instant, value):
            return found
    return first


def _same_moment(instant: datetime, local: str) -> bool:
    """Whether ``local`` (another day than ``instant``'s) can be the same moment in local time.

    A time with an offset must be the same instant; a bare day must neighbour
    the UTC day, with the UTC time near the midnight between them.
    """
    if len(local) > 10:
        return abs(datetime.fromisoformat(local) - instant) <= SAME_MOMENT
    shift = (date.fromisoformat(local) - instant.date()).days
    if shift == -1:
        return instant.hour < MIDNIGHT_HOURS
    if shift == 1:
        return instant.hour >= 24 - MIDNIGHT_HOURS
    return False


def _htmldate(markup: str, url: str | None) -> Found | None:
    """htmldate's extensive search, for pages no rule above dated.

    It parses the page again, so it is left out for pages over ``HTMLDATE_MAX_CHARS``.
    Its free-text step loads dateparser's locales once per process (about 3 s,
    on the first page that reaches it); later pages cost milliseconds.
    """
    if len(markup) > HTMLDATE_MAX_CHARS:
        return None
    from htmldate import find_date

    try:
        value = find_date(markup, url=url, extensive_search=True, original_date=True)
    except Exception:  # htmldate is a third party: a failure there is no date, not a rejection
        return None
    day = parse_date(value) if isinstance(value, str) else None
    return (day, "htmldate:extensive") if day else None
