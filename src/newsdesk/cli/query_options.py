"""Flags and output shared by the commands that read a store (search, quotes, entities,
stats, export): ``--db``, ``--json``, and opening the store they name."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from newsdesk.cli import options
from newsdesk.store import StoreReader, open_store

if TYPE_CHECKING:
    from rich.console import Console

T = TypeVar("T")


def add_store_arguments(parser: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    options.add_db_argument(parser, "the store to read")
    if json_flag:
        parser.add_argument(
            "--json", action="store_true", help="print JSON for scripts instead of a table"
        )
    options.add_config_argument(parser)


def open_existing(args: argparse.Namespace) -> StoreReader:
    """The store named by ``--db`` (or the settings); it must exist already, and a file
    that is not a store is refused, never made into one."""
    path: str = args.db or options.settings_from(args).db
    return open_store(path, create=False)


def print_json(value: Any) -> None:
    """Dataclasses (or lists of them) as indented JSON on stdout."""
    sys.stdout.write(json.dumps(_plain(value), ensure_ascii=False, indent=2) + "\n")


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


#: Width of tables written to a pipe or file (a terminal's own width is used otherwise).
PIPE_WIDTH = 120


def console() -> Console:
    """Where tables go: stdout, as wide as the terminal, or ``PIPE_WIDTH`` into a pipe.

    Markup is off: stored text such as ``[the remaining]`` in a quote is data,
    never a style tag to interpret.
    """
    from rich.console import Console  # tables only: --json never loads rich

    return Console(width=None if sys.stdout.isatty() else PIPE_WIDTH, markup=False, highlight=False)


def usage_error(message: str) -> int:
    print(f"newsdesk: error: {message}", file=sys.stderr)
    return 2


def answer(
    args: argparse.Namespace,
    ask: Callable[[StoreReader], T],
    show: Callable[[T], None],
) -> int:
    """Open the store, ask it one question, close it, print the answer (``--json`` or ``show``).

    A ``--limit`` below 1, or a question the store refuses as malformed (a bad
    query or date: ``ValueError``), is a usage error.
    """
    limit = getattr(args, "limit", None)
    if limit is not None and limit < 1:
        return usage_error("--limit must be at least 1")
    store = open_existing(args)
    try:
        found = ask(store)
    except ValueError as err:
        return usage_error(str(err))
    finally:
        store.close()
    if args.json:
        print_json(found)
    else:
        show(found)
    return 0
