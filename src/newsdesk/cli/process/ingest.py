"""Ingest pages into the store: files, folders, globs, WARC archives, JSONL/CSV dumps, URLs.

Pages are extracted by a pool of worker processes (one per core unless
--workers says otherwise) and written into the store (the SQLite file of the
`db` setting unless --db names another). Ingest is idempotent and resumable:
a page whose origin is already stored, as a record or a rejection, is
skipped, so rerunning the same command after an interruption, even a kill,
only does what is missing. A page that cannot be processed is stored as a
rejection with a reason code; a summary is printed at the end, accounting for
every input: pages stored, merged into a record already stored (the same URL,
or the same text without a URL), replacing one, or kept out by a richer one;
rejections by reason, with the first few named (`newsdesk rejections` lists
them all); inputs skipped as already stored; and inputs that are no page
(WARC requests and images, stylesheets in a folder), by kind.

Folders and globs give their page-like files: .html, .htm, .xhtml, .shtml,
.txt, .text, the .php/.asp/.aspx/.jsp/.cfm pages of a site mirror, names
without a suffix, WARC archives and JSONL/CSV dumps (.gz too); --all-files
reads every file. A file named on its own is always read.

A stored record is never replaced by a poorer one: a page ingested with
--no-nlp after it was stored with the NLP annotations keeps them; a run with
the NLP stages does not skip pages stored without them, it stores them again
annotated. --replace processes every page again, even those already stored,
and replaces their records.

--retry-rejected processes the pages stored as rejections again (after a fix,
a new version or a larger --page-timeout): all of them, or only those with
the reason codes given (`--retry-rejected timeout,internal`; the codes are
listed in the README and by `newsdesk stats`). A page that now succeeds
replaces its rejection with its record; one that fails again keeps one
rejection, updated. Pages stored as records are still skipped.

Each page is named by its origin: its absolute path (symbolic links resolved,
so every spelling of a file is one origin), `file.warc.gz#<record offset>`,
`dump.jsonl:<line>`, its URL, or `<stdin>#<hash of the page>`.

exit codes: 0 every page stored; 1 some pages rejected; 2 usage error (bad
flags, a source that does not exist, a folder or glob with no page file); 3
no page could be stored, or a store or model error.

examples:
  newsdesk ingest examples --include '*.txt'
  newsdesk ingest crawl/*.warc.gz --db corpus.db --workers 4
  newsdesk ingest dump.jsonl --html-field raw_html --url-field link
  newsdesk ingest --no-nlp pages/ --exclude 'drafts/*'
  newsdesk ingest crawl/*.warc.gz --page-timeout 300 --retry-rejected timeout
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections import Counter
from collections.abc import Sequence

from newsdesk.cli import options
from newsdesk.cli.main import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, EXIT_USAGE
from newsdesk.cli.progress import IngestProgress
from newsdesk.cli.summary import by_count, kinds_line
from newsdesk.errors import SourceError
from newsdesk.runners.ingest import IngestSummary, ingest
from newsdesk.sources.open import (
    STDIN,
    check_sources,
    count_pages,
    empty_sources,
    open_sources,
)
from newsdesk.store import open_store, shown

NAME = "ingest"
HELP = "extract files, folders, WARC archives, dumps or URLs into the store"

#: Runs of at most this many pages (when the count is known) use no worker pool.
SMALL_RUN_PAGES = 8


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="files (.gz too), folders, globs, .warc(.gz), .jsonl/.csv dumps, http(s) URLs, "
        "or - for one page on stdin",
    )
    options.add_db_argument(parser, "the store to write")
    parser.add_argument(
        "--workers", type=int, default=None, metavar="N", help="worker processes (0: one per core)"
    )
    options.add_source_arguments(parser)
    parser.add_argument("--no-nlp", action="store_true", help="skip the NLP stages (faster)")
    parser.add_argument(
        "--page-timeout", type=float, default=None, metavar="S", help="seconds a page may take"
    )
    parser.add_argument(
        "--retry-rejected",
        nargs="?",
        const=True,
        default=False,
        type=_retry_codes,
        metavar="CODES",
        help="process pages stored as rejections again: all (the default), or those with "
        "these reason codes (comma-separated, e.g. timeout,internal)",
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="process pages already stored again and replace their records, even records "
        "with NLP annotations by records without (--no-nlp)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    options.add_settings_arguments(parser)


def run(args: argparse.Namespace) -> int:
    settings = options.settings_from(args, db=args.db, workers=args.workers)
    names: list[str] = args.sources
    if names.count(STDIN) > 1:
        print("newsdesk: error: - (stdin) may be given only once", file=sys.stderr)
        return EXIT_USAGE
    try:
        check_sources(names)
    except SourceError as err:
        print(f"newsdesk: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    source_options = options.source_options(args, settings)
    empty = empty_sources(names, source_options)
    if empty:
        for name, others in empty.items():
            print(f"newsdesk: error: {_no_pages(name, others, args)}", file=sys.stderr)
        return EXIT_USAGE
    store = open_store(settings.db)
    try:
        total = count_pages(names, source_options)
        # A pool takes seconds to start: a handful of pages is done sooner in this process.
        small = args.workers is None and total is not None and total <= SMALL_RUN_PAGES
        with IngestProgress(total, show=False if args.quiet else None) as progress:
            summary = ingest(
                open_sources(names, source_options),
                store,
                settings,
                workers=1 if small else None,
                command=command_line(args),
                on_outcome=progress.advance,
                on_skip=progress.skip,
                retry=args.retry_rejected,
                replace=args.replace,
            )
    finally:
        store.close()
    if not args.quiet:
        print(describe(summary, shown(settings.db)))
    return exit_code(summary)


def describe(summary: IngestSummary, db: str) -> str:
    """The summary printed at the end of a run: every input accounted for."""
    rejected = sum(summary.rejected.values())
    not_pages = sum(summary.not_pages.values())
    retried = f"retried {_counted(summary.retried, 'rejection')} ({summary.recovered:,} now stored)"
    optional = [
        (
            summary.merged,
            f"merged {summary.merged:,} into records already stored (same URL or text)",
        ),
        (summary.replaced, f"replaced {summary.replaced:,}"),
        (
            summary.kept,
            f"kept {_counted(summary.kept, 'stored record')} with NLP annotations "
            "(--replace replaces them)",
        ),
        (True, f"rejected {rejected:,}"),
        (True, f"skipped {summary.skipped:,} already in {db}"),
        (not_pages, f"passed over {not_pages:,} that are not pages"),
        (summary.retry, retried),
    ]
    parts = [f"stored {_counted(summary.stored, 'page')}"]
    parts += [text for wanted, text in optional if wanted]
    lines = [
        ", ".join(parts) + f", in {summary.seconds:.1f} s ({summary.pages_per_second:.1f} pages/s)"
    ]
    lines += [f"  rejected {reason}: {count:,}" for reason, count in by_count(summary.rejected)]
    if summary.not_pages:
        lines.append(f"  not pages: {kinds_line(summary.not_pages)}")
    for rejection in summary.first_rejections:
        lines.append(f"  {rejection.origin}: {rejection.detail} [{rejection.reason}]")
    if rejected:
        more = rejected - len(summary.first_rejections)
        lines.append(
            (f"  ... and {more:,} more; " if more > 0 else "  ")
            + f"list them with: newsdesk rejections --db {shlex.quote(db)}"
        )
    return "\n".join(lines)


def _counted(count: int, noun: str) -> str:
    """``1 page``, ``2 pages``."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def exit_code(summary: IngestSummary) -> int:
    if not summary.rejected:
        return EXIT_OK
    return EXIT_FAILED if summary.written == 0 else EXIT_REJECTED


