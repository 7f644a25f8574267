"""Read single files (and stdin) as raw pages, refusing oversized ones before reading them whole."""

from __future__ import annotations

import sys
from pathlib import Path

from newsdesk.errors import InputError, SourceError
from newsdesk.page import RawPage
from newsdesk.record import PageSource

STAGE = "read"


def read_file(path: Path, *, max_bytes: int) -> RawPage:
    """One file as a raw page; ``.gz`` stays compressed for the decode stage."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise SourceError(origin, "not-a-file", "is a folder; give files, or use `ingest`")
        # A compressed page may inflate past the limit: decode checks that. Plain
        # files are refused before they are read whole.
        if size > max_bytes and not path.name.endswith(".gz"):
            raise InputError(
                f"page is {size:,} bytes, over the limit of {max_bytes:,} (max_page_bytes)",
                reason="too-large",
                stage=STAGE,
                origin=origin,
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(origin, "not-found", "no such file") from None
    except PermissionError:
        raise SourceError(origin, "permission", "permission denied") from None
    except IsADirectoryError:
        raise SourceError(origin, "not-a-file", "is a folder") from None
    except OSError as exc:
        raise SourceError(origin, "unreadable", exc.strerror or str(exc)) from None
    return RawPage(data=data, origin=origin, source=PageSource(path=origin))


def read_stdin(*, max_bytes: int) -> RawPage:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"standard input is over the limit of {max_bytes:,} bytes (max_page_bytes)",
            reason="too-large",
            stage=STAGE,
            origin="<stdin>",
        )
    return RawPage(data=data, origin="<stdin>", source=PageSource())
