"""Write records out: JSON Lines (full records), CSV (one flat row each), Parquet.

JSON Lines holds every field (``Record.from_dict`` reads each line back).
CSV holds the flat fields a spreadsheet can show (``CSV_COLUMNS``), lists
joined with ``"; "``; a text cell that a spreadsheet would run as a formula
gets a leading ``'`` (see ``write_csv``). Parquet holds the flat fields as typed columns (lists
as lists) and the full record as JSON in the ``record`` column, so it too
reads back into the same records.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from newsdesk.record import Record

if TYPE_CHECKING:  # pyarrow loads on first Parquet use: the other commands start faster
    import pyarrow as pa

__all__ = [
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "ExportFormat",
    "flat",
    "read_parquet",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]

ExportFormat = Literal["jsonl", "csv", "parquet"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv", "parquet")

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
#: First characters that make a spreadsheet read a cell as a formula: the OWASP
#: "CSV Injection" list (=, +, -, @, tab, carriage return).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: A plain number (-3.2, +1, 1e-5): a spreadsheet reads it as a number, not a formula.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_PARQUET_BATCH = 1000


@cache
def _parquet_schema() -> pa.Schema:
    """The Parquet columns: the flat fields, typed, and the full record as JSON."""
    import pyarrow as pa

    return pa.schema(
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
    """A header, then one flat row per record; returns how many were written.

    Guarded against CSV (formula) injection: a text cell starting with ``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return, which a spreadsheet would
    run as a formula, is written with a leading ``'`` (so ``=HYPERLINK(...)``
    becomes ``'=HYPERLINK(...)``, shown as text). Numbers, and text that is a
    plain number such as ``-3.2``, are written as they are. Rows end in CRLF
    (RFC 4180); open the output with ``newline=""``.
    """
    # Rows end in CRLF (RFC 4180): the writer then quotes every cell holding a CR or an LF,
    # so a stray CR in a cell cannot split its row in a spreadsheet.
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    written = 0
    for record in records:
        row = flat(record)
        row["authors"] = _LIST_SEPARATOR.join(row["authors"])
        row["tags"] = _LIST_SEPARATOR.join(row["tags"])
        writer.writerow({column: _csv_cell(value) for column, value in row.items()})
        written += 1
    return written


def _csv_cell(value: object) -> object:
    """``value`` safe for a spreadsheet: a text cell that would start a formula gets a ``'``."""
    if (
        isinstance(value, str)
        and value.startswith(_FORMULA_STARTS)
        and not _NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def write_parquet(records: Iterable[Record], path: Path) -> int:
    """A Parquet file of flat columns plus the full record JSON; returns the row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    written = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for batch in _batches(records, _PARQUET_BATCH):
            rows = [{**flat(r), "record": r.to_json()} for r in batch]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            written += len(rows)
    return written


def read_parquet(path: Path) -> list[Record]:
    """Records back from a file ``write_parquet`` wrote."""
    import pyarrow.parquet as pq

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
