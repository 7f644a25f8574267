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
recomputed by ``refresh`` (called by ``finish_run`` and before queries that
need them), which also reclusters when a replaced body may have split a
cluster.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Literal
from urllib.parse import urlsplit

from newsdesk import dedup
from newsdesk.errors import StoreError
from newsdesk.record import Record, Rejection
from newsdesk.store import derived
from newsdesk.store.parts import insert_parts
from newsdesk.store.schema import migrate

__all__ = [
    "PutResult",
    "SqliteStore",
    "outlet_of",
]

#: What ``put`` did with a record: ``stored`` a new document; ``replaced`` the document of
#: the same id (a changed page, a richer record, or asked to); ``merged`` the page into the
#: stored document of the same id (another input gave it first); ``kept`` the stored
#: document, which is richer (it has the NLP annotations this record lacks).
PutResult = Literal["stored", "replaced", "merged", "kept"]

#: Origins per ``IN (...)`` query, under SQLite's bound-parameter limit.
_CHUNK = 500
_BUSY_MS = 10_000  # how long a writer waits for another to finish
_DIRTY_ENTITIES = "entities_dirty"
_DIRTY_CLUSTERS = "clusters_dirty"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def outlet_of(url: str | None) -> str | None:
    """The host of a URL without ``www.``, lower-cased: what ``--outlet`` matches."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


class SqliteStore:
    """A newsdesk store in one SQLite file (``:memory:`` for a throwaway one)."""

    def __init__(self, path: str, *, create: bool = True) -> None:
        """Open the store at ``path``; with ``create=False`` a file that is not a newsdesk
        store already (an empty file, another database) is refused and left untouched."""
        self.path = path
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

    # -- the writer interface (newsdesk.store.Store) ---------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection, for the query layer (``newsdesk.search``)."""
        return self._conn

    def begin_run(self, command: str) -> int:
        self.commit()
        with self._errors("begin a run"):
            cursor = self._conn.execute(
                "INSERT INTO runs(command, started) VALUES (?, ?)", (command, _now())
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, counts: Mapping[str, int]) -> None:
        with self._errors("finish a run"):
            self._begin()
            self._conn.execute(
                "UPDATE runs SET finished = ?, counts = ? WHERE id = ?",
                (_now(), json.dumps(dict(counts), sort_keys=True), run_id),
            )
            self.commit()
        self.refresh()

    def done_origins(self, origins: Sequence[str], *, nlp: bool = False) -> set[str]:
        """The origins stored as a record or a rejection; with ``nlp``, not those whose
        record was stored without the NLP stages (a run with them makes it richer)."""
        done: set[str] = set()
        for i in range(0, len(origins), _CHUNK):
            chunk = list(origins[i : i + _CHUNK])
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                "SELECT o.origin FROM origins o JOIN documents d ON d.id = o.doc "
                f"WHERE o.origin IN ({marks}) AND d.nlp >= ? "
                f"UNION SELECT origin FROM rejections WHERE origin IN ({marks})",
                [*chunk, int(nlp), *chunk],
            )
            done.update(origin for (origin,) in rows)
        return done

    def rejected_origins(
        self, origins: Sequence[str], reasons: Collection[str] | None = None
    ) -> set[str]:
        """The origins stored as rejections, with one of ``reasons`` (any reason when None):
        what ``ingest --retry-rejected`` processes again."""
        wanted = None if reasons is None else sorted(set(reasons))
        if wanted == []:
            return set()
        found: set[str] = set()
        for i in range(0, len(origins), _CHUNK):
            chunk = list(origins[i : i + _CHUNK])
            sql = f"SELECT origin FROM rejections WHERE origin IN ({','.join('?' * len(chunk))})"
            if wanted is not None:
                sql += f" AND reason IN ({','.join('?' * len(wanted))})"
            found.update(origin for (origin,) in self._conn.execute(sql, chunk + (wanted or [])))
        return found

    def put(
        self, record: Record, *, origin: str, run_id: int, nlp: bool = True, replace: bool = False
    ) -> PutResult:
        """Store ``record`` as ``origin`` gave it; ``nlp``: whether the NLP stages ran on it;
        ``replace``: replace the stored record of the same id even when it is richer."""
        with self._errors(f"store record {record.id} ({origin})"), self._savepoint():
            return self._put(record, origin, run_id, nlp=nlp, replace=replace)

    def reject(self, rejection: Rejection, *, run_id: int) -> bool:
        """Store a rejection of its origin; ``False`` (nothing stored) when the origin is
        stored as a record, which is kept."""
        with self._errors(f"store the rejection of {rejection.origin}"), self._savepoint():
            linked = self._conn.execute(
                "SELECT 1 FROM origins WHERE origin = ?", (rejection.origin,)
            ).fetchone()
            if linked is not None:
                return False
            self._conn.execute(
                "INSERT INTO rejections(origin, page_id, stage, reason, detail, run) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(origin) DO UPDATE SET "
                "page_id = excluded.page_id, stage = excluded.stage, reason = excluded.reason, "
                "detail = excluded.detail, run = excluded.run",
                (
                    rejection.origin,
                    rejection.page_id,
                    rejection.stage,
                    rejection.reason,
                    rejection.detail,
                    run_id,
                ),
            )
        return True

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

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- derived state ---------------------------------------------------------

    def refresh(self, *, wait: bool = True) -> None:
        """Recompute what puts left pending: corpus entities, and split clusters.

        With ``wait=False`` (readers), a store another process is writing to
        is left as it is rather than waited for.
        """
        pending = {name for (name,) in self._conn.execute("SELECT name FROM meta")}
        if not pending & {_DIRTY_ENTITIES, _DIRTY_CLUSTERS} or self._conn.in_transaction:
            return
        if not wait:
            self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if wait:
                raise StoreError(f"{self.path}: cannot refresh the store ({exc})") from exc
            return
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        with self._errors("refresh corpus entities and clusters"):
            try:
                if _DIRTY_CLUSTERS in pending:
                    derived.recluster(self._conn)
                if _DIRTY_ENTITIES in pending:
                    derived.resolve_entities(self._conn)
                self._conn.execute(
                    "DELETE FROM meta WHERE name IN (?, ?)", (_DIRTY_ENTITIES, _DIRTY_CLUSTERS)
                )
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self.commit()

    # -- internals -------------------------------------------------------------

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot {doing} ({exc})") from exc

    def _begin(self) -> None:
        if not self._conn.in_transaction:
            self._conn.execute("BEGIN IMMEDIATE")

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self._begin()
        self._conn.execute("SAVEPOINT put")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:  # some errors already rolled everything back
                self._conn.execute("ROLLBACK TO put")
                self._conn.execute("RELEASE put")
            raise
        self._conn.execute("RELEASE put")

    def _mark(self, flag: str) -> None:
        self._conn.execute("INSERT OR IGNORE INTO meta(name, value) VALUES (?, '1')", (flag,))

    def _put(
        self, record: Record, origin: str, run_id: int, *, nlp: bool, replace: bool
    ) -> PutResult:
        conn = self._conn
        conn.execute("DELETE FROM rejections WHERE origin = ?", (origin,))
        self._forget_origin(origin, keep=record.id)
        conn.execute(
            "INSERT INTO origins(origin, doc, run) VALUES (?, ?, ?) ON CONFLICT(origin) DO NOTHING",
            (origin, record.id, run_id),
        )
        text = record.to_json()
        row = conn.execute(
            "SELECT origin, record, nlp FROM documents WHERE id = ?", (record.id,)
        ).fetchone()
        if row is None:
            self._insert(record, text, origin, run_id, nlp)
            return "stored"
        stored_origin, stored_text, stored_nlp = row
        if not replace:
            if stored_nlp and not nlp:
                return "kept"
            richer = nlp and not stored_nlp
            if stored_text == text:  # the same record again: the input merges into it
                conn.execute(
                    "UPDATE documents SET origin = min(origin, ?), nlp = max(nlp, ?) WHERE id = ?",
                    (origin, int(nlp), record.id),
                )
                return "merged"
            if stored_origin < origin and not richer:
                return "merged"  # the record as the origin that sorts first gave it is kept
        self._delete_document(record.id)
        self._insert(record, text, origin, run_id, nlp)
        return "replaced" if stored_origin == origin else "merged"

    def _forget_origin(self, origin: str, *, keep: str | None) -> None:
        """Drop ``origin``'s link to a document other than ``keep``, and that document
        when no other origin still gives it."""
        row = self._conn.execute("SELECT doc FROM origins WHERE origin = ?", (origin,)).fetchone()
        if row is None or row[0] == keep:
            return
        self._conn.execute("DELETE FROM origins WHERE origin = ?", (origin,))
        others = self._conn.execute(
            "SELECT min(origin) FROM origins WHERE doc = ?", (row[0],)
        ).fetchone()[0]
        if others is None:
            self._delete_document(row[0])

    def _delete_document(self, doc: str) -> None:
        (shared,) = self._conn.execute(
            "SELECT count(*) FROM documents WHERE cluster = "
            "(SELECT cluster FROM documents WHERE id = ?)",
            (doc,),
        ).fetchone()
        if shared > 1:
            self._mark(_DIRTY_CLUSTERS)  # the cluster may fall apart without it
        (entities,) = self._conn.execute(
            "SELECT count(*) FROM entities WHERE doc = ?", (doc,)
        ).fetchone()
        if entities:
            self._mark(_DIRTY_ENTITIES)
        self._conn.execute("DELETE FROM documents WHERE id = ?", (doc,))

    def _insert(self, record: Record, text: str, origin: str, run_id: int, nlp: bool) -> None:
        conn = self._conn
        doc = record.id
        signature = dedup.signature(record.body)
        cluster = derived.cluster_for(self._conn, doc, signature)
        conn.execute(
            "INSERT INTO documents(id, origin, url, outlet, path, title, published, language, "
            "credit, body, record, cluster, run, nlp) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc,
                origin,
                record.source.url,
                outlet_of(record.source.url),
                record.source.path,
                record.title,
                record.published,
                record.language,
                record.credit,
                record.body,
                text,
                cluster,
                run_id,
                int(nlp),
            ),
        )
        if signature is not None:
            conn.execute(
                "INSERT INTO signatures(doc, minhash) VALUES (?, ?)", (doc, signature.values)
            )
            conn.executemany(
                "INSERT OR IGNORE INTO lsh_bands(band, bucket, doc) VALUES (?, ?, ?)",
                [(band, bucket, doc) for band, bucket in enumerate(signature.bands())],
            )
        insert_parts(conn, record)
        derived.index_cjk(conn, record)
        if record.entities:
            self._mark(_DIRTY_ENTITIES)
