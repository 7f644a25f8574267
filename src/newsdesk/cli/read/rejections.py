"""List the inputs a store holds as rejections: which file, archive record or dump line,
in what stage it failed, the reason code (listed in the README and by `newsdesk
stats`) and why. `newsdesk ingest --retry-rejected` processes them again.

--reason keeps those with the reason codes given (comma-separated);
--source those whose origin contains the text given (a file, archive or
folder; a path that exists is matched by its absolute form, as ingest
stores it).

examples:
  newsdesk rejections --db news.db
  newsdesk rejections --reason corrupt,truncated --source crawl.warc.gz
  newsdesk rejections --json | jq -r '.rejections[].origin'
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.table import Table

from newsdesk.cli import options, query_options
from newsdesk.sources.open import canonical
from newsdesk.store.rejections import RejectionList

NAME = "rejections"
HELP = "list the inputs stored as rejections, by reason and source"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reason",
        type=options.reason_codes,
        default=(),
        metavar="CODES",
        help="only these reason codes (comma-separated, e.g. corrupt,timeout)",
    )
    parser.add_argument(
        "--source", metavar="TEXT", help="only inputs whose origin contains TEXT (a file, folder)"
    )
    parser.add_argument(
        "--limit", type=int, default=100, metavar="N", help="at most N rejections (100)"
    )
    query_options.add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    source: str | None = args.source
    if source and Path(source).exists():
        source = str(canonical(Path(source)))
    return query_options.answer(
        args,
        lambda store: store.rejections(reasons=args.reason, source=source, limit=args.limit),
        _table,
    )


def _table(found: RejectionList) -> None:
    out = query_options.console()
    if not found.rejections:
        out.print("no rejections")
        return
    table = Table(show_lines=False)
    table.add_column("origin", overflow="fold")
    table.add_column("reason", no_wrap=True)
    table.add_column("stage", no_wrap=True)
    table.add_column("why", ratio=1, min_width=30)
    for row in found.rejections:
        table.add_row(row.origin, row.reason, row.stage, row.detail)
    out.print(table)
    if found.total > len(found.rejections):
        out.print(f"{len(found.rejections):,} of {found.total:,} rejections (--limit shows more)")
