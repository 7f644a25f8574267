"""``newsdesk rebuild``: a store's corpus entities and clusters recomputed in full."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk.record import Record
from newsdesk.store import open_store

CORPUS = Path(__file__).parent.parent.parent / "data" / "store" / "corpus.jsonl"


def stored(path: Path) -> str:
    store = open_store(str(path))
    run = store.begin_run("newsdesk ingest corpus.jsonl")
    for n, line in enumerate(CORPUS.read_text("utf-8").splitlines()):
        store.put(Record.from_dict(json.loads(line)), origin=f"corpus.jsonl:{n + 1}", run_id=run)
    store.finish_run(run, {})
    store.close()
    return str(path)


def entities(db: str, capsys: pytest.CaptureFixture[str]) -> object:
    assert main(["entities", "--db", db, "--json", "--limit", "1000"]) == 0
    return json.loads(capsys.readouterr().out)


def test_rebuild_recomputes_what_a_store_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = stored(tmp_path / "news.db")
    before = entities(db, capsys)
    assert isinstance(before, list) and before
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM corpus_entities")  # what a crash or a bug could leave
    conn.close()
    assert entities(db, capsys) == []
    assert main(["rebuild", "--db", db]) == 0
    assert capsys.readouterr().out == f"{db}: {len(before)} corpus entities recomputed\n"
    assert entities(db, capsys) == before


def test_rebuild_of_a_missing_store_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rebuild", "--db", str(tmp_path / "none.db")]) == 3
    err = capsys.readouterr().err
    assert err.startswith("newsdesk: error: ") and err.count("\n") == 1
    assert not (tmp_path / "none.db").exists()


@pytest.mark.postgres
def test_load_and_rebuild_never_print_a_password(
    tmp_path: Path, postgres_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The test server trusts its clients, so a password in the DSN is accepted and
    ignored: whatever the commands print must not show it."""
    db = postgres_db.replace("postgresql://postgres@", "postgresql://postgres:s3cret-pw@")
    assert db != postgres_db
    out = tmp_path / "out"
    (out / "_done").mkdir(parents=True)
    assert main(["load", str(out), "--db", db]) == 0
    assert main(["rebuild", "--db", db]) == 0
    printed = capsys.readouterr()
    assert "corpus entities recomputed" in printed.out
    assert "s3cret-pw" not in printed.out + printed.err