def command_line(
    args: argparse.Namespace, *, name: str = NAME, positional: Sequence[str] | None = None
) -> str:
    """The command as given (for the runs a store keeps): its sources (``positional``) and
    every flag that differs from its default."""
    parser: argparse.ArgumentParser | None = getattr(args, "command_parser", None)
    words = ["newsdesk", name]
    for action in parser._actions if parser else []:  # argparse has no public list of them
        value = getattr(args, action.dest, None)
        if not action.option_strings or value == action.default or action.dest == "help":
            continue
        flag = action.option_strings[-1]
        if value is True:
            words.append(flag)
        elif isinstance(value, list):  # a repeated flag
            for item in value:
                words += [flag, str(item)]
        elif isinstance(value, tuple):  # a list of codes
            words += [flag, ",".join(map(str, value))]
        else:
            words += [flag, shown(str(value)) if action.dest == "db" else str(value)]
    return shlex.join([*words, *(args.sources if positional is None else positional)])


def _no_pages(name: str, others: Counter[str], args: argparse.Namespace) -> str:
    """Why a folder or glob gives nothing to ingest."""
    globs = [f"--include {shlex.quote(g)}" for g in args.include]
    globs += [f"--exclude {shlex.quote(g)}" for g in args.exclude]
    matching = f" matching {' '.join(globs)}" if globs else ""
    if not others:
        return f"{name}: no files{matching}; nothing to ingest"
    kinds = kinds_line(others)
    return (
        f"{name}: no page files{matching}, only files that are not pages ({kinds}); "
        "--all-files reads them"
    )


def _retry_codes(value: str) -> bool | tuple[str, ...]:
    """``timeout,internal`` as reason codes, each one of ``errors.REASONS``; ``all``: True."""
    if value.strip() == "all":
        return True
    try:
        return options.reason_codes(value)
    except argparse.ArgumentTypeError as err:
        raise argparse.ArgumentTypeError(
            f"{err}; to retry every rejection, give --retry-rejected after the sources, or "
            "--retry-rejected all"
        ) from None
