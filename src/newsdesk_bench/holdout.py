"""Halves of a benchmark, to tune on one and confirm on the other.

``--half even`` keeps the pages at even positions of the gold file's order
(0, 2, 4, ...), ``--half odd`` the others: a heuristic tuned on one half
and measured on the other shows whether it learnt a pattern or the pages.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

HALVES = ("even", "odd")


def add_half_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--half",
        choices=HALVES,
        default=None,
        help="only the pages at even or odd positions of the gold file (a held-out half)",
    )


def keep_half(items: Sequence[T], half: str | None) -> list[T]:
    """``items`` at even or odd positions, or all of them when ``half`` is None."""
    if half is None:
        return list(items)
    return list(items[HALVES.index(half) :: 2])
