"""The shared store: one PostgreSQL database, for a newsroom or a cluster's writers.

The same interface, tables and statements as the SQLite store
(``newsdesk.store.sqlite``, whose docstring gives the rules of ``put``); what
is PostgreSQL's own is here: full-text search over ``tsvector`` columns
(``PostgresDialect``: the query a user types becomes a ``tsquery``, ranked
by ``ts_rank`` with the title weighing ``TITLE_WEIGHT`` times the body,
snippets by ``ts_headline``), and many writers at once.

Many writers: several ``ingest`` processes, on several machines, may write
to one database over overlapping inputs. Each write transaction (a batch of
puts and rejections, the end of a run) first takes one advisory lock, so
writers take turns as SQLite's do: an origin or record id two of them give
is stored once (the second merges into the first, by the rules of ``put``),
nothing is lost, and no deadlock can arise. Processing the pages, the slow
part, runs in parallel; only the writes wait. A reader never waits.

A long-lived process (a server) takes its connections from a pool
(``reader_pool``); a command opens one connection for its run.

Errors (a bad DSN, a server that is down, a missing permission) become one
``StoreError`` line naming the database without its password.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import conninfo
from psycopg_pool import ConnectionPool

from newsdesk.errors import StoreError
from newsdesk.query.results import MARK_CLOSE, MARK_OPEN
from newsdesk.query.syntax import index_words, tsquery
from newsdesk.record import Record
from newsdesk.store import reads
from newsdesk.store.base import SqlStore, now
from newsdesk.store.postgres_schema import migrate
from newsdesk.store.sql import Rows, Sql

__all__ = ["PostgresDialect", "PostgresStore", "reader_pool", "shown_dsn"]

#: The advisory lock every write transaction takes first (writers take turns).
WRITE_LOCK = 0x6E657773  # "news"
#: Records read from the server at once when reading them all (``records``).
RECORDS_AT_ONCE = 500
#: Seconds to wait for the server to answer a connection.
CONNECT_TIMEOUT = 10
#: ts_rank weights {D, C, B, A}: the title (A) weighs TITLE_WEIGHT times the body (D).
_WEIGHTS = f"'{{0.25, 0.25, 0.25, {0.25 * reads.TITLE_WEIGHT}}}'"
_CONFIG = "'simple'"


def shown_dsn(dsn: str) -> str:
    """The DSN without its password, to name the database in messages."""
    try:
        parts = conninfo.conninfo_to_dict(dsn)
    except psycopg.Error:
        return "the PostgreSQL DSN"
    user = f"{parts['user']}@" if parts.get("user") else ""
    host = str(parts.get("host") or "localhost")
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{host}{port}/{parts.get('dbname') or ''}"


def _one_line(exc: BaseException) -> str:
    """A driver error as one line (psycopg's messages run over several)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return "; ".join(lines) or type(exc).__name__


@lru_cache(maxsize=512)
def _placeholders(statement: str) -> str:
    """A ``?``-placeholder statement in psycopg's ``%s`` style."""
    return statement.replace("%", "%%").replace("?", "%s")


class _PgSql:
    """A psycopg connection running the shared ``?``-placeholder statements."""

    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]]) -> None:
        self._conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Rows:
        return self._conn.execute(_placeholders(sql), list(parameters))

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> object:
        rows = [list(row) for row in parameters]
        if rows:
            with self._conn.cursor() as cursor:
                cursor.executemany(_placeholders(sql), rows)
        return None


class PostgresDialect:
    """PostgreSQL's own SQL: ``tsvector`` matching, ``ts_rank`` and ``ts_headline``."""

    document_match = f"documents d, to_tsquery({_CONFIG}, ?) tsq WHERE d.fts @@ tsq"
    document_score = f"-ts_rank({_WEIGHTS}, d.fts, tsq)"
    document_snippet = (
        f"ts_headline({_CONFIG}, d.body, tsq, 'StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, "
        f"MaxWords={reads.SNIPPET_WORDS}, MinWords={reads.SNIPPET_WORDS // 2}')"
    )
    quote_match = f"quotes q, to_tsquery({_CONFIG}, ?) tsq WHERE q.fts @@ tsq"
    quote_score = "-ts_rank(q.fts, tsq)"

    def match(self, query: str) -> str:
        return tsquery(query)

    def same_text(self, column: str) -> str:
        return f"lower({column}) = lower(?)"

    def contains(self, column: str) -> str:
        return f"strpos({column}, ?) > 0"

    def index(self, sql: Sql, record: Record) -> None:
        """Fill the ``tsvector`` of the document and its quotes from their index words."""
        sql.execute(
            f"UPDATE documents SET fts = setweight(to_tsvector({_CONFIG}, ?), 'A') "
            f"|| setweight(to_tsvector({_CONFIG}, ?), 'D') WHERE id = ?",
            (index_words(record.title), index_words(record.body), record.id),
        )
        sql.executemany(
            f"UPDATE quotes SET fts = to_tsvector({_CONFIG}, ?) || to_tsvector({_CONFIG}, ?) "
            "WHERE doc = ? AND n = ?",
            [
                (index_words(q.text), index_words(q.speaker_text), record.id, n)
                for n, q in enumerate(record.quotes)
            ],
        )


