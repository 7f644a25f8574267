"""Benchmark data is not part of this repository (the README's Benchmarks section says
where it comes from), so a benchmark whose data is missing or holds nothing to measure
says so in one line and exits 2: never a traceback, and never a score of 0.000 that
looks like a result.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator, Sized
from itertools import cycle
from pathlib import Path
from typing import NoReturn

__all__ = [
    "EXIT_NO_DATA",
    "distinct_pages",
    "no_data",
    "page_sources",
    "require_file",
    "require_folder",
    "require_some",
]

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


def page_sources(shared: Path) -> list[Path]:
    """The pages the speed benchmarks are built from: the PolNeAR article texts and the
    article-extraction HTML pages (``.html.gz``) under ``shared``, the team's data folder;
    says what is missing when there is none."""
    texts = [shared / "data/quotes/polnear/train/text", shared / "data/quotes/polnear/dev/text"]
    html = shared / "bench/article-extraction/html"
    sources = sorted(p for root in texts for p in root.glob("*.txt")) + sorted(html.glob("*.gz"))
    if not sources:
        no_data(f"no development pages under {shared} (PolNeAR texts, extraction pages)")
    return sources


def distinct_pages(sources: list[Path], count: int) -> Iterator[tuple[str, bytes]]:
    """``count`` distinct pages from ``sources``, cycled: each copy of a source page gets its
    own closing line, so every page is a distinct document. Yields ``(file name, bytes)``,
    the name ending ``.html`` or ``.txt``."""
    for n, source in zip(range(count), cycle(sources), strict=False):
        copy = n // len(sources)
        if source.suffix == ".gz":
            html = gzip.decompress(source.read_bytes())
            tail = f"<p>Page copy {copy} of {source.stem[:12]}.</p></body>".encode()
            data = html.replace(b"</body>", tail, 1) if b"</body>" in html else html + tail
            yield f"page-{n:05d}.html", data
        else:
            text = source.read_text(encoding="utf-8", errors="replace")
            page = f"{text}\n\nPage copy {copy} of this article.\n"
            yield f"page-{n:05d}.txt", page.encode("utf-8")
