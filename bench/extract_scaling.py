"""Extraction time and memory against page size: linear time, bounded memory.

Builds pages of several shapes (invented text, nothing read from disk) at
each size and extracts each one in a fresh process, after one small warm-up
page (the language identifier and, with ``--nlp``, the spaCy model are
loaded before timing). Prints, per shape and size: seconds, microseconds per
KB, the resident memory of the warmed-up process holding the page (``base``)
and the peak resident memory of the process (``peak``: the warm-up's own peak
when the page never went above it), and the outcome (``ok`` or the rejection
reason). Then, per shape, the growth of the time per KB from the
smallest to the largest size: about 1 for linear time (noise on a shared
machine aside), the size ratio for quadratic time.

Shapes: one line of letters; one line of prose; many short paragraphs;
a wall of straight quotation marks; lines of capitals, pipes and bullets;
HTML paragraphs; HTML nested 3,000 levels deep; HTML of unclosed
``<a><font>`` pairs.

usage:
  .venv/bin/python bench/extract_scaling.py                      # 100 KB, 1 MB, 10 MB; no NLP
  .venv/bin/python bench/extract_scaling.py --sizes 100000,1000000 --nlp
  .venv/bin/python bench/extract_scaling.py --shapes letters,html-deep
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsdesk.errors import PageError
from newsdesk.pipeline import extract
from newsdesk.settings import Settings

_WORDS = [
    "council", "budget", "harbour", "minister", "vote", "plan", "ferry", "tram", "agreed",
    "opposed", "said", "reporters", "morning", "capital", "week", "spending", "rail",
    "station", "water", "district", "mayor", "residents",
]  # fmt: skip


def _prose(size: int) -> str:
    """Sentences of varied words (no two paragraphs alike, so none is a duplicate)."""
    out: list[str] = []
    total = 0
    index = 0
    while total < size:
        words = [_WORDS[(index * 7 + k * 3 + index // len(_WORDS)) % len(_WORDS)] for k in range(9)]
        sentence = f"The {' '.join(words)} number {index}. "
        out.append(sentence)
        total += len(sentence)
        index += 1
    return "".join(out)[:size]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _paragraphs(size: int) -> str:
    text = _prose(size)
    return "\n\n".join(text[i : i + 400] for i in range(0, len(text), 400))


def _html_paragraphs(size: int) -> str:
    text = _prose(size)
    paragraphs = "".join(f"<p>{text[i : i + 400]}</p>\n" for i in range(0, len(text), 400))
    head = "<html><head><title>Budget</title></head>"
    return f"{head}<body><article>{paragraphs}</article></body></html>"


def _html_deep(size: int) -> str:
    depth = min(3000, size // 40)
    inner = _html_paragraphs(max(0, size - 11 * depth))
    return "<html><body>" + "<div>" * depth + inner + "</div>" * depth + "</body></html>"


def _html_unclosed(size: int) -> str:
    pairs = "<a href='/more'><font color='red'>" * 150
    return f"<html><body><p>Council news</p>{pairs}{_html_paragraphs(size)}</body></html>"


SHAPES: dict[str, Callable[[int], str]] = {
    "letters": lambda size: _repeat("a", size),
    "prose-line": _prose,
    "paragraphs": _paragraphs,
    "quote-marks": lambda size: _repeat('"', size),
    "capitals": lambda size: _repeat("WASHINGTON ", size),
    "pipes": lambda size: _repeat("News | ", size),
    "bullets": lambda size: _repeat("• item\n", size),
    "html-paragraphs": _html_paragraphs,
    "html-deep": _html_deep,
    "html-unclosed": _html_unclosed,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000,10000000", help="page sizes, bytes")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="shapes to run")
    parser.add_argument("--nlp", action="store_true", help="run the NLP stages too")
    parser.add_argument("--one", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_measure(args.one[0], int(args.one[1]), nlp=args.nlp)))
        return 0
    sizes = [int(size) for size in args.sizes.split(",")]
    shapes = args.shapes.split(",")
    print(f"extract, {'with' if args.nlp else 'without'} NLP; one fresh process per page")
    header = f"{'shape':16} {'size':>10} {'seconds':>8} {'us/KB':>8} {'base MB':>8} {'peak MB':>8}"
    print(f"{header}  outcome")
    for shape in shapes:
        per_kb: list[float] = []
        for size in sizes:
            command = [sys.executable, __file__, "--one", shape, str(size)]
            if args.nlp:
                command.append("--nlp")
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"{shape:16} {size:>10,} failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            row = json.loads(done.stdout)
            per_kb.append(row["seconds"] * 1e6 / (size / 1000))
            print(
                f"{shape:16} {size:>10,} {row['seconds']:8.2f} {per_kb[-1]:8.0f} "
                f"{row['base_mb']:8.0f} {row['peak_mb']:8.0f}  {row['outcome']}",
                flush=True,
            )
        if len(per_kb) > 1:
            growth = per_kb[-1] / per_kb[0]
            print(f"{'':16} time per KB, largest / smallest: {growth:.2f} "
                  f"(size ratio {sizes[-1] / sizes[0]:.0f})")  # fmt: skip
    return 0


def _measure(shape: str, size: int, *, nlp: bool) -> dict[str, object]:
    """Extract one page of ``shape`` and ``size`` in this (fresh) process."""
    settings = Settings().merged({"nlp": nlp, "page_timeout": 0}, origin="bench")
    extract("The minister said on Monday that the talks would resume soon.", settings=settings)
    page = SHAPES[shape](size).encode("utf-8")
    before = _current_mb()
    start = time.perf_counter()
    try:
        record = extract(page, settings=settings)
        outcome = f"ok, body {len(record.body):,} chars, {len(record.removed):,} removed"
    except PageError as err:
        outcome = f"rejected: {err.reason}"
    seconds = time.perf_counter() - start
    peak = _peak_mb()
    return {"seconds": seconds, "peak_mb": peak, "base_mb": before, "outcome": outcome}


def _current_mb() -> float:
    """Resident memory of this process now, in MB (Linux; else 0)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0.0
    return pages * resource.getpagesize() / 2**20


def _peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (ru_maxrss is KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    raise SystemExit(main())
