"""The benchmarks ``newsdesk bench`` runs, one subcommand each."""

from __future__ import annotations

from types import ModuleType

from newsdesk_bench import dates, extraction, ner, people, quotes, speakers

#: Each benchmark module has NAME, HELP, add_arguments(parser) and run(args) -> int.
BENCHMARKS: tuple[ModuleType, ...] = (extraction, dates, speakers, quotes, ner, people)