def reader_pool(dsn: str, *, size: int = 4) -> ConnectionPool[Any]:
    """A pool of up to ``size`` reading connections to the store at ``dsn``, for a
    long-lived process (a server) that opens ``PostgresStore(dsn, pool=...)`` for each
    request. The store is checked first (it must exist; an old schema is upgraded), so
    a bad DSN, a server that is down or a missing store is one ``StoreError`` here."""
    PostgresStore(dsn, create=False).close()
    return ConnectionPool(
        dsn,
        min_size=1,
        max_size=size,
        kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT},
        timeout=CONNECT_TIMEOUT,
        open=True,
    )


class PostgresStore(SqlStore):
    """A newsdesk store in a PostgreSQL database, named by a DSN (``postgresql://...``)."""

    _dialect = PostgresDialect()
    _database_errors = (psycopg.Error,)

    def __init__(
        self, dsn: str, *, create: bool = True, pool: ConnectionPool[Any] | None = None
    ) -> None:
        """Connect and bring the schema up to date; with ``create=False`` a database
        without a newsdesk store is refused and left untouched. With a ``pool``
        (``reader_pool``, for a long-lived process), the connection is taken from it
        and given back by ``close``; the pool checked the schema when it opened."""
        self.location = shown_dsn(dsn)
        self._pool = pool
        self._locked = False
        if pool is not None:
            try:
                self._conn: psycopg.Connection[tuple[Any, ...]] = pool.getconn()
            except psycopg.Error as exc:
                raise StoreError(
                    f"{self.location}: cannot connect to PostgreSQL ({_one_line(exc)})"
                ) from None
            self._sql = _PgSql(self._conn)
            return
        try:
            self._conn = psycopg.connect(dsn, connect_timeout=CONNECT_TIMEOUT)
        except psycopg.Error as exc:
            raise StoreError(
                f"{self.location}: cannot connect to PostgreSQL ({_one_line(exc)})"
            ) from None
        try:
            migrate(self._conn, create=create)
        except psycopg.errors.InsufficientPrivilege as exc:
            self._conn.close()
            raise StoreError(
                f"{self.location}: permission denied to set up the store ({_one_line(exc)}); "
                "the user needs CREATE on the database's schema"
            ) from None
        except (psycopg.Error, StoreError) as exc:
            self._conn.close()
            raise StoreError(f"{self.location}: cannot open the store ({_one_line(exc)})") from None
        # A reader holds no transaction open between its queries (a writer's first
        # write leaves this mode: ``_begin_write``).
        self._conn.autocommit = not create
        self._sql = _PgSql(self._conn)

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except psycopg.Error as exc:
            self._locked = False  # the transaction is gone, and its lock with it
            if not self._conn.closed:
                self._conn.rollback()
            hint = (
                " (permission denied: the user needs rights on the newsdesk tables)"
                if isinstance(exc, psycopg.errors.InsufficientPrivilege)
                else ""
            )
            raise StoreError(f"{self.location}: cannot {doing}{hint} ({_one_line(exc)})") from None

    def _begin_write(self) -> None:
        """Take the writers' lock for this transaction (held until it commits)."""
        if self._conn.autocommit:
            self._conn.autocommit = False  # writes are batched in transactions
        if not self._locked:
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            self._locked = True

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self._begin_write()
        self._conn.execute("SAVEPOINT put")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK TO SAVEPOINT put")
            raise
        self._conn.execute("RELEASE SAVEPOINT put")

    def records(self) -> Iterator[Record]:
        """Every stored record, in id order, read a few hundred at a time (a server-side
        cursor), so exporting a large store holds only a batch in memory."""
        with (
            self._errors("read the records"),
            self._conn.cursor(name="newsdesk_records", withhold=True) as cursor,
        ):
            cursor.itersize = RECORDS_AT_ONCE
            cursor.execute("SELECT record FROM documents ORDER BY id")
            for (text,) in cursor:
                yield Record.from_json(text)

    # -- the writing half (newsdesk.store.protocol.StoreWriter) ----------------

    def begin_run(self, command: str) -> int:
        self.commit()
        with self._errors("begin a run"):
            row = self._conn.execute(
                "INSERT INTO runs(command, started) VALUES (%s, %s) RETURNING id",
                (command, now()),
            ).fetchone()
            self.commit()
        return int(row[0]) if row else 0

    def commit(self) -> None:
        with self._errors("commit"):
            self._conn.commit()
        self._locked = False

    def refresh(self) -> None:
        """Recompute what puts left pending: corpus entities, and split clusters."""
        with self._errors("refresh corpus entities and clusters"):
            self._begin_write()
            pending = {name for (name,) in self._conn.execute("SELECT name FROM meta")}
            self._recompute(pending)
        self.commit()

    def close(self) -> None:
        """Commit what is pending and close the connection (or give it back to its pool)."""
        try:
            if not self._conn.closed:
                self.commit()
        finally:
            if self._pool is None:
                self._conn.close()
            elif not self._conn.closed:
                self._pool.putconn(self._conn)
