"""State the store derives from the records: near-duplicate clusters and the
searchable copy of Chinese, Japanese and Korean text (corpus entities:
``newsdesk.store.resolution``).

``cluster_for`` places a new document among the stored ones (LSH band
lookups, then signature comparison, ``newsdesk.corpus.near_duplicates``); ``recluster``
recomputes the clusters of the whole store (``refresh`` calls it when a
deleted document may have split one);
``index_cjk`` gives a new document's CJK text to the search index. Each runs
inside the caller's transaction.
"""

from __future__ import annotations

from newsdesk.cjk import searchable_cjk
from newsdesk.corpus import near_duplicates as dedup
from newsdesk.record import Record
from newsdesk.store.sql import Sql, placeholders, select_in

__all__ = ["cluster_for", "index_cjk", "recluster"]

#: Documents sharing any band bucket with a signature (one indexed lookup per band).
_CANDIDATES = "SELECT DISTINCT doc FROM lsh_bands WHERE " + " OR ".join(
    ["(band = ? AND bucket = ?)"] * dedup.BANDS
)


def cluster_for(conn: Sql, doc: str, signature: dedup.Signature | None) -> str:
    """The cluster of a new document; merges the clusters it joins under the smallest id."""
    if signature is None:
        return doc
    params = [value for band in enumerate(signature.bands()) for value in band]
    candidates = {other for (other,) in conn.execute(_CANDIDATES, params)}
    candidates.discard(doc)
    if not candidates:
        return doc
    stored = select_in(conn, "SELECT doc, minhash FROM signatures", "doc", candidates)
    near = dedup.near_duplicates(signature, [dedup.Signature(blob) for _, blob in stored])
    neighbours = [other for (other, _), close in zip(stored, near, strict=True) if close]
    if not neighbours:
        return doc
    marks = placeholders(neighbours)
    old = {
        c
        for (c,) in conn.execute(
            f"SELECT DISTINCT cluster FROM documents WHERE id IN ({marks})", neighbours
        )
    }
    cluster = min(old | {doc})
    marks = placeholders(old)
    conn.execute(
        f"UPDATE documents SET cluster = ? WHERE cluster IN ({marks}) AND cluster != ?",
        [cluster, *sorted(old), cluster],
    )
    return cluster


def recluster(conn: Sql) -> None:
    """Recompute every cluster from the stored signatures and bands."""
    ids = [doc for (doc,) in conn.execute("SELECT id FROM documents")]
    signatures = {
        doc: dedup.Signature(blob)
        for doc, blob in conn.execute("SELECT doc, minhash FROM signatures")
    }
    candidates = conn.execute(
        "SELECT DISTINCT a.doc, b.doc FROM lsh_bands a JOIN lsh_bands b "
        "ON a.band = b.band AND a.bucket = b.bucket AND a.doc < b.doc"
    )
    pairs = [
        (a, b) for a, b in candidates if signatures[a].similarity(signatures[b]) >= dedup.THRESHOLD
    ]
    conn.executemany(
        "UPDATE documents SET cluster = ? WHERE id = ? AND cluster != ?",
        [(c, doc, c) for doc, c in dedup.clusters(ids, pairs).items()],
    )


def index_cjk(conn: Sql, record: Record) -> None:
    """The searchable copy of the Chinese, Japanese or Korean text of a stored document
    and its quotes (``newsdesk.cjk``), set once their rows are in, so that pages without
    such text pay nothing; the FTS triggers index it."""
    spaced = searchable_cjk(record.title, record.body)
    if spaced is not None:
        conn.execute("UPDATE documents SET cjk = ? WHERE id = ?", (spaced, record.id))
    conn.executemany(
        "UPDATE quotes SET cjk = ? WHERE doc = ? AND n = ?",
        [
            (spaced_quote, record.id, n)
            for n, quote in enumerate(record.quotes)
            if (spaced_quote := searchable_cjk(quote.text, quote.speaker_text)) is not None
        ],
    )
