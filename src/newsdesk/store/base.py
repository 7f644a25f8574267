"""What every SQL backend shares: the reads (``newsdesk.store.reads``) and the lookups
of a run (``done_origins``, ``rejected_origins``), over the backend's connection and
``Dialect``, with its database errors turned into ``StoreError``."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from typing import Self

from newsdesk.corpus import near_duplicates as dedup
from newsdesk.errors import StoreError
from newsdesk.query.results import (
    EntityRow,
    Facets,
    Filters,
    Hit,
    MarketHit,
    QuoteHit,
    Stats,
)
from newsdesk.record import Record, Rejection
from newsdesk.store import browsing, derived, reads, resolution, writes
from newsdesk.store.rejections import RejectionList, select_rejections
from newsdesk.store.sql import Dialect, Sql
from newsdesk.store.writes import DIRTY_CLUSTERS, DIRTY_ENTITIES, REBUILD_ENTITIES, PutResult

__all__ = ["SqlStore", "now"]


def now() -> str:
    """The time a run begins or finishes, as ``runs`` holds it (UTC, ISO, to the second)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class SqlStore:
    """The shared half of a backend; a subclass sets ``location``, ``_sql``, ``_dialect``
    and ``_database_errors`` (the exceptions its driver raises)."""

    location: str
    _sql: Sql
    _dialect: Dialect
    _database_errors: tuple[type[Exception], ...] = ()

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except self._database_errors as exc:
            raise StoreError(f"{self.location}: cannot {doing} ({exc})") from exc

    # -- the reading half (newsdesk.store.protocol.StoreReader) ----------------

    def search(
        self,
        query: str,
        *,
        filters: Filters | None = None,
        collapse: bool = False,
        limit: int = 20,
        offset: int = 0,
    ) -> list[Hit]:
        with self._errors("search the store"):
            return reads.search(
                self._sql,
                self._dialect,
                query,
                filters=filters,
                collapse=collapse,
                limit=limit,
                offset=offset,
            )

    def entity_ids(self, name: str, entity_type: str | None = None) -> list[str]:
        with self._errors("read the corpus entities"):
            return reads.entity_ids(self._sql, name, entity_type)

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        entity: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[QuoteHit]:
        with self._errors("read the quotes"):
            return reads.quotes(
                self._sql,
                self._dialect,
                speaker=speaker,
                about=about,
                entity=entity,
                since=since,
                until=until,
                limit=limit,
                offset=offset,
            )

    def entities(
        self,
        *,
        entity_type: str | None = None,
        name: str | None = None,
        entity_id: str | None = None,
        limit: int = 50,
    ) -> list[EntityRow]:
        with self._errors("read the corpus entities"):
            return reads.entities(
                self._sql, entity_type=entity_type, name=name, entity_id=entity_id, limit=limit
            )

    def facets(self, query: str | None, *, filters: Filters | None, top: int) -> Facets:
        with self._errors("count the facets of a search"):
            return browsing.facets(self._sql, self._dialect, query, filters=filters, top=top)

    def doc_entities(self, doc: str) -> dict[str, str]:
        with self._errors(f"read the entities of {doc}"):
            return browsing.doc_entities(self._sql, doc)

    def market(
        self,
        *,
        name: str | None,
        doc: str | None,
        since: str | None,
        until: str | None,
        limit: int,
        offset: int,
    ) -> list[MarketHit]:
        with self._errors("read the market rows"):
            return browsing.market(
                self._sql,
                self._dialect,
                name=name,
                doc=doc,
                since=since,
                until=until,
                limit=limit,
                offset=offset,
            )

    def stats(self, *, top: int = 10) -> Stats:
        with self._errors("count what the store holds"):
            return reads.stats(self._sql, top=top)

    def get(self, doc: str) -> Record | None:
        with self._errors(f"read record {doc}"):
            return reads.get(self._sql, doc)

    def ids_starting(self, prefix: str, limit: int) -> list[str]:
        with self._errors("read the record ids"):
            return reads.ids_starting(self._sql, prefix, limit)

    def records(self) -> Iterator[Record]:
        with self._errors("read the records"):
            yield from reads.records(self._sql)

    def cluster_of(self, doc: str) -> list[str]:
        with self._errors(f"read the cluster of {doc}"):
            return reads.cluster_of(self._sql, doc)

    def rejections(
        self,
        *,
        reasons: Collection[str] = (),
        source: str | None = None,
        limit: int | None = None,
    ) -> RejectionList:
        with self._errors("read the rejections"):
            return select_rejections(
                self._sql, self._dialect, reasons=reasons, source=source, limit=limit
            )

    # -- the writing half (newsdesk.store.protocol.StoreWriter) ----------------

    def _begin_write(self) -> None:
        """Open the transaction writes join (a no-op when one is open)."""
        raise NotImplementedError

    def _savepoint(self) -> AbstractContextManager[None]:
        """The transaction a write joins, and a savepoint a failed one rolls back to."""
        raise NotImplementedError

    def finish_run(self, run_id: int, counts: Mapping[str, int]) -> None:
        """Record the end of a run with its counts, commit, and bring derived state up to date."""
        with self._errors("finish a run"):
            self._begin_write()
            self._sql.execute(
                "UPDATE runs SET finished = ?, counts = ? WHERE id = ?",
                (now(), json.dumps(dict(counts), sort_keys=True), run_id),
            )
        self.commit()
        self.refresh()

    def put(
        self,
        record: Record,
        *,
        origin: str,
        run_id: int,
        nlp: bool = True,
        replace: bool = False,
        signature: dedup.Signature | None = None,
    ) -> PutResult:
        """Store ``record`` as ``origin`` gave it (``newsdesk.store.writes.put``)."""
        if signature is None:
            signature = dedup.signature(record.body)
        with self._errors(f"store record {record.id} ({origin})"), self._savepoint():
            return writes.put(
                self._sql,
                self._dialect,
                record,
                origin=origin,
                run_id=run_id,
                nlp=nlp,
                replace=replace,
                signature=signature,
            )

    def refresh(self) -> None:
        raise NotImplementedError

    def _recompute(self, pending: Collection[str]) -> None:
        """Recompute what the ``meta`` flags ``pending`` say puts left (split clusters,
        corpus entities) and clear the flags, inside the caller's transaction."""
        if DIRTY_CLUSTERS in pending:
            derived.recluster(self._sql)
        resolution.resolve_pending(self._sql, pending)
        self._sql.execute(
            "DELETE FROM meta WHERE name IN (?, ?, ?)",
            (DIRTY_ENTITIES, REBUILD_ENTITIES, DIRTY_CLUSTERS),
        )

    def commit(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rebuild(self) -> None:
        """Recompute every corpus entity and near-duplicate cluster from the stored
        records, as if every page were stored again (``newsdesk rebuild``)."""
        with self._errors("mark the store for a rebuild"), self._savepoint():
            writes.request_rebuild(self._sql)
        self.commit()
        self.refresh()

    def reject(self, rejection: Rejection, *, run_id: int) -> bool:
        """Store a rejection of its origin; ``False`` (nothing stored) when the origin is
        stored as a record, which is kept."""
        with self._errors(f"store the rejection of {rejection.origin}"), self._savepoint():
            return writes.reject(self._sql, rejection, run_id)

    def done_origins(self, origins: Sequence[str], *, nlp: bool = False) -> set[str]:
        with self._errors("read the stored origins"):
            return writes.done_origins(self._sql, origins, nlp=nlp)

    def rejected_origins(
        self, origins: Sequence[str], reasons: Collection[str] | None = None
    ) -> set[str]:
        with self._errors("read the rejected origins"):
            return writes.rejected_origins(self._sql, origins, reasons)
