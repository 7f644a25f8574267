"""The ``newsdesk`` command: a thin layer over the library.

Exit codes (documented in the README):
  0  success
  1  some inputs were rejected (their errors are on stderr); the rest succeeded
  2  usage error (bad flags or settings)
  3  nothing could be processed, or a store/model error
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from newsdesk import __version__
from newsdesk.cli import bench, entities, export, extract, ingest, quotes, search, stats
from newsdesk.cli.commands import add_commands
from newsdesk.errors import ConfigError, NewsdeskError
from newsdesk.settings import env_warnings

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_FAILED = 3

#: Each command module has NAME, HELP, add_arguments(parser) and run(args) -> int.
COMMANDS: tuple[ModuleType, ...] = (extract, ingest, search, quotes, entities, stats, export, bench)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Turn raw news pages into clean, structured, searchable records.",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    add_commands(parser, COMMANDS, dest="command", key="run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
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
