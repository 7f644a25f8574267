"""Search the stored articles: full text, ranked by BM25, with snippets.

A query is words (all must match), "quoted phrases", prefix*, the
operators AND, OR, NOT in capitals and parentheses to group them;
-word (or -"a phrase") leaves out the pages that have it, like NOT;
NEAR(word word, N) finds words within N (10) words of each other. Other
punctuation splits words; Chinese, Japanese and Korean are matched
character by character. A query that only leaves pages out is refused.
Filters narrow the documents searched; --collapse shows one hit per
cluster of near-duplicates (syndicated copies) with how many others
matched. `newsdesk show ID` prints the article of a hit.

examples:
  newsdesk search "maximum pressure" --db news.db
  newsdesk search sanctions --since 2019-05-01 --until 2019-06-30 --outlet eghtesadonline
  newsdesk search oil --entity "Mike Pompeo" --tag Iran --collapse --limit 5
  newsdesk search "interest rate*" --json | jq '.[].id'
  newsdesk search '(oil OR gas) AND sanctions NOT Venezuela'
  newsdesk search Iran -police 'NEAR(oil tanker, 5)'
  newsdesk search 東京 地震
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Sequence

from newsdesk.cli import query_options
from newsdesk.query.results import shown_outlet
from newsdesk.query.search import Filters, Hit, search

NAME = "search"
HELP = "search stored articles (full text, filters, near-duplicates collapsed)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help='words, "phrases", prefix*, AND/OR/NOT, -word, NEAR(a b), (groups); several '
        "arguments are joined",
    )
    parser.add_argument("--since", metavar="DATE", help="published on or after (YYYY-MM-DD)")
    parser.add_argument("--until", metavar="DATE", help="published on or before (YYYY-MM-DD)")
    parser.add_argument("--outlet", metavar="X", help="credit line or web site (reuters.com)")
    parser.add_argument("--entity", metavar="NAME", help="articles about this person/org/place")
    parser.add_argument("--tag", metavar="T", help="articles the page tagged with T")
    parser.add_argument(
        "--collapse", action="store_true", help="one hit per cluster of near-duplicate pages"
    )
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (20)")
    query_options.add_store_arguments(parser)


def words_last(argv: Sequence[str]) -> list[str]:
    """``newsdesk search ...`` arguments with the query's words after ``--``, so that a
    word that leaves pages out (``-police``) is a word, not an unknown flag (nor ``-hamas``
    the ``-h`` flag); the flags and their values come first, as they were given."""
    parser = argparse.ArgumentParser(add_help=False)
    add_arguments(parser)
    takes_value = {
        option: action.nargs != 0
        for action in parser._actions  # argparse lists its options only here
        for option in action.option_strings
    }
    flags: list[str] = []
    words: list[str] = []
    rest = iter(argv[1:])
    for token in rest:
        if token == "--":
            words.extend(rest)
        elif token.startswith("--") or token == "-h":
            flags.append(token)
            name, equals, _ = token.partition("=")
            known = [option for option in takes_value if option.startswith(name)]
            if not equals and len(known) == 1 and takes_value[known[0]]:
                flags.extend(itertools.islice(rest, 1))  # the flag's value, whatever it is
        else:
            words.append(token)
    return [*argv[:1], *flags, "--", *words]


def run(args: argparse.Namespace) -> int:
    filters = Filters(
        since=args.since, until=args.until, outlet=args.outlet, entity=args.entity, tag=args.tag
    )
    return query_options.answer(
        args,
        lambda store: search(
            store, " ".join(args.query), filters=filters, collapse=args.collapse, limit=args.limit
        ),
        lambda hits: _table(hits, collapse=args.collapse),
    )


def _table(hits: list[Hit], *, collapse: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    out = query_options.console()
    if not hits:
        out.print("no matches")
        return
    table = Table(show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("id / date / outlet / from", min_width=16, overflow="fold")
    table.add_column("title and snippet")
    if collapse:
        table.add_column("similar", justify="right")
    for rank, hit in enumerate(hits, 1):
        where = "\n".join(x for x in (hit.id, hit.published, shown_outlet(hit), hit.origin) if x)
        text = Text(hit.title or "(no title)", style="bold")
        text.append("\n")
        offset = len(text)
        text.append(hit.snippet)
        for start, end in hit.highlights:
            text.stylize("reverse", offset + start, offset + end)
        row: list[str | Text] = [str(rank), where, text]
        if collapse:
            row.append(f"+{hit.duplicates}" if hit.duplicates else "")
        table.add_row(*row)
    out.print(table)
