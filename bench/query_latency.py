"""Store write speed and query latency on a synthetic store of ``--pages`` records.

The store layer alone, without extraction: records are built from the
sentences of the article-extraction benchmark's gold bodies under
../shared (read by path, never copied into the repository), each page a
random draw of sentences so pages are distinct, with eight PERSON entities
(from a pool of names made of the capitalised words of those texts; half
also known by surname), three quotes, a tag, a date and an outlet. Reports:

- pages/s of ``Store.put`` (commits every 200 pages) and the seconds of
  ``finish_run`` (corpus-entity resolution over the whole store);
- median and worst latency of each query kind of ``newsdesk.query.search``:
  search, search with --collapse, with date/outlet/tag filters, with an
  entity filter, quotes by speaker, quotes about a subject (target for
  search: median < 50 ms at 5,000 pages).

usage:
  .venv/bin/python bench/query_latency.py                 # 5,000 pages
  .venv/bin/python bench/query_latency.py --pages 20000 --json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsdesk.query.search import Filters, quotes, search
from newsdesk.record import Entity, PageSource, Paragraph, Quote, Record
from newsdesk.store import SqliteStore, Store
from newsdesk_bench.bench_data import require_file, require_some

#: The team's shared data folder sits beside the repository (``../shared``).
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD = SHARED / "bench/article-extraction/ground-truth.json"
QUERIES = [
    "said",
    "government",
    "market prices",
    '"prime minister"',
    "climate change",
    "company",
    "people",
    "football",
    "econom*",
    "police OR court",
]
REPEATS = 3


def sentences() -> list[str]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [
        sentence
        for page in gold.values()
        for sentence in re.split(r"(?<=[.!?])\s+", page["articleBody"])
        if len(sentence) > 40
    ]


def make_record(n: int, pool: list[str], names: list[str], rng: random.Random) -> Record:
    paragraphs = [" ".join(rng.sample(pool, rng.randint(2, 4))) for _ in range(rng.randint(4, 9))]
    body = "\n\n".join(paragraphs)
    spans, start = [], 0
    for text in paragraphs:
        spans.append(Paragraph(start, start + len(text)))
        start += len(text) + 2
    people = []
    for j, name in enumerate(rng.sample(names, 8)):
        aliases = (name.split()[-1],) if j % 2 else ()
        people.append(Entity(f"e{j}", name, "PERSON", aliases, ((0, 1),)))
    said = tuple(
        Quote(rng.choice(pool), 0, 1, "direct", f"e{k}", people[k].name, "said") for k in range(3)
    )
    return Record(
        id=f"{n:016x}",
        source=PageSource(url=f"https://outlet{n % 40}.example.com/story/{n}", format="html"),
        body=body,
        title=rng.choice(pool)[:80],
        published=f"2019-{1 + n % 12:02d}-{1 + n % 28:02d}",
        credit=f"Outlet {n % 40}",
        paragraphs=tuple(spans),
        tags=(rng.choice(["Iran", "Oil", "Politics", "Sport"]),),
        entities=tuple(people),
        quotes=said,
    )


def timed(call: Callable[[str], object], queries: list[str]) -> dict[str, float]:
    latencies = []
    for _ in range(REPEATS):
        for query in queries:
            started = time.perf_counter()
            call(query)
            latencies.append((time.perf_counter() - started) * 1000)
    return {"median_ms": statistics.median(latencies), "max_ms": max(latencies)}


def names_of(pool: list[str], rng: random.Random) -> list[str]:
    """800 person names made of the capitalised words of the sentences."""
    words = sorted({w for s in pool for w in re.findall(r"\b[A-Z][a-z]{3,}\b", s)})
    return [f"{rng.choice(words[:300])} {rng.choice(words[300:900])}" for _ in range(800)]


def put_run(
    store: Store, numbers: range, pool: list[str], names: list[str], rng: random.Random, name: str
) -> tuple[float, float]:
    """One run putting the pages numbered ``numbers`` (a commit every 200), then its end:
    the seconds of the puts and of ``finish_run``."""
    run = store.begin_run(name)
    started = time.perf_counter()
    for n in numbers:
        store.put(make_record(n, pool, names, rng), origin=f"page-{n}", run_id=run)
        if n % 200 == 199:
            store.commit()
    store.commit()
    written = time.perf_counter() - started
    started = time.perf_counter()
    store.finish_run(run, {"stored": len(numbers)})
    return written, time.perf_counter() - started


def measure(store: Store, pool: list[str], pages: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    names = names_of(pool, rng)
    written, finished = put_run(store, range(pages), pool, names, rng, "bench/query_latency.py")
    filters = Filters(since="2019-03-01", until="2019-09-30", outlet="outlet3.example.com")
    speakers = names[:10]
    return {
        "pages": pages,
        "put_pages_per_s": round(pages / written, 1),
        "finish_run_s": round(finished, 2),
        "search": timed(lambda q: search(store, q), QUERIES),
        "search_collapse": timed(lambda q: search(store, q, collapse=True), QUERIES),
        "search_filters": timed(lambda q: search(store, q, filters=filters), QUERIES),
        "search_entity": timed(
            lambda q: search(store, q, filters=Filters(entity=names[1])), QUERIES
        ),
        "quotes_speaker": timed(lambda name: quotes(store, speaker=name), speakers),
        "quotes_about": timed(lambda q: quotes(store, about=q), QUERIES),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000, help="records in the store (5,000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the synthetic pages")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    require_file(GOLD, "the article-extraction ground truth")
    pool = sentences()
    require_some(pool, "sentences", GOLD)
    with tempfile.TemporaryDirectory() as folder:
        store = SqliteStore(str(Path(folder) / "bench.db"))
        try:
            results = measure(store, pool, args.pages, args.seed)
        finally:
            store.close()
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for key, value in results.items():
        if isinstance(value, dict):
            print(f"{key:16} median {value['median_ms']:6.1f} ms   max {value['max_ms']:6.1f} ms")
        else:
            print(f"{key:16} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
