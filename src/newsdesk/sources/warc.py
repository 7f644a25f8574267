"""Pages from WARC files (``.warc``, ``.warc.gz``): the HTML and text responses they hold.

Each response (or resource) record whose content type is HTML or plain text
becomes a page with origin ``<file>#<record offset>``; other records
(requests, metadata, images, redirects) are not pages and are passed over.
A record that fails its digest, is cut off or cannot be parsed becomes a
``corrupt-record`` or ``truncated`` error for that record alone: reading
resumes at the next record (the next gzip member, or the next ``WARC/1.``
line of an uncompressed file), so the rest of the file still counts.
"""

from __future__ import annotations

import zlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsdesk.errors import InputError, PageError, SourceError
from newsdesk.page import PageKind, RawPage
from newsdesk.record import PageSource

STAGE = "read"

#: WARC record types that carry a captured page.
PAGE_RECORD_TYPES = frozenset({"response", "resource"})

#: Content types read as pages (from the IANA media types of web pages and plain text).
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})

_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."
_SCAN_BLOCK = 1 << 20


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz"))


def read_warc(path: Path, *, max_bytes: int) -> Iterator[RawPage | PageError]:
    """Every page of a WARC file, and an error for each record that could not be read."""
    compressed = path.name.lower().endswith(".gz")
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise SourceError(str(path), "unreadable", exc.strerror or str(exc)) from None
    with stream:
        position, quiet = 0, False
        while position >= 0:
            stream.seek(position)
            position, quiet = yield from _read_from(stream, path, compressed, max_bytes, quiet)


def _read_from(
    stream: IO[bytes], path: Path, compressed: bool, max_bytes: int, quiet: bool
) -> Generator[RawPage | PageError, None, tuple[int, bool]]:
    """Records from the stream's position on.

    Returns where to resume after a bad record (-1 at the end), and whether
    the next failure is part of the same damage (a resync that lands on a
    false record start fails at once: that is not another rejection).
    """
    records = ArchiveIterator(stream, check_digests=True)
    next_offset = stream.tell()
    read_any = False
    try:
        for record in records:
            item = _page_of(record, records, path, max_bytes)
            read_any = True
            if item is not None:
                yield item
            next_offset = records.get_record_offset() + records.get_record_length()
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as exc:
        if not (quiet and not read_any):
            yield InputError(
                f"WARC record is malformed ({_short(exc)}); skipped to the next record",
                reason="corrupt-record",
                stage=STAGE,
                origin=f"{path}#{next_offset}",
            )
        return _resync(stream, next_offset + 1, compressed), True
    return -1, False


def _page_of(
    record: Any, records: ArchiveIterator, path: Path, max_bytes: int
) -> RawPage | PageError | None:
    if record.rec_type not in PAGE_RECORD_TYPES:
        return None
    http = record.http_headers
    if http is not None and record.rec_type == "response":
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    media, charset = parse_content_type(content_type)
    kind: PageKind
    if media in HTML_TYPES:
        kind = "html"
    elif media in TEXT_TYPES:
        kind = "text"
    else:
        return None
    if record.length is not None and int(record.length) > max_bytes:
        return InputError(
            f"WARC record is {int(record.length):,} bytes, over the limit of {max_bytes:,}",
            reason="too-large",
            stage=STAGE,
            origin=f"{path}#{records.get_record_offset()}",
        )
    try:
        data = record.content_stream().read(max_bytes + 1)
        problem = _problem(record)
    except (OSError, EOFError, ValueError, ArchiveLoadFailed, zlib.error) as exc:
        data, problem = b"", ("corrupt-record", f"WARC record cannot be read ({_short(exc)})")
    # The offset is known once the record has been read to its end.
    origin = f"{path}#{records.get_record_offset()}"
    if problem is not None:
        reason, detail = problem
        return InputError(detail, reason=reason, stage=STAGE, origin=origin)
    headers = record.rec_headers
    return RawPage(
        data=data,
        origin=origin,
        source=PageSource(
            path=str(path),
            url=headers.get_header("WARC-Target-URI"),
            format="warc",
            warc_record_id=headers.get_header("WARC-Record-ID"),
            fetched_at=headers.get_header("WARC-Date"),
        ),
        kind=kind,
        encoding=charset,
    )


def _problem(record: Any) -> tuple[str, str] | None:
    """A (reason, detail) pair when the record just read is cut off or fails its digest."""
    if getattr(record.raw_stream, "limit", 0) > 0:
        return "truncated", "WARC record ends before its declared length: the file is truncated"
    checker = record.digest_checker
    if checker is not None and checker.passed is False:
        return "corrupt-record", f"WARC record fails its digest ({'; '.join(checker.problems)})"
    return None


def parse_content_type(value: str) -> tuple[str, str | None]:
    """The media type (lower case) and the charset parameter of a Content-Type header."""
    media, _, params = value.partition(";")
    charset: str | None = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return media.strip().lower(), charset


def _resync(stream: IO[bytes], offset: int, compressed: bool) -> int:
    """The offset of the next record start at or after ``offset``, or -1 at the end."""
    marker = _GZIP_MEMBER if compressed else _WARC_LINE
    stream.seek(offset)
    base = offset
    carry = b""
    while True:
        block = stream.read(_SCAN_BLOCK)
        if not block:
            return -1
        data = carry + block
        found = data.find(marker)
        if found >= 0:
            start = base - len(carry) + found
            return start if compressed else start + 1
        carry = data[-(len(marker) - 1) :]
        base += len(block)


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return "".join(ch if ch.isprintable() and ord(ch) < 0x7F else "?" for ch in text[:80])
