"""WARC archives: HTML responses become pages; a damaged record is an error, the rest counts."""

from __future__ import annotations

import io
import random
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.errors import PageError
from newsdesk.page import NotAPage, RawPage
from newsdesk.sources.warc import parse_content_type, read_warc

DATA = Path(__file__).parent.parent / "data" / "ingest"

PAGES = [
    ("https://ledger.example/harbour", DATA / "harbour-strike.html", "text/html; charset=utf-8"),
    ("https://ledger.example/logo.png", None, "image/png"),
    (
        "https://ledger.example/library",
        DATA / "library-reopens.html",
        "text/html; charset=windows-1252",
    ),
    ("https://ledger.example/flood.txt", DATA / "river-flooding.txt", "text/plain"),
]


def write_warc(path: Path, *, compress: bool = True) -> None:
    """A WARC with a warcinfo record, a request, three pages and an image."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        writer.write_record(
            writer.create_warcinfo_record(path.name, {"software": "newsdesk tests"})
        )
        for url, page, content_type in PAGES:
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.0\r\n\r\n")
            )
            writer.write_record(request)
            payload = page.read_bytes() if page else b"\x89PNG\r\n\x1a\n" + bytes(64)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)


def items_of(path: Path) -> list[RawPage | PageError | NotAPage]:
    return list(read_warc(path, max_bytes=1_000_000))


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_html_and_text_responses_become_pages(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_warc(path, compress=compress)
    items = items_of(path)
    assert not any(isinstance(item, PageError) for item in items)
    kinds = Counter(item.kind for item in items if isinstance(item, NotAPage))
    assert kinds == {"warcinfo": 1, "request": 4, "image/png": 1}
    pages = [item for item in items if isinstance(item, RawPage)]
    assert [page.source.url for page in pages] == [
        "https://ledger.example/harbour",
        "https://ledger.example/library",
        "https://ledger.example/flood.txt",
    ]
    assert [page.kind for page in pages] == ["html", "html", "text"]
    assert [page.encoding for page in pages] == ["utf-8", "windows-1252", None]
    first = pages[0]
    assert first.data == (DATA / "harbour-strike.html").read_bytes()
    assert first.source.format == "warc"
    assert first.source.warc_record_id and first.source.warc_record_id.startswith("<urn:uuid:")
    assert first.source.fetched_at and first.source.fetched_at.startswith("20")
    assert first.origin.startswith(f"{path}#")
    assert len({page.origin for page in pages}) == 3


def test_origins_are_stable_record_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    first = [item.origin for item in items_of(path) if isinstance(item, RawPage)]
    assert first == [item.origin for item in items_of(path) if isinstance(item, RawPage)]
    offsets = [int(origin.rsplit("#", 1)[1]) for origin in first]
    assert offsets == sorted(offsets) and offsets[0] > 0  # after the warcinfo and request records


def test_a_record_failing_its_digest_is_rejected_alone(tmp_path: Path) -> None:
    good = tmp_path / "good.warc"
    write_warc(good, compress=False)
    bad = tmp_path / "bad.warc"
    bad.write_bytes(good.read_bytes().replace(b"Dock workers at", b"Dock WORKERS at"))
    items = items_of(bad)
    errors = [item for item in items if isinstance(item, PageError)]
    assert [(e.reason, e.stage) for e in errors] == [("corrupt-record", "read")]
    assert "digest" in errors[0].detail
    first_page = next(item for item in items_of(good) if isinstance(item, RawPage))
    assert errors[0].origin == first_page.origin.replace("good", "bad")
    pages = [item for item in items if isinstance(item, RawPage)]
    assert [p.source.url for p in pages] == [
        "https://ledger.example/library",
        "https://ledger.example/flood.txt",
    ]


def test_a_damaged_gzip_member_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.warc.gz"
    write_warc(good)
    origins = [item.origin for item in items_of(good) if isinstance(item, RawPage)]
    offset = int(origins[0].rsplit("#", 1)[1])
    data = bytearray(good.read_bytes())
    for index in range(offset + 40, offset + 80):  # inside the first page's compressed member
        data[index] ^= 0xFF
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(bytes(data))
    items = items_of(bad)
    errors = [item for item in items if isinstance(item, PageError)]
    assert [(e.reason, e.origin.replace("bad", "good")) for e in errors] == [
        ("corrupt", origins[0])
    ]
    pages = [item for item in items if isinstance(item, RawPage)]
    assert [p.origin.replace("bad", "good") for p in pages] == origins[1:]


def test_a_truncated_archive_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    good = tmp_path / "good.warc.gz"
    write_warc(good)
    data = good.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 120])  # into the last page's member
    items = items_of(cut)
    pages = [item for item in items if isinstance(item, RawPage)]
    errors = [item for item in items if isinstance(item, PageError)]
    assert [p.source.url for p in pages] == [
        "https://ledger.example/harbour",
        "https://ledger.example/library",
    ]
    assert len(errors) == 1 and errors[0].reason in {"truncated", "corrupt-record"}


def test_an_oversized_record_is_rejected_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    items = list(read_warc(path, max_bytes=900))
    reasons = [item.reason for item in items if isinstance(item, PageError)]
    assert reasons.count("too-large") == 2  # both HTML pages are over 900 bytes
    assert [item.source.url for item in items if isinstance(item, RawPage)] == [
        "https://ledger.example/flood.txt"
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=ISO-8859-1", ("text/html", "ISO-8859-1")),
        ('Text/HTML;charset="utf-8"', ("text/html", "utf-8")),
        ("application/xhtml+xml", ("application/xhtml+xml", None)),
        ("", ("", None)),
    ],
)
def test_parse_content_type(header: str, expected: tuple[str, str | None]) -> None:
    assert parse_content_type(header) == expected


def story(number: int, paragraphs: int = 120) -> bytes:
    """An invented article long enough that its gzip member spans several read blocks."""
    rng = random.Random(number)
    words = ["harbour", "council", "ferry", "mayor", "storm", "budget", "vote", "said"]
    body = "".join(
        "<p>" + " ".join(f"{rng.choice(words)}{rng.randrange(1000)}" for _ in range(40)) + ".</p>"
        for _ in range(paragraphs)
    )
    return f"<html><body><article><h1>Story {number}</h1>{body}</article></body></html>".encode()


def six_record_warc(path: Path, paragraphs: int = 120) -> list[int]:
    """A WARC.gz of six HTML responses, one gzip member each; the offsets of the members."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    offsets = []
    for number in range(6):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        offsets.append(out.tell())
        writer.write_record(
            writer.create_warc_record(
                f"https://ledger.example/story/{number}",
                "response",
                payload=io.BytesIO(story(number, paragraphs)),
                http_headers=headers,
            )
        )
    offsets.append(out.tell())
    path.write_bytes(out.getvalue())
    return offsets


