"""Run several tools over the same pages, taking turns page by page, timing only their calls.

The tools take turns page by page (not one whole run after another), so a
busy machine slows them alike and the speed ratio stays fair. Each tool is
called once before the clock starts (lazy imports, model files, caches).
A tool that raises on a page gets the ``failure`` answer there and a count.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

A = TypeVar("A")

#: A tool under test: page bytes and URL in, its answer out.
Tool = Callable[[bytes, str | None], A]


@dataclass(frozen=True, slots=True)
class Turns(Generic[A]):
    answers: list[list[A]]  # per tool, one per page in page order
    seconds: list[float]  # per tool, time spent in its calls
    failed: list[int]  # per tool, pages it raised on


def take_turns(
    tools: Sequence[Tool[A]], pages: Sequence[tuple[bytes, str | None]], failure: A
) -> Turns[A]:
    for tool in tools:  # warm up before timing
        tool(*pages[0])
    answers: list[list[A]] = [[] for _ in tools]
    seconds = [0.0] * len(tools)
    failed = [0] * len(tools)
    for data, url in pages:
        for i, tool in enumerate(tools):
            start = time.perf_counter()
            try:
                answer = tool(data, url)
            except Exception:  # a peer's crash is a failed answer, not fatal
                answer = failure
                failed[i] += 1
            seconds[i] += time.perf_counter() - start
            answers[i].append(answer)
    return Turns(answers, seconds, failed)


def speed_ratios(speeds: Sequence[tuple[str, float]]) -> list[str]:
    """Lines comparing the first tool's pages per second with each other tool's."""
    _, ours = speeds[0]
    return [
        f"speed ratio newsdesk / {tool}: {ours / speed:.2f}"
        for tool, speed in speeds[1:]
        if speed > 0
    ]
