"""Flags shared by several commands: settings file and overrides."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.errors import REASONS
from newsdesk.settings import Settings, load_settings

if TYPE_CHECKING:  # the sources load warcio and lxml: read commands import this module too
    from newsdesk.sources.open import SourceOptions


def add_db_argument(parser: argparse.ArgumentParser, purpose: str) -> None:
    """``--db FILE|DSN``: a SQLite file or a ``postgresql://`` DSN (every store command)."""
    parser.add_argument(
        "--db",
        default=None,
        metavar="FILE|DSN",
        help=f"{purpose}: a SQLite file or a postgresql:// DSN "
        "(default: the db setting, newsdesk.db in this folder)",
    )


def add_config_argument(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--config FILE``: the TOML settings file ``settings_from`` reads."""
    parser.add_argument("--config", type=Path, default=None, help="a TOML settings file")


def add_settings_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("settings")
    add_config_argument(group)
    group.add_argument("--model", default=None, help="spaCy pipeline for the NLP stages")
    group.add_argument(
        "--max-page-bytes", type=int, default=None, help="reject pages larger than this"
    )


def add_source_arguments(parser: argparse.ArgumentParser) -> None:
    """How folders, globs and dumps are read (``ingest``, ``spark``)."""
    from newsdesk.sources.dumps import DumpFields

    parser.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="in folders, only files matching GLOB (relative path or name); repeatable",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="in folders, skip files matching GLOB; repeatable",
    )
    parser.add_argument(
        "--all-files",
        action="store_true",
        help="in folders and globs, read every file, not only page-like ones (.html, .txt, ...)",
    )
    defaults = DumpFields()
    dumps = parser.add_argument_group("JSONL and CSV dumps")
    dumps.add_argument("--text-field", default=defaults.text, help="field with the page text")
    dumps.add_argument("--html-field", default=defaults.html, help="field with the page HTML")
    dumps.add_argument("--url-field", default=defaults.url, help="field with the page URL")


def source_options(args: argparse.Namespace, settings: Settings) -> SourceOptions:
    """The ``SourceOptions`` of the flags ``add_source_arguments`` added."""
    from newsdesk.sources.dumps import DumpFields
    from newsdesk.sources.open import SourceOptions

    return SourceOptions.from_settings(
        settings,
        include=args.include,
        exclude=args.exclude,
        all_files=args.all_files,
        fields=DumpFields(text=args.text_field, html=args.html_field, url=args.url_field),
    )


def settings_from(args: argparse.Namespace, **more: object) -> Settings:
    """The settings, with the settings flags ``args`` has (and ``more``, a command's own
    setting flags such as ``db``) on top; a flag left out (``None``) changes nothing."""
    flags = {
        "model": getattr(args, "model", None),
        "max_page_bytes": getattr(args, "max_page_bytes", None),
        **more,
        "page_timeout": getattr(args, "page_timeout", None),
        "nlp": False if getattr(args, "no_nlp", False) else None,
    }
    return load_settings(file=getattr(args, "config", None), flags=flags)


def reason_codes(value: str) -> tuple[str, ...]:
    """``timeout,internal`` as reason codes, each one of ``errors.REASONS`` (a flag's type)."""
    codes = tuple(dict.fromkeys(code.strip() for code in value.split(",") if code.strip()))
    unknown = [code for code in codes if code not in REASONS]
    if unknown or not codes:
        raise argparse.ArgumentTypeError(
            f"unknown reason code {', '.join(map(repr, unknown or [value]))} "
            f"(known: {', '.join(REASONS)})"
        )
    return codes
