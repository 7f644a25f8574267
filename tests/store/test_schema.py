"""Schema migrations: a new file gets every migration; other files are refused clearly."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from newsdesk.errors import StoreError
from newsdesk.store import SqliteStore, open_store, postgres_schema
from newsdesk.store.schema import MIGRATIONS, VERSION, migrate

TABLES = {
    "documents",
    "origins",
    "paragraphs",
    "entities",
    "mentions",
    "quotes",
    "cited_sources",
    "tags",
    "market",
    "rejections",
    "runs",
    "signatures",
    "lsh_bands",
    "corpus_entities",
    "corpus_keys",
    "pending_documents",
    "pending_entities",
    "meta",
    "documents_fts",
    "quotes_fts",
}


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    conn.close()
    return int(version)


def at_version(path: Path, version: int) -> sqlite3.Connection:
    """A new store at ``path`` with the first ``version`` migrations only."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("newsdesk_cjk", 2, lambda title, body: None)
    for number, script in enumerate(MIGRATIONS[:version], 1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return conn


def test_an_empty_file_gets_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    path.touch()
    store = SqliteStore(str(path))
    tables = {name for (name,) in store.connection.execute("SELECT name FROM sqlite_master")}
    store.close()
    assert tables >= TABLES
    assert user_version(path) == VERSION == len(MIGRATIONS)


def test_reopening_migrates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    SqliteStore(str(path)).close()
    conn = sqlite3.connect(path)
    assert migrate(conn) == VERSION
    conn.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this newsdesk"):
        SqliteStore(str(path))


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE birds (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="not a newsdesk store"):
        SqliteStore(str(path))


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match=r"not a newsdesk database|cannot open"):
        SqliteStore(str(path))
    assert path.read_text(encoding="utf-8").startswith("these are my notes")


def test_a_version_1_store_is_upgraded_in_place_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(f"BEGIN;\n{MIGRATIONS[0]}\nPRAGMA user_version = 1;\nCOMMIT;")
    conn.execute("INSERT INTO runs(command, started) VALUES ('ingest', '2019-06-01T00:00:00')")
    conn.execute(
        "INSERT INTO documents(id, origin, body, record, cluster, run) "
        "VALUES ('a1', 'a.html', 'Old body text.', '{}', 'a1', 1)"
    )
    conn.execute(
        'INSERT INTO quotes(doc, n, text, start, "end", kind) '
        "VALUES ('a1', 0, 'Old', 0, 3, 'direct')"
    )
    conn.close()
    store = SqliteStore(str(path))
    conn2 = store.connection
    assert conn2.execute("SELECT id, body FROM documents").fetchall() == [("a1", "Old body text.")]
    assert conn2.execute("SELECT text, speaker_key FROM quotes").fetchall() == [("Old", None)]
    store.close()
    assert user_version(path) == VERSION


@pytest.mark.parametrize(
    ("record", "nlp"),
    [
        ('{"summary": "The council met.", "entities": [], "quotes": []}', 1),
        ('{"summary": null, "entities": [{"id": "e1"}], "quotes": []}', 1),
        ('{"summary": null, "entities": [], "quotes": [], "sources": []}', 0),
        ("{}", 0),
    ],
)
def test_a_version_2_store_learns_which_documents_had_nlp(
    tmp_path: Path, record: str, nlp: int
) -> None:
    path = tmp_path / "v2.db"
    conn = at_version(path, 2)
    conn.execute(
        "INSERT INTO documents(id, origin, body, record, cluster) "
        "VALUES ('a1', 'a.html', 'Old body text.', ?, 'a1')",
        (record,),
    )
    conn.close()
    store = SqliteStore(str(path))
    assert store.connection.execute("SELECT nlp FROM documents").fetchall() == [(nlp,)]
    store.close()


