"""Article-extraction quality on a benchmark folder (pages + ground-truth.json).

DIR holds `ground-truth.json` ({id: {articleBody, url}}) and `html/<id>.html.gz`,
as in shared/bench/article-extraction. Prints precision, recall, F1 and
accuracy with that benchmark's own metric, and pages per second.

examples:
  newsdesk bench extraction --data ../shared/bench/article-extraction
  newsdesk bench extraction --data ../shared/bench/article-extraction --mode text
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from newsdesk.errors import PageError
from newsdesk.evaluation.shingles import aggregate, score_page
from newsdesk.page import RawPage
from newsdesk.pipeline import extract
from newsdesk.record import PageSource
from newsdesk.segment.flatten import flatten_html

NAME = "extraction"
HELP = "article-extraction precision, recall and F1 (HTML or flattened-text mode)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, required=True, help="benchmark folder")
    parser.add_argument("--mode", choices=("html", "text"), default="html")


def run(args: argparse.Namespace) -> int:
    data: Path = args.data
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    scores = []
    elapsed = 0.0
    for page_id, gold in truth.items():
        markup = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        if args.mode == "text":
            page = RawPage.from_text(flatten_html(markup), origin=page_id, kind="text")
        else:
            page = RawPage(
                data=markup, origin=page_id, kind="html", source=PageSource(url=gold.get("url"))
            )
        start = time.perf_counter()
        try:
            body = extract(page, nlp=False).body
        except PageError:
            body = ""
        elapsed += time.perf_counter() - start
        scores.append(score_page(body, gold["articleBody"]))
    result = aggregate(scores)
    print(
        f"newsdesk ({args.mode}): precision {result.precision:.3f}  recall {result.recall:.3f}  "
        f"F1 {result.f1:.3f}  accuracy {result.accuracy:.3f}  {len(scores) / elapsed:.1f} pages/s"
    )
    return 0
