"""Publication-date accuracy on a benchmark folder, beside htmldate.

DIR holds `gold.json` ({file: {url, date: "YYYY-MM-DD" or null}}) and
`html/<file>.gz`, as in shared/bench/dates. Scoring follows htmldate's own
evaluation: a date is right when its day equals the gold day (true
positive); a wrong day, or a day where the gold has none, is a false
positive; no day where the gold has one is a false negative; none where
none is a true negative. Accuracy = (TP + TN) / all. Every tool gets the
page bytes and its URL. When htmldate is installed it runs in the same run,
with its fast and its extensive search (``original_date=True``, as in
htmldate's own comparison); tools take turns page by page and
only their calls are timed. newsdesk runs its whole extraction without NLP
(the date is read as part of it), so its time includes the main text.

examples:
  newsdesk bench dates --data ../shared/bench/dates
  newsdesk bench dates --data ../shared/bench/dates --half even --errors
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.errors import PageError
from newsdesk.page import RawPage
from newsdesk.pipeline import extract
from newsdesk.record import PageSource
from newsdesk_bench.holdout import add_half_argument, keep_half
from newsdesk_bench.turns import speed_ratios, take_turns

NAME = "dates"
HELP = "publication-date accuracy and speed beside htmldate"

#: A tool under test: page bytes and URL in, a ``YYYY-MM-DD`` day (or None) out.
DateFinder = Callable[[bytes, str | None], str | None]


@dataclass(frozen=True, slots=True)
class DatedPage:
    id: str
    data: bytes
    url: str | None
    gold: str | None  # YYYY-MM-DD, or None when the page gives no date


@dataclass(frozen=True, slots=True)
class DateScores:
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int

    @property
    def pages(self) -> int:
        return (
            self.true_positives + self.false_positives + self.false_negatives + self.true_negatives
        )

    @property
    def accuracy(self) -> float:
        return (self.true_positives + self.true_negatives) / self.pages if self.pages else 0.0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class DateResult:
    tool: str
    scores: DateScores
    seconds: float
    answers: tuple[str | None, ...]  # one per page, in page order

    @property
    def pages_per_second(self) -> float:
        return self.scores.pages / self.seconds if self.seconds > 0 else 0.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, required=True, help="benchmark folder")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="first N pages only")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--no-peers", action="store_true", help="run newsdesk alone, not htmldate")
    parser.add_argument(
        "--errors", action="store_true", help="also list the pages newsdesk dates wrongly"
    )
    add_half_argument(parser)


def run(args: argparse.Namespace) -> int:
    if not (args.data / "gold.json").is_file():
        print(f"newsdesk: error: no gold.json in {args.data}", file=sys.stderr)
        return 2
    pages = load_dated_pages(args.data, limit=args.limit, half=args.half)
    if not pages:
        print(f"newsdesk: error: no benchmark pages in {args.data}", file=sys.stderr)
        return 2
    tools: list[tuple[str, DateFinder]] = [("newsdesk", newsdesk_date)]
    if not args.no_peers:
        tools.extend(peer_date_finders())
    results = measure_dates(tools, pages)
    if args.json:
        print(json.dumps(dates_json(results), indent=2))
    else:
        print(render_dates(results))
        if args.errors:
            print(render_errors(results[0], pages))
    return 0


def load_dated_pages(
    data: Path, *, limit: int | None = None, half: str | None = None
) -> list[DatedPage]:
    """The benchmark's pages in gold-file order, gunzipped before any clock starts."""
    truth: dict[str, dict[str, Any]] = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    pages: list[DatedPage] = []
    for page_id, gold in keep_half(list(truth.items()), half):
        if limit is not None and len(pages) >= limit:
            break
        markup = gzip.decompress((data / "html" / f"{page_id}.gz").read_bytes())
        day = gold.get("date")
        pages.append(DatedPage(page_id, markup, gold.get("url"), day[:10] if day else None))
    return pages


def score_dates(answers: list[str | None], pages: list[DatedPage]) -> DateScores:
    tp = fp = fn = tn = 0
    for answer, page in zip(answers, pages, strict=True):
        day = answer[:10] if answer else None
        if day is None:
            fn, tn = (fn + 1, tn) if page.gold else (fn, tn + 1)
        elif day == page.gold:
            tp += 1
        else:
            fp += 1
    return DateScores(tp, fp, fn, tn)


def measure_dates(tools: list[tuple[str, DateFinder]], pages: list[DatedPage]) -> list[DateResult]:
    """Every tool on every page, taking turns page by page; only the calls are timed."""
    none: str | None = None
    turns = take_turns([tool for _, tool in tools], [(p.data, p.url) for p in pages], none)
    return [
        DateResult(
            name, score_dates(turns.answers[i], pages), turns.seconds[i], tuple(turns.answers[i])
        )
        for i, (name, _) in enumerate(tools)
    ]


def newsdesk_date(data: bytes, url: str | None) -> str | None:
    page = RawPage(data=data, origin=url or "<bench>", kind="html", source=PageSource(url=url))
    try:
        return extract(page, nlp=False).published
    except PageError:
        return None


def peer_date_finders() -> list[tuple[str, DateFinder]]:
    """htmldate's fast and extensive searches, when it is installed."""
    try:
        import htmldate
        from htmldate import find_date
    except ImportError:
        return []

    def search(*, extensive: bool) -> DateFinder:
        def call(data: bytes, url: str | None) -> str | None:
            found: str | None = find_date(
                data, url=url, extensive_search=extensive, original_date=True
            )
            return found

        return call

    version = getattr(htmldate, "__version__", "")
    return [
        (f"htmldate {version} extensive".replace("  ", " "), search(extensive=True)),
        ("htmldate fast", search(extensive=False)),
    ]


def render_dates(results: list[DateResult]) -> str:
    width = max(len(result.tool) for result in results)
    header = (
        f"{'tool':<{width}} {'accuracy':>8} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>8}"
    )
    lines = [f"publication dates, {results[0].scores.pages} pages", header, "-" * len(header)]
    for result in results:
        s = result.scores
        lines.append(
            f"{result.tool:<{width}} {s.accuracy:>8.3f} {s.precision:>9.3f} {s.recall:>7.3f} "
            f"{s.f1:>6.3f} {result.pages_per_second:>8.1f}"
        )
    lines.extend(speed_ratios([(r.tool, r.pages_per_second) for r in results]))
    return "\n".join(lines)


def render_errors(result: DateResult, pages: list[DatedPage]) -> str:
    """One line per page the tool dates wrongly: page, gold day, answer."""
    lines = ["pages dated wrongly (page, gold, newsdesk):"]
    for answer, page in zip(result.answers, pages, strict=True):
        day = answer[:10] if answer else None
        if day != page.gold:
            lines.append(f"  {page.id}  {page.gold}  {day}")
    return "\n".join(lines)


def dates_json(results: list[DateResult]) -> dict[str, Any]:
    tools = []
    for result in results:
        s = result.scores
        tools.append(
            {
                "tool": result.tool,
                "pages": s.pages,
                "accuracy": round(s.accuracy, 4),
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "true_positives": s.true_positives,
                "false_positives": s.false_positives,
                "false_negatives": s.false_negatives,
                "true_negatives": s.true_negatives,
                "seconds": round(result.seconds, 4),
                "pages_per_second": round(result.pages_per_second, 2),
            }
        )
    return {"tools": tools}
