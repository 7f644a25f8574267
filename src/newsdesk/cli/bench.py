"""Measure quality on real benchmark data, beside peers where they are installed.

examples:
  newsdesk bench extraction --data ../shared/bench/article-extraction --mode html
  newsdesk bench extraction --data ../shared/bench/article-extraction --mode text
"""

from __future__ import annotations

import argparse
from types import ModuleType

from newsdesk.evaluation import extraction

NAME = "bench"
HELP = "measure extraction, quote, speaker and NER quality on benchmark data"

#: Each benchmark module has NAME, HELP, add_arguments(parser) and run(args) -> int.
BENCHMARKS: tuple[ModuleType, ...] = (extraction,)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="benchmark", metavar="BENCHMARK", required=True)
    for module in BENCHMARKS:
        command = sub.add_parser(
            module.NAME,
            help=module.HELP,
            description=module.__doc__,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(command)
        command.set_defaults(bench_run=module.run)


def run(args: argparse.Namespace) -> int:
    code: int = args.bench_run(args)
    return code
