"""Recompute a store's corpus entities and near-duplicate clusters from its records.

Each run keeps them up to date by recomputing only what its pages change; this
recomputes all of them, as if every page were stored again (the result is the
same): after a crash in the middle of a run's end, or to check a store.

examples:
  newsdesk rebuild --db news.db
  newsdesk rebuild --db postgresql://user@host/newsdesk
"""

from __future__ import annotations

import argparse

from newsdesk.cli import options
from newsdesk.store import open_store, shown

NAME = "rebuild"
HELP = "recompute the corpus entities and near-duplicate clusters of a store"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    options.add_db_argument(parser, "the store to rebuild")
    parser.add_argument("--quiet", action="store_true", help="no summary")
    options.add_config_argument(parser)


def run(args: argparse.Namespace) -> int:
    db: str = args.db or options.settings_from(args).db
    store = open_store(db, create=False)
    try:
        store.rebuild()
        entities = store.stats(top=0).entities
    finally:
        store.close()
    if not args.quiet:
        print(f"{shown(db)}: {entities} corpus entities recomputed")
    return 0
