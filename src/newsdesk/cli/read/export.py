"""Export the stored records: JSON Lines (full records, readable back with
Record.from_dict), CSV (one flat row per record, for spreadsheets) or Parquet
(flat columns plus the full record as JSON). Records come in id order.
JSON Lines and CSV go to stdout unless -o names a file; Parquet needs -o.
A CSV text cell that a spreadsheet would run as a formula (one starting with
=, +, -, @, a tab or a carriage return, and not a plain number like -3.2) is
written with a leading ' so it shows as text.

examples:
  newsdesk export --format jsonl --db news.db > records.jsonl
  newsdesk export --format csv -o records.csv
  newsdesk export --format parquet -o records.parquet
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO

from newsdesk.cli import query_options
from newsdesk.query.search import records
from newsdesk.store import StoreReader
from newsdesk.store.export import EXPORT_FORMATS, write_csv, write_jsonl, write_parquet

NAME = "export"
HELP = "export stored records as JSONL, CSV or Parquet"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=EXPORT_FORMATS, default="jsonl", help="jsonl (default), csv, parquet"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="write here (default: stdout)",
    )
    query_options.add_store_arguments(parser, json_flag=False)


def run(args: argparse.Namespace) -> int:
    output: Path | None = args.output
    if args.format == "parquet" and output is None:
        return query_options.usage_error("--format parquet needs -o FILE")
    if output is not None and (output.is_dir() or not output.parent.is_dir()):
        problem = "is a folder" if output.is_dir() else "its folder does not exist"
        return query_options.usage_error(f"{output}: cannot write here: {problem}")
    store = query_options.open_existing(args)
    try:
        if output is None:
            count = _write(args.format, store, sys.stdout)
        elif args.format == "parquet":
            count = write_parquet(records(store), output)
        else:
            with output.open("w", encoding="utf-8", newline="") as out:
                count = _write(args.format, store, out)
    except OSError as err:
        if output is None:
            raise  # stdout: a closed pipe is main()'s to handle
        print(f"newsdesk: error: {output}: cannot write ({err.strerror or err})", file=sys.stderr)
        return 3
    finally:
        store.close()
    if output is not None:
        print(f"wrote {count} records to {output}", file=sys.stderr)
    return 0


def _write(fmt: str, store: StoreReader, out: IO[str]) -> int:
    if fmt == "csv":
        return write_csv(records(store), out)
    return write_jsonl(records(store), out)
