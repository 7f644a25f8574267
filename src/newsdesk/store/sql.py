"""What the store's shared SQL runs on: a connection (``Sql``) and the few statements
each database writes its own way (``Dialect``).

The store's statements (``newsdesk.store.writes``, ``newsdesk.store.reads``,
``newsdesk.store.derived``, ``newsdesk.store.parts``) are written once, with
``?`` placeholders, in SQL that SQLite and PostgreSQL both run. What differs
is here, in each backend's ``Dialect``: full-text matching, ranking and
snippets (FTS5 and BM25 in SQLite, ``tsvector`` and ``ts_rank`` in
PostgreSQL), comparisons that ignore case, and keeping the search index in
step with a new document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence, Sized
from typing import Any, Protocol

from newsdesk.record import Record

__all__ = ["CHUNK", "Dialect", "Rows", "Sql", "chunks", "placeholders", "select_in"]

#: Values per ``IN (...)`` list, under SQLite's oldest bound-parameter limit (999) even
#: when a statement holds two such lists.
CHUNK = 400


class Rows(Protocol):
    """The rows a statement gives (a DB-API cursor)."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Sql(Protocol):
    """A connection running ``?``-placeholder statements (``sqlite3.Connection`` is one)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Rows: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> object: ...


class Dialect(Protocol):
    """The SQL a backend writes its own way.

    A full-text match is a ``FROM`` clause (``documents d`` or ``quotes q`` with
    its index) followed by a condition with one ``?``, the ``match`` of the
    user's query; ``score`` orders the matches best first (lowest first).
    """

    def match(self, query: str) -> str:
        """The parameter of a full-text match for a user's query (``ValueError`` when it
        has nothing to find)."""
        ...

    document_match: str
    document_score: str
    document_snippet: str
    quote_match: str
    quote_score: str

    def same_text(self, column: str) -> str:
        """``column`` equal to a ``?`` parameter, ignoring case."""
        ...

    def contains(self, column: str) -> str:
        """``column`` containing a ``?`` parameter."""
        ...

    def index(self, sql: Sql, record: Record) -> None:
        """Bring the full-text index up to date with a document just inserted."""
        ...


def placeholders(values: Sized) -> str:
    """The ``?`` marks of an ``IN (...)`` list of ``values``, comma-separated (empty for none)."""
    return ",".join("?" * len(values))


def chunks(values: Sequence[Any]) -> list[list[Any]]:
    """``values`` cut into lists of at most ``CHUNK``, for ``IN (...)`` lists."""
    return [list(values[i : i + CHUNK]) for i in range(0, len(values), CHUNK)]


def select_in(sql: Sql, query: str, column: str, values: Iterable[Any]) -> list[tuple[Any, ...]]:
    """The rows of ``query`` (a ``SELECT`` without ``WHERE``) whose ``column`` is one of
    ``values``, a chunk at a time."""
    rows: list[tuple[Any, ...]] = []
    for chunk in chunks(sorted(set(values))):
        rows.extend(sql.execute(f"{query} WHERE {column} IN ({placeholders(chunk)})", chunk))
    return rows
