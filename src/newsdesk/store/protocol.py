"""The one store interface, in two halves: what reading commands need (``StoreReader``)
and what a batch run writes through (``StoreWriter``); every backend implements both
(``Store``), and ``tests/store/test_conformance.py`` runs the same cases over each.

A reader never writes, so a store can be opened read-only (a server, a
snapshot): what puts leave to recompute (corpus entities, split
near-duplicate clusters) is recomputed by the writer, at the end of its run.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

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

if TYPE_CHECKING:
    from newsdesk.corpus.near_duplicates import Signature
    from newsdesk.store.rejections import RejectionList
    from newsdesk.store.writes import PutResult

__all__ = ["Store", "StoreReader", "StoreWriter"]


class StoreReader(Protocol):
    """What the read commands, the query layer (``newsdesk.query.search``) and the web app ask."""

    #: The file path or the DSN (without its password) the store was opened from.
    location: str

    def search(
        self,
        query: str,
        *,
        filters: Filters | None = None,
        collapse: bool = False,
        limit: int = 20,
        offset: int = 0,
    ) -> list[Hit]:
        """Documents matching a user's query (``newsdesk.query.syntax``), best first."""
        ...

    def entity_ids(self, name: str, entity_type: str | None = None) -> list[str]:
        """The corpus entities a name denotes."""
        ...

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
        """Quotes by a person (or one corpus entity), about a subject, in a date range."""
        ...

    def entities(
        self,
        *,
        entity_type: str | None = None,
        name: str | None = None,
        entity_id: str | None = None,
        limit: int = 50,
    ) -> list[EntityRow]:
        """Corpus entities, the most widely covered first."""
        ...

    def facets(self, query: str | None, *, filters: Filters | None, top: int) -> Facets:
        """How the documents a search matches spread over outlets, tags, entities, months."""
        ...

    def doc_entities(self, doc: str) -> dict[str, str]:
        """The corpus entity of each entity of an article."""
        ...

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
        """Market rows of stored pages, newest page first."""
        ...

    def stats(self, *, top: int = 10) -> Stats:
        """What the store holds."""
        ...

    def get(self, doc: str) -> Record | None:
        """The stored record with this id, or ``None``."""
        ...

    def ids_starting(self, prefix: str, limit: int) -> list[str]:
        """Up to ``limit`` stored ids starting with ``prefix``, in order."""
        ...

    def records(self) -> Iterator[Record]:
        """Every stored record, in id order."""
        ...

    def cluster_of(self, doc: str) -> list[str]:
        """The ids of the documents in ``doc``'s near-duplicate cluster."""
        ...

    def rejections(
        self,
        *,
        reasons: Collection[str] = (),
        source: str | None = None,
        limit: int | None = None,
    ) -> RejectionList:
        """The stored rejections with one of ``reasons`` whose origin contains ``source``."""
        ...

    def close(self) -> None:
        """Release the store (committing what a writer left pending)."""
        ...


class StoreWriter(Protocol):
    """What a batch run (``newsdesk.runners.ingest``) writes through."""

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
        self,
        record: Record,
        *,
        origin: str,
        run_id: int,
        nlp: bool = True,
        replace: bool = False,
        signature: Signature | None = None,
    ) -> PutResult:
        """Store a record (upsert by id), never over a richer one unless ``replace``; say what
        was done. ``nlp``: whether the NLP stages ran on the record; ``signature``: the
        MinHash of its body when the per-page function computed it (else computed here)."""
        ...

    def reject(self, rejection: Rejection, *, run_id: int) -> bool:
        """Store a rejection, keyed by its origin, unless the origin is stored as a record
        (then nothing is stored: ``False``)."""
        ...

    def commit(self) -> None:
        """Make the puts and rejections since the last commit durable, all at once."""
        ...

    def refresh(self) -> None:
        """Recompute what puts left pending: corpus entities, and split clusters."""
        ...

    def rebuild(self) -> None:
        """Recompute every corpus entity and near-duplicate cluster from the stored records
        (what ``refresh`` does only for what changed)."""
        ...

    def close(self) -> None:
        """Commit what is pending and release the store."""
        ...


class Store(StoreReader, StoreWriter, Protocol):
    """A store, read and write: what ``open_store`` gives."""
