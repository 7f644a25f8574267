"""Time limits of one page: the stage a page was in when its time ran out, and the watchdog
that covers what the timer cannot interrupt (no timer on the platform, another thread)."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import pytest

from newsdesk.page import RawPage
from newsdesk.record import Rejection
from newsdesk.runners.limits import PageTimeout, page_limit, time_limit, watchdog
from newsdesk.runners.process import process
from newsdesk.settings import Settings

EXAMPLES = Path(__file__).parent.parent.parent / "examples"


def stuck(*args: object, **kwargs: object) -> None:
    """A stage that never ends by itself (it gives up after a while, so a test fails, not hangs)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        time.sleep(0.01)
    raise AssertionError("the time limit did not interrupt the stage")


@pytest.mark.parametrize(
    ("function", "stage"),
    [
        ("layout_text", "segment"),
        ("read_furniture", "furniture"),
        ("assemble", "body"),
        ("extract_metadata", "metadata"),
    ],
)
def test_a_timeout_rejection_names_the_stage_the_page_was_in(
    monkeypatch: pytest.MonkeyPatch, function: str, stage: str
) -> None:
    monkeypatch.setattr(f"newsdesk.pipeline.{function}", stuck)
    path = EXAMPLES / "GUM_news_korea.txt"
    rejection = process(
        RawPage(data=path.read_bytes(), origin=str(path)), Settings(nlp=False, page_timeout=0.2)
    )
    assert isinstance(rejection, Rejection)
    assert (rejection.reason, rejection.stage, rejection.origin) == ("timeout", stage, str(path))


def test_outside_the_pipeline_the_stage_is_run() -> None:
    with pytest.raises(PageTimeout) as late, time_limit(0.1):
        stuck()
    assert late.value.stage == "run"


def test_the_watchdog_calls_give_up_with_the_stage_of_the_watched_thread() -> None:
    called = threading.Event()
    stages: list[str] = []

    def give_up(stage: str) -> None:
        stages.append(stage)
        called.set()

    with watchdog(0.1, give_up):
        assert called.wait(30)
    assert stages == ["run"]


def test_off_the_main_thread_page_limit_falls_back_to_the_watchdog() -> None:
    """The timer works in the main thread only: elsewhere the watchdog keeps the limit."""
    called = threading.Event()
    stages: list[str] = []
    errors: list[BaseException] = []

    def give_up(stage: str) -> None:
        stages.append(stage)
        called.set()

    def page() -> None:
        try:
            with page_limit(0.1, give_up):
                assert called.wait(30)
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    worker = threading.Thread(target=page)
    worker.start()
    worker.join(60)
    assert (stages, errors) == (["run"], [])


def test_no_limit_when_the_setting_is_0() -> None:
    """No timer and no watchdog thread: the page runs as long as it takes."""
    before = threading.active_count()
    with page_limit(0, print), page_limit(0.0, print):
        assert threading.active_count() == before
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
