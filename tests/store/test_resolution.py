"""Corpus entities kept up to date run by run: the store resolves again only what a run's
pages change, and the result is what resolving every page again gives (``rebuild``).

The pages are invented: people sharing family names (one far better known than the
other, two both often in the news), people named by family name alone or with an
honorific, organisations and places with equivalent names.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from newsdesk.corpus import entities as corpus
from newsdesk.record import Entity, PageSource, Record
from newsdesk.store import Store, open_store

#: The names a page may give an entity: (type, name, aliases).
NAMES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("PERSON", "Marta Okafor", ("Okafor",)),
    ("PERSON", "Marta Okafor", ()),
    ("PERSON", "Okafor", ()),
    ("PERSON", "Mr. Okafor", ()),
    ("PERSON", "Daniel Okafor", ()),
    ("PERSON", "Ines Brandt", ("Brandt",)),
    ("PERSON", "Tobias Brandt", ("Brandt",)),
    ("PERSON", "Brandt", ()),
    ("PERSON", "Senator Ines Brandt", ()),
    ("PERSON", "Luca Ferreira Jr.", ("Ferreira",)),
    ("PERSON", "Luca Ferreira", ()),
    ("PERSON", "Ferreira", ()),
    ("PERSON", "Hana Sato", ()),
    ("PERSON", "Mrs. Sato", ()),
    ("PERSON", "Kenji Sato", ("Sato",)),
    ("PERSON", "Priya Raman", ()),
    ("PERSON", "Marta Okafor", ("Marta",)),
    ("PERSON", "Marta", ()),
    ("PERSON", "Kenji Sato", ("Kenji",)),
    ("PERSON", "Marta Lindqvist", ()),
    ("ORG", "Northwind Logistics", ()),
    ("ORG", "Harbor Council", ()),
    ("GPE", "United States", ("US",)),
    ("GPE", "U.S.", ()),
    ("GPE", "Lisbon", ()),
)


def page(n: int, rng: random.Random, *, version: int = 0) -> Record:
    """An invented page naming a few entities (Marta Okafor far more often than others)."""
    chosen = rng.sample(range(len(NAMES)), rng.randint(1, 4))
    if rng.random() < 0.6:
        chosen.append(0)
    entities = tuple(
        Entity(id=f"e{i}", name=NAMES[k][1], type=NAMES[k][0], aliases=NAMES[k][2])
        for i, k in enumerate(dict.fromkeys(chosen))
    )
    body = f"Report {n} (version {version}) on " + ", ".join(e.name for e in entities) + "."
    return Record(
        id=f"{n:04d}{version:012d}",
        source=PageSource(url=f"https://news.example.org/story/{n}"),
        body=body,
        title=f"Story {n}",
        entities=entities,
    )


def snapshot(store: Store, docs: list[str]) -> dict[str, Any]:
    """What a user reads of the corpus entities: each entity with its names and counts,
    the corpus entity of each page entity, and which entities each key finds."""
    rows = sorted(store.entities(limit=1_000_000), key=lambda e: e.id)
    keys = sorted({k for e in rows for k in corpus.query_keys(e.name)})
    return {
        "entities": rows,
        "members": {doc: store.doc_entities(doc) for doc in docs},
        "keys": {key: sorted(store.entity_ids(key)) for key in keys},
    }


def ingest(store: Store, records: list[Record], batches: int) -> None:
    """Store the records in ``batches`` runs, each ending as ``ingest`` ends it."""
    size = -(-len(records) // batches)
    for start in range(0, len(records), size):
        run = store.begin_run("test")
        for record in records[start : start + size]:
            store.put(record, origin=record.source.url or record.id, run_id=run)
        store.finish_run(run, {})


@pytest.mark.parametrize("seed", range(6))
def test_runs_give_the_corpus_entities_a_full_recomputation_gives(
    backend: str, tmp_path_factory: pytest.TempPathFactory, seed: int
) -> None:
    rng = random.Random(seed)
    records = [page(n, rng) for n in range(60)]
    # Later runs give new versions of some pages (their origin gives another record,
    # which replaces it) and of a few pages with other entities.
    changed = [page(n, rng, version=1) for n in rng.sample(range(60), 8)]
    incremental = open_store(backend)
    ingest(incremental, records, batches=6)
    ingest(incremental, changed, batches=2)
    final = {r.source.url: r for r in [*records, *changed]}
    docs = sorted(r.id for r in final.values())
    updated = snapshot(incremental, docs)

    incremental.rebuild()
    assert snapshot(incremental, docs) == updated
    incremental.close()

    shuffled = list(final.values())
    rng.shuffle(shuffled)
    other = open_store(str(tmp_path_factory.mktemp("other") / "other.db"))
    ingest(other, shuffled, batches=1)
    assert snapshot(other, docs) == updated
    other.close()
    assert any(len(row.aliases) >= 2 for row in updated["entities"])  # names were joined


def test_a_run_resolves_only_the_entities_its_pages_touch(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(7)
    store = open_store(str(tmp_path / "news.db"))
    ingest(store, [page(n, rng) for n in range(40)], batches=1)
    resolved: list[int] = []
    resolve = corpus.resolve

    def counting(items: Any) -> corpus.Resolution:
        items = list(items)
        resolved.append(len(items))
        return resolve(items)

    monkeypatch.setattr(corpus, "resolve", counting)
    newcomer = Record(
        id="9" * 16,
        source=PageSource(url="https://news.example.org/story/new"),
        body="Report on Priyanka Desai and the Quarry Guild.",
        entities=(
            Entity(id="e0", name="Priyanka Desai", type="PERSON", aliases=("Desai",)),
            Entity(id="e1", name="Quarry Guild", type="ORG"),
        ),
    )
    ingest(store, [newcomer], batches=1)
    assert resolved == [2]
    assert {e.name for e in store.entities(name="Priyanka Desai")} == {"Priyanka Desai"}
    store.close()


def story(n: int, *names: str, version: int = 0) -> Record:
    """An invented page naming the people ``names``."""
    return Record(
        id=f"{n:04d}{version:012d}",
        source=PageSource(url=f"https://news.example.org/story/{n}"),
        body=f"Report {n}: " + ", ".join(names) + ".",
        entities=tuple(
            Entity(id=f"e{i}", name=name, type="PERSON") for i, name in enumerate(names)
        ),
    )


def test_a_bare_family_name_follows_its_bearers_run_by_run(backend: str) -> None:
    """``Okafor`` alone is Marta Okafor while she has ten times the articles of every other
    Okafor; a run bringing Daniel Okafor makes it ambiguous, one taking his pages away
    makes it hers again: each run's result is what recomputing everything gives."""
    store = open_store(backend)
    marta = [story(n, "Marta Okafor") for n in range(12)]
    bare = story(50, "Okafor")
    daniel = [story(n, "Daniel Okafor") for n in (60, 61)]
    docs = [r.id for r in [*marta, bare, *daniel]]

    def joined() -> bool:
        seen = snapshot(store, docs)
        store.rebuild()
        assert snapshot(store, docs) == seen
        return store.doc_entities(bare.id) == store.doc_entities(marta[0].id)

    ingest(store, [*marta, bare], batches=1)
    assert joined()
    ingest(store, daniel, batches=1)
    assert not joined()
    ingest(store, [story(n, "Priya Raman", version=1) for n in (60, 61)], batches=1)
    assert joined()
    store.close()