# Where in a member 50 bytes are flipped: its gzip header (after the magic bytes, which are
# what reading resumes at), its deflate data, its CRC trailer.
DAMAGE = {
    "header": lambda start, end: start + 3,
    "data": lambda start, end: (start + end) // 2,
    "crc": lambda start, end: end - 50,
}


@pytest.mark.parametrize("where", sorted(DAMAGE))
@pytest.mark.parametrize("members", [(0,), (1,), (5,), (0, 2, 5), (1, 2)], ids=str)
def test_damaged_members_cost_only_their_records(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], where: str, members: tuple[int, ...]
) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = six_record_warc(path)
    data = bytearray(path.read_bytes())
    for member in members:
        first = DAMAGE[where](offsets[member], offsets[member + 1])
        for index in range(first, first + 50):
            data[index] ^= 0xFF
    path.write_bytes(bytes(data))
    items = items_of(path)
    pages = [item for item in items if isinstance(item, RawPage)]
    errors = [item for item in items if isinstance(item, PageError)]
    assert [p.source.url for p in pages] == [
        f"https://ledger.example/story/{n}" for n in range(6) if n not in members
    ]
    assert [p.data for p in pages] == [story(n) for n in range(6) if n not in members]
    assert [(e.reason, e.origin) for e in errors] == [
        ("corrupt", f"{path}#{offsets[n]}") for n in members
    ]
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("change", [-7, +7], ids=["too short", "too long"])
def test_a_record_with_a_wrong_length_in_an_uncompressed_warc_is_rejected_alone(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], change: int
) -> None:
    good = tmp_path / "good.warc"
    write_warc(good, compress=False)
    pages = [item for item in items_of(good) if isinstance(item, RawPage)]
    data = good.read_bytes()
    start = int(pages[1].origin.rsplit("#", 1)[1])  # the library page's response
    field = data.index(b"Content-Length: ", start) + len(b"Content-Length: ")
    end = data.index(b"\r\n", field)
    length = int(data[field:end]) + change
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[:field] + str(length).encode() + data[end:])
    items = items_of(bad)
    errors = [(e.reason, e.origin) for e in items if isinstance(e, PageError)]
    assert errors == [("corrupt-record", f"{bad}#{start}")]
    read = [item.source.url for item in items if isinstance(item, RawPage)]
    assert read == ["https://ledger.example/harbour", "https://ledger.example/flood.txt"]
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize(("compress", "name"), [(False, "crawl.warc.gz"), (True, "crawl.warc")])
def test_compression_is_told_by_the_content_not_the_name(
    tmp_path: Path, compress: bool, name: str
) -> None:
    path = tmp_path / name
    write_warc(path, compress=compress)
    pages = [item for item in items_of(path) if isinstance(item, RawPage)]
    assert len(pages) == 3 and not any(isinstance(i, PageError) for i in items_of(path))


@pytest.mark.parametrize("paragraphs", [1, 120, 1200], ids=["small", "30 kB", "300 kB"])
def test_records_of_any_size_are_read_member_after_member(tmp_path: Path, paragraphs: int) -> None:
    path = tmp_path / "crawl.warc.gz"
    six_record_warc(path, paragraphs)
    items = items_of(path)
    assert [item.data for item in items if isinstance(item, RawPage)] == [
        story(n, paragraphs) for n in range(6)
    ]
    assert not any(isinstance(item, PageError) for item in items)
