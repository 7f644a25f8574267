"""Article-extraction quality and speed on a benchmark folder, beside trafilatura.

DIR holds either `ground-truth.json` ({id: {articleBody, url}}) and
`html/<id>.html.gz`, as in shared/bench/article-extraction (scored by
4-token shingles, shingles.py), or `gold.json` ({file: {url,
with, without}}) and `html/<file>.gz`, as in
shared/bench/multilingual-extraction (scored by snippets found and not
found, snippets.py). Prints precision, recall, F1 and accuracy
with the benchmark's own metric, and pages per second. When
trafilatura is installed it runs on the same pages in the same run (with its
defaults and with favor_precision) and the table ends with the speed ratio
newsdesk / trafilatura. Only the extraction is timed, for every tool alike:
reading and gunzipping the files (and, in text mode, flattening the pages)
happen before the clock starts. Both tools get the same page bytes, and take
turns page by page so that a busy machine slows them alike.

In text mode each page is first flattened (flatten.py) and newsdesk
runs its text mode; trafilatura gets the flattened lines wrapped as minimal
HTML (one <p> per line).

examples:
  newsdesk bench extraction --data ../shared/bench/article-extraction
  newsdesk bench extraction --data ../shared/bench/article-extraction --mode text
  newsdesk bench extraction --data ../shared/bench/article-extraction --limit 20 --json
  newsdesk bench extraction --data ../shared/bench/multilingual-extraction
  newsdesk bench extraction --data ../shared/bench/multilingual-extraction --half odd
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from newsdesk.errors import PageError
from newsdesk.page import PageKind, RawPage
from newsdesk.pipeline import extract
from newsdesk.record import PageSource
from newsdesk_bench.flatten import flatten_html
from newsdesk_bench.holdout import add_half_argument, keep_half
from newsdesk_bench.shingles import Scores, aggregate, score_page
from newsdesk_bench.snippets import Snippets, aggregate_snippets, count_snippets
from newsdesk_bench.turns import speed_ratios, take_turns

NAME = "extraction"
HELP = "article-extraction precision, recall, F1 and speed (HTML or flattened-text mode)"

#: The gold file of a shingle-scored benchmark, and of a snippet-scored one.
GOLD_FILES = ("ground-truth.json", "gold.json")
NO_SNIPPETS = Snippets((), ())

#: A tool under test: page bytes and URL in, article text out.
Extractor = Callable[[bytes, str | None], str]


@dataclass(frozen=True, slots=True)
class BenchPage:
    """One benchmark page, read and gunzipped before any clock starts."""

    id: str
    data: bytes  # the page as a tool gets it (HTML, or flattened text in text mode)
    url: str | None
    gold: str  # the article text (shingle-scored benchmarks)
    snippets: Snippets | None = None  # what the text must and must not hold (snippet-scored)


@dataclass(frozen=True, slots=True)
class ToolResult:
    tool: str
    scores: Scores
    seconds: float
    failed: int  # pages the tool raised on (scored as empty)

    @property
    def pages_per_second(self) -> float:
        return self.scores.pages / self.seconds if self.seconds > 0 else 0.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, required=True, help="benchmark folder")
    parser.add_argument("--mode", choices=("html", "text"), default="html")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="first N pages only")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--no-peers", action="store_true", help="run newsdesk alone, not trafilatura"
    )
    add_half_argument(parser)


def run(args: argparse.Namespace) -> int:
    if not any((args.data / name).is_file() for name in GOLD_FILES):
        print(f"newsdesk: error: no ground-truth.json or gold.json in {args.data}", file=sys.stderr)
        return 2
    pages = load_pages(args.data, mode=args.mode, limit=args.limit, half=args.half)
    if not pages:
        print(f"newsdesk: error: no benchmark pages in {args.data}", file=sys.stderr)
        return 2
    tools: list[tuple[str, Extractor]] = [(f"newsdesk ({args.mode})", _newsdesk(args.mode))]
    if not args.no_peers:
        tools.extend(peer_extractors(args.mode))
    results = measure(tools, pages)
    if args.json:
        print(json.dumps(as_json(results, args.mode), indent=2))
    else:
        print(render(results, args.mode))
    return 0


def load_pages(
    data: Path, *, mode: str, limit: int | None = None, half: str | None = None
) -> list[BenchPage]:
    """The benchmark's pages in gold-file order, as each tool will get them."""
    snippet_gold = not (data / "ground-truth.json").is_file()
    truth: dict[str, dict[str, Any]] = json.loads(
        (data / GOLD_FILES[snippet_gold]).read_text(encoding="utf-8")
    )
    pages: list[BenchPage] = []
    for page_id, gold in keep_half(list(truth.items()), half):
        if limit is not None and len(pages) >= limit:
            break
        name = f"{page_id}.gz" if snippet_gold else f"{page_id}.html.gz"
        markup = gzip.decompress((data / "html" / name).read_bytes())
        if mode == "text":
            markup = flatten_html(markup).encode("utf-8")
        if snippet_gold:
            snippets = Snippets(tuple(gold.get("with", ())), tuple(gold.get("without", ())))
            pages.append(BenchPage(page_id, markup, gold.get("url"), "", snippets))
        else:
            pages.append(BenchPage(page_id, markup, gold.get("url"), gold["articleBody"]))
    return pages


