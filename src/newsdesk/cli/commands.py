"""Subcommands from modules: each has NAME, HELP, add_arguments(parser) and run(args) -> int."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from types import ModuleType


def add_commands(
    parser: argparse.ArgumentParser, modules: Iterable[ModuleType], *, dest: str, key: str
) -> None:
    """One subcommand per module; the chosen module's ``run`` lands in ``args.<key>``."""
    sub = parser.add_subparsers(dest=dest, metavar=dest.upper(), required=True)
    for module in modules:
        command = sub.add_parser(
            module.NAME,
            help=module.HELP,
            description=module.__doc__,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(command)
        # The innermost parser chosen, so an unknown flag is reported with its usage.
        command.set_defaults(**{key: module.run, "command_parser": command})
