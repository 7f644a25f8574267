"""Export: JSON Lines and Parquet read back into the same records; CSV holds the flat fields."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq

from newsdesk.record import Record
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
