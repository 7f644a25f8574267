"""Corpus entities kept up to date run by run: the store resolves again only what a run's
pages change, and the result is what resolving every page again gives (``rebuild``).

The pages are invented: people sharing family names (one far better known than the
other, two both often in the news), people named by family name alone or with an
honorific, organisations and places with equivalent names.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from typing import Any

import pytest

from newsdesk.corpus import entities as corpus
from newsdesk.record import Entity, PageSource, Record
from newsdesk.store import Store, entity_totals, open_store

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
    return naming(n, version, [NAMES[k] for k in dict.fromkeys(chosen)])


def naming(n: int, version: int, names: list[tuple[str, str, tuple[str, ...]]]) -> Record:
    """Version ``version`` of invented page ``n``, naming ``names`` (type, name, aliases)."""
    entities = tuple(
        Entity(id=f"e{i}", name=name, type=kind, aliases=aliases)
        for i, (kind, name, aliases) in enumerate(names)
    )
    return Record(
        id=f"{n:04d}{version:012d}",
        source=PageSource(url=f"https://news.example.org/story/{n}"),
        body=f"Report {n} (version {version}) on " + ", ".join(e.name for e in entities) + ".",
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


def derived_state(backend: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the store derives from the page entities, read over a connection of its
    own: the corpus entities with their totals, their keys, each page entity's link."""
    queries = {
        "corpus_entities": "SELECT * FROM corpus_entities",
        "corpus_keys": "SELECT key, entity, surname FROM corpus_keys",
        "links": "SELECT doc, eid, corpus FROM entities",
    }
    if backend.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(backend) as conn:
            return {name: sorted(map(tuple, conn.execute(q))) for name, q in queries.items()}
    db = sqlite3.connect(backend)
    try:
        return {name: sorted(db.execute(q)) for name, q in queries.items()}
    finally:
        db.close()


def test_groups_of_one_word_people_are_kept_apart(backend: str) -> None:
    """``Okafor`` (also called ``Marta``) and ``Marta`` alone are two groups of one-word
    people holding the same keys; both are stored, each under its own id."""
    store = open_store(backend)
    records = [
        Record(
            id="a" * 16,
            source=PageSource(url="https://news.example.org/story/a"),
            body="Okafor, whom friends call Marta, spoke.",
            entities=(Entity(id="e0", name="Okafor", type="PERSON", aliases=("Marta",)),),
        ),
        story(2, "Marta"),
    ]
    ingest(store, records, batches=2)
    assert {e.name for e in store.entities(limit=10)} == {"Okafor", "Marta"}
    linked = {*store.doc_entities("a" * 16).values(), *store.doc_entities(story(2).id).values()}
    assert len(linked) == 2
    store.close()


#: Names for random runs, each with how often a page names it: people sharing family
#: names, one of them named far more often than the others (so a bare family name passes
#: from ambiguous to hers and back as runs come), people known by one word, honorifics
#: marking a gender (one given name marks none: Ashe Varga's gender comes with a title);
#: places and bodies with equivalent names.
WEIGHTED: tuple[tuple[float, str, str, tuple[str, ...]], ...] = (
    (30, "PERSON", "Marta Okafor", ()),
    (10, "PERSON", "Marta Okafor", ("Okafor",)),
    (3, "PERSON", "Dr. Marta Okafor", ()),
    (1.5, "PERSON", "Daniel Okafor", ()),
    (6, "PERSON", "Okafor", ()),
    (2, "PERSON", "Mr. Okafor", ()),
    (2, "PERSON", "Mrs. Okafor", ()),
    (1, "PERSON", "Okafor", ("Marta",)),
    (1, "PERSON", "Marta", ()),
    (0.5, "PERSON", "Marta Lindqvist", ()),
    (4, "PERSON", "Ines Brandt", ("Brandt",)),
    (1, "PERSON", "Tobias Brandt", ("Brandt",)),
    (3, "PERSON", "Brandt", ()),
    (1, "PERSON", "Senator Ines Brandt", ()),
    (6, "PERSON", "Kenji Sato", ("Sato",)),
    (1, "PERSON", "Hana Sato", ()),
    (2, "PERSON", "Mrs. Sato", ()),
    (1, "PERSON", "Sato", ("Kenji",)),
    (3, "PERSON", "Ashe Varga", ()),
    (0.5, "PERSON", "Mrs. Ashe Varga", ()),
    (0.5, "PERSON", "Ilona Varga", ()),
    (1, "PERSON", "Varga", ()),
    (1, "PERSON", "Mrs. Varga", ()),
    (1, "PERSON", "Mr. Varga", ()),
    (3, "PERSON", "Luca Ferreira", ()),
    (1, "PERSON", "Luca Ferreira Jr.", ("Ferreira",)),
    (2, "PERSON", "Ferreira", ()),
    (2, "ORG", "Northwind Logistics", ()),
    (1, "ORG", "Northwind", ()),
    (1, "ORG", "Northwind Logistics", ("Northwind",)),
    (3, "GPE", "United States", ("US",)),
    (2, "GPE", "U.S.", ()),
    (1, "GPE", "Lisbon", ()),
)


