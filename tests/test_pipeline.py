"""The pipeline names the stage a page is in, for error lines and time limits."""

from __future__ import annotations

import threading

import pytest

from newsdesk import pipeline
from newsdesk.errors import InputError, StageError
from newsdesk.metadata import extract_metadata
from newsdesk.runners.limits import time_limit

PAGE = (
    "The city council met on Tuesday to vote on the new transport plan for the harbour.\n\n"
    "The plan adds two tram lines and a ferry route, and it was approved by a wide margin."
)


def test_the_stage_is_known_while_a_page_runs_and_forgotten_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str | None] = []
    seen_elsewhere: list[str | None] = []
    thread = threading.get_ident()

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(pipeline.current_stage())
        other = threading.Thread(target=lambda: seen_elsewhere.append(pipeline.current_stage()))
        other.start()
        other.join()
        seen_elsewhere.append(pipeline.current_stage(thread))
        return extract_metadata(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("newsdesk.pipeline.extract_metadata", spy)
    assert pipeline.current_stage() is None
    pipeline.extract(PAGE, nlp=False)
    assert seen == ["metadata"]
    assert seen_elsewhere == [None, "metadata"]  # another thread has no page; asked by id
    assert pipeline.current_stage() is None


def test_the_stage_is_forgotten_when_a_page_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("broken on purpose")

    monkeypatch.setattr("newsdesk.pipeline.extract_metadata", broken)
    with pytest.raises(StageError) as caught:
        pipeline.extract(PAGE, nlp=False)
    assert caught.value.stage == "metadata"
    assert pipeline.current_stage() is None


#: Seconds a hostile page may take without NLP: linear work takes well under one on each,
#: the quadratic and exponential patterns these pages caught took minutes. A guard against
#: a runaway, not a timing (speed is measured by bench/extract_scaling.py).
HOSTILE_GUARD_SECONDS = 10.0
_PROSE = "The mayor said on Monday that the harbour plan would go ahead next year. "


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


HOSTILE_PAGES = {
    "letters": _repeat("a", 300_000),
    "capitals": _repeat("A", 300_000),
    "pipes": _repeat("|", 300_000),
    "colons": _repeat(":", 300_000),
    "bullets": _repeat("• ", 300_000),
    "quote-marks": _repeat('"', 300_000),
    "one-line-prose": _repeat(_PROSE, 300_000),
    "short-lines": _repeat("Jane Doe\n", 300_000),
    "html-long-link": "<html><body><p>"
    + _PROSE * 3
    + "</p><a href='/x'>"
    + _repeat("linked words ", 300_000)
    + "</a></body></html>",
    "html-unclosed-links": "<html><body><p>Council news</p>"
    + "<a href='/more'><font color='red'>" * 150
    + "".join(f"<p>{_PROSE}{n}</p>" for n in range(3000))
    + "</body></html>",
    "html-long-attributes": "<html><head>"
    + ("<meta " + "_" * 3000 + ">") * 300
    + "</head><body><p>"
    + _PROSE * 3
    + "</p></body></html>",
    "html-author-at-signs": "<html><head><script type='application/ld+json'>"
    '{"@type": "NewsArticle", "author": {"name": "'
    + _repeat("a@", 200_000)
    + '"}}</script></head><body><p>'
    + _PROSE * 3
    + "</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_PAGES))
def test_a_hostile_page_gives_a_record_or_a_reason_in_linear_time(name: str) -> None:
    page = HOSTILE_PAGES[name].encode("utf-8")
    try:
        with time_limit(HOSTILE_GUARD_SECONDS):
            pipeline.extract(page, nlp=False)
    except InputError as err:
        assert err.reason != "internal"
