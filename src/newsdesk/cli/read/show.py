"""Show one stored article: its record as a readable view (title, credit,
body with headings, market table, tags, entities, quotes, cited outlets,
removed furniture), or the full JSON record with --json.

ID is the id a search or quote result shows (16 hex digits), or its first
few characters when no other stored id starts with them.

examples:
  newsdesk search sanctions --db news.db
  newsdesk show 12a32c4fe32171bc --db news.db
  newsdesk show 12a32c4f --json | jq .quotes
"""

from __future__ import annotations

import argparse
import sys

from newsdesk.cli import query_options
from newsdesk.cli.view import render_text
from newsdesk.query.search import find

NAME = "show"
HELP = "show one stored article by its id (readable view, or the JSON record)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="the article's id, or its first characters")
    query_options.add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    store = query_options.open_existing(args)
    try:
        record = find(store, args.id)
    except ValueError as err:  # an ambiguous or empty id
        return query_options.usage_error(str(err))
    finally:
        store.close()
    if record is None:
        print(f"newsdesk: error: no stored article has the id {args.id!r}", file=sys.stderr)
        return 3
    if args.json:
        sys.stdout.write(record.to_json(indent=2) + "\n")
    else:
        sys.stdout.write(render_text(record))
    return 0
