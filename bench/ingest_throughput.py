"""Ingest throughput, memory and search latency on a corpus built from the development data.

Builds at least ``--pages`` pages (default 5,000) in a temporary folder from
the PolNeAR train/dev article texts and the article-extraction HTML pages
under ../shared (read by path, written to a temp dir, never committed;
each copy of a source page gets its own closing line, so every page is a
distinct document), then ingests them with 1 and with 2 workers, each run
in a fresh process into a fresh store, and reports:

- pages/s of each run, and the speed-up of 2 workers over 1 (target >= 1.6),
  measured, and as the CPU times of the processes allow it on two free cores
  (on a machine others load, the wall-clock figure says more about them);
- the peak RSS of every process of each run (the ingesting process, the
  workers, the fork server), and the ingesting process's RSS after 20 % and
  after 100 % of the pages (memory must not grow with the number of pages);
- the median latency of full-text searches over the finished store
  (``newsdesk.query.search.search``, target < 50 ms).

usage:
  .venv/bin/python bench/ingest_throughput.py               # NLP off, 5,000 pages
  .venv/bin/python bench/ingest_throughput.py --nlp --pages 1000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import psutil

from newsdesk_bench.bench_data import distinct_pages, page_sources

#: The team's shared data folder sits beside the repository (``../shared``).
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

#: Queries for the latency measure: common news words, names, phrases and a prefix.
QUERIES = [
    "said",
    "Trump",
    "Clinton campaign",
    '"health care"',
    "election debate",
    "econom*",
    "tax AND plan",
    "police",
    "Supreme Court",
    "immigration reform",
    "Russia OR Putin",
    "women voters",
    "emails",
    "jobs report",
    "climate",
    "Obama administration",
    "poll",
    "border wall",
    "foundation",
    "refugees",
]


def build_corpus(folder: Path, count: int) -> int:
    """Write ``count`` pages into ``folder``; returns how many source pages they came from."""
    sources = page_sources(SHARED)
    for n, (name, data) in enumerate(distinct_pages(sources, count)):
        sub = folder / f"{n % 50:02d}"
        sub.mkdir(exist_ok=True)
        (sub / name).write_bytes(data)
    return len(sources)


def run_one(folder: Path, db: Path, workers: int, nlp: bool) -> dict[str, Any]:
    """One ingest in this process (called in a fresh child by ``main``)."""
    from newsdesk.runners.ingest import ingest
    from newsdesk.runners.process import Outcome
    from newsdesk.settings import Settings
    from newsdesk.sources.open import SourceOptions, count_pages, open_sources
    from newsdesk.store import open_store

    settings = replace(Settings(), nlp=nlp, workers=workers, db=str(db))
    options = SourceOptions.from_settings(settings)
    total = count_pages([str(folder)], options) or 0
    me = psutil.Process()
    peaks = _PeakWatcher(me)
    marks: dict[str, int] = {}
    done = 0

    def seen(outcome: Outcome) -> None:
        nonlocal done
        done += 1
        if done == max(1, total // 5):
            marks["rss_at_20pct"] = me.memory_info().rss
        if done == total:
            marks["rss_at_100pct"] = me.memory_info().rss

    load_before = os.getloadavg()[0]
    cpu_before = me.cpu_times()
    peaks.start()
    store = open_store(str(db))
    started = time.perf_counter()
    summary = ingest(open_sources([str(folder)], options), store, settings, on_outcome=seen)
    seconds = time.perf_counter() - started
    store.close()
    peaks.stop()
    cpu = dict(peaks.cpu)
    main_key = next(key for key in cpu if key.startswith("ingest"))
    cpu[main_key] -= cpu_before.user + cpu_before.system  # the corpus scan before the run
    return {
        "load_average": [load_before, os.getloadavg()[0]],
        "cpu_seconds": cpu,
        "workers": workers,
        "pages": summary.processed,
        "stored": summary.stored,
        "rejected": dict(summary.rejected),
        "seconds": seconds,
        "pages_per_second": summary.processed / seconds,
        "peak_rss": peaks.peaks,
        **marks,
    }


class _PeakWatcher:
    """Samples the RSS of a process and its children every 0.1 s; keeps each one's peak."""

    def __init__(self, process: psutil.Process) -> None:
        self._process = process
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self.peaks: dict[str, int] = {}
        self.cpu: dict[str, float] = {}

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._sample()
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.1):
            self._sample()

    def _sample(self) -> None:
        try:
            family = [self._process, *self._process.children(recursive=True)]
        except psutil.Error:
            return
        for proc in family:
            try:
                rss = proc.memory_info().rss
                times = proc.cpu_times()
                role = _role(proc, self._process.pid)
            except psutil.Error:
                continue
            key = f"{role} pid {proc.pid}"
            self.peaks[key] = max(self.peaks.get(key, 0), rss)
            self.cpu[key] = times.user + times.system


