"""Time the metadata stage inside ``extract(page, nlp=False)`` and count which rules fired.

usage:
  .venv/bin/python bench/metadata_speed.py '../shared/bench/article-extraction/html/*.html.gz'

Reads the pages by path (nothing is copied), runs every page once to warm up
(imports, the language model), then times three passes and reports the best:
whole extraction and the metadata stage alone (reading the page's head from
its tree, ``read_html``, and choosing the fields, ``extract_metadata``), in
milliseconds per page, and how many pages got each field from each rule.
"""

from __future__ import annotations

import argparse
import glob
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import newsdesk.pipeline as pipeline
from newsdesk.errors import PageError
from newsdesk.page import RawPage
from newsdesk.sources.files import read_file
from newsdesk_bench.bench_data import require_some

PASSES = 3
#: The pipeline's names of the metadata stage's functions (``read_html`` since issue 10).
STAGE_FUNCTIONS = ("read_html", "extract_metadata")


def main(pattern: str) -> int:
    names = sorted(glob.glob(pattern))  # noqa: PTH207 - a shell pattern, absolute or relative
    require_some(names, "pages", f"the pattern {pattern!r}")
    pages = [read_file(Path(name), max_bytes=20_000_000) for name in names]
    spent = [0.0]

    def timed(stage: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return stage(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        return call

    for name in STAGE_FUNCTIONS:
        if hasattr(pipeline, name):
            setattr(pipeline, name, timed(getattr(pipeline, name)))  # the stage, timed in place
    rules: Counter[str] = Counter()
    for page in pages:  # warm-up pass, and the rule counts
        record = _extract(page)
        if record is not None:
            rules.update(f"{field}: {rule}" for field, rule in record.items())
    totals, metas = [], []
    for _ in range(PASSES):
        spent[0] = 0.0
        start = time.perf_counter()
        for page in pages:
            _extract(page)
        totals.append(time.perf_counter() - start)
        metas.append(spent[0])
    count = len(pages)
    print(f"pages: {count}")
    print(f"extract(nlp=False): {min(totals) / count * 1000:.2f} ms/page (best of {PASSES})")
    print(f"metadata stage:     {min(metas) / count * 1000:.2f} ms/page (best of {PASSES})")
    for rule, hits in sorted(rules.items()):
        print(f"  {hits:4d}  {rule}")
    return 0


def _extract(page: RawPage) -> dict[str, str] | None:
    try:
        record = pipeline.extract(page, nlp=False)
    except PageError:
        return None
    keys = ("title", "authors", "published", "language")
    return {k: v for k, v in record.provenance.items() if k in keys}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "pattern",
        help="a quoted shell pattern of pages (see usage above)",
    )
    sys.exit(main(parser.parse_args().pattern))
