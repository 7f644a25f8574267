"""The output folder of a batch job: one part per input file, and a marker when it is done.

A job (``newsdesk spark``) writes under its output folder::

    records/<key>.parquet      the records of one input file (or .jsonl)
    rejections/<key>.parquet   its rejections
    _done/<key>.json           the input's completion marker, written last

``<key>`` names the input: its file name (made safe) and 12 hex digits of
SHA-256 of its canonical path, so two inputs never share a part and the same
input always gets the same one. Each part is written under a temporary name
in its folder and renamed when complete (``os.replace``: atomic on a POSIX
file system), and the marker, written the same way after the parts, is what
says the input is done. So a job killed at any moment leaves at most a
temporary file or a part without its marker; the rerun skips the inputs with
a marker and writes the others again under the same names, replacing what a
killed run left: no input is ever written twice (as datatrove's completion
markers do). Readers (``newsdesk load``) read the parts the markers name,
and nothing else.

A record row holds the record's ``id``, the ``origin`` of its input (the key
a store skips by) and the record itself (its JSON text in Parquet, the JSON
object in JSONL); a rejection row, the fields of ``Rejection``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from newsdesk.page import NotAPage
from newsdesk.record import Record, Rejection
from newsdesk.runners.ingest import located
from newsdesk.runners.process import Outcome

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "DONE",
    "JOB_FORMATS",
    "InputDone",
    "OutputFormat",
    "done_keys",
    "input_key",
    "is_done",
    "outcomes_of",
    "read_markers",
    "write_input",
]

OutputFormat = Literal["parquet", "jsonl"]
JOB_FORMATS: tuple[OutputFormat, ...] = ("parquet", "jsonl")

RECORDS = "records"
REJECTIONS = "rejections"
DONE = "_done"

#: Rows written to a Parquet part at once (one row group each): bounds a task's memory.
ROWS_PER_GROUP = 500

#: The columns of a part, all strings: a record's, a rejection's.
_RECORD_COLUMNS = ("id", "origin", "record")
_REJECTION_COLUMNS = ("page_id", "origin", "stage", "reason", "detail")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class InputDone:
    """The completion marker of one input: what was written for it, and how."""

    input: str
    key: str
    format: OutputFormat
    #: Whether the NLP stages ran (a store keeps records without them apart).
    nlp: bool
    records: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    not_pages: dict[str, int] = field(default_factory=dict)
    #: The parts written, relative to the output folder (none for an input without pages).
    parts: tuple[str, ...] = ()
    seconds: float = 0.0

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> InputDone:
        data = json.loads(text)
        data["parts"] = tuple(data.get("parts", ()))
        return cls(**data)


def input_key(path: str) -> str:
    """The name of an input's parts and marker: its file name, made safe, and a hash of
    its path (``crawl-00001.warc.gz-3f2a9c01b4de``)."""
    digest = hashlib.sha256(path.encode("utf-8")).hexdigest()[:12]
    name = _UNSAFE.sub("_", Path(path).name)[:80] or "input"
    return f"{name}-{digest}"


def done_keys(out: Path) -> set[str]:
    """The keys of the inputs whose marker is in ``out``: the ones a rerun skips."""
    folder = out / DONE
    if not folder.is_dir():
        return set()
    return {path.stem for path in folder.glob("*.json")}


def is_done(out: Path, key: str) -> bool:
    """Whether the input of ``key`` has its marker in ``out``."""
    return (out / DONE / f"{key}.json").is_file()


def read_markers(out: Path) -> list[InputDone]:
    """The markers of every input done in ``out``, in the order of their keys."""
    folder = out / DONE
    paths = sorted(folder.glob("*.json")) if folder.is_dir() else []
    return [InputDone.from_json(path.read_text(encoding="utf-8")) for path in paths]


def write_input(
    out: Path,
    input_path: str,
    items: Iterable[Outcome | NotAPage],
    *,
    fmt: OutputFormat,
    nlp: bool,
    key: str | None = None,
) -> InputDone:
    """Write the outcomes of one input as its parts, then its marker; return the marker.

    ``items`` is consumed as it comes (a part is streamed to its temporary
    file); inputs that are no page are only counted. Nothing is visible
    under the final names until the input's pages are all written.
    """
    started = time.monotonic()
    key = key or input_key(input_path)
    records = _PartWriter(out / RECORDS / f"{key}.{fmt}", fmt, _RECORD_COLUMNS)
    rejections = _PartWriter(out / REJECTIONS / f"{key}.{fmt}", fmt, _REJECTION_COLUMNS)
    rejected: Counter[str] = Counter()
    not_pages: Counter[str] = Counter()
    try:
        for item in items:
            if isinstance(item, NotAPage):
                not_pages[item.kind] += 1
            elif isinstance(item.result, Rejection):
                rejected[item.result.reason] += 1
                rejections.add(located(item.result, item.origin).to_dict())
            else:
                records.add(_record_row(item.result, item.origin, fmt))
        parts = tuple(
            str(path.relative_to(out)) for path in (records.commit(), rejections.commit()) if path
        )
    finally:
        records.discard()
        rejections.discard()
    marker = InputDone(
        input=input_path,
        key=key,
        format=fmt,
        nlp=nlp,
        records=records.rows,
        rejected=dict(sorted(rejected.items())),
        not_pages=dict(sorted(not_pages.items())),
        parts=parts,
        seconds=round(time.monotonic() - started, 3),
    )
    _write_atomically(out / DONE / f"{key}.json", marker.to_json().encode("utf-8"))
    return marker


def outcomes_of(out: Path, marker: InputDone) -> Iterator[Outcome]:
    """The outcomes written for one input: its records, then its rejections."""
    for part in marker.parts:
        path = out / part
        kind = Path(part).parts[0]
        for row in _read_rows(path):
            if kind == RECORDS:
                record = row["record"]
                data = json.loads(record) if isinstance(record, str) else record
                yield Outcome(row["origin"], Record.from_dict(data))
            else:
                yield Outcome(row["origin"], Rejection(**row))


def _record_row(record: Record, origin: str, fmt: OutputFormat) -> dict[str, Any]:
    """A record as a row: the JSON object in JSONL, its JSON text in Parquet."""
    data: Any = record.to_dict() if fmt == "jsonl" else record.to_json()
    return {"id": record.id, "origin": origin, "record": data}


def _read_rows(path: Path) -> Iterator[dict[str, Any]]:
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield json.loads(line)
        return
    import pyarrow.parquet as pq  # only a job or a load needs it: `newsdesk --help` does not

    table = pq.ParquetFile(path)
    for batch in table.iter_batches(batch_size=ROWS_PER_GROUP):
        yield from batch.to_pylist()


def _temporary(final: Path) -> Path:
    return final.with_name(f".{final.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")


def _write_atomically(final: Path, data: bytes) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    temp = _temporary(final)
    temp.write_bytes(data)
    temp.replace(final)


class _PartWriter:
    """One part, streamed to a temporary file and renamed to its name when committed."""

    def __init__(self, final: Path, fmt: OutputFormat, columns: tuple[str, ...]) -> None:
        self.final = final
        self.rows = 0
        self._fmt = fmt
        self._columns = columns
        self._temp: Path | None = None
        self._pending: list[dict[str, Any]] = []
        self._parquet: Any = None  # a pyarrow.parquet.ParquetWriter
        self._jsonl: Any = None
        self._schema: pa.Schema | None = None

    def add(self, row: dict[str, Any]) -> None:
        if self._temp is None:
            self.final.parent.mkdir(parents=True, exist_ok=True)
            self._temp = _temporary(self.final)
            if self._fmt == "jsonl":
                self._jsonl = self._temp.open("w", encoding="utf-8")
            else:
                import pyarrow as pa
                import pyarrow.parquet as pq

                self._schema = pa.schema([(name, pa.string()) for name in self._columns])
                self._parquet = pq.ParquetWriter(self._temp, self._schema, compression="zstd")
        self.rows += 1
        if self._jsonl is not None:
            self._jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        self._pending.append(row)
        if len(self._pending) >= ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._parquet is not None and self._pending:
            import pyarrow as pa

            self._parquet.write_table(pa.Table.from_pylist(self._pending, schema=self._schema))
        self._pending = []

    def commit(self) -> Path | None:
        """Rename the complete part to its name; ``None`` when it holds no row."""
        if self._temp is None:
            return None
        self._flush()
        self._close()
        self._temp.replace(self.final)
        self._temp = None
        return self.final

    def _close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None
        if self._jsonl is not None:
            self._jsonl.close()
            self._jsonl = None

    def discard(self) -> None:
        """Remove the temporary file of a part not committed (a failed input)."""
        self._close()
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
            self._temp = None
