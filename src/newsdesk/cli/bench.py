"""Measure quality on real benchmark data, beside peers where they are installed.

examples:
  newsdesk bench extraction --data ../shared/bench/article-extraction --mode html
  newsdesk bench extraction --data ../shared/bench/article-extraction --mode text
  newsdesk bench extraction --data ../shared/bench/multilingual-extraction
  newsdesk bench dates --data ../shared/bench/dates
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import ModuleType

from newsdesk.cli.commands import add_commands
from newsdesk.evaluation import dates as date_bench
from newsdesk.evaluation import extraction
from newsdesk.evaluation import ner as ner_bench
from newsdesk.evaluation import people as people_bench
from newsdesk.evaluation import quotes as quote_bench
from newsdesk.evaluation import speakers as speaker_bench

NAME = "bench"
HELP = "measure extraction, date, quote, speaker and NER quality on benchmark data"

#: Each benchmark module has NAME, HELP, add_arguments(parser) and run(args) -> int.
BENCHMARKS: tuple[ModuleType, ...] = (
    extraction,
    date_bench,
    speaker_bench,
    quote_bench,
    ner_bench,
    people_bench,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_commands(parser, BENCHMARKS, dest="benchmark", key="bench_run")


def run(args: argparse.Namespace) -> int:
    gold: Path | None = getattr(args, "gold", None)
    if gold is not None and gold.is_file() and not gold.read_bytes().strip():
        # An empty gold file would score 0.000 on nothing, which reads like a result.
        print(f"newsdesk: error: {gold}: the gold file is empty", file=sys.stderr)
        return 2
    try:
        code: int = args.bench_run(args)
    except OSError as err:  # a --data or --gold path that is not there or not readable
        print(f"newsdesk: error: {err.filename}: {err.strerror or err}", file=sys.stderr)
        return 2
    except json.JSONDecodeError as err:  # a --gold file that is not JSON Lines
        print(f"newsdesk: error: the gold file is not JSON Lines ({err})", file=sys.stderr)
        return 2
    return code
