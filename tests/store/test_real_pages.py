"""Real pages through the whole pipeline (NLP on) into a store: speakers resolve corpus-wide."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.corpus.entities import name_key
from newsdesk.pipeline import extract
from newsdesk.query.search import entities, quotes, search
from newsdesk.record import Record
from newsdesk.sources.files import read_file
from newsdesk.store import SqliteStore

EXAMPLES = Path(__file__).parents[2] / "examples"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def records() -> list[Record]:
    pages = sorted(EXAMPLES.glob("*.txt"))
    assert len(pages) >= 2
    return [extract(read_file(path, max_bytes=10_000_000)) for path in pages]


@pytest.fixture(scope="module")
def store(records: list[Record]) -> Iterator[SqliteStore]:
    opened = SqliteStore(":memory:")
    run = opened.begin_run("test")
    for record in records:
        opened.put(record, origin=record.source.path or record.id, run_id=run)
    opened.finish_run(run, {"stored": len(records)})
    yield opened
    opened.close()


def test_every_named_speaker_is_a_corpus_entity(store: SqliteStore) -> None:
    rows = store.connection.execute(
        "SELECT e.name, e.type, e.aliases, e.corpus FROM quotes q "
        "JOIN entities e ON e.doc = q.doc AND e.eid = q.speaker"
    ).fetchall()
    assert rows
    for name, kind, aliases, linked in rows:
        named = any(name_key(form, kind) for form in [name, *json.loads(aliases)])
        # Descriptions ("the researchers", "Iran's officials") stay out of the corpus.
        assert (linked is not None) == named, name


def test_the_seed_leader_is_found_by_his_surname(store: SqliteStore) -> None:
    found = quotes(store, speaker="Khamenei")
    assert len(found) >= 4
    assert {q.speaker for q in found} == {found[0].speaker}
    assert any("Khamenei" in (q.speaker or "") for q in found)


def test_storing_real_records_again_changes_nothing(
    store: SqliteStore, records: list[Record]
) -> None:
    before = store.connection.execute("SELECT count(*) FROM quotes").fetchone()
    for record in records:
        store.put(record, origin=record.source.path or record.id, run_id=1)
    store.commit()
    assert store.connection.execute("SELECT count(*) FROM quotes").fetchone() == before
    assert search(store, "Polaroid")


def test_people_are_listed_under_their_fullest_name(store: SqliteStore) -> None:
    found = {e.name: e for e in entities(store, name="Warhol", entity_type="PERSON")}
    assert "Warhol" in found["Andy Warhol"].aliases
    assert "Warhol" not in found  # the surname alone joined the full name
