"""One gzip member at a time: where it ends, and a clear error when it is damaged or cut."""

from __future__ import annotations

import gzip
import io

import pytest

from newsdesk.sources.gzip_members import (
    DamagedMemberError,
    MemberStream,
    TruncatedMemberError,
    next_member,
)

FIRST = b"The harbour council met on Tuesday.\n" * 400
SECOND = b"Ferries will run every hour from May.\n" * 300


def two_members() -> tuple[bytes, int]:
    first = gzip.compress(FIRST)
    return first + gzip.compress(SECOND), len(first)


def test_a_member_is_read_alone_and_says_where_the_next_starts() -> None:
    data, boundary = two_members()
    handle = io.BytesIO(data)
    member = MemberStream(handle, 0)
    assert member.read() == FIRST  # in small reads: the inflater's output is limited
    assert member.end == boundary
    second = MemberStream(handle, boundary)
    assert second.read() == SECOND
    assert second.drain() == len(data)


@pytest.mark.parametrize("where", [0.2, 0.5, 0.95], ids=["start", "middle", "crc"])
def test_a_damaged_member_raises_and_the_next_is_found(where: float) -> None:
    data, boundary = two_members()
    damaged = bytearray(data)
    start = int(boundary * where)
    for index in range(start, start + 4):
        damaged[index] ^= 0xFF
    handle = io.BytesIO(bytes(damaged))
    with pytest.raises(DamagedMemberError):
        MemberStream(handle, 0).drain()
    assert next_member(handle, 1) == boundary


def test_a_cut_member_raises_truncated() -> None:
    data, boundary = two_members()
    handle = io.BytesIO(data[: boundary - 10])
    with pytest.raises(TruncatedMemberError):
        MemberStream(handle, 0).drain()
    assert next_member(handle, 1) == -1
