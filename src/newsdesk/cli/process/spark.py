"""Extract files, folders, WARC archives and JSONL/CSV dumps on Spark into an output folder.

Each input file is one Spark task (--partitions N groups them into N tasks);
every page goes through the same per-page function as `ingest`, so a page
gives the same record or rejection. For each input, the records and the
rejections are written under DIR as Parquet (--format jsonl: JSON Lines),
records/<input>.parquet and rejections/<input>.parquet, then a completion
marker _done/<input>.json. A rerun skips the inputs with a marker, so a job
that was stopped or failed midway is completed by running it again, and no
input is ever written twice. `newsdesk load DIR --db ...` stores the output.

An argument @FILE (or --list FILE) names a file listing input paths, one a
line (a crawl's paths file; .gz too; blank lines and lines starting with #
are skipped); relative paths are taken from the folder of the list.

Without --master, Spark runs in this process on every core (local[*]). Under
spark-submit, give the job file instead (`python -c 'import
newsdesk.cli.process.spark as m; print(m.__file__)'`) with the same arguments;
the master is spark-submit's. DIR must be a folder every executor can write
to (a shared mount on a cluster).

exit codes: 0 every page has a record; 1 some pages rejected; 2 usage error
(bad flags, a source that does not exist, a URL or stdin); 3 no page could
be processed, Spark cannot start, or a model error.

examples:
  newsdesk spark crawl/*.warc.gz --out out/
  newsdesk spark @warc.paths --out out/ --master spark://head:7077 --no-nlp
  newsdesk spark dump.jsonl pages/ --out out/ --format jsonl --master 'local[2]'
  newsdesk load out/ --db corpus.db
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsdesk.cli import options
from newsdesk.cli.main import EXIT_FAILED, EXIT_OK, EXIT_REJECTED
from newsdesk.cli.query_options import usage_error
from newsdesk.cli.summary import by_count, kinds_line
from newsdesk.errors import SourceError
from newsdesk.runners.ingest import pages_per_second
from newsdesk.runners.job_output import JOB_FORMATS
from newsdesk.runners.spark import JobSummary, plan_inputs, run_spark, spark_session
from newsdesk.sources.open import STDIN, check_sources
from newsdesk.sources.url import is_url

NAME = "spark"
HELP = "extract inputs on Spark into Parquet/JSONL parts (resumable per input file)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="files (.gz too), folders, globs, .warc(.gz), .jsonl/.csv dumps, or @FILE: "
        "a file listing input paths",
    )
    parser.add_argument(
        "--list",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="a file listing input paths, one a line (like @FILE); repeatable",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    parser.add_argument(
        "--master", default=None, metavar="URL", help="Spark master (default: local[*])"
    )
    parser.add_argument(
        "--format", choices=JOB_FORMATS, default="parquet", help="output format (default: parquet)"
    )
    parser.add_argument(
        "--partitions",
        type=int,
        default=None,
        metavar="N",
        help="Spark tasks (default: one per input file)",
    )
    parser.add_argument("--no-nlp", action="store_true", help="skip the NLP stages (faster)")
    parser.add_argument(
        "--page-timeout", type=float, default=None, metavar="S", help="seconds a page may take"
    )
    options.add_source_arguments(parser)
    parser.add_argument("--quiet", action="store_true", help="no summary")
    options.add_settings_arguments(parser)


def run(args: argparse.Namespace) -> int:
    settings = options.settings_from(args)
    if args.partitions is not None and args.partitions < 1:
        return usage_error("--partitions must be 1 or more")
    try:
        names = expand_lists(args.sources, args.list)
    except SourceError as err:
        return usage_error(str(err))
    if not names:
        return usage_error("no input: give SOURCE... or --list FILE")
    for name in names:
        if name == STDIN or is_url(name):
            return usage_error(f"{name}: the Spark runner reads files only (use `newsdesk ingest`)")
    try:
        check_sources(names)
    except SourceError as err:
        return usage_error(str(err))
    source_options = options.source_options(args, settings)
    plan = plan_inputs(names, source_options)
    if not plan.files and not plan.others:
        return usage_error("the sources hold no page file to read")
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        problem = err.strerror or str(err)
        print(f"newsdesk: error: {args.out}: cannot write here ({problem})", file=sys.stderr)
        return EXIT_FAILED
    session = spark_session(args.master)
    summary = run_spark(
        plan,
        args.out,
        settings,
        source_options,
        session,
        fmt=args.format,
        partitions=args.partitions,
    )
    if not args.quiet:
        print(describe(summary, args.out))
    if not summary.rejected:
        return EXIT_OK
    return EXIT_FAILED if summary.records == 0 else EXIT_REJECTED


def describe(summary: JobSummary, out: Path) -> str:
    """The summary printed at the end of a job."""
    rejected = sum(summary.rejected.values())
    rate = pages_per_second(summary.pages, summary.seconds)
    lines = [
        f"wrote {summary.records:,} records and {rejected:,} rejections of "
        f"{summary.inputs:,} inputs to {out}, skipped {summary.skipped:,} inputs already done, "
        f"in {summary.seconds:.1f} s ({rate:.1f} pages/s)"
    ]
    lines += [f"  rejected {reason}: {n:,}" for reason, n in by_count(summary.rejected)]
    if summary.not_pages:
        lines.append(f"  not pages: {kinds_line(summary.not_pages)}")
    return "\n".join(lines)


def expand_lists(sources: list[str], lists: list[Path]) -> list[str]:
    """The sources with each ``@FILE`` (and each ``--list FILE``) replaced by the paths it
    lists."""
    names: list[str] = []
    for source in sources:
        if source.startswith("@") and len(source) > 1:
            names.extend(listed_paths(Path(source[1:])))
        else:
            names.append(source)
    for listing in lists:
        names.extend(listed_paths(listing))
    return names


def listed_paths(listing: Path) -> Iterator[str]:
    """The paths a list file names, one a line, relative ones from the list's folder."""
    try:
        raw = listing.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile) as err:
        detail = f"cannot read the list of inputs ({err})"
        raise SourceError(str(listing), "unreadable", detail) from None
    for line in text.splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            yield str(listing.parent / entry) if not Path(entry).is_absolute() else entry


def submit(argv: Sequence[str] | None = None) -> int:
    """``spark-submit .../newsdesk/cli/process/spark.py SOURCE... --out DIR``: this command."""
    from newsdesk.cli.main import main as cli_main

    return cli_main(["spark", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(submit())
