"""Near-duplicate pages (syndicated wire copy, re-posts): MinHash signatures and LSH bands.

A body becomes a set of word shingles (``SHINGLE_WORDS`` consecutive
lower-cased words); its MinHash signature (datasketch, ``NUM_PERM``
permutations, fixed seed, so the same body gives the same signature in every
process and run) estimates the Jaccard similarity of two bodies. The
signature is cut into ``BANDS`` bands; two pages that agree on a whole band
are candidates, and candidates whose estimated similarity reaches
``THRESHOLD`` are near-duplicates. Clusters are the connected groups of
near-duplicates, named by their smallest record id, so a cluster does not
depend on the order pages arrived in.

With 32 bands of 4 rows, a pair at similarity 0.7 becomes a candidate with
probability 1 - (1 - 0.7**4)**32 > 0.999, a pair at 0.2 with under 5 %.

Pure functions: the store keeps signatures and bands and asks this module
which pages join.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "BANDS",
    "NUM_PERM",
    "THRESHOLD",
    "Signature",
    "clusters",
    "near_duplicates",
    "shingles",
    "signature",
]

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SEED = 1
SHINGLE_WORDS = 5
THRESHOLD = 0.7

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Signature:
    """The MinHash of a body: ``NUM_PERM`` unsigned 64-bit values, as bytes."""

    values: bytes

    def array(self) -> np.ndarray:
        import numpy as np  # here: commands that only read a store never need numpy

        return np.frombuffer(self.values, dtype="<u8")

    def bands(self) -> tuple[int, ...]:
        """One bucket number per band: a signed 64-bit hash of the band's rows."""
        buckets = []
        width = ROWS * 8
        for band in range(BANDS):
            chunk = self.values[band * width : (band + 1) * width]
            digest = hashlib.blake2b(chunk, digest_size=8).digest()
            buckets.append(int.from_bytes(digest, "little", signed=True))
        return tuple(buckets)

    def similarity(self, other: Signature) -> float:
        """The estimated Jaccard similarity of the two bodies' shingle sets."""
        same = self.array() == other.array()
        return float(same.mean())


def shingles(body: str) -> set[bytes]:
    """The body's word shingles; a body shorter than one shingle is one shingle."""
    words = [w.casefold() for w in _WORD.findall(body)]
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(body: str) -> Signature | None:
    """The body's MinHash signature, or ``None`` when it has no words."""
    grams = shingles(body)
    if not grams:
        return None
    # Imported here: datasketch pulls in scipy (~0.4 s), which commands that only
    # read a store never need.
    import numpy as np
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(sorted(grams))
    return Signature(np.asarray(minhash.hashvalues, dtype="<u8").tobytes())


def near_duplicates(signature: Signature, candidates: Iterable[Signature]) -> list[bool]:
    """For each candidate, whether it is a near-duplicate of ``signature``."""
    return [signature.similarity(other) >= THRESHOLD for other in candidates]


def clusters(ids: Iterable[str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Cluster of each id: the smallest id of its connected group of near-duplicate pairs."""
    parent: dict[str, str] = {doc: doc for doc in ids}

    def find(doc: str) -> str:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    for first, second in pairs:
        a, b = find(first), find(second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {doc: find(doc) for doc in parent}
