"""Load test of ``newsdesk serve``: requests/s and latency of the search and article
pages under ``--clients`` concurrent clients, on a synthetic store of ``--pages``.

The store is built as ``bench/query_latency.py`` builds its own (records made of
the sentences of the article-extraction benchmark's gold bodies under ../shared,
read by path, never copied into the repository), in a temporary folder. The
server runs in its own process (``newsdesk serve``) on 127.0.0.1 on a free
port; the clients are asyncio tasks in this process, each sending its next
request as soon as the last one is answered, for ``--seconds`` per page kind.
Reports, per page kind: requests, requests/s, median (p50) and p99 latency in
ms, and errors (any answer but 200, or no answer); exits 1 when there was any
error. The server and the clients share the machine: read the figures as
relative ones.

usage:
  .venv/bin/python bench/web_load.py                         # 5,000 pages, 50 clients, 20 s
  .venv/bin/python bench/web_load.py --pages 1000 --seconds 5 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from newsdesk.store import open_store
from query_latency import QUERIES, make_record, sentences

HOST = "127.0.0.1"  # never anything else: the bench loads this machine only


def build_store(path: Path, pages: int, seed: int) -> list[str]:
    """A store of ``pages`` synthetic records at ``path``; their ids."""
    rng = random.Random(seed)
    pool = sentences()
    words = sorted({w for s in pool for w in re.findall(r"\b[A-Z][a-z]{3,}\b", s)})
    names = [f"{rng.choice(words[:300])} {rng.choice(words[300:900])}" for _ in range(800)]
    store = open_store(str(path))
    run = store.begin_run("bench/web_load.py")
    ids = []
    for n in range(pages):
        record = make_record(n, pool, names, rng)
        store.put(record, origin=f"page-{n}", run_id=run)
        ids.append(record.id)
        if n % 200 == 199:
            store.commit()
    store.finish_run(run, {"stored": pages})
    store.close()
    return ids


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsdesk.cli.main", "serve", "--db", str(db)]
    command += ["--host", HOST, "--port", str(port)]
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://{HOST}:{port}/api/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
        if server.poll() is not None:
            break
    server.kill()
    raise SystemExit("bench/web_load.py: the server did not start")


async def load(
    base: str, next_path: Callable[[random.Random], str], clients: int, seconds: float
) -> dict[str, float]:
    """``clients`` clients asking for ``next_path`` pages for ``seconds``."""
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        stop = time.monotonic() + seconds

        async def one_client(n: int) -> None:
            nonlocal errors
            rng = random.Random(n)
            while time.monotonic() < stop:
                started = time.perf_counter()
                try:
                    response = await client.get(next_path(rng))
                    failed = response.status_code != 200
                except httpx.HTTPError:
                    failed = True
                latencies.append((time.perf_counter() - started) * 1000)
                errors += failed

        started = time.monotonic()
        await asyncio.gather(*(one_client(n) for n in range(clients)))
        elapsed = time.monotonic() - started
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "requests_per_s": round(len(ordered) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered), 1) if ordered else 0.0,
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 1)
        if ordered
        else 0.0,
        "errors": errors,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000, help="pages in the store (5000)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (50)")
    parser.add_argument("--seconds", type=float, default=20.0, help="per page kind (20)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "news.db"
        started = time.perf_counter()
        ids = build_store(db, args.pages, args.seed)
        built = time.perf_counter() - started
        port = free_port()
        server = start_server(db, port)
        base = f"http://{HOST}:{port}"
        kinds: dict[str, Callable[[random.Random], str]] = {
            "search page": lambda rng: f"/?q={rng.choice(QUERIES)}",
            "article page": lambda rng: f"/article/{rng.choice(ids)}",
            "API search": lambda rng: f"/api/search?q={rng.choice(QUERIES)}",
        }
        try:
            results = {
                kind: asyncio.run(load(base, path, args.clients, args.seconds))
                for kind, path in kinds.items()
            }
        finally:
            server.terminate()
            server.wait(10)
    report = {
        "pages": args.pages,
        "clients": args.clients,
        "seconds": args.seconds,
        "build_s": round(built, 1),
        "results": results,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(
            f"{args.pages} pages (built in {built:.0f} s), {args.clients} clients, "
            f"{args.seconds:g} s per page kind, server and clients on {HOST}"
        )
        print(f"{'page':<14}{'requests':>10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
        for kind, row in results.items():
            print(
                f"{kind:<14}{row['requests']:>10.0f}{row['requests_per_s']:>9.1f}"
                f"{row['p50_ms']:>9.1f}{row['p99_ms']:>9.1f}{row['errors']:>8.0f}"
            )
    return 1 if any(row["errors"] for row in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
