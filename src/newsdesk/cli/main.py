"""The ``newsdesk`` command: a thin layer over the library.

Exit codes (documented in the README):
  0  success
  1  some inputs were rejected (their errors are on stderr); the rest succeeded
  2  usage error (bad flags or settings)
  3  nothing could be processed, or a store/model error
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from newsdesk import __version__
from newsdesk.cli.commands import add_commands
from newsdesk.errors import ConfigError, NewsdeskError
from newsdesk.settings import env_warnings

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_FAILED = 3

#: The commands, each a module with NAME, HELP, add_arguments(parser) and
#: run(args) -> int: those that process pages are in ``newsdesk.cli.process``,
#: those that read a store in ``newsdesk.cli.read``. Only the module of the
#: command given is imported, so a read command never loads the extraction code.
COMMANDS: dict[str, str] = {
    "extract": "newsdesk.cli.process.extract",
    "ingest": "newsdesk.cli.process.ingest",
    "spark": "newsdesk.cli.process.spark",
    "load": "newsdesk.cli.process.load",
    "search": "newsdesk.cli.read.search",
    "show": "newsdesk.cli.read.show",
    "quotes": "newsdesk.cli.read.quotes",
    "entities": "newsdesk.cli.read.entities",
    "stats": "newsdesk.cli.read.stats",
    "rebuild": "newsdesk.cli.process.rebuild",
    "rejections": "newsdesk.cli.read.rejections",
    "export": "newsdesk.cli.read.export",
    "bench": "newsdesk.cli.bench",
    "serve": "newsdesk.cli.serve",
}


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for ``argv``: of the command it names alone when it starts with one,
    of every command otherwise (``newsdesk --help``, a misspelled command)."""
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Turn raw news pages into clean, structured, searchable records.",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    chosen = [argv[0]] if argv and argv[0] in COMMANDS else list(COMMANDS)
    modules = [importlib.import_module(COMMANDS[name]) for name in chosen]
    add_commands(parser, modules, dest="command", key="run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["search"]:  # the query may hold words starting with "-" (-police)
        from newsdesk.cli.read.search import words_last

        argv = words_last(argv)
    parser = build_parser(argv)
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # named by the command they were given to, with that command's usage
        chosen: argparse.ArgumentParser = getattr(args, "command_parser", parser)
        chosen.error(f"unrecognized arguments: {' '.join(unknown)}")
    for warning in env_warnings():
        print(f"newsdesk: warning: {warning}", file=sys.stderr)
    try:
        code: int = args.run(args)
    except ConfigError as err:  # bad settings are a usage error, like bad flags
        print(f"newsdesk: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except NewsdeskError as err:
        print(f"newsdesk: error: {err}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code


if __name__ == "__main__":
    sys.exit(main())
