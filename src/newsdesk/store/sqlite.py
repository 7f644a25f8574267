"""The embedded store: one SQLite file, WAL mode, FTS5 indexes (schema in ``schema.py``).

Writes are batched: ``put`` and ``reject`` join one open transaction, each
inside its own savepoint so a failed put leaves nothing half-written, and
``commit`` makes the batch durable at once. A process killed at any moment
loses at most the open batch, whose origins ``done_origins`` then does not
report, so a rerun redoes exactly those pages. A retry run (``ingest
--retry-rejected``) processes the ``rejected_origins`` again: a record put
for an origin replaces its rejection (search and derived tables follow), and
a new rejection of an origin replaces the one before.

``put`` upserts by record id and says what it did (``PutResult``): the
same record stored again changes nothing; a changed record replaces its
document and every child row. When two inputs give one record id (one URL in
two archives, two files with the same text), they are merged: the record of
the origin that sorts first is kept, whatever order they came in, and both
origins count as done. A record is never replaced by a poorer one (the NLP
stages did not run on it, the stored one's did) unless ``replace`` asks:
the stored record is kept, and the origin linked to it. Nor is a record
ever replaced by a rejection: a page stored as a record that fails when it
is processed again keeps its record.

Near-duplicate clusters are updated on every put; corpus entities are
recomputed by ``refresh`` (called by ``finish_run`` and ``rebuild``: reads
never write), which also reclusters when a replaced body may have split a
cluster. The statements are shared with the PostgreSQL store
(``newsdesk.store.writes``, ``newsdesk.store.reads``); what is SQLite's own
(FTS5 matching, BM25, snippets) is ``SqliteDialect``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsdesk.errors import StoreError
from newsdesk.query.results import MARK_CLOSE, MARK_OPEN
from newsdesk.query.syntax import fts_query
from newsdesk.record import Record
from newsdesk.store import reads
from newsdesk.store.base import SqlStore, now
from newsdesk.store.schema import migrate
from newsdesk.store.sql import Sql
from newsdesk.store.writes import DIRTY_CLUSTERS, DIRTY_ENTITIES, outlet_of

__all__ = [
    "SqliteDialect",
    "SqliteStore",
    "outlet_of",
]

_BUSY_MS = 10_000  # how long a writer waits for another to finish


class SqliteDialect:
    """SQLite's own SQL: FTS5 matching, BM25 ranking and ``snippet()``."""

    document_match = (
        "documents_fts JOIN documents d ON d.key = documents_fts.rowid WHERE documents_fts MATCH ?"
    )
    document_score = f"bm25(documents_fts, {reads.TITLE_WEIGHT}, 1.0, 1.0)"
    document_snippet = (
        f"snippet(documents_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {reads.SNIPPET_WORDS})"
    )
    quote_match = "quotes_fts JOIN quotes q ON q.key = quotes_fts.rowid WHERE quotes_fts MATCH ?"
    quote_score = "bm25(quotes_fts)"

    def match(self, query: str) -> str:
        return fts_query(query)

    def same_text(self, column: str) -> str:
        return f"{column} = ? COLLATE NOCASE"

    def contains(self, column: str) -> str:
        return f"instr({column}, ?) > 0"

    def index(self, sql: Sql, record: Record) -> None:
        """Nothing to do: triggers keep the FTS5 indexes in step."""


class SqliteStore(SqlStore):
    """A newsdesk store in one SQLite file (``:memory:`` for a throwaway one)."""

    _dialect = SqliteDialect()
    _database_errors = (sqlite3.Error,)

    def __init__(self, path: str, *, create: bool = True) -> None:
        """Open the store at ``path``; with ``create=False`` a file that is not a newsdesk
        store already (an empty file, another database) is refused and left untouched."""
        self.path = self.location = path
        if path != ":memory:" and not Path(path).parent.is_dir():
            raise StoreError(f"{path}: the folder for the database does not exist")
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the database ({exc})") from exc
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
            self._conn.execute("PRAGMA foreign_keys = ON")
            migrate(self._conn, create=create)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.Error, StoreError) as exc:
            self._conn.close()
            raise StoreError(f"{path}: cannot open the database ({exc})") from exc
        self._sql = self._conn

    # -- the writer interface (newsdesk.store.Store) ---------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection, for tests and tools that look inside the file (the query layer
        reads through ``SqlStore``)."""
        return self._conn

    def begin_run(self, command: str) -> int:
        self.commit()
        with self._errors("begin a run"):
            cursor = self._conn.execute(
                "INSERT INTO runs(command, started) VALUES (?, ?)", (command, now())
            )
        return int(cursor.lastrowid or 0)

    def commit(self) -> None:
        if self._conn.in_transaction:
            with self._errors("commit"):
                self._conn.execute("COMMIT")

    def close(self) -> None:
        """Commit what is pending and close the file."""
        try:
            self.commit()
        finally:
            self._conn.close()

    # -- derived state ---------------------------------------------------------

    def refresh(self) -> None:
        """Recompute what puts left pending: corpus entities, and split clusters."""
        pending = {name for (name,) in self._conn.execute("SELECT name FROM meta")}
        if not pending & {DIRTY_ENTITIES, DIRTY_CLUSTERS} or self._conn.in_transaction:
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot refresh the store ({exc})") from exc
        with self._errors("refresh corpus entities and clusters"):
            try:
                self._recompute(pending)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self.commit()

    # -- internals -------------------------------------------------------------

    def _begin_write(self) -> None:
        if not self._conn.in_transaction:
            self._conn.execute("BEGIN IMMEDIATE")

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self._begin_write()
        self._conn.execute("SAVEPOINT put")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:  # some errors already rolled everything back
                self._conn.execute("ROLLBACK TO put")
                self._conn.execute("RELEASE put")
            raise
        self._conn.execute("RELEASE put")
