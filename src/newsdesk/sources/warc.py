"""Pages from WARC files (``.warc``, ``.warc.gz``): the HTML and text responses they hold.

Each response (or resource) record whose content type is HTML or plain text
becomes a page with origin ``<file>#<record offset>``; every other record is
a ``NotAPage`` of a kind (its WARC type: ``request``, ``warcinfo``,
``metadata``; ``http 404`` for a response that is no success; its media
type, ``image/png``), so a summary can account for every record.

A WARC.gz holds each record in a gzip member of its own, and is read member
by member (``newsdesk.sources.gzip_members``): a member whose compressed
data or checksum is damaged becomes one ``corrupt`` error (``truncated``
when the file ends inside it) and reading resumes at the next member. A
record that fails its digest or cannot be parsed becomes a
``corrupt-record`` error for that record alone; so does, in an uncompressed
file, a record not followed by the next record where its Content-Length
says, and reading resumes at the next ``WARC/1.`` line. Whether a file is
compressed is told by its first bytes, not its name. Records are parsed with
warcio's record loader (not its iterator, which writes warnings to stderr):
nothing is written to stderr.
"""

from __future__ import annotations

import zlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Any

from warcio.bufferedreaders import BufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecordLoader
from warcio.statusandheaders import StatusAndHeadersParserException

from newsdesk.errors import InputError, PageError, SourceError
from newsdesk.page import NotAPage, PageKind, RawPage
from newsdesk.record import PageSource
from newsdesk.sources.gzip_members import (
    GZIP_MAGIC,
    READ_BLOCK,
    DamagedMemberError,
    MemberStream,
    TruncatedMemberError,
    find_bytes,
    next_member,
)

STAGE = "read"

#: WARC record types that carry a captured page.
PAGE_RECORD_TYPES = frozenset({"response", "resource"})

#: Content types read as pages (from the IANA media types of web pages and plain text).
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})

#: What reading a WARC yields: a page, an error, or a record that is not a page.
WarcItem = RawPage | PageError | NotAPage

_WARC_LINE = b"\nWARC/1."
#: What a damaged record can raise while it is parsed.
_RECORD_ERRORS = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    OSError,
    EOFError,
    ValueError,
    zlib.error,
)


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz"))


def read_warc(path: Path, *, max_bytes: int) -> Iterator[WarcItem]:
    """Every page of a WARC file, an error for each record that could not be read, and a
    ``NotAPage`` for each record that holds no page."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise SourceError(str(path), "unreadable", exc.strerror or str(exc)) from None
    with stream:
        position = 0
        loader = ArcWarcRecordLoader()
        # By its first bytes, not its name: a WARC named .warc.gz may not be compressed.
        if stream.read(len(GZIP_MAGIC)) == GZIP_MAGIC:
            while position >= 0 and _has_data(stream, position):
                position = yield from _read_member(stream, path, position, max_bytes, loader)
            return
        while position >= 0:
            position = yield from _read_plain(stream, path, position, max_bytes, loader)


def _read_member(
    handle: IO[bytes], path: Path, offset: int, max_bytes: int, loader: ArcWarcRecordLoader
) -> Generator[WarcItem, None, int]:
    """The items of the gzip member at ``offset``; returns where the next member starts (-1:
    nowhere). A record's item comes out only once its member has passed its checksum."""
    member = MemberStream(handle, offset)
    reader = BufferedReader(member, block_size=READ_BLOCK)
    held: WarcItem | None = None
    count = 0
    origin = f"{path}#{offset}"
    try:
        while line := _first_line(reader):
            item = _record_item(reader, line, path, origin, max_bytes, loader)
            if held is not None:
                yield held
            held, count = item, count + 1
            origin = f"{path}#{offset}.{count}"  # more records in one member: not a WARC.gz
        following = member.drain()
    except _RECORD_ERRORS as exc:
        # A member that ends early after whole records is damaged at its end, not cut off.
        cut = isinstance(exc, TruncatedMemberError) and held is None
        reason, detail, following = _member_failure(handle, member, offset, exc, cut=cut)
        failed = held.origin if held is not None else origin
        yield InputError(detail, reason=reason, stage=STAGE, origin=failed)
        return following
    if held is not None:
        yield held
    return following


