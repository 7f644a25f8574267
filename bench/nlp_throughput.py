"""NLP throughput: the full pipeline (extraction + NLP) beside the spaCy model alone.

Reads article bodies from the PolNeAR development file (JSONL, field
``text``; read by path, nothing copied) and times, on one core, in this order:

1. the spaCy pipeline of ``Settings.model`` alone: ``nlp(text)`` per body;
2. newsdesk's full pipeline: ``extract(text)`` per body (decode, segment,
   furniture, metadata, then the NLP stage: one parse, quotes, sources,
   entities, coreference, summary).

Both run over the same bodies, one page at a time (as a worker does), after
one warm-up pass each; the two are timed in turn ``--repeat`` times and the
best run of each is kept. Prints pages/s and characters/s of both and their
ratio (target: the full pipeline within 1.5x the model alone), then one more
pass part by part: extraction, the parse, quotes, sources, entities and
coreference, summary.

usage:
  .venv/bin/python bench/nlp_throughput.py
  .venv/bin/python bench/nlp_throughput.py --data ../shared/data/quotes/polnear/dev.jsonl --limit 40
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from newsdesk.nlp import stage
from newsdesk.nlp.cited.find import find_sources
from newsdesk.nlp.coref.resolve import resolve
from newsdesk.nlp.entities.join import join_names, name_mentions, propagate
from newsdesk.nlp.model import load_model
from newsdesk.nlp.quotes.find import find_quotes
from newsdesk.nlp.speakers.entities import attribute
from newsdesk.nlp.summary import summarise
from newsdesk.pipeline import extract
from newsdesk.settings import Settings
from newsdesk_bench.bench_data import no_data, require_file, require_some

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/quotes/polnear/dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR JSONL file")
    parser.add_argument("--limit", type=int, default=0, help="use the first N bodies")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs of each side")
    args = parser.parse_args()
    _one_core()
    bodies = _bodies(require_file(args.data, "the PolNeAR file"), args.limit)
    require_some(bodies, "article bodies", args.data)
    nlp = load_model(Settings().model)
    chars = sum(len(b) for b in bodies)
    print(f"{len(bodies)} bodies, {chars:,} characters, model {Settings().model}")

    def model_alone() -> None:
        for body in bodies:
            nlp(body)

    def full_pipeline() -> None:
        for body in bodies:
            extract(body)

    model_time, full_time = _best_of_alternating(model_alone, full_pipeline, args.repeat)
    for label, seconds in (("spaCy model alone", model_time), ("newsdesk full", full_time)):
        print(
            f"{label:18} {seconds:7.2f} s  {len(bodies) / seconds:6.2f} pages/s  "
            f"{chars / seconds:9,.0f} chars/s"
        )
    print(f"ratio full / model: {full_time / model_time:.2f} (target <= 1.50)")
    parts = _parts(bodies)
    print("where the full pipeline spends its time (one more pass, by part):")
    for label, seconds in parts.items():
        print(f"  {label:28} {seconds:7.2f} s")
    return 0


def _parts(bodies: list[str]) -> dict[str, float]:
    """Seconds per part of ``extract``, run part by part on the same bodies."""
    settings = Settings()
    nlp = load_model(settings.model)
    spent = dict.fromkeys(
        ("extraction (no NLP)", "spaCy parse", "quotes (nlp.quotes)", "sources (nlp.cited)",
         "entities + coreference", "summary"),
        0.0,
    )  # fmt: skip
    for body in bodies:
        clock = time.perf_counter()
        record = extract(body, nlp=False)
        spent["extraction (no NLP)"] += _lap(clock)
        clock = time.perf_counter()
        paragraphs = stage.paragraphs_of(record, record.body)
        doc = stage.parse(nlp, record.body, settings.max_paragraph_chars, paragraphs)
        spent["spaCy parse"] += _lap(clock)
        clock = time.perf_counter()
        quotes, _ = find_quotes(doc)
        spent["quotes (nlp.quotes)"] += _lap(clock)
        clock = time.perf_counter()
        find_sources(doc)
        spent["sources (nlp.cited)"] += _lap(clock)
        clock = time.perf_counter()
        names = propagate(doc, join_names(name_mentions(doc)))
        attribute(doc, resolve(doc, names, quotes, paragraphs=paragraphs), quotes)
        spent["entities + coreference"] += _lap(clock)
        clock = time.perf_counter()
        summarise(doc, record.paragraphs)
        spent["summary"] += _lap(clock)
    return spent


def _lap(start: float) -> float:
    return time.perf_counter() - start


def _bodies(path: Path, limit: int) -> list[str]:
    bodies = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                bodies.append(json.loads(line)["text"])
            except (json.JSONDecodeError, KeyError, TypeError):
                no_data(f"{path}:{number}: not a PolNeAR JSON line with a text")
    return bodies[:limit] if limit else bodies


def _best_of_alternating(
    first: Callable[[], None], second: Callable[[], None], repeat: int
) -> tuple[float, float]:
    """Best times of two runs timed in turn (so load on a shared machine hits both)."""
    first()  # warm-up
    second()
    best = [float("inf"), float("inf")]
    for _ in range(max(1, repeat)):
        for side, run in enumerate((first, second)):
            start = time.perf_counter()
            run()
            best[side] = min(best[side], time.perf_counter() - start)
    return best[0], best[1]


def _one_core() -> None:
    """Pin the process and the numeric libraries to one core."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


if __name__ == "__main__":
    raise SystemExit(main())
