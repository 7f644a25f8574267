"""The per-page task: a record, or a rejection with a reason; it never raises for a page."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsdesk.errors import InputError
from newsdesk.page import RawPage
from newsdesk.record import Record, Rejection
from newsdesk.runners import process as process_module
from newsdesk.runners.process import Outcome, outcome, process
from newsdesk.settings import Settings

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
SETTINGS = Settings(nlp=False)


def example(name: str) -> RawPage:
    path = EXAMPLES / name
    return RawPage(data=path.read_bytes(), origin=str(path))


def test_a_page_becomes_its_record() -> None:
    record = process(example("GUM_news_korea.txt"), SETTINGS)
    assert isinstance(record, Record)
    assert "North Korea" in record.body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"%PDF-1.7 binary", "binary"),
        (b"\x1f\x8b\x08\x00", "truncated"),
    ],
)
def test_a_bad_page_becomes_a_rejection_naming_it(data: bytes, reason: str) -> None:
    rejection = process(RawPage(data=data, origin="pages/bad.html"), SETTINGS)
    assert isinstance(rejection, Rejection)
    assert (rejection.reason, rejection.origin, rejection.stage) == (
        reason,
        "pages/bad.html",
        "decode",
    )
    assert rejection.page_id


def test_a_slow_page_is_a_timeout_rejection(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(page: RawPage, *, settings: Settings) -> Record:
        time.sleep(5)
        raise AssertionError("not reached")

    monkeypatch.setattr(process_module, "extract", slow)
    started = time.monotonic()
    rejection = process(example("GUM_news_korea.txt"), Settings(nlp=False, page_timeout=0.2))
    assert time.monotonic() - started < 2
    assert isinstance(rejection, Rejection)
    assert (rejection.reason, rejection.stage) == ("timeout", "run")
    assert "0.2 s" in rejection.detail


def test_a_bug_is_an_internal_rejection_with_its_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(page: RawPage, *, settings: Settings) -> Record:
        raise KeyError("paragraphs")

    monkeypatch.setattr(process_module, "extract", broken)
    rejection = process(example("GUM_news_korea.txt"), SETTINGS)
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "internal"
    assert rejection.detail == "KeyError: 'paragraphs'"
    assert rejection.origin.endswith("GUM_news_korea.txt")


def test_a_source_error_passes_through_as_its_rejection() -> None:
    error = InputError(
        "line is not JSON", reason="corrupt-record", stage="read", origin="d.jsonl:3"
    )
    result = outcome(error, SETTINGS)
    assert result == Outcome("d.jsonl:3", error.rejection())
    assert result.rejected


def test_the_timer_is_off_after_a_page() -> None:
    process(example("GUM_news_korea.txt"), Settings(nlp=False, page_timeout=0.3))
    time.sleep(0.5)  # an alarm left behind would interrupt this sleep
