"""JSONL and CSV dumps: one page a line or row, configurable fields, bad lines rejected alone."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest

from newsdesk.errors import PageError
from newsdesk.page import RawPage
from newsdesk.sources.dumps import DumpFields, read_csv, read_jsonl

DATA = Path(__file__).parent.parent / "data" / "ingest"
HARBOUR = (DATA / "harbour-strike.html").read_text(encoding="utf-8")
FLOOD = (DATA / "river-flooding.txt").read_text(encoding="utf-8")
HARBOUR_URL = "https://ledger.example/harbour"


def write_jsonl(path: Path, lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)


def good_lines() -> list[str]:
    return [
        json.dumps({"url": HARBOUR_URL, "html": HARBOUR}),
        json.dumps({"text": FLOOD}),
    ]


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_jsonl_lines_become_pages_named_by_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_jsonl(path, [good_lines()[0], "", good_lines()[1]])
    items = list(read_jsonl(path, max_bytes=1_000_000))
    assert [item.origin for item in items] == [f"{path}:1", f"{path}:3"]
    html, text = items
    assert isinstance(html, RawPage) and isinstance(text, RawPage)
    assert (html.kind, html.source.url, html.source.format) == ("html", HARBOUR_URL, "jsonl")
    assert html.data.decode("utf-8") == HARBOUR
    assert (text.kind, text.source.url) == ("text", None)


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ('{"text": "unfinished', "not JSON"),
        ('["a", "list"]', "not an object"),
        ('{"body": "the wrong field"}', "no 'html' or 'text' field"),
        ('{"text": "   "}', "no 'html' or 'text' field"),
    ],
)
def test_a_bad_line_is_rejected_and_the_next_still_read(
    tmp_path: Path, line: str, detail: str
) -> None:
    path = tmp_path / "dump.jsonl"
    write_jsonl(path, [line, good_lines()[1]])
    bad, good = list(read_jsonl(path, max_bytes=1_000_000))
    assert isinstance(bad, PageError)
    assert (bad.reason, bad.origin) == ("corrupt-record", f"{path}:1")
    assert detail in bad.detail
    assert isinstance(good, RawPage) and good.origin == f"{path}:2"


def test_field_names_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    write_jsonl(path, [json.dumps({"content": FLOOD, "link": "https://avel.example/flood"})])
    fields = DumpFields(text="content", url="link")
    (page,) = list(read_jsonl(path, fields=fields, max_bytes=1_000_000))
    assert isinstance(page, RawPage)
    assert (page.kind, page.source.url) == ("text", "https://avel.example/flood")


def test_a_truncated_gzip_dump_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    lines = [json.dumps({"text": f"{FLOOD}\nCopy {n}."}) for n in range(40)]
    write_jsonl(path, lines)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    items = list(read_jsonl(path, max_bytes=1_000_000))
    pages = [item for item in items if isinstance(item, RawPage)]
    assert [item.reason for item in items if isinstance(item, PageError)] == ["truncated"]
    assert isinstance(items[-1], PageError)
    assert 0 < len(pages) < 40
    assert [page.origin for page in pages] == [f"{path}:{n}" for n in range(1, len(pages) + 1)]


def test_an_oversized_line_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    write_jsonl(path, [json.dumps({"text": "x " * 5000}), good_lines()[1]])
    big, good = list(read_jsonl(path, max_bytes=2000))
    assert isinstance(big, PageError) and big.reason == "too-large"
    assert isinstance(good, RawPage) and good.origin == f"{path}:2"


def test_csv_rows_become_pages_named_by_their_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["url", "text", "html"])
        writer.writerow(["https://avel.example/flood", FLOOD, ""])  # spans several lines
        writer.writerow(["", "", ""])
        writer.writerow([HARBOUR_URL, "", HARBOUR])
    items = list(read_csv(path, max_bytes=1_000_000))
    flood_lines = FLOOD.count("\n")
    assert [item.origin for item in items] == [
        f"{path}:2",
        f"{path}:{3 + flood_lines}",
        f"{path}:{4 + flood_lines}",
    ]
    flood, empty, harbour = items
    assert isinstance(flood, RawPage) and flood.kind == "text" and flood.source.format == "csv"
    assert flood.data.decode("utf-8") == FLOOD
    assert isinstance(empty, PageError) and empty.reason == "corrupt-record"
    assert isinstance(harbour, RawPage) and harbour.kind == "html"
    assert harbour.source.url == HARBOUR_URL


def test_csv_keeps_bytes_that_are_not_utf8_for_the_decoder(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_bytes('text\n"Caf\xe9 prices rose \xa33 in Wexbridge."\n'.encode("latin-1"))
    (page,) = list(read_csv(path, max_bytes=1_000_000))
    assert isinstance(page, RawPage)
    assert page.data == "Caf\xe9 prices rose \xa33 in Wexbridge.".encode("latin-1")


UNTERMINATED = [
    # A quote left open in the middle: it pairs with the next row's opening quote.
    (
        "url,text\n"
        'https://avel.example/1,"The ferry resumed service on Monday."\n'
        'https://avel.example/2,"The council said the bridge will close, it\n'
        'https://avel.example/3,"Schools reopen after the storm."\n'
        "https://avel.example/4,The mayor opened the new library.\n",
        [(2, "https://avel.example/1"), (5, "https://avel.example/4")],
    ),
    # A quote left open on the last row: it would swallow the rest of the file.
    (
        "url,text\n"
        'https://avel.example/1,"The ferry resumed service on Monday."\n'
        'https://avel.example/2,"The council said the bridge will close\n'
        "https://avel.example/3,Schools reopen after the storm.\n",
        [(2, "https://avel.example/1")],
    ),
]


@pytest.mark.parametrize(("content", "pages"), UNTERMINATED)
def test_a_csv_row_with_an_open_quote_is_rejected_not_read_as_junk(
    tmp_path: Path, content: str, pages: list[tuple[int, str]]
) -> None:
    path = tmp_path / "dump.csv"
    path.write_text(content, encoding="utf-8")
    items = list(read_csv(path, max_bytes=1_000_000))
    read = [item for item in items if isinstance(item, RawPage)]
    assert [(page.origin, page.source.url) for page in read] == [
        (f"{path}:{line}", url) for line, url in pages
    ]
    assert all("https://" not in page.data.decode("utf-8") for page in read)
    (error,) = [item for item in items if isinstance(item, PageError)]
    assert (error.origin, error.reason) == (f"{path}:3", "corrupt-record")
    assert "lines 3-4 skipped" in error.detail


def test_a_csv_without_a_page_column_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "prices.csv"
    path.write_text("date,price\n2024-01-02,3.5\n2024-01-03,3.6\n", encoding="utf-8")
    (error,) = list(read_csv(path, max_bytes=1_000_000))
    assert isinstance(error, PageError) and error.reason == "corrupt-record"
    assert "no 'html' or 'text' column" in error.detail
