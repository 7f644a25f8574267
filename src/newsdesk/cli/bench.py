"""Measure quality on real benchmark data, beside peers where they are installed.

The benchmarks are the ``newsdesk_bench`` package, run with the ``bench`` extra
(``pip install 'newsdesk[bench]'``, which the Makefile installs); without it this
command says so in one line and exits 2.

examples:
  newsdesk bench extraction --data ../shared/bench/article-extraction --mode html
  newsdesk bench extraction --data ../shared/bench/article-extraction --mode text
  newsdesk bench extraction --data ../shared/bench/multilingual-extraction
  newsdesk bench dates --data ../shared/bench/dates
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from newsdesk.cli.commands import add_commands
from newsdesk.cli.main import EXIT_USAGE

NAME = "bench"
HELP = "measure extraction, date, quote, speaker and NER quality on benchmark data"

#: What the ``bench`` extra installs that the benchmarks cannot run without.
EXTRA_MODULES = ("trafilatura",)
MISSING_EXTRA = "newsdesk bench needs the bench extra: pip install 'newsdesk[bench]'"


def extra_installed() -> bool:
    """True when the ``bench`` extra's packages can be imported."""
    return all(importlib.util.find_spec(module) is not None for module in EXTRA_MODULES)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    if not extra_installed():  # any arguments: run() says what is missing
        parser.add_argument("arguments", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
        parser.set_defaults(bench_run=_missing_extra)
        return
    from newsdesk_bench.benchmarks import BENCHMARKS  # the library never imports it at start

    add_commands(parser, BENCHMARKS, dest="benchmark", key="bench_run")


def run(args: argparse.Namespace) -> int:
    gold: Path | None = getattr(args, "gold", None)
    if gold is not None and gold.is_file() and not gold.read_bytes().strip():
        # An empty gold file would score 0.000 on nothing, which reads like a result.
        print(f"newsdesk: error: {gold}: the gold file is empty", file=sys.stderr)
        return EXIT_USAGE
    try:
        code: int = args.bench_run(args)
    except OSError as err:  # a --data or --gold path that is not there or not readable
        print(f"newsdesk: error: {err.filename}: {err.strerror or err}", file=sys.stderr)
        return EXIT_USAGE
    except json.JSONDecodeError as err:  # a --gold file that is not JSON Lines
        print(f"newsdesk: error: the gold file is not JSON Lines ({err})", file=sys.stderr)
        return EXIT_USAGE
    return code


def _missing_extra(args: argparse.Namespace) -> int:
    print(f"newsdesk: error: {MISSING_EXTRA}", file=sys.stderr)
    return EXIT_USAGE
