"""The query layer: every read of a store goes through here (CLI, REST API, web pages).

Each function asks the store's reading half (``newsdesk.store.protocol.
StoreReader``), whatever the backend: ``search`` ranks documents (BM25 in
SQLite, ``ts_rank`` in PostgreSQL; a title match weighs ``TITLE_WEIGHT``
times a body match), filters by date, outlet or credit, corpus entity and
tag, can collapse near-duplicate clusters to their best hit, and gives each
hit a snippet with the matched words marked. ``quotes`` finds what a person
said under any of their names (corpus entities, ``newsdesk.corpus.entities``),
optionally about a subject; ``entities`` lists corpus entities; ``stats``
counts what a store holds; ``records`` reads the stored records back. None of
them writes to the store.

What a user may type as a query is in ``newsdesk.query.syntax``; what the
functions return is in ``newsdesk.query.results`` (both re-exported here).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsdesk.query.results import (
    EntityRow,
    Filters,
    Hit,
    QuoteHit,
    RejectionCount,
    RunRow,
    SpeakerCount,
    Stats,
)
from newsdesk.query.syntax import fts_query
from newsdesk.record import Record
from newsdesk.store.protocol import StoreReader
from newsdesk.store.reads import SNIPPET_CHARS, SNIPPET_WORDS, TITLE_WEIGHT

__all__ = [
    "SNIPPET_CHARS",
    "SNIPPET_WORDS",
    "TITLE_WEIGHT",
    "EntityRow",
    "Filters",
    "Hit",
    "QuoteHit",
    "RejectionCount",
    "RunRow",
    "SpeakerCount",
    "Stats",
    "cluster_of",
    "entities",
    "entity_ids",
    "find",
    "fts_query",
    "get",
    "quotes",
    "records",
    "search",
    "stats",
]

#: Ids named when an id prefix matches several.
_AMBIGUOUS_SHOWN = 3


def search(
    store: StoreReader,
    query: str,
    *,
    filters: Filters | None = None,
    collapse: bool = False,
    limit: int = 20,
    offset: int = 0,
) -> list[Hit]:
    """Documents matching ``query``, best first, with snippets; ``offset`` skips that many
    of the best (a page of results)."""
    return store.search(query, filters=filters, collapse=collapse, limit=limit, offset=offset)


def entity_ids(store: StoreReader, name: str, entity_type: str | None = None) -> list[str]:
    """Corpus entities a name denotes: its key exactly, and for one word, every full
    name ending in it (``Clinton`` gives Hillary Clinton and Bill Clinton)."""
    return store.entity_ids(name, entity_type)


def quotes(
    store: StoreReader,
    *,
    speaker: str | None = None,
    about: str | None = None,
    entity: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[QuoteHit]:
    """Quotes by a person (any of their names across the corpus), about a subject, or both.

    ``entity`` is a corpus entity's id (the quotes of that one entity);
    ``since``/``until`` are ISO dates of publication (inclusive). With
    ``about``, the best matches come first; otherwise quotes are in order of
    publication, so a person's quotes read as a timeline.
    """
    return store.quotes(
        speaker=speaker,
        about=about,
        entity=entity,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )


def entities(
    store: StoreReader,
    *,
    entity_type: str | None = None,
    name: str | None = None,
    entity_id: str | None = None,
    limit: int = 50,
) -> list[EntityRow]:
    """Corpus entities (of a type, known by a name, or the one with an id), the most
    widely covered first."""
    return store.entities(entity_type=entity_type, name=name, entity_id=entity_id, limit=limit)


def stats(store: StoreReader, *, top: int = 10) -> Stats:
    """What the store holds: documents, clusters, quotes, rejections by reason, runs."""
    return store.stats(top=top)


def get(store: StoreReader, doc: str) -> Record | None:
    """The stored record with this id, or ``None``."""
    return store.get(doc)


def find(store: StoreReader, id_or_prefix: str) -> Record | None:
    """The stored record with this id, or the one whose id starts with it; ``None`` when
    none does, ``ValueError`` when several do (or nothing is given)."""
    wanted = id_or_prefix.strip().lower()
    if not wanted:
        raise ValueError("no id given")
    found = store.get(wanted)
    if found is not None:
        return found
    ids = store.ids_starting(wanted, _AMBIGUOUS_SHOWN + 1)
    if len(ids) > 1:
        shown = ", ".join(ids[:_AMBIGUOUS_SHOWN])
        more = ", ..." if len(ids) > _AMBIGUOUS_SHOWN else ""
        raise ValueError(
            f"the id {id_or_prefix!r} is the start of several ids ({shown}{more}): give more of it"
        )
    return store.get(ids[0]) if ids else None


def records(store: StoreReader, *, ids: Sequence[str] | None = None) -> Iterator[Record]:
    """The stored records in id order (all of them, or those with the given ids)."""
    if ids is None:
        yield from store.records()
        return
    for doc in ids:
        record = store.get(doc)
        if record is not None:
            yield record


def cluster_of(store: StoreReader, doc: str) -> list[str]:
    """The ids of the documents in ``doc``'s near-duplicate cluster, itself included."""
    return store.cluster_of(doc)
