"""Extract one or more pages to JSON records (or a readable view).

One path prints one JSON record; several print JSON Lines, one record per
page, in input order (with --format json, one JSON array of the records).
`-` reads a page from standard input; an http(s) URL is fetched (politely, as
`ingest` does: robots.txt, the fetch_timeout setting, the size limit). A page
that cannot be read gives one line on stderr naming it, and the others still
come out; the exit code is then 1 (3 when no page could be read).

Each page may take --page-timeout seconds (the page_timeout setting; 0: no
limit); a page past it gives the same one line, reason `timeout`, naming the
stage it was in. Where the time limit cannot interrupt a page (a platform
without POSIX interval timers, or a page stuck in native code past twice its
limit), extract reports it and stops there.

examples:
  newsdesk extract examples/seed-eghtesadonline.txt
  newsdesk extract --format text examples/seed-eghtesadonline.txt
  newsdesk extract --no-nlp pages/*.html > records.jsonl
  newsdesk extract --format text https://example.org/story
  curl -s https://example.org/story | newsdesk extract -
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from pathlib import Path

from newsdesk.cli import options
from newsdesk.cli.main import EXIT_FAILED, EXIT_OK, EXIT_REJECTED
from newsdesk.cli.view import render_text
from newsdesk.errors import ModelError, PageError
from newsdesk.page import RawPage
from newsdesk.pipeline import extract
from newsdesk.record import Rejection
from newsdesk.runners.limits import STAGE, PageTimeout, page_limit, warm_up
from newsdesk.runners.rejection import SOURCE_STAGE, describe, rejection
from newsdesk.settings import Settings
from newsdesk.sources.files import read_file, read_stdin
from newsdesk.sources.open import is_collection
from newsdesk.sources.url import Fetcher, is_url

NAME = "extract"
HELP = "extract pages to JSON records or a readable view"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="page files (.gz too), http(s) URLs, or - for stdin",
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default=None,
        help="json: one indented record (default for one path; an array of them for "
        "several); jsonl: one record a line (default for several); text: a readable view",
    )
    parser.add_argument("--no-nlp", action="store_true", help="skip the NLP stages (faster)")
    parser.add_argument(
        "--page-timeout",
        type=float,
        default=None,
        metavar="S",
        help="seconds a page may take (page_timeout setting; 0: no limit)",
    )
    options.add_settings_arguments(parser)


def run(args: argparse.Namespace) -> int:
    settings = options.settings_from(args)
    warm = settings.page_timeout <= 0  # without a limit, the first page may load the model
    paths: list[str] = args.paths
    fmt = args.format or ("json" if len(paths) == 1 else "jsonl")
    array = fmt == "json" and len(paths) > 1  # several indented records: one valid JSON text
    failures = 0
    written = 0
    fetcher = Fetcher(settings.user_agent, settings.fetch_timeout, settings.max_page_bytes)
    if array:
        sys.stdout.write("[")
    for index, name in enumerate(paths):
        if name != "-" and not is_url(name) and is_collection(Path(name)):
            failures += 1
            _report(
                f"{name}: is an archive or dump of many pages, not a page; use `newsdesk ingest`"
            )
            continue
        page: RawPage | None = None
        try:
            page = _read(name, settings, fetcher)
            if not warm:
                warm_up(settings)
                warm = True
            give_up = partial(
                _stop,
                origin=page.origin,
                settings=settings,
                later=len(paths) - index - 1,
                array=array,
                written=written,
            )
            with page_limit(settings.page_timeout, give_up):
                record = extract(page, settings=settings)
        except ModelError:
            raise  # the same for every page: main() reports it once
        except (Exception, PageTimeout) as failure:  # a bug must not cost the other pages
            failures += 1
            _report(_line(_rejected(failure, page, name, settings), settings))
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
        return EXIT_OK
    return EXIT_FAILED if failures == len(paths) else EXIT_REJECTED


def _read(name: str, settings: Settings, fetcher: Fetcher) -> RawPage:
    """The page ``name`` gives: standard input, a URL (fetched) or a file."""
    if name == "-":
        return read_stdin(max_bytes=settings.max_page_bytes)
    if is_url(name):  # never a Path: it would fold the URL's "//" into "/"
        fetched = fetcher.fetch(name)
        if isinstance(fetched, PageError):
            raise fetched
        return fetched
    return read_file(Path(name), max_bytes=settings.max_page_bytes)


def _rejected(
    failure: BaseException, page: RawPage | None, name: str, settings: Settings
) -> Rejection:
    """The rejection of the page ``name`` (``page`` once it was read) that failed."""
    origin = page.origin if page is not None else "<stdin>" if name == "-" else name
    return rejection(
        failure,
        page_id=page.provisional_id if page is not None else "",
        origin=origin,
        page_timeout=settings.page_timeout,
    )


def _line(rejected: Rejection, settings: Settings) -> str:
    """The line on stderr for a page ``rejected``."""
    where = rejected.origin or rejected.page_id or "<page>"
    if rejected.stage == SOURCE_STAGE:
        return f"{where}: {rejected.detail}"
    if rejected.reason == "timeout":
        return f"{where}: {_timeout(settings, rejected.stage)}"
    if rejected.reason == "internal" and rejected.stage == STAGE:
        return f"{where}: unexpected {rejected.detail}"
    return describe(rejected)


def _timeout(settings: Settings, stage: str) -> str:
    return f"timeout after {settings.page_timeout:g} s (page_timeout) [timeout, stage {stage}]"


def _stop(
    stage: str, *, origin: str, settings: Settings, later: int, array: bool, written: int
) -> None:
    """A page the time limit could not interrupt: report it, close the output, end the
    process (from the watchdog thread, while the page still runs)."""
    _report(f"{origin}: {_timeout(settings, stage)}")
    if later:
        _report(f"stopped: the page could not be interrupted; {later} later page(s) not read")
    if array:
        sys.stdout.write("\n]\n" if written else "]\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_REJECTED if written else EXIT_FAILED)


def _report(message: str) -> None:
    """One line on stderr per page that failed, whatever its error message holds."""
    print(f"newsdesk: error: {' '.join(message.split())}", file=sys.stderr)