def mixed_page(n: int, rng: random.Random, version: int) -> Record:
    """An invented page naming none to four of ``WEIGHTED``, as often as each is weighted."""
    weights = [w for w, *_ in WEIGHTED]
    chosen = rng.choices(range(len(WEIGHTED)), weights, k=rng.randint(0, 4))
    return naming(n, version, [WEIGHTED[k][1:] for k in dict.fromkeys(chosen)])


@pytest.mark.parametrize("seed", range(10))
def test_random_runs_of_new_replaced_and_moved_pages_equal_a_rebuild(
    backend: str, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each run adds pages naming people already known and new ones, stores new versions of
    some pages under the same id (replaced), and has some origins give another page (the
    old one deleted); after every run the derived rows equal a full recomputation's."""
    rng = random.Random(seed)
    attached: list[int] = []
    apply = entity_totals.apply

    def counting(sql: Any, joins: Any) -> None:
        attached.append(len(joins))
        apply(sql, joins)

    monkeypatch.setattr(entity_totals, "apply", counting)
    store = open_store(backend)
    versions: dict[int, int] = {}
    for _ in range(10):
        records = []
        for n in rng.sample(range(90), 12):
            if n in versions and rng.random() < 0.5:  # the same id, other entities
                record = mixed_page(n, rng, versions[n])
                record = replace(record, body=record.body + f" Updated {rng.random()}.")
            else:  # a new page, or the origin now gives another page (a new id)
                versions[n] = versions.get(n, -1) + 1
                record = mixed_page(n, rng, versions[n])
            records.append(record)
        ingest(store, records, batches=1)
        incremental = derived_state(backend)
        store.rebuild()
        assert derived_state(backend) == incremental
    store.close()
    assert sum(attached) > 0  # some page entities joined without resolving again


def test_a_run_naming_only_known_people_resolves_nothing_again(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages naming people, places and bodies the store knows, by names it knows, change
    no join: their page entities join those corpus entities' totals, no page entity is
    resolved again, and the result is what resolving everything again gives."""
    rng = random.Random(3)
    store = open_store(backend)
    known = [page(n, rng) for n in range(40)]
    ingest(store, known, batches=1)
    resolved: list[int] = []
    resolve = corpus.resolve

    def counting(items: Any) -> corpus.Resolution:
        items = list(items)
        resolved.append(len(items))
        return resolve(items)

    monkeypatch.setattr(corpus, "resolve", counting)
    again = [
        replace(r, id=f"9{r.id[1:]}", source=PageSource(url=f"{r.source.url}/b")) for r in known
    ]
    ingest(store, again, batches=1)
    assert resolved == [0]
    before = snapshot(store, [r.id for r in [*known, *again]])
    monkeypatch.undo()
    store.rebuild()
    assert snapshot(store, [r.id for r in [*known, *again]]) == before
    store.close()
