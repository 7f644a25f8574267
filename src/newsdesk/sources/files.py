"""Read single files (and stdin) as raw pages, refusing oversized ones before reading them whole.

A file is never read past ``max_bytes + 1`` bytes, so a huge file, a device
or a pipe that never ends is refused as quickly as a file whose size says so.
A ``.gz`` file stays compressed for the decode stage, which inflates it under
the same limit (a gzip bomb is refused there).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from newsdesk.errors import InputError, SourceError
from newsdesk.page import RawPage
from newsdesk.record import PageSource

STAGE = "read"


def read_file(path: Path, *, max_bytes: int) -> RawPage:
    """One file as a raw page; ``.gz`` stays compressed for the decode stage."""
    origin = str(path)
    try:
        if path.is_dir():
            raise SourceError(origin, "not-a-file", "is a folder; give files, or use `ingest`")
        with path.open("rb") as handle:
            data = _read_limited(handle, max_bytes=max_bytes, origin=origin)
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
    """Standard input as a raw page (at most ``max_bytes`` of it)."""
    data = _read_limited(sys.stdin.buffer, max_bytes=max_bytes, origin="<stdin>")
    return RawPage(data=data, origin="<stdin>", source=PageSource())


def _read_limited(handle: BinaryIO, *, max_bytes: int, origin: str) -> bytes:
    """All of ``handle``, or an ``InputError`` as soon as it holds more than ``max_bytes``."""
    try:
        size = handle.seek(0, 2)
        handle.seek(0)
    except (OSError, ValueError):
        size = None  # a pipe or a terminal: its size shows only by reading
    if size is not None and size > max_bytes:
        raise _too_large(f"{size:,} bytes", max_bytes=max_bytes, origin=origin)
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large(f"over {max_bytes:,} bytes", max_bytes=max_bytes, origin=origin)
    return data


def _too_large(size: str, *, max_bytes: int, origin: str) -> InputError:
    # A compressed file this large inflates past the limit too, so .gz files are refused alike.
    return InputError(
        f"page is {size}, over the limit of {max_bytes:,} (max_page_bytes)",
        reason="too-large",
        stage=STAGE,
        origin=origin,
    )