def test_a_version_2_store_is_reindexed_so_its_cjk_pages_are_found(tmp_path: Path) -> None:
    """Pages stored before Chinese and Japanese became searchable are found after the
    upgrade, and English ones as before."""
    from newsdesk.query.search import quotes, search

    path = tmp_path / "old.db"
    conn = at_version(path, 2)
    conn.execute("INSERT INTO runs(command, started) VALUES ('ingest', '2019-06-01T00:00:00')")
    pages = [
        ("j1", "大阪で地震", "大阪府で震度五の地震があり、鉄道が止まった。"),
        ("c1", "北京新规", "北京市政府周一宣布了新的交通规定。"),
        ("e1", "Quake in Osaka", "Trains stopped after the earthquake."),
    ]
    for doc, title, body in pages:
        conn.execute(
            "INSERT INTO documents(id, origin, title, body, record, cluster, run) "
            "VALUES (?, ?, ?, ?, '{}', ?, 1)",
            (doc, f"{doc}.html", title, body, doc),
        )
    conn.execute(
        'INSERT INTO quotes(doc, n, text, start, "end", kind) '
        "VALUES ('j1', 0, '鉄道は明日再開する', 0, 9, 'direct')"
    )
    conn.close()
    store = open_store(str(path), create=False)
    assert [hit.id for hit in search(store, "地震")] == ["j1"]
    assert [hit.id for hit in search(store, "交通")] == ["c1"]
    assert [hit.id for hit in search(store, "earthquake")] == ["e1"]
    assert [q.text for q in quotes(store, about="再開")] == ["鉄道は明日再開する"]
    store.close()
    assert user_version(path) == VERSION


def test_a_version_4_store_resolves_its_corpus_entities_again_in_full(tmp_path: Path) -> None:
    """Corpus entities computed before version 5 lack what incremental resolution looks
    up (family names); the first refresh after the upgrade recomputes all of them."""
    path = tmp_path / "v4.db"
    conn = at_version(path, 4)
    conn.execute(
        "INSERT INTO documents(id, origin, body, record, cluster) "
        "VALUES ('a1', 'a.html', 'Ines Brandt spoke.', '{}', 'a1')"
    )
    conn.execute(
        "INSERT INTO entities(doc, eid, name, type, aliases, mentions) "
        "VALUES ('a1', 'e0', 'Ines Brandt', 'PERSON', '[]', 1)"
    )
    conn.close()
    store = SqliteStore(str(path))
    store.refresh()
    found = store.connection.execute("SELECT key, surname FROM corpus_keys").fetchall()
    assert found == [("ines brandt", "brandt")]
    assert store.connection.execute("SELECT name FROM meta").fetchall() == []
    store.close()


def test_a_version_5_store_gets_the_totals_of_its_corpus_entities(tmp_path: Path) -> None:
    """Corpus entities computed before version 6 lack the totals a run's joins add to
    (forms with their counts, documents naming a person in full, the genders names mark);
    the first refresh after the upgrade recomputes all of them."""
    path = tmp_path / "v5.db"
    conn = at_version(path, 5)
    conn.execute(
        "INSERT INTO documents(id, origin, body, record, cluster) "
        "VALUES ('a1', 'a.html', 'Mrs. Ines Brandt spoke.', '{}', 'a1')"
    )
    conn.execute(
        "INSERT INTO entities(doc, eid, name, type, aliases, mentions, corpus) "
        "VALUES ('a1', 'e0', 'Mrs. Ines Brandt', 'PERSON', '[\"Brandt\"]', 2, 'x')"
    )
    conn.execute(
        "INSERT INTO corpus_entities(id, name, type, aliases, keys, mentions, documents) "
        "VALUES ('x', 'Mrs. Ines Brandt', 'PERSON', '[\"Brandt\"]', "
        '\'["brandt", "ines brandt"]\', 2, 1)'
    )
    conn.close()
    store = SqliteStore(str(path))
    store.refresh()
    found = store.connection.execute(
        "SELECT name, forms, named, genders, word FROM corpus_entities"
    ).fetchall()
    assert found == [("Mrs. Ines Brandt", '[["Brandt", 1], ["Mrs. Ines Brandt", 1]]', 1, "f", None)]
    assert store.connection.execute("SELECT name FROM meta").fetchall() == []
    store.close()


@pytest.mark.parametrize(
    "sqlite_only", ["WITHOUT ROWID", "BLOB", "AUTOINCREMENT", "NOCASE", "fts5"]
)
def test_the_ddl_shared_with_postgresql_reaches_it_in_its_own_words(sqlite_only: str) -> None:
    assert not any(sqlite_only in script for script in postgres_schema.MIGRATIONS)


def test_every_postgresql_text_column_compares_byte_wise() -> None:
    for script in postgres_schema.MIGRATIONS:
        assert not re.search(r'\bTEXT\b(?! COLLATE "C")', script)
