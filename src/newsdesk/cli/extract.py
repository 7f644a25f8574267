"""Extract one or more pages to JSON records (or a readable view).

One path prints one JSON record; several print JSON Lines, one record per
page, in input order (with --format json, one JSON array of the records).
`-` reads a page from standard input. A page that cannot be read gives one
line on stderr naming it, and the others still come out; the exit code is
then 1 (3 when no page could be read).

examples:
  newsdesk extract examples/seed-eghtesadonline.txt
  newsdesk extract --format text examples/seed-eghtesadonline.txt
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
from newsdesk.sources.dumps import is_csv, is_jsonl
from newsdesk.sources.files import read_file, read_stdin
from newsdesk.sources.warc import is_warc

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
        help="json: one indented record (default for one path; an array of them for "
        "several); jsonl: one record a line (default for several); text: a readable view",
    )
    parser.add_argument("--no-nlp", action="store_true", help="skip the NLP stages (faster)")
    options.add_settings_arguments(parser)


def run(args: argparse.Namespace) -> int:
    settings = options.settings_from(args)
    paths: list[str] = args.paths
    fmt = args.format or ("json" if len(paths) == 1 else "jsonl")
    array = fmt == "json" and len(paths) > 1  # several indented records: one valid JSON text
    failures = 0
    written = 0
    if array:
        sys.stdout.write("[")
    for name in paths:
        if name != "-" and _is_collection(Path(name)):
            failures += 1
            _report(
                f"{name}: is an archive or dump of many pages, not a page; use `newsdesk ingest`"
            )
            continue
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
            if written:
                sys.stdout.write("\n" + "=" * 78 + "\n\n")
            sys.stdout.write(render_text(record))
        elif array:
            sys.stdout.write(("," if written else "") + "\n" + record.to_json(indent=2))
        elif fmt == "json":
            sys.stdout.write(record.to_json(indent=2) + "\n")
        else:
            sys.stdout.write(record.to_json() + "\n")
        written += 1
        sys.stdout.flush()
    if array:
        sys.stdout.write("\n]\n" if written else "]\n")
    if failures == 0:
        return 0
    return 3 if failures == len(paths) else 1


def _is_collection(path: Path) -> bool:
    """A WARC archive or a JSONL/CSV dump: `ingest` reads its pages, `extract` would take
    the whole file for one page."""
    return is_warc(path) or is_jsonl(path) or is_csv(path)


def _report(message: str) -> None:
    """One line on stderr per page that failed, whatever its error message holds."""
    print(f"newsdesk: error: {' '.join(message.split())}", file=sys.stderr)
