"""Flags shared by several commands: settings file and overrides."""

from __future__ import annotations

import argparse
from pathlib import Path

from newsdesk.errors import REASONS
from newsdesk.settings import Settings, load_settings


def add_settings_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("settings")
    group.add_argument("--config", type=Path, default=None, help="a TOML settings file")
    group.add_argument("--model", default=None, help="spaCy pipeline for the NLP stages")
    group.add_argument(
        "--max-page-bytes", type=int, default=None, help="reject pages larger than this"
    )


def settings_from(args: argparse.Namespace) -> Settings:
    flags = {
        "model": getattr(args, "model", None),
        "max_page_bytes": getattr(args, "max_page_bytes", None),
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
