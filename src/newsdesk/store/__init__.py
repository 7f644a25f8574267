"""Where records go: the store interface, and ``open_store`` to get one.

The embedded default is one SQLite file (``newsdesk.store.sqlite``). A
PostgreSQL backend will sit behind the same interface; its DSNs
(``postgresql://...``) are recognised and refused clearly until then.

Writers (``newsdesk ingest``) use ``Store``; readers go through the query
layer, ``newsdesk.search``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from newsdesk.errors import StoreError
from newsdesk.record import Record, Rejection
from newsdesk.store.sqlite import PutResult, SqliteStore

__all__ = ["PutResult", "SqliteStore", "Store", "StoreError", "open_store"]

_POSTGRES_SCHEMES = ("postgres://", "postgresql://", "postgresql+psycopg://")


class Store(Protocol):
    """What a batch run writes through; every backend implements it."""

    def begin_run(self, command: str) -> int:
        """Record the start of a run (the command line); its id tags what it stores."""
        ...

    def finish_run(self, run_id: int, counts: Mapping[str, int]) -> None:
        """Record the end of a run with its counts, and bring derived state up to date."""
        ...

    def done_origins(self, origins: Sequence[str], *, nlp: bool = False) -> set[str]:
        """The origins already stored as a record or a rejection (a rerun skips them); with
        ``nlp``, not those whose record was stored without the NLP stages."""
        ...

    def rejected_origins(
        self, origins: Sequence[str], reasons: Collection[str] | None = None
    ) -> set[str]:
        """The origins stored as rejections with one of ``reasons`` (any when None): what
        ``ingest --retry-rejected`` processes again."""
        ...

    def put(
        self, record: Record, *, origin: str, run_id: int, nlp: bool = True, replace: bool = False
    ) -> PutResult:
        """Store a record (upsert by id), never over a richer one unless ``replace``; say what
        was done. ``nlp``: whether the NLP stages ran on the record."""
        ...

    def reject(self, rejection: Rejection, *, run_id: int) -> bool:
        """Store a rejection, keyed by its origin, unless the origin is stored as a record
        (then nothing is stored: ``False``)."""
        ...

    def commit(self) -> None:
        """Make the puts and rejections since the last commit durable, all at once."""
        ...

    def close(self) -> None:
        """Commit what is pending and release the store."""
        ...


def open_store(path_or_dsn: str, *, create: bool = True) -> SqliteStore:
    """Open (creating and migrating when needed) the store at a file path.

    With ``create=False`` (the read commands) the store must exist already: a
    missing path, a folder, an empty file or any file that is not a newsdesk
    store is refused, and left as it was. Raises ``StoreError`` for those, for
    a PostgreSQL DSN (not supported yet), a folder that does not exist, or a
    file that is not a newsdesk database.
    """
    target = str(path_or_dsn).strip()
    if not target:
        raise StoreError("no database given: pass a file path such as newsdesk.db")
    if target.lower().startswith(_POSTGRES_SCHEMES):
        raise StoreError(
            "PostgreSQL stores are not supported yet: use an SQLite file path (e.g. newsdesk.db)"
        )
    if not create and target != ":memory:":
        _must_exist(Path(target))
    return SqliteStore(target, create=create)


def _must_exist(path: Path) -> None:
    """Refuse, with what to do instead, a path where no store is to be read."""
    if path.is_dir():
        inside = path / "newsdesk.db"
        hint = f"; the store in it is {inside}" if inside.is_file() else ""
        raise StoreError(f"{path}: is a folder, not a store file: name the file with --db{hint}")
    if not path.exists():
        raise StoreError(
            f"{path}: no store here; create one with `newsdesk ingest --db {path} ...`"
        )
    if path.stat().st_size == 0:
        raise StoreError(f"{path}: is an empty file, not a newsdesk store")