def score_texts(texts: list[str], pages: list[BenchPage]) -> Scores:
    """One tool's texts scored with the benchmark's own metric."""
    if pages and pages[0].snippets is not None:
        return aggregate_snippets(
            [
                count_snippets(text, page.snippets or NO_SNIPPETS)
                for text, page in zip(texts, pages, strict=True)
            ]
        )
    return aggregate([score_page(text, page.gold) for text, page in zip(texts, pages, strict=True)])


def measure(tools: list[tuple[str, Extractor]], pages: list[BenchPage]) -> list[ToolResult]:
    """Score every tool on every page, timing only the extraction calls.

    The tools take turns page by page (not one whole run after another), so a
    busy machine slows them alike and the speed ratio stays fair.
    """
    turns = take_turns([tool for _, tool in tools], [(p.data, p.url) for p in pages], "")
    return [
        ToolResult(
            tool=name,
            scores=score_texts(turns.answers[i], pages),
            seconds=turns.seconds[i],
            failed=turns.failed[i],
        )
        for i, (name, _) in enumerate(tools)
    ]


def peer_extractors(mode: str) -> list[tuple[str, Extractor]]:
    """trafilatura with its defaults and with favor_precision, when it is installed."""
    try:
        import trafilatura
    except ImportError:
        return []

    def run_trafilatura(*, favor_precision: bool) -> Extractor:
        def call(data: bytes, url: str | None) -> str:
            if mode == "text":
                data = _as_minimal_html(data.decode("utf-8"))
            text: str | None = trafilatura.extract(data, url=url, favor_precision=favor_precision)
            return text or ""

        return call

    suffix = " on flattened text" if mode == "text" else ""
    return [
        (f"trafilatura {trafilatura.__version__}{suffix}", run_trafilatura(favor_precision=False)),
        (
            f"trafilatura favor_precision{suffix}",
            run_trafilatura(favor_precision=True),
        ),
    ]


def render(results: list[ToolResult], mode: str) -> str:
    """The results as a plain-text table, with newsdesk's speed against each peer."""
    width = max(len(result.tool) for result in results)
    header = (
        f"{'tool':<{width}} {'precision':>9} {'recall':>7} {'F1':>6} {'accuracy':>8} {'pages/s':>8}"
    )
    lines = [f"article extraction, {mode} mode, {results[0].scores.pages} pages", header]
    lines.append("-" * len(header))
    for result in results:
        s = result.scores
        failed = f"  ({result.failed} failed)" if result.failed else ""
        lines.append(
            f"{result.tool:<{width}} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} "
            f"{s.accuracy:>8.3f} {result.pages_per_second:>8.1f}{failed}"
        )
    lines.extend(speed_ratios([(r.tool, r.pages_per_second) for r in results]))
    return "\n".join(lines)


def as_json(results: list[ToolResult], mode: str) -> dict[str, Any]:
    out: dict[str, Any] = {"mode": mode, "tools": []}
    for result in results:
        entry = asdict(result.scores)
        entry.update(
            tool=result.tool,
            seconds=round(result.seconds, 4),
            pages_per_second=round(result.pages_per_second, 2),
            failed=result.failed,
        )
        out["tools"].append(entry)
    ours = results[0]
    out["speed_ratio"] = {
        peer.tool: round(ours.pages_per_second / peer.pages_per_second, 3)
        for peer in results[1:]
        if peer.pages_per_second > 0
    }
    return out


def _newsdesk(mode: str) -> Extractor:
    kind: PageKind = "text" if mode == "text" else "html"

    def call(data: bytes, url: str | None) -> str:
        page = RawPage(data=data, origin=url or "<bench>", kind=kind, source=PageSource(url=url))
        try:
            return extract(page, nlp=False).body
        except PageError:
            return ""

    return call


def _as_minimal_html(text: str) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines())
    return f"<html><body>\n{paragraphs}</body></html>".encode()
