"""Pages from dumps: JSON Lines and CSV files with one page a line or row (``.gz`` too).

Each line or row holds a page's HTML or text in a field, and optionally its
URL; the field names are configurable (``DumpFields``). The origin of a page
is ``<file>:<line>`` (for CSV, the line the row starts on). A line that is
not JSON, is not an object, or holds neither field becomes a
``corrupt-record`` error for that line alone; a compressed dump that ends
early gives one ``truncated`` error and the pages before it.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from newsdesk.errors import InputError, PageError, SourceError
from newsdesk.page import PageKind, RawPage
from newsdesk.record import PageSource

STAGE = "read"

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".csv.gz")


@dataclass(frozen=True, slots=True)
class DumpFields:
    """Which fields of a dump line hold the page: HTML is preferred over text."""

    text: str = "text"
    html: str = "html"
    url: str = "url"


def is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def is_csv(path: Path) -> bool:
    return path.name.lower().endswith(CSV_SUFFIXES)


def read_jsonl(
    path: Path, *, fields: DumpFields = DumpFields(), max_bytes: int
) -> Iterator[RawPage | PageError]:
    """Every page of a JSON Lines dump, and an error for each bad line."""
    with _open_binary(path) as stream:
        number = 0
        try:
            while True:
                line = stream.readline(max_bytes + 1)
                if not line:
                    return
                number += 1
                origin = f"{path}:{number}"
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    _skip_line(stream)
                    yield _too_large(origin, max_bytes)
                    continue
                if not line.strip():
                    continue
                yield _page_from_json(line, path, origin, fields)
        except (EOFError, OSError, zlib.error) as exc:
            yield _truncated(f"{path}:{number + 1}", exc)


def read_csv(
    path: Path, *, fields: DumpFields = DumpFields(), max_bytes: int
) -> Iterator[RawPage | PageError]:
    """Every page of a CSV dump (with a header row), and an error for each bad row.

    The CSV is read strictly: a row that is not well formed (a quote left
    open, text after a closing quote) becomes one ``corrupt-record`` error
    covering the lines it took, never a page made of the rows after it, and
    reading resumes on the next line. A header naming neither field is one
    error for the whole file.
    """
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    with _open_binary(path) as binary:
        # surrogateescape keeps undecodable bytes, so the decode stage sees the page as it was.
        text = io.TextIOWrapper(binary, encoding="utf-8", errors="surrogateescape", newline="")
        lines = _LineCounter(text)
        try:
            header = next(csv.reader(lines, strict=True), None)
            if header is None:
                return
            if fields.html not in header and fields.text not in header:
                yield _corrupt(f"{path}:1", f"CSV has no {fields.html!r} or {fields.text!r} column")
                return
            while True:
                start = lines.count + 1
                try:
                    for row in csv.DictReader(lines, fieldnames=header, strict=True):
                        yield _page_from_row(row, path, f"{path}:{start}", fields, max_bytes)
                        start = lines.count + 1
                    return
                except csv.Error as exc:
                    end = max(lines.count, start)
                    where = f"line {start}" if end == start else f"lines {start}-{end}"
                    yield _corrupt(
                        f"{path}:{start}", f"CSV row is malformed ({exc}); {where} skipped"
                    )
        except csv.Error as exc:
            yield _corrupt(f"{path}:1", f"CSV header is malformed ({exc})")
        except (EOFError, OSError, zlib.error) as exc:
            yield _truncated(f"{path}:{lines.count + 1}", exc)


class _LineCounter:
    """The lines of a text stream, counted as the CSV reader takes them (its own count
    restarts with each reader, and misses the line a malformed row ends on)."""

    def __init__(self, text: Iterator[str]) -> None:
        self._text = text
        self.count = 0

    def __iter__(self) -> _LineCounter:
        return self

    def __next__(self) -> str:
        line = next(self._text)
        self.count += 1
        return line


def _page_from_json(
    line: bytes, path: Path, origin: str, fields: DumpFields
) -> RawPage | PageError:
    try:
        item = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return _corrupt(origin, f"line is not JSON ({str(exc)[:80]})")
    if not isinstance(item, dict):
        return _corrupt(origin, f"line is a JSON {type(item).__name__}, not an object")
    return _page_from_fields(item, path, origin, fields, "jsonl")


def _page_from_row(
    row: Mapping[str | Any, Any], path: Path, origin: str, fields: DumpFields, max_bytes: int
) -> RawPage | PageError:
    page = _page_from_fields(row, path, origin, fields, "csv")
    if isinstance(page, RawPage) and len(page.data) > max_bytes:
        return _too_large(origin, max_bytes)
    return page


def _page_from_fields(
    item: Mapping[str | Any, Any], path: Path, origin: str, fields: DumpFields, fmt: str
) -> RawPage | PageError:
    kind: PageKind
    html, text = item.get(fields.html), item.get(fields.text)
    if isinstance(html, str) and html.strip():
        content, kind = html, "html"
    elif isinstance(text, str) and text.strip():
        content, kind = text, "text"
    else:
        return _corrupt(origin, f"no {fields.html!r} or {fields.text!r} field with a page in it")
    url = item.get(fields.url)
    source = PageSource(
        path=str(path),
        url=url if isinstance(url, str) and url.strip() else None,
        format="jsonl" if fmt == "jsonl" else "csv",
    )
    if fmt == "csv":
        data = content.encode("utf-8", "surrogateescape")
        return RawPage(data=data, origin=origin, source=source, kind=kind)
    return RawPage(
        data=content.encode("utf-8", "replace"),
        origin=origin,
        source=source,
        kind=kind,
        encoding="utf-8",
    )


def _open_binary(path: Path) -> BinaryIO | gzip.GzipFile:
    try:
        if path.name.lower().endswith(".gz"):
            return gzip.open(path, "rb")
        return path.open("rb")
    except OSError as exc:
        raise SourceError(str(path), "unreadable", exc.strerror or str(exc)) from None


def _skip_line(stream: BinaryIO | gzip.GzipFile) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _corrupt(origin: str, detail: str) -> InputError:
    return InputError(detail, reason="corrupt-record", stage=STAGE, origin=origin)


def _too_large(origin: str, max_bytes: int) -> InputError:
    return InputError(
        f"record is over the limit of {max_bytes:,} bytes (max_page_bytes)",
        reason="too-large",
        stage=STAGE,
        origin=origin,
    )


def _truncated(origin: str, exc: BaseException) -> InputError:
    return InputError(
        f"compressed dump ends early or is corrupt ({exc}); the pages before it were read",
        reason="truncated",
        stage=STAGE,
        origin=origin,
    )
