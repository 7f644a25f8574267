"""Count what a store holds: documents, near-duplicate clusters, quotes,
corpus entities, rejected inputs by stage and reason code (the codes are
listed in the README), the runs that filled it and the most quoted people.

examples:
  newsdesk stats --db news.db
  newsdesk stats --json | jq .rejections_by_reason
"""

from __future__ import annotations

import argparse

from newsdesk.cli import query_options
from newsdesk.errors import REASONS
from newsdesk.query.search import Stats, stats

NAME = "stats"
HELP = "count documents, rejections by reason, runs and top speakers in a store"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--top", type=int, default=10, metavar="N", help="top N speakers (10)")
    query_options.add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.top < 0:
        return query_options.usage_error("--top must be 0 or more")
    return query_options.answer(args, lambda store: stats(store, top=args.top), _tables)


def _tables(found: Stats) -> None:
    from rich.table import Table

    out = query_options.console()
    totals = Table(title="store")
    totals.add_column("what")
    totals.add_column("count", justify="right")
    totals.add_row("documents", str(found.documents))
    totals.add_row("near-duplicate clusters", str(found.clusters))
    totals.add_row("quotes", str(found.quotes))
    totals.add_row("corpus entities", str(found.entities))
    for kind, n in found.entities_by_type.items():
        totals.add_row(f"  {kind}", str(n))
    totals.add_row("rejections", str(found.rejections))
    out.print(totals)
    if found.rejections_by_reason:
        rejections = Table(title="rejections by reason")
        rejections.add_column("stage")
        rejections.add_column("reason")
        rejections.add_column("count", justify="right")
        rejections.add_column("meaning")
        for row in found.rejections_by_reason:
            rejections.add_row(row.stage, row.reason, str(row.count), REASONS.get(row.reason, ""))
        out.print(rejections)
    if found.runs:
        runs = Table(title="runs")
        runs.add_column("run", justify="right")
        runs.add_column("command")
        runs.add_column("started", no_wrap=True)
        runs.add_column("finished", no_wrap=True)
        runs.add_column("counts")
        for run_row in found.runs:
            counts = ", ".join(f"{k} {v}" for k, v in sorted(run_row.counts.items()))
            runs.add_row(
                str(run_row.id),
                run_row.command,
                run_row.started,
                run_row.finished or "(unfinished)",
                counts,
            )
        out.print(runs)
    if found.top_speakers:
        speakers = Table(title="most quoted")
        speakers.add_column("speaker")
        speakers.add_column("quotes", justify="right")
        for speaker in found.top_speakers:
            speakers.add_row(speaker.name, str(speaker.quotes))
        out.print(speakers)
