"""The progress bar of batch commands: pages done, pages/s, rejections and ETA, on stderr.

Shown only when stderr is a terminal; otherwise every method is a no-op, so
logs and pipes stay clean. Rejection lines are printed above the bar, up to
``MAX_REJECTION_LINES`` (the store keeps them all).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from newsdesk.record import Rejection
from newsdesk.runners.ingest import pages_per_second
from newsdesk.runners.process import Outcome

MAX_REJECTION_LINES = 20


class IngestProgress:
    """Counts pages as they are stored, rejected or skipped, and shows it."""

    def __init__(
        self,
        total: int | None,
        *,
        show: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._console = Console(stderr=True)
        enabled = self._console.is_terminal if show is None else show
        self._rejected = 0
        self._lines = 0
        self._progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} pages/s"),
            TextColumn("[red]{task.fields[rejected]} rejected"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self._console,
            disable=not enabled,
            transient=False,
            get_time=clock,
        )
        self._task: TaskID = self._progress.add_task("ingest", total=total, rate="-", rejected=0)

    def __enter__(self) -> IngestProgress:
        self._progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def advance(self, outcome: Outcome) -> None:
        if isinstance(outcome.result, Rejection):
            self._rejected += 1
            self._report(outcome.result)
        task = self._progress.tasks[0]
        # The rate of the summary (pages processed over the time since the start), not rich's
        # moving estimate of the last seconds, so the two never disagree.
        rate = pages_per_second(task.completed + 1, task.elapsed or 0.0)
        self._progress.update(
            self._task,
            advance=1,
            rejected=self._rejected,
            rate=f"{rate:.1f}" if rate else "-",
        )

    def skip(self, count: int) -> None:
        """Pages already stored by an earlier run leave the total (and the pages/s)."""
        task = self._progress.tasks[0]
        if task.total is not None:
            self._progress.update(self._task, total=max(0.0, task.total - count))

    def _report(self, rejection: Rejection) -> None:
        if self._progress.disable:
            return
        self._lines += 1
        if self._lines <= MAX_REJECTION_LINES:
            self._progress.console.print(
                f"[red]rejected[/] {escape(rejection.origin)}: {escape(rejection.detail)} "
                + escape(f"[{rejection.reason}]"),
                highlight=False,
            )
        elif self._lines == MAX_REJECTION_LINES + 1:
            self._progress.console.print("[red]more rejections:[/] see the summary below")
