"""Find quotes: by a person under any of the names the corpus knows them by,
about a subject, or both.

--speaker takes a full name ("Hillary Clinton"), a name with a title
("President Trump") or a surname alone; a surname gives the quotes of every
person of that name. --about searches the quoted words (same syntax as
`newsdesk search`); the best matches come first. Without --about, quotes
come in order of publication.

examples:
  newsdesk quotes --speaker "Ali Khamenei" --db news.db
  newsdesk quotes --speaker Pompeo --about sanctions
  newsdesk quotes --about "maximum pressure" --json
"""

from __future__ import annotations

import argparse

from newsdesk.cli import query_options
from newsdesk.query.results import shown_outlet
from newsdesk.query.search import QuoteHit, quotes

NAME = "quotes"
HELP = "find quotes by speaker (any of their names) and subject"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--speaker", metavar="NAME", help="who said it (any of their names)")
    parser.add_argument("--about", metavar="QUERY", help="words in the quote")
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="at most N quotes (50)")
    query_options.add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    return query_options.answer(
        args,
        lambda store: quotes(store, speaker=args.speaker, about=args.about, limit=args.limit),
        _table,
    )


def _table(found: list[QuoteHit]) -> None:
    from rich.table import Table

    out = query_options.console()
    if not found:
        out.print("no quotes")
        return
    table = Table(show_lines=True)
    table.add_column("speaker", max_width=30)
    table.add_column("quote", ratio=1, min_width=30)
    table.add_column("kind", no_wrap=True)
    table.add_column("article / date / outlet", no_wrap=True)
    for quote in found:
        speaker = quote.speaker or quote.speaker_text or "?"
        written = quote.speaker_text
        if quote.speaker and written and written != quote.speaker:
            speaker += f"\n({written if len(written) <= 40 else written[:39] + '…'})"
        where = "\n".join(x for x in (quote.doc, quote.published, shown_outlet(quote)) if x)
        table.add_row(speaker, quote.text, quote.kind, where)
    out.print(table)
