"""The server's view of the store: read-only, one connection per thread.

An SQLite file is opened with ``mode=ro`` (the server cannot write to it,
whatever a request asks) and ``query_only``; derived state a writer left
pending is not recomputed here (``newsdesk ingest`` does that when its run
ends). A PostgreSQL DSN is opened with ``open_store`` (one connection per thread);
its reads never write either.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from newsdesk.errors import StoreError
from newsdesk.store import SqliteStore, open_store
from newsdesk.store.protocol import StoreReader
from newsdesk.store.schema import migrate

__all__ = ["ReadOnlyStore", "Readers"]


class ReadOnlyStore(SqliteStore):
    """An existing SQLite store, opened so that nothing can be written to it."""

    def __init__(self, path: str) -> None:  # no super().__init__: it opens for writing
        self.path = self.location = path
        file = Path(path)
        if not file.is_file() or file.stat().st_size == 0:
            open_store(path, create=False).close()  # says what is wrong with the path
            raise StoreError(f"{path}: not a newsdesk store")
        uri = file.resolve().as_uri() + "?mode=ro"
        try:
            self._conn = sqlite3.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the database ({exc})") from exc
        try:
            self._conn.execute("PRAGMA query_only = ON")
            migrate(self._conn, create=False)  # checks the schema; a read-only file stays as is
        except (sqlite3.Error, StoreError) as exc:
            self._conn.close()
            raise StoreError(f"{path}: cannot read the store ({exc})") from exc
        self._sql = self._conn

    def refresh(self, *, wait: bool = True) -> None:
        """Nothing: a reader never writes (the writer's run refreshes derived state)."""

    def commit(self) -> None:
        """Nothing to commit."""


class Readers:
    """One read-only store per thread that asks (request handlers run in a thread pool)."""

    def __init__(self, path: str) -> None:
        """Open the store once now, so a bad path fails at start rather than per request."""
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[StoreReader] = []
        self._generation = 0  # bumped by close: a thread's store from before is reopened
        self.get()

    def _open(self) -> StoreReader:
        if "://" in self.path:
            return open_store(self.path, create=False)
        return ReadOnlyStore(self.path)

    def get(self) -> StoreReader:
        """This thread's store."""
        store: StoreReader | None = getattr(self._local, "store", None)
        if store is None or self._local.generation != self._generation:
            store = self._open()
            with self._lock:
                self._local.store, self._local.generation = store, self._generation
                self._opened.append(store)
        return store

    def close(self) -> None:
        """Close every thread's store (a later ``get`` opens a new one)."""
        with self._lock:
            opened, self._opened = self._opened, []
            self._generation += 1
        for store in opened:
            store.close()
