"""Is one version of newsdesk slower than another? Both timed on the same pages, in turn.

Exports the code of ``--before`` (a git revision, default ``HEAD~1``) and of
``--after`` (default: this working tree) and times, for each, in a fresh
process whose ``PYTHONPATH`` holds that version's ``src``:

- extraction only: ``extract(page, nlp=False)`` for every page;
- the full pipeline: ``extract(page)`` with the NLP stages, on the first
  ``--nlp-pages`` pages.

The pages are the article-extraction benchmark's HTML pages and the PolNeAR
development articles' texts under ../shared (read by path, never copied).
Each child makes one warm-up pass, then is timed; the versions alternate
``--rounds`` times (before, after, before, after, ...) so a burst of load
from elsewhere falls on both, and the best round of each is kept. Prints
pages/s of each version and after/before (target: at least 0.95, speed not
lost). The machine is shared: compare the figures of one run only.

usage:
  .venv/bin/python bench/side_by_side.py --before dab4e4c
  .venv/bin/python bench/side_by_side.py --before v0.9 --after main --rounds 5
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

#: The team's shared data folder sits beside the repository (``../shared``).
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
HTML = SHARED / "bench" / "article-extraction" / "html"
TEXTS = SHARED / "data" / "quotes" / "polnear" / "dev.jsonl"
REPO = Path(__file__).resolve().parent.parent

#: The child: times one version over the pages in a JSON file, prints a JSON line.
CHILD = r"""
import json, sys, time
import newsdesk
from newsdesk import extract
pages = [p.encode("utf-8") for p in json.load(open(sys.argv[1], encoding="utf-8"))]
nlp_pages = int(sys.argv[2])
def timed(batch, nlp):
    started = time.perf_counter()
    for page in batch:
        try:
            extract(page, nlp=nlp)
        except Exception:
            pass  # a page the version rejects costs what it cost
    return time.perf_counter() - started
timed(pages[:20], False); timed(pages[:3], True)  # warm-up: imports, the model
print(json.dumps({"file": newsdesk.__file__, "extraction": timed(pages, False),
                  "pipeline": timed(pages[:nlp_pages], True)}))
"""


def pages(limit: int) -> list[str]:
    """Up to ``limit`` pages: the HTML pages, then article texts."""
    found: list[str] = []
    for path in sorted(HTML.glob("*.html.gz")):
        found.append(gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"))
    with TEXTS.open(encoding="utf-8") as lines:
        found += [json.loads(line)["text"] for line in lines if line.strip()]
    return found[:limit]


def export(revision: str, into: Path) -> Path:
    """The ``src`` folder of ``revision``, exported into ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", revision, "src"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def run_child(src: Path, page_file: Path, nlp_pages: int) -> dict[str, float]:
    """One version's seconds for each part, timed in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(page_file), str(nlp_pages)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    if not str(result.pop("file")).startswith(str(src)):
        raise RuntimeError(f"{src}: PYTHONPATH not honoured, another newsdesk was imported")
    return {part: float(seconds) for part, seconds in result.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default="HEAD~1", help="git revision timed first")
    parser.add_argument("--after", help="git revision timed second (default: this tree)")
    parser.add_argument("--pages", type=int, default=600, help="pages for extraction only")
    parser.add_argument("--nlp-pages", type=int, default=60, help="pages for the full pipeline")
    parser.add_argument("--rounds", type=int, default=3, help="alternations of the two")
    args = parser.parse_args()
    for needed in (HTML, TEXTS):
        if not needed.exists():
            print(f"{needed}: not found (the benchmark data of ../shared)", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        page_file = folder / "pages.json"
        chosen = pages(args.pages)
        page_file.write_text(json.dumps(chosen), encoding="utf-8")
        (folder / "before").mkdir()
        versions = {"before": export(args.before, folder / "before")}
        if args.after:
            (folder / "after").mkdir()
            versions["after"] = export(args.after, folder / "after")
        else:
            versions["after"] = REPO / "src"
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.rounds):
            for name, src in versions.items():
                timing = run_child(src, page_file, args.nlp_pages)
                for part, seconds in timing.items():
                    kept = best.setdefault(name, {}).get(part, float("inf"))
                    best[name][part] = min(kept, seconds)
        counts = {"extraction": len(chosen), "pipeline": min(args.nlp_pages, len(chosen))}
        print(f"{len(chosen)} pages; before = {args.before}, after = {args.after or 'this tree'}")
        for part, count in counts.items():
            before, after = count / best["before"][part], count / best["after"][part]
            print(
                f"  {part:<11} before {before:7.1f} pages/s   after {after:7.1f} pages/s"
                f"   after/before {after / before:.3f} (target >= 0.95)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
