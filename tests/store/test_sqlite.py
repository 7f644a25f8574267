"""The SQLite store: upsert by id, no duplicate rows, resumable after a kill."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsdesk.errors import StoreError
from newsdesk.query import search
from newsdesk.record import Quote, Record, Rejection
from newsdesk.store import SqliteStore, open_store

CORPUS = Path(__file__).parent.parent / "data" / "store" / "corpus.jsonl"

#: Every stored table, with the columns that depend on when (not what) was stored left out.
CONTENT: dict[str, str] = {
    "documents": "id, origin, url, outlet, path, title, published, language, credit, body, "
    "record, cluster",
    "origins": "origin, doc",
    "paragraphs": "*",
    "entities": "*",
    "mentions": "*",
    "quotes": 'doc, n, text, start, "end", kind, speaker, speaker_text, cue',
    "cited_sources": "*",
    "tags": "*",
    "market": "*",
    "rejections": "origin, page_id, stage, reason, detail",
    "signatures": "*",
    "lsh_bands": "*",
    "corpus_entities": "*",
    "corpus_keys": "*",
}


def corpus() -> list[Record]:
    return [Record.from_dict(json.loads(line)) for line in CORPUS.read_text("utf-8").splitlines()]


def content(store: SqliteStore) -> dict[str, list[tuple[Any, ...]]]:
    conn = store.connection
    found = {
        table: sorted(conn.execute(f"SELECT {columns} FROM {table}").fetchall())
        for table, columns in CONTENT.items()
    }
    found["fts"] = sorted(
        conn.execute(
            "SELECT d.id FROM documents_fts JOIN documents d ON d.key = documents_fts.rowid "
            "WHERE documents_fts MATCH 'oil OR clinton OR iran'"
        ).fetchall()
    )
    found["quotes_fts"] = sorted(
        conn.execute(
            "SELECT q.doc, q.n FROM quotes_fts JOIN quotes q ON q.key = quotes_fts.rowid "
            "WHERE quotes_fts MATCH 'the'"
        ).fetchall()
    )
    return found


def ingest(store: SqliteStore, records: list[Record], *, batch: int = 3) -> None:
    """What a batch run does: skip done origins, put the rest, commit every few."""
    run = store.begin_run("test ingest")
    done = store.done_origins([r.id for r in records])
    for n, record in enumerate(r for r in records if r.id not in done):
        store.put(record, origin=record.id, run_id=run)
        if n % batch == batch - 1:
            store.commit()
    store.reject(Rejection("ffff", "broken.html", "decode", "binary", "a PNG image"), run_id=run)
    store.commit()
    store.finish_run(run, {"stored": len(records)})


@pytest.fixture
def reference(tmp_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    store = SqliteStore(str(tmp_path / "reference.db"))
    ingest(store, corpus())
    found = content(store)
    store.close()
    return found


def test_ingesting_twice_changes_nothing(
    tmp_path: Path, reference: dict[str, list[tuple[Any, ...]]]
) -> None:
    store = SqliteStore(str(tmp_path / "twice.db"))
    ingest(store, corpus())
    for record in corpus():  # put again without skipping: still nothing changes
        store.put(record, origin=record.id, run_id=1)
    store.commit()
    ingest(store, corpus())
    assert content(store) == reference
    assert len(reference["documents"]) == 12
    store.close()


def test_a_changed_record_replaces_all_its_rows(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "replace.db"))
    ingest(store, corpus())
    record = next(r for r in corpus() if len(r.quotes) == 2)
    shorter = dataclasses.replace(
        record,
        title="Corrected",
        quotes=record.quotes[:1],
        tags=("Corrections",),
    )
    store.put(shorter, origin=record.id, run_id=1)
    store.commit()
    conn = store.connection
    assert conn.execute("SELECT count(*) FROM documents WHERE id = ?", (record.id,)).fetchone() == (
        1,
    )
    assert conn.execute("SELECT count(*) FROM quotes WHERE doc = ?", (record.id,)).fetchone() == (
        1,
    )
    assert conn.execute("SELECT tag FROM tags WHERE doc = ?", (record.id,)).fetchall() == [
        ("Corrections",)
    ]
    titles = conn.execute(
        "SELECT d.title FROM documents_fts JOIN documents d ON d.key = documents_fts.rowid "
        "WHERE documents_fts MATCH 'title:corrected'"
    ).fetchall()
    assert titles == [("Corrected",)]
    store.close()


def test_one_record_from_two_origins_keeps_the_first_origin_in_any_order(tmp_path: Path) -> None:
    record = corpus()[0]
    copy = dataclasses.replace(record, source=dataclasses.replace(record.source, path="b.html"))
    original = dataclasses.replace(record, source=dataclasses.replace(record.source, path="a.html"))
    kept = []
    for name, order in (
        ("ab", [("a.html", original), ("b.html", copy)]),
        ("ba", [("b.html", copy), ("a.html", original)]),
    ):
        store = SqliteStore(str(tmp_path / f"{name}.db"))
        run = store.begin_run("test")
        for origin, version in order:
            store.put(version, origin=origin, run_id=run)
        store.commit()
        assert store.done_origins(["a.html", "b.html", "c.html"]) == {"a.html", "b.html"}
        kept.append(store.connection.execute("SELECT origin, path FROM documents").fetchall())
        store.close()
    assert kept == [[("a.html", "a.html")], [("a.html", "a.html")]]


@pytest.mark.parametrize("origins", [("b.warc#1", "a.warc#7"), ("a.warc#7", "b.warc#1")])
def test_an_identical_record_from_two_origins_is_stored_once_under_the_first(
    tmp_path: Path, origins: tuple[str, str]
) -> None:
    record = corpus()[0]  # same URL, same content: e.g. one page in two archives
    store = SqliteStore(str(tmp_path / "same.db"))
    run = store.begin_run("test")
    for origin in origins:
        store.put(record, origin=origin, run_id=run)
    store.commit()
    assert store.connection.execute("SELECT id, origin FROM documents").fetchall() == [
        (record.id, "a.warc#7")
    ]
    store.close()


def test_a_stored_page_clears_its_old_rejection(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "retry.db"))
    run = store.begin_run("test")
    record = corpus()[0]
    store.reject(Rejection(record.id, "page.html", "nlp", "timeout", "took 61 s"), run_id=run)
    store.commit()
    assert store.done_origins(["page.html"]) == {"page.html"}
    store.put(record, origin="page.html", run_id=run)
    store.commit()
    conn = store.connection
    assert conn.execute("SELECT count(*) FROM rejections").fetchone() == (0,)
    assert store.done_origins(["page.html"]) == {"page.html"}
    store.close()


@pytest.mark.parametrize(
    ("reasons", "expected"),
    [
        (None, {"slow.html", "blank.html"}),
        (("timeout",), {"slow.html"}),
        (["timeout", "empty", "binary"], {"slow.html", "blank.html"}),
        ((), set()),
    ],
)
def test_rejected_origins_are_those_stored_as_rejections_with_the_reasons_asked(
    tmp_path: Path, reasons: tuple[str, ...] | None, expected: set[str]
) -> None:
    store = SqliteStore(str(tmp_path / "rejected.db"))
    run = store.begin_run("test")
    record = corpus()[0]
    store.put(record, origin="good.html", run_id=run)
    store.reject(Rejection("a1", "slow.html", "nlp", "timeout", "took 61 s"), run_id=run)
    store.reject(Rejection("b2", "blank.html", "decode", "empty", "page is empty"), run_id=run)
    store.commit()
    origins = ["good.html", "slow.html", "blank.html", "new.html"]
    assert store.rejected_origins(origins, reasons) == expected
    store.close()


def test_a_rejection_stored_again_replaces_the_one_before(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "again.db"))
    first = store.begin_run("first")
    store.reject(Rejection("a1", "slow.html", "nlp", "timeout", "took 61 s"), run_id=first)
    store.commit()
    second = store.begin_run("second")
    store.reject(Rejection("a1", "slow.html", "run", "internal", "KeyError"), run_id=second)
    store.commit()
    assert store.connection.execute("SELECT origin, reason, run FROM rejections").fetchall() == [
        ("slow.html", "internal", second)
    ]
    store.close()


def test_a_failed_put_leaves_nothing_half_written(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "atomic.db"))
    run = store.begin_run("test")
    good, bad = corpus()[:2]
    store.put(good, origin="good", run_id=run)
    # A quote without text is refused by the database after the document row went in.
    broken = dataclasses.replace(bad, quotes=(Quote(None, 0, 4, "direct"),))  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="NOT NULL"):
        store.put(broken, origin="bad", run_id=run)
    store.commit()
    conn = store.connection
    assert conn.execute("SELECT id FROM documents").fetchall() == [(good.id,)]
    assert conn.execute("SELECT count(*) FROM quotes WHERE doc = ?", (bad.id,)).fetchone() == (0,)
    assert store.done_origins(["good", "bad"]) == {"good"}
    store.close()


_KILLED_INGEST = """
import json, os, signal, sys
from newsdesk.record import Record
from newsdesk.store import open_store
path, corpus, kill_after = sys.argv[1], sys.argv[2], int(sys.argv[3])
records = [Record.from_json(line) for line in open(corpus, encoding="utf-8")]
store = open_store(path)
run = store.begin_run("killed ingest")
for n, record in enumerate(records):
    if n == kill_after:
        os.kill(os.getpid(), signal.SIGKILL)
    store.put(record, origin=record.id, run_id=run)
    if n % 3 == 2:
        store.commit()
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("kill_after", [0, 1, 4, 7, 11, 12])
def test_a_run_killed_at_any_moment_then_rerun_matches_an_uninterrupted_one(
    tmp_path: Path, reference: dict[str, list[tuple[Any, ...]]], kill_after: int
) -> None:
    path = tmp_path / "killed.db"
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_INGEST, str(path), str(CORPUS), str(kill_after)],
        check=False,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")},
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    store = SqliteStore(str(path))
    committed = store.connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert committed == 3 * (kill_after // 3)
    ingest(store, corpus())
    assert content(store) == reference
    store.close()


def test_a_postgres_server_that_is_down_is_one_clear_error() -> None:
    with pytest.raises(
        StoreError, match=r"^postgresql://newsdesk@127\.0\.0\.1:1/news: cannot connect"
    ):
        open_store("postgresql://newsdesk:secret@127.0.0.1:1/news")


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nowhere" / "news.db"))


def test_the_store_uses_wal_mode(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "wal.db"))
    assert store.connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    store.close()
    raw = sqlite3.connect(tmp_path / "wal.db")
    assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    raw.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_order_pages_arrive_in_changes_nothing(
    tmp_path: Path, reference: dict[str, list[tuple[Any, ...]]], seed: int
) -> None:
    records = corpus()
    random.Random(seed).shuffle(records)
    store = SqliteStore(str(tmp_path / f"order{seed}.db"))
    ingest(store, records, batch=seed)
    assert content(store) == reference
    store.close()


