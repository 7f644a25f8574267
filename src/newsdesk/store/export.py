"""Write records out: JSON Lines (full records), CSV (one flat row each), Parquet.

JSON Lines holds every field (``Record.from_dict`` reads each line back).
CSV holds the flat fields a spreadsheet can show (``CSV_COLUMNS``), lists
joined with ``"; "``. Parquet holds the flat fields as typed columns (lists
as lists) and the full record as JSON in the ``record`` column, so it too
reads back into the same records.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from newsdesk.record import Record

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "ExportFormat",
    "flat",
    "read_parquet",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv", "parquet")

CSV_COLUMNS = (
    "id",
    "url",
    "path",
    "format",
    "title",
    "authors",
    "published",
    "language",
    "credit",
    "tags",
    "summary",
    "entities",
    "quotes",
    "sources",
    "body",
)
_LIST_SEPARATOR = "; "
_PARQUET_BATCH = 1000

_PARQUET_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("url", pa.string()),
        ("path", pa.string()),
        ("format", pa.string()),
        ("title", pa.string()),
        ("authors", pa.list_(pa.string())),
        ("published", pa.string()),
        ("language", pa.string()),
        ("credit", pa.string()),
        ("tags", pa.list_(pa.string())),
        ("summary", pa.string()),
        ("entities", pa.int32()),
        ("quotes", pa.int32()),
        ("sources", pa.int32()),
        ("body", pa.string()),
        ("record", pa.string()),
    ]
)


def flat(record: Record) -> dict[str, Any]:
    """The record's flat fields: lists of names kept as lists, nested parts counted."""
    return {
        "id": record.id,
        "url": record.source.url,
        "path": record.source.path,
        "format": record.source.format,
        "title": record.title,
        "authors": list(record.authors),
        "published": record.published,
        "language": record.language,
        "credit": record.credit,
        "tags": list(record.tags),
        "summary": record.summary,
        "entities": len(record.entities),
        "quotes": len(record.quotes),
        "sources": len(record.sources),
        "body": record.body,
    }


def write_jsonl(records: Iterable[Record], out: IO[str]) -> int:
    """One full record a line; returns how many were written."""
    written = 0
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        written += 1
    return written


def write_csv(records: Iterable[Record], out: IO[str]) -> int:
    """A header, then one flat row per record; returns how many were written."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    written = 0
    for record in records:
        row = flat(record)
        row["authors"] = _LIST_SEPARATOR.join(row["authors"])
        row["tags"] = _LIST_SEPARATOR.join(row["tags"])
        writer.writerow(row)
        written += 1
    return written


def write_parquet(records: Iterable[Record], path: Path) -> int:
    """A Parquet file of flat columns plus the full record JSON; returns the row count."""
    written = 0
    with pq.ParquetWriter(str(path), _PARQUET_SCHEMA) as writer:
        for batch in _batches(records, _PARQUET_BATCH):
            rows = [{**flat(r), "record": r.to_json()} for r in batch]
            writer.write_table(pa.Table.from_pylist(rows, schema=_PARQUET_SCHEMA))
            written += len(rows)
    return written


def read_parquet(path: Path) -> list[Record]:
    """Records back from a file ``write_parquet`` wrote."""
    table = pq.read_table(str(path), columns=["record"])
    return [Record.from_json(text) for text in table.column("record").to_pylist()]


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
