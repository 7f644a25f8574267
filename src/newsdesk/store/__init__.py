"""Where records go: the store interface (``newsdesk.store.protocol``), and
``open_store`` to get one.

The embedded default is one SQLite file (``newsdesk.store.sqlite``); a
PostgreSQL DSN (``postgresql://...``) opens the shared PostgreSQL store
(``newsdesk.store.postgres``). Both implement ``Store``: its reading half
serves the query layer (``newsdesk.query.search``), its writing half batch runs
(``newsdesk ingest``).
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.errors import StoreError
from newsdesk.store.protocol import Store, StoreReader, StoreWriter
from newsdesk.store.sqlite import SqliteStore
from newsdesk.store.writes import PutResult

__all__ = [
    "PutResult",
    "SqliteStore",
    "Store",
    "StoreError",
    "StoreReader",
    "StoreWriter",
    "is_dsn",
    "open_store",
    "shown",
]

_POSTGRES_SCHEMES = ("postgres://", "postgresql://")


def is_dsn(target: str) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a file."""
    return target.strip().lower().startswith(_POSTGRES_SCHEMES)


def shown(target: str) -> str:
    """A store's location as messages and the log of runs show it: a DSN without its
    password; a file path as it is."""
    if not is_dsn(target):
        return target
    from newsdesk.store.postgres import shown_dsn

    return shown_dsn(target.strip())


def open_store(path_or_dsn: str, *, create: bool = True) -> Store:
    """Open (creating and migrating when needed) the store at a file path or DSN.

    With ``create=False`` (the read commands) the store must exist already: a
    missing path, a folder, an empty file, a database that is not a newsdesk
    store is refused, and left as it was. Raises ``StoreError`` for those, a
    folder that does not exist, a file that is not a newsdesk database, and a
    PostgreSQL server that cannot be reached or refuses the user.
    """
    target = str(path_or_dsn).strip()
    if not target:
        raise StoreError("no database given: pass a file path such as newsdesk.db")
    if is_dsn(target):
        from newsdesk.store.postgres import PostgresStore  # psycopg only when asked for

        return PostgresStore(target, create=create)
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