def test_readers_are_not_blocked_by_a_writer_in_another_connection(tmp_path: Path) -> None:
    path = str(tmp_path / "busy.db")
    first, second = corpus()[:2]
    writer = SqliteStore(path)
    run = writer.begin_run("test")
    writer.put(first, origin="first", run_id=run)
    writer.commit()
    writer.put(second, origin="second", run_id=run)  # an open batch holds the write lock
    reader = SqliteStore(path)
    try:
        # Corpus entities are stale (nobody refreshed), and the writer holds the lock:
        # the reader answers from what is committed instead of waiting.
        hits = search.search(reader, "the")
        assert [h.id for h in hits] == [first.id]
        assert search.entities(reader) == []
    finally:
        reader.close()
    writer.finish_run(run, {})  # the writer brings corpus entities up to date
    writer.close()
    reopened = SqliteStore(path)
    assert {e.name for e in search.entities(reopened)} >= {"Hillary Clinton", "Bill Clinton"}
    reopened.close()


def test_reads_never_write_even_when_derived_state_is_stale(tmp_path: Path) -> None:
    path = str(tmp_path / "stale.db")
    writer = SqliteStore(path)
    run = writer.begin_run("test")
    for record in corpus()[:3]:
        writer.put(record, origin=record.id, run_id=run)
    writer.close()  # killed before finish_run: corpus entities are left to compute
    before = Path(path).read_bytes()
    reader = SqliteStore(path, create=False)
    search.search(reader, "the")
    search.entities(reader)
    search.quotes(reader, speaker="Clinton")
    search.stats(reader)
    pending = reader.connection.execute("SELECT name FROM meta").fetchall()
    reader.close()
    assert pending == [("entities_dirty",)]
    assert Path(path).read_bytes() == before


