"""The progress bar of ingest: its rate is the summary's, pages processed over the time taken."""

from __future__ import annotations

from newsdesk.cli.progress import IngestProgress
from newsdesk.record import Rejection
from newsdesk.runners.ingest import pages_per_second
from newsdesk.runners.process import Outcome


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_rate_is_pages_over_the_time_since_the_start() -> None:
    clock = Clock()
    page = Outcome("a.html", Rejection("a1", "a.html", "decode", "empty", "page is empty"))
    with IngestProgress(10, show=False, clock=clock) as progress:
        clock.now += 9.0  # the first page takes long (a model loading) ...
        progress.advance(page)
        for _ in range(9):  # ... the next nine are quick
            clock.now += 0.1
            progress.advance(page)
        task = progress._progress.tasks[0]
        # 10 pages in 9.9 s, as the summary will say: not the speed of the last few pages
        assert task.fields["rate"] == f"{pages_per_second(10, 9.9):.1f}" == "1.0"
        assert task.fields["rejected"] == 10
