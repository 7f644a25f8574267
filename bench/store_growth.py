"""Does adding pages cost more as the store grows? Ten batches of 1,000 pages into one store.

The store layer alone, without extraction, on either backend: the synthetic
records of ``bench/query_latency.py`` (sentences of the article-extraction
benchmark's gold bodies under ../shared, read by path; eight PERSON entities
and three quotes a page), put in ``--batches`` runs of ``--pages`` pages, each
run ending with ``finish_run`` (corpus entities, clusters) as ``ingest`` does.
Reports the seconds of each batch (puts, then the end of the run) and the
ratio of the last batch to the first (acceptance: at most 1.25), and the same
ratio in this process's CPU seconds: on a machine shared with other work the
wall-clock seconds of one batch can double while its CPU seconds do not
(PostgreSQL's own work is not in them).

usage:
  .venv/bin/python bench/store_growth.py                         # a new SQLite file
  .venv/bin/python bench/store_growth.py --db postgresql://u@host/empty_db
  .venv/bin/python bench/store_growth.py --batches 4 --pages 500 --json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from newsdesk.query.search import stats
from newsdesk.store import Store, open_store, shown
from newsdesk_bench.bench_data import require_file, require_some
from query_latency import GOLD, names_of, put_run, sentences

TARGET = 1.25


def grow(
    store: Store, pool: list[str], batches: int, pages: int, seed: int
) -> list[dict[str, float]]:
    rng = random.Random(seed)
    names = names_of(pool, rng)
    timings = []
    for batch in range(batches):
        numbers = range(batch * pages, (batch + 1) * pages)
        label = f"bench/store_growth.py batch {batch + 1}"
        cpu = time.process_time()
        put, finish = put_run(store, numbers, pool, names, rng, label)
        cpu = time.process_time() - cpu
        timings.append(
            {"put_s": round(put, 2), "finish_run_s": round(finish, 2), "cpu_s": round(cpu, 2)}
        )
        print(
            f"batch {batch + 1}: put {put:.2f} s, finish_run {finish:.2f} s, cpu {cpu:.2f} s",
            file=sys.stderr,
        )
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None, help="an empty store (default: a new SQLite file)")
    parser.add_argument("--batches", type=int, default=10, help="batches (10)")
    parser.add_argument("--pages", type=int, default=1000, help="pages a batch (1,000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the synthetic pages")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    require_file(GOLD, "the article-extraction ground truth")
    pool = sentences()
    require_some(pool, "sentences", GOLD)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(args.db or str(Path(folder) / "bench.db"))
        try:
            if stats(store).documents:
                print(f"bench: {shown(args.db or '')} is not empty: give an empty store")
                return 2
            timings = grow(store, pool, args.batches, args.pages, args.seed)
        finally:
            store.close()
    totals = [t["put_s"] + t["finish_run_s"] for t in timings]
    results = {
        "store": "sqlite" if args.db is None else shown(args.db),
        "batches": timings,
        "last_over_first": round(totals[-1] / totals[0], 2),
        "cpu_last_over_first": round(timings[-1]["cpu_s"] / timings[0]["cpu_s"], 2),
        "target": TARGET,
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for n, (total, timing) in enumerate(zip(totals, timings, strict=True), 1):
        print(f"batch {n:2}: {total:6.2f} s  (cpu {timing['cpu_s']:.2f} s)")
    print(f"last / first: {results['last_over_first']} (target <= {TARGET})")
    print(f"last / first, CPU seconds of this process: {results['cpu_last_over_first']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