def annotated_and_bare() -> tuple[Record, Record]:
    """A record with NLP annotations (quotes, entities), and the same page without them."""
    record = next(r for r in corpus() if r.quotes and r.entities)
    bare = dataclasses.replace(record, entities=(), quotes=(), sources=(), summary=None)
    return record, bare


def counts(store: SqliteStore) -> tuple[int, int, int]:
    conn = store.connection
    return (
        conn.execute("SELECT count(*) FROM documents").fetchone()[0],
        conn.execute("SELECT count(*) FROM quotes").fetchone()[0],
        conn.execute("SELECT count(*) FROM entities").fetchone()[0],
    )


@pytest.mark.parametrize("origins", [("a.html", "b.html"), ("b.html", "a.html")])
def test_a_record_without_nlp_never_replaces_one_with_it(
    tmp_path: Path, origins: tuple[str, str]
) -> None:
    annotated, bare = annotated_and_bare()
    store = SqliteStore(str(tmp_path / "rich.db"))
    run = store.begin_run("test")
    assert store.put(annotated, origin=origins[0], run_id=run, nlp=True) == "stored"
    before = counts(store)
    assert store.put(bare, origin=origins[1], run_id=run, nlp=False) == "kept"
    store.commit()
    assert counts(store) == before and before[1] > 0
    assert store.done_origins(list(origins)) == set(origins)  # the rerun is recognised
    store.close()