def _member_failure(
    handle: IO[bytes], member: MemberStream, offset: int, exc: BaseException, *, cut: bool
) -> tuple[str, str, int]:
    """The reason, detail and next member offset for a member that could not be read.

    A record that cannot be parsed in a member that inflates whole is a
    malformed record (the next member follows it); otherwise the member
    itself is damaged, and the next one is looked for after its start.
    """
    if not isinstance(exc, DamagedMemberError | TruncatedMemberError):
        try:
            return (
                "corrupt-record",
                f"WARC record is malformed ({_short(exc)}); read on from the next record",
                member.drain(),
            )
        except _RECORD_ERRORS as later:
            exc = later
    following = next_member(handle, offset + 1)
    if cut and following < 0:
        return "truncated", "the file ends inside this WARC record", following
    after = f"read on from byte {following:,}" if following >= 0 else "nothing readable after it"
    return "corrupt", f"WARC record's gzip data is damaged ({_short(exc)}); {after}", following


def _has_data(handle: IO[bytes], offset: int) -> bool:
    handle.seek(offset)
    return bool(handle.read(1))


def _first_line(reader: BufferedReader) -> bytes:
    """The next line that is not blank (records are separated by blank lines); b"" at the end."""
    while True:
        line: bytes = reader.readline()
        if not line or line.strip():
            return line


def _read_plain(
    handle: IO[bytes], path: Path, start: int, max_bytes: int, loader: ArcWarcRecordLoader
) -> Generator[WarcItem, None, int]:
    """The items of an uncompressed WARC from ``start``; returns where to resume after a
    damaged record (the next ``WARC/1.`` line), or -1 at the end.

    A record's item comes out once the next record is seen to start where it
    should: text there instead means the record's Content-Length is wrong,
    and the record is rejected.
    """
    handle.seek(start)
    reader = BufferedReader(handle, block_size=READ_BLOCK)
    held: WarcItem | None = None
    origin, line = f"{path}#{start}", b""
    try:
        while line := _first_line(reader):
            origin = f"{path}#{handle.tell() - reader.rem_length() - len(line)}"
            if not line.startswith(b"WARC/"):
                raise ArchiveLoadFailed(f"text where a record should start: {line[:40]!r}")
            item = _record_item(reader, line, path, origin, max_bytes, loader)
            if held is not None:
                yield held
            held = item
    except _RECORD_ERRORS as exc:
        resume = _resync(handle, handle.tell() - reader.rem_length())
        if held is not None and not line.startswith(b"WARC/"):
            detail = "WARC record's Content-Length does not match its content"
            origin = held.origin
        else:
            detail = f"WARC record is malformed ({_short(exc)})"
            if held is not None:
                yield held
        yield InputError(
            f"{detail}; skipped to the next record",
            reason="corrupt-record",
            stage=STAGE,
            origin=origin,
        )
        return resume
    if held is not None:
        yield held
    return -1


def _record_item(
    reader: BufferedReader,
    line: bytes,
    path: Path,
    origin: str,
    max_bytes: int,
    loader: ArcWarcRecordLoader,
) -> WarcItem:
    """The item of the record whose first line is ``line``, read to its end."""
    record = loader.parse_record_stream(reader, line, known_format="warc", check_digests=True)
    item = _page_of(record, path, origin, max_bytes)
    while record.raw_stream.read(READ_BLOCK):
        pass
    return item


def _page_of(record: Any, path: Path, origin: str, max_bytes: int) -> WarcItem:
    """The page a record holds, its error, or what it is when it is no page."""
    if record.rec_type not in PAGE_RECORD_TYPES:
        return NotAPage(origin, record.rec_type or "untyped record")
    http = record.http_headers
    if http is not None and record.rec_type == "response":
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return NotAPage(origin, f"http {status or 'response without status'}")
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
        return NotAPage(origin, media or "no content type")
    if record.length is not None and int(record.length) > max_bytes:
        return InputError(
            f"WARC record is {int(record.length):,} bytes, over the limit of {max_bytes:,}",
            reason="too-large",
            stage=STAGE,
            origin=origin,
        )
    try:
        data = record.content_stream().read(max_bytes + 1)
        problem = _problem(record)
    except (OSError, EOFError, ValueError, ArchiveLoadFailed, zlib.error) as exc:
        data, problem = b"", ("corrupt-record", f"WARC record cannot be read ({_short(exc)})")
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


def _resync(stream: IO[bytes], offset: int) -> int:
    """The offset of the next ``WARC/1.`` line at or after ``offset``, or -1 at the end."""
    found = find_bytes(stream, offset, _WARC_LINE)
    return found + 1 if found >= 0 else -1


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return "".join(ch if ch.isprintable() and ord(ch) < 0x7F else "?" for ch in text[:80])
