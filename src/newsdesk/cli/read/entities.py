"""List the people, organisations and places of the corpus: one row per
real-world entity, its fullest name, the other names it appeared under, and
how many articles mention it and how often it is quoted.

examples:
  newsdesk entities --db news.db
  newsdesk entities --type PERSON --limit 20
  newsdesk entities --type ORG --json
  newsdesk entities --name Clinton
"""

from __future__ import annotations

import argparse
from typing import get_args

from newsdesk.cli import query_options
from newsdesk.query.search import EntityRow, entities
from newsdesk.record import EntityType

NAME = "entities"
HELP = "list corpus entities (people, organisations, places) and their names"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--type",
        metavar="T",
        type=str.upper,
        choices=get_args(EntityType),
        help="only this type: " + ", ".join(get_args(EntityType)),
    )
    parser.add_argument(
        "--name", metavar="NAME", help="only entities known by this name (a surname: all of them)"
    )
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="at most N (50)")
    query_options.add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    return query_options.answer(
        args,
        lambda store: entities(store, entity_type=args.type, name=args.name, limit=args.limit),
        _table,
    )


def _table(rows: list[EntityRow]) -> None:
    from rich.table import Table

    out = query_options.console()
    if not rows:
        out.print("no entities")
        return
    table = Table()
    table.add_column("name")
    table.add_column("type")
    table.add_column("also called")
    table.add_column("articles", justify="right")
    table.add_column("mentions", justify="right")
    table.add_column("quotes", justify="right")
    for row in rows:
        table.add_row(
            row.name,
            row.type,
            ", ".join(row.aliases),
            str(row.documents),
            str(row.mentions),
            str(row.quotes),
        )
    out.print(table)
