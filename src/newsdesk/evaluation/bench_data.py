"""Benchmark data is not part of this repository (the README's Benchmarks section says
where it comes from), so a benchmark whose data is missing or holds nothing to measure
says so in one line and exits 2: never a traceback, and never a score of 0.000 that
looks like a result.
"""

from __future__ import annotations

import sys
from collections.abc import Sized
from pathlib import Path
from typing import NoReturn

__all__ = ["EXIT_NO_DATA", "no_data", "require_file", "require_folder", "require_some"]

#: The exit code of a benchmark without its data (the CLI's code for a usage error).
EXIT_NO_DATA = 2


def no_data(message: str) -> NoReturn:
    """Say what is missing on stderr, one line, and end the script with ``EXIT_NO_DATA``."""
    script = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "bench"
    print(
        f"{script}: error: {message} (the benchmark data is not in this repository)",
        file=sys.stderr,
    )
    raise SystemExit(EXIT_NO_DATA)


def require_file(path: Path, what: str) -> Path:
    """``path`` when it is a readable file that is not empty."""
    if not path.is_file():
        no_data(f"{what} not found: {path}")
    if path.stat().st_size == 0:
        no_data(f"{what} is empty: {path}")
    return path


def require_folder(path: Path, what: str) -> Path:
    """``path`` when it is a folder."""
    if not path.is_dir():
        no_data(f"{what} not found: {path}")
    return path


def require_some(items: Sized, what: str, where: Path | str) -> None:
    """Refuse to measure nothing: ``items`` (pages, articles, sentences) must not be empty."""
    if len(items) == 0:
        no_data(f"no {what} in {where}")
