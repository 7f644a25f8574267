"""Extract one or more pages to JSON records (or a readable view).

One path prints one JSON record; several print JSON Lines, one record per
page, in input order. `-` reads a page from standard input. A page that
cannot be read gives one line on stderr naming it, and the others still
come out; the exit code is then 1 (3 when no page could be read).

examples:
  newsdesk extract examples/seed.txt
  newsdesk extract --format text examples/seed.txt
  newsdesk extract --no-nlp pages/*.html > records.jsonl
  curl -s https://example.org/story | newsdesk extract -
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsdesk.cli import options
from newsdesk.cli.view import render_text
from newsdesk.errors import ModelError, PageError, SourceError
from newsdesk.pipeline import extract
from newsdesk.sources.files import read_file, read_stdin

NAME = "extract"
HELP = "extract pages to JSON records or a readable view"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="page files (.gz too), or - for stdin"
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default=None,
        help="json: one indented record (default for one path); jsonl: one record a line "
        "(default for several); text: a readable view",
    )
    parser.add_argument("--no-nlp", action="store_true", help="skip the NLP stages (faster)")
    options.add_settings_arguments(parser)


def run(args: argparse.Namespace) -> int:
    settings = options.settings_from(args)
    paths: list[str] = args.paths
    fmt = args.format or ("json" if len(paths) == 1 else "jsonl")
    failures = 0
    for index, name in enumerate(paths):
        try:
            if name == "-":
                page = read_stdin(max_bytes=settings.max_page_bytes)
            else:
                page = read_file(Path(name), max_bytes=settings.max_page_bytes)
            record = extract(page, settings=settings, nlp=False if args.no_nlp else None)
        except (PageError, SourceError) as err:
            failures += 1
            _report(str(err))
            continue
        except ModelError:
            raise  # the same for every page: main() reports it once
        except Exception as exc:  # a bug must not cost the other pages their records
            failures += 1
            _report(f"{'<stdin>' if name == '-' else name}: unexpected {type(exc).__name__}: {exc}")
            continue
        if fmt == "text":
            if index:
                sys.stdout.write("\n" + "=" * 78 + "\n\n")
            sys.stdout.write(render_text(record))
        elif fmt == "json":
            sys.stdout.write(record.to_json(indent=2) + "\n")
        else:
            sys.stdout.write(record.to_json() + "\n")
        sys.stdout.flush()
    if failures == 0:
        return 0
    return 3 if failures == len(paths) else 1


def _report(message: str) -> None:
    """One line on stderr per page that failed, whatever its error message holds."""
    print(f"newsdesk: error: {' '.join(message.split())}", file=sys.stderr)
