"""Spark runner throughput beside the local runner, on the same pages.

Builds at least ``--pages`` pages (default 5,000) from the PolNeAR article
texts and the article-extraction HTML pages under ../shared (read by path,
written to a temp dir, never committed; each copy of a source page gets its
own closing line, so every page is a distinct document), packed into
``--dumps`` JSONL dumps (default 20), as a crawl packs pages into WARC files.
Then, each in a fresh process, on the same dumps:

- the local runner (``runners.local.run_local``) with 1 and with 2 workers,
  every record serialised to JSON as a job would write it;
- the Spark runner (``newsdesk spark``: one task per dump, Parquet parts and
  markers) with ``local[1]`` and ``local[2]``, its pages/s measured from the
  job's start to its end (the JVM's start is reported apart: a cluster pays it
  once per job, not per page).

It reports pages/s of each, and Spark's pages/s over the local runner's with
as many cores (target >= 0.8). The machine is shared: compare figures of one
run only.

usage:
  .venv/bin/python bench/spark_throughput.py                 # NLP off, 5,000 pages
  .venv/bin/python bench/spark_throughput.py --nlp --pages 1000
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newsdesk_bench.bench_data import distinct_pages, page_sources

#: The team's shared data folder sits beside the repository (``../shared``).
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

#: The runs, in the order they are made (alternating, so a burst of load hits both kinds).
RUNS = [("local", 1), ("spark", 1), ("local", 2), ("spark", 2)]


def build_dumps(folder: Path, count: int, dumps: int) -> int:
    """Write ``count`` pages into ``dumps`` JSONL files in ``folder``; returns how many
    source pages they came from."""
    sources = page_sources(SHARED)
    files = [(folder / f"dump-{n:03d}.jsonl").open("w", encoding="utf-8") for n in range(dumps)]
    try:
        for n, (name, data) in enumerate(distinct_pages(sources, count)):
            field = "html" if name.endswith(".html") else "text"
            row = {field: data.decode("utf-8", errors="replace")}
            files[n % dumps].write(json.dumps(row) + "\n")
    finally:
        for file in files:
            file.close()
    return len(sources)


def run_local_once(dumps: list[str], workers: int, nlp: bool) -> dict[str, Any]:
    """The local runner over the dumps in this process (called in a fresh child)."""
    from newsdesk.page import NotAPage
    from newsdesk.record import Record
    from newsdesk.runners.local import run_local
    from newsdesk.settings import Settings
    from newsdesk.sources.open import SourceOptions, open_sources

    settings = Settings(nlp=nlp, workers=workers)
    options = SourceOptions.from_settings(settings)
    started = time.perf_counter()
    pages = (item for item in open_sources(dumps, options) if not isinstance(item, NotAPage))
    count = written = 0
    for outcome in run_local(pages, settings):
        count += 1
        if isinstance(outcome.result, Record):
            written += len(outcome.result.to_json())  # what a job writes for each record
    seconds = time.perf_counter() - started
    return {
        "pages": count,
        "seconds": seconds,
        "pages_per_second": count / seconds,
        "json_chars": written,
    }


def run_spark_once(dumps: list[str], cores: int, nlp: bool, out: Path) -> dict[str, Any]:
    """The Spark runner over the dumps with ``local[cores]`` (called in a fresh child)."""
    from newsdesk.runners.spark import plan_inputs, run_spark, spark_session
    from newsdesk.settings import Settings
    from newsdesk.sources.open import SourceOptions

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    settings = Settings(nlp=nlp)
    options = SourceOptions.from_settings(settings)
    started = time.perf_counter()
    session = spark_session(f"local[{cores}]", app="newsdesk-bench")
    session_seconds = time.perf_counter() - started
    summary = run_spark(plan_inputs(dumps, options), out, settings, options, session)
    session.stop()
    return {
        "pages": summary.pages,
        "seconds": summary.seconds,
        "pages_per_second": summary.pages / summary.seconds,
        "session_seconds": session_seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--dumps", type=int, default=20, help="JSONL files the pages are in")
    parser.add_argument("--nlp", action="store_true", help="run the NLP stages too")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--run-one", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_one:
        kind, cores, folder, out = args.run_one
        dumps = sorted(str(p) for p in Path(folder).glob("*.jsonl"))
        if kind == "local":
            result = run_local_once(dumps, int(cores), args.nlp)
        else:
            result = run_spark_once(dumps, int(cores), args.nlp, Path(out))
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory(prefix="newsdesk-spark-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        sources = build_dumps(corpus, args.pages, args.dumps)
        runs: dict[str, Any] = {}
        for kind, cores in RUNS:
            out = root / f"out-{kind}-{cores}"
            command = [sys.executable, __file__, "--run-one", kind, str(cores), str(corpus)]
            command += [str(out), *(["--nlp"] if args.nlp else [])]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            runs[f"{kind}-{cores}"] = json.loads(done.stdout.strip().splitlines()[-1])
    results = {
        "pages": args.pages,
        "dumps": args.dumps,
        "source_pages": sources,
        "nlp": args.nlp,
        "runs": runs,
        "spark_over_local": {
            cores: runs[f"spark-{cores}"]["pages_per_second"]
            / runs[f"local-{cores}"]["pages_per_second"]
            for cores in (1, 2)
        },
    }
    print(json.dumps(results, indent=2) if args.json else report(results))


def report(results: dict[str, Any]) -> str:
    lines = [
        f"{results['pages']:,} pages ({results['source_pages']:,} source pages) in "
        f"{results['dumps']} JSONL dumps, NLP {'on' if results['nlp'] else 'off'}"
    ]
    for name, run in results["runs"].items():
        extra = (
            f"; JVM and session start {run['session_seconds']:.1f} s apart"
            if "session_seconds" in run
            else ""
        )
        lines.append(
            f"  {name:8} {run['pages_per_second']:7.1f} pages/s "
            f"({run['pages']:,} pages in {run['seconds']:.1f} s{extra})"
        )
    for cores, ratio in results["spark_over_local"].items():
        lines.append(
            f"  Spark local[{cores}] / local runner, {cores} worker(s): {ratio:.2f}x "
            "(target >= 0.8)"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
