"""Time limits for one page: the ``page_timeout`` setting, for batch workers and ``extract``.

``time_limit`` raises ``PageTimeout`` inside the page's processing when its
time is up, by a ``SIGALRM`` interval timer (``signal.setitimer``: Linux,
macOS and other POSIX systems, in the main thread). The exception carries the
pipeline stage the page was in, so the rejection or the error line can name
it. A timer signal reaches Python code (regular expressions included) but not
a call stuck in native code; ``watchdog`` covers that, and the platforms
without the timer: a thread that, when a block overruns its limit, calls a
function that must end the process (the block itself cannot be stopped).
``page_limit`` combines them the way ``newsdesk extract`` uses them.
``warm_up`` loads what the pipeline caches per process before the first page
is timed, so that page's limit is its own.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from newsdesk.page import RawPage
from newsdesk.pipeline import current_stage as pipeline_stage
from newsdesk.pipeline import extract
from newsdesk.settings import Settings

__all__ = [
    "PageTimeout",
    "current_stage",
    "page_limit",
    "time_limit",
    "timer_usable",
    "warm_up",
    "watchdog",
]

#: The stage named when a page's time runs out outside the pipeline's stages.
STAGE = "run"

#: With the timer in use, ``page_limit``'s watchdog gives a page stuck in native code
#: HARD_LIMIT_FACTOR x its limit plus HARD_LIMIT_GRACE seconds before ending the process.
HARD_LIMIT_FACTOR = 2.0
HARD_LIMIT_GRACE = 10.0

#: A short page run through the whole pipeline once per process, to load the NLP model and
#: the language identifier before any page is timed.
WARM_UP_TEXT = (
    "The minister said on Monday that talks would resume. "
    '"We are ready," she told reporters in the capital.'
)


class PageTimeout(BaseException):
    """Raised inside a page's processing when its time is up.

    A ``BaseException``, so a stage's broad ``except Exception`` cannot swallow it.
    ``stage`` is the pipeline stage the page was in (``run`` when not known).
    """

    def __init__(self, stage: str = STAGE) -> None:
        super().__init__(stage)
        self.stage = stage


def timer_usable() -> bool:
    """Whether ``time_limit`` can interrupt a page here (a POSIX timer, the main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``PageTimeout`` in this block after ``seconds``; no limit when ``seconds`` is 0
    or ``timer_usable()`` is false."""
    if seconds <= 0 or not timer_usable():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise PageTimeout(current_stage())

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def watchdog(seconds: float, give_up: Callable[[str], object]) -> Iterator[None]:
    """Call ``give_up(stage)`` from another thread when this block runs past ``seconds``.

    ``give_up`` must end the process (``os._exit``): the block goes on running.
    Once the block is over, ``give_up`` is no longer called.
    """
    if seconds <= 0:
        yield
        return
    watched = threading.get_ident()
    lock = threading.Lock()
    over = False

    def expire() -> None:
        with lock:
            if not over:
                give_up(current_stage(watched))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:  # waits for a give_up already running: the process ends there
            over = True
        timer.cancel()


@contextmanager
def page_limit(seconds: float, give_up: Callable[[str], object]) -> Iterator[None]:
    """``seconds`` for the block: ``PageTimeout`` from the timer where it is usable, with a
    watchdog at the hard limit for native code; elsewhere the watchdog at ``seconds``."""
    if seconds <= 0:
        yield
    elif timer_usable():
        hard = HARD_LIMIT_FACTOR * seconds + HARD_LIMIT_GRACE
        with watchdog(hard, give_up), time_limit(seconds):
            yield
    else:
        with watchdog(seconds, give_up):
            yield


def current_stage(thread: int | None = None) -> str:
    """The pipeline stage the page of ``thread`` (this thread by default) is in, ``run``
    when it is in none (``pipeline.current_stage``)."""
    return pipeline_stage(thread) or STAGE


def warm_up(settings: Settings) -> None:
    """Run one small page through the pipeline, loading what it caches per process."""
    # A failing warm-up shows up again on the first real page, as that page's rejection.
    with contextlib.suppress(Exception):
        extract(RawPage.from_text(WARM_UP_TEXT, origin="<warm-up>"), settings=settings)
