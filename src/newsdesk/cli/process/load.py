"""Load the output of `newsdesk spark` (a folder of Parquet or JSONL parts) into a store.

Only the inputs the job completed are read (those with a marker in
DIR/_done); their records and rejections are written into the store the way
`ingest` writes them: records upserted by id, never replacing a richer record
(one with the NLP annotations) unless --replace, rejections keyed by their
origin. Pages whose origin the store already holds are skipped, so loading a
folder again, or folders that overlap, stores every page once. The summary
is the one `ingest` prints.

exit codes: 0 every page stored; 1 some pages were rejections; 2 usage
error; 3 no page could be stored, the folder is no job output, or a store
error.

examples:
  newsdesk load out/ --db corpus.db
  newsdesk load out/ --db corpus.db --replace
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsdesk.cli import options
from newsdesk.cli.process.ingest import command_line, describe, exit_code
from newsdesk.runners.load import check_output, load
from newsdesk.store import open_store, shown

NAME = "load"
HELP = "store the output of `newsdesk spark` (records and rejections)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, metavar="DIR", help="the --out folder of a job")
    options.add_db_argument(parser, "the store to load into")
    parser.add_argument(
        "--replace",
        action="store_true",
        help="load pages already stored again and replace their records, even richer ones",
    )
    parser.add_argument("--quiet", action="store_true", help="no summary")
    options.add_config_argument(parser)


def run(args: argparse.Namespace) -> int:
    db: str = args.db or options.settings_from(args).db
    check_output(args.folder)
    store = open_store(db)
    command = command_line(args, name=NAME, positional=[str(args.folder)])
    try:
        summary = load(args.folder, store, command=command, replace=args.replace)
    finally:
        store.close()
    if not args.quiet:
        print(describe(summary, shown(db)))
    return exit_code(summary)