def _role(proc: psutil.Process, main: int) -> str:
    if proc.pid == main:
        return "ingest (main)"
    command = " ".join(proc.cmdline())
    if "resource_tracker" in command:
        return "resource tracker"
    if "forkserver" in command:
        return "fork server" if proc.ppid() == main else "worker"
    return "child"


def search_latency(db: Path) -> dict[str, float]:
    from newsdesk.query.search import search
    from newsdesk.store import open_store

    store = open_store(str(db))
    try:
        search(store, "warm up")
        times = []
        for _ in range(3):
            for query in QUERIES:
                started = time.perf_counter()
                search(store, query, limit=20)
                times.append((time.perf_counter() - started) * 1000)
    finally:
        store.close()
    return {
        "queries": len(times),
        "median_ms": statistics.median(times),
        "p90_ms": statistics.quantiles(times, n=10)[-1],
        "max_ms": max(times),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--nlp", action="store_true", help="run the NLP stages too")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--run-one", nargs=3, metavar=("FOLDER", "DB", "WORKERS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.run_one:
        folder, db, workers = args.run_one
        print(json.dumps(run_one(Path(folder), Path(db), int(workers), args.nlp)))
        return
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        sources = build_corpus(corpus, args.pages)
        runs = []
        for workers in (1, 2):
            db = root / f"w{workers}.db"
            command = [sys.executable, __file__, "--run-one", str(corpus), str(db), str(workers)]
            if args.nlp:
                command.append("--nlp")
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
        latency = search_latency(root / "w2.db")
    results = {
        "pages": args.pages,
        "source_pages": sources,
        "nlp": args.nlp,
        "runs": runs,
        "speedup_2_over_1": runs[1]["pages_per_second"] / runs[0]["pages_per_second"],
        "cpu_speedup_2_over_1": cpu_speedup(runs[0], runs[1], cores=2),
        "search": latency,
    }
    print(json.dumps(results, indent=2) if args.json else report(results))


def cpu_speedup(one: dict[str, Any], many: dict[str, Any], *, cores: int) -> float:
    """The speed-up the CPU times allow on free cores, whatever else loaded the machine.

    One worker needs its total CPU time. Several finish no sooner than their
    busiest process (the writer or a worker), nor than their total CPU time
    spread over the cores.
    """
    times: list[float] = list(many["cpu_seconds"].values())
    alone = float(sum(one["cpu_seconds"].values()))
    return alone / max(max(times), sum(times) / cores)


def report(results: dict[str, Any]) -> str:
    mib = 1024 * 1024
    lines = [
        f"ingest of {results['pages']:,} pages ({results['source_pages']:,} source pages), "
        f"NLP {'on' if results['nlp'] else 'off'}",
    ]
    for run in results["runs"]:
        lines.append(
            f"  {run['workers']} worker(s): {run['pages_per_second']:.1f} pages/s "
            f"({run['pages']:,} pages in {run['seconds']:.1f} s; stored {run['stored']:,}, "
            f"rejected {sum(run['rejected'].values()):,})"
        )
        lines.append(
            f"    main RSS after 20 %: {run.get('rss_at_20pct', 0) / mib:.0f} MiB, "
            f"after 100 %: {run.get('rss_at_100pct', 0) / mib:.0f} MiB"
        )
        for name, peak in sorted(run["peak_rss"].items()):
            lines.append(
                f"    peak RSS {name}: {peak / mib:.0f} MiB, "
                f"CPU {run['cpu_seconds'].get(name, 0.0):.1f} s"
            )
        before, after = run["load_average"]
        lines.append(f"    load average (1 min) before/after: {before:.1f}/{after:.1f}")
    lines.append(
        f"  speed-up of 2 workers over 1: {results['speedup_2_over_1']:.2f}x measured "
        f"(target >= 1.6); {results['cpu_speedup_2_over_1']:.2f}x from the CPU times "
        "(what 2 free cores give, whatever else loads the machine)"
    )
    search = results["search"]
    lines.append(
        f"search over the 2-worker store: median {search['median_ms']:.1f} ms, "
        f"p90 {search['p90_ms']:.1f} ms, max {search['max_ms']:.1f} ms "
        f"({search['queries']} queries; target median < 50 ms)"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