@pytest.mark.parametrize(
    ("first", "second", "replace", "result", "annotated_after"),
    [
        # A richer record (with NLP) from another input replaces a poorer one.
        (("bare", "a.html"), ("annotated", "b.html"), False, "merged", True),
        # A poorer one replaces a richer one only when asked.
        (("annotated", "a.html"), ("bare", "a.html"), True, "replaced", False),
    ],
)
def test_which_record_a_put_keeps(
    tmp_path: Path,
    first: tuple[str, str],
    second: tuple[str, str],
    replace: bool,
    result: str,
    annotated_after: bool,
) -> None:
    annotated, bare = annotated_and_bare()
    versions = {"annotated": (annotated, True), "bare": (bare, False)}
    store = SqliteStore(str(tmp_path / "which.db"))
    run = store.begin_run("test")
    for (version, origin), asked in ((first, False), (second, replace)):
        record, nlp = versions[version]
        done = store.put(record, origin=origin, run_id=run, nlp=nlp, replace=asked)
    assert done == result
    store.commit()
    expected = (1, len(annotated.quotes), len(annotated.entities)) if annotated_after else (1, 0, 0)
    assert counts(store) == expected
    store.close()


def test_a_stored_record_is_never_replaced_by_a_rejection(tmp_path: Path) -> None:
    annotated, _ = annotated_and_bare()
    store = SqliteStore(str(tmp_path / "kept.db"))
    run = store.begin_run("test")
    store.put(annotated, origin="a.html", run_id=run)
    rejection = Rejection(annotated.id, "a.html", "nlp", "timeout", "took 61 s")
    assert store.reject(rejection, run_id=run) is False
    store.commit()
    assert counts(store)[0] == 1
    assert store.connection.execute("SELECT count(*) FROM rejections").fetchone() == (0,)
    store.close()


def test_a_run_with_nlp_does_not_skip_records_stored_without_it(tmp_path: Path) -> None:
    annotated, bare = annotated_and_bare()
    store = SqliteStore(str(tmp_path / "upgrade.db"))
    run = store.begin_run("test")
    store.put(bare, origin="a.html", run_id=run, nlp=False)
    store.commit()
    assert store.done_origins(["a.html"]) == {"a.html"}  # a run without NLP skips it
    assert store.done_origins(["a.html"], nlp=True) == set()  # a run with NLP does not ...
    assert store.put(annotated, origin="a.html", run_id=run, nlp=True) == "replaced"
    store.commit()
    assert store.done_origins(["a.html"], nlp=True) == {"a.html"}  # ... once, and then does
    assert counts(store) == (1, len(annotated.quotes), len(annotated.entities))
    store.close()


def test_a_store_used_as_a_context_manager_commits_and_closes_on_leaving(tmp_path: Path) -> None:
    record = corpus()[0]
    with SqliteStore(str(tmp_path / "n.db")) as store:
        run = store.begin_run("test")
        store.put(record, origin="a.html", run_id=run)
    with pytest.raises(sqlite3.ProgrammingError):
        store.connection.execute("SELECT 1")
    reopened = SqliteStore(str(tmp_path / "n.db"))
    assert search.get(reopened, record.id) == record
    reopened.close()
