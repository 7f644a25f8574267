"""One gzip member of a multi-member file, inflated as it is read, with where it ends.

A WARC.gz holds each record in a gzip member of its own, so one damaged
member costs one record: ``MemberStream`` inflates a single member from its
offset (never reading past its end into the next), raises ``DamagedMemberError``
when the deflate data or the CRC is wrong and ``TruncatedMemberError`` when the
file ends inside it, and tells at its end where the next member starts.
``next_member`` finds the next gzip header after a damaged member, where
reading resumes.
"""

from __future__ import annotations

import io
import zlib
from typing import IO

__all__ = [
    "GZIP_MAGIC",
    "DamagedMemberError",
    "MemberStream",
    "TruncatedMemberError",
    "find_bytes",
    "next_member",
]

#: The first bytes of every gzip member: ID1, ID2 and CM = 8 (deflate), RFC 1952.
GZIP_MAGIC = b"\x1f\x8b\x08"
#: Compressed bytes read at a time.
READ_BLOCK = 1 << 16
#: Bytes scanned at a time when looking for the next member.
SCAN_BLOCK = 1 << 20
_GZIP_WBITS = 16 + zlib.MAX_WBITS


class DamagedMemberError(OSError):
    """The member's deflate data, header or checksum is wrong."""


class TruncatedMemberError(EOFError):
    """The file ends inside the member."""


class MemberStream(io.RawIOBase):
    """The inflated bytes of the gzip member at ``offset`` of ``handle``, and nothing after it.

    ``end`` is the offset just past the member once it has been read to its
    end (``drain`` does that, checking the CRC), else ``None``.
    """

    def __init__(self, handle: IO[bytes], offset: int) -> None:
        super().__init__()
        self._handle = handle
        self._position = offset
        self._inflater = zlib.decompressobj(_GZIP_WBITS)
        self.end: int | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        inflater = self._inflater
        while not inflater.eof:
            data = inflater.unconsumed_tail or self._read_raw()
            if not data:
                raise TruncatedMemberError("the file ends inside the gzip member")
            try:
                out = inflater.decompress(data, len(buffer))
            except zlib.error as exc:
                raise DamagedMemberError(str(exc)) from None
            if out:
                buffer[: len(out)] = out
                return len(out)
        if self.end is None:
            # What follows the member is in unused_data (a suffix of the last block read);
            # unconsumed_tail may still hold the same bytes, so it is not counted.
            self.end = self._position - len(inflater.unused_data)
        return 0

    def drain(self) -> int:
        """Read the member to its end (checking its CRC); the offset of the next member."""
        while self.read(READ_BLOCK):
            pass
        assert self.end is not None
        return self.end

    def _read_raw(self) -> bytes:
        self._handle.seek(self._position)
        data = self._handle.read(READ_BLOCK)
        self._position += len(data)
        return data


def next_member(handle: IO[bytes], offset: int) -> int:
    """The offset of the next gzip header at or after ``offset``, or -1 when there is none."""
    return find_bytes(handle, offset, GZIP_MAGIC)


def find_bytes(handle: IO[bytes], offset: int, marker: bytes) -> int:
    """The offset of the next ``marker`` at or after ``offset``, or -1 when there is none."""
    handle.seek(offset)
    base, carry = offset, b""
    while True:
        block = handle.read(SCAN_BLOCK)
        if not block:
            return -1
        data = carry + block
        found = data.find(marker)
        if found >= 0:
            return base - len(carry) + found
        carry = data[-(len(marker) - 1) :]
        base += len(block)
