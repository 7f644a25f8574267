"""The PostgreSQL store against the SQLite one, many writers at once, and its errors.

Acceptance: the same pages ingested into both stores give the same records,
corpus entities, quotes and stats, and the same matching documents for every
search (the order may differ: BM25 in SQLite, ``ts_rank`` in PostgreSQL);
two ``ingest`` processes writing overlapping inputs into one database at once
store every page once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from newsdesk.cli.main import main
from newsdesk.errors import StoreError
from newsdesk.query import search
from newsdesk.store import Store, open_store
from newsdesk.store.postgres_schema import MIGRATIONS, VERSION

DATA = Path(__file__).parent.parent / "data"

#: Searches both stores must answer with the same documents.
SEARCHES = [
    "the",
    "said",
    "council",
    "police OR minister",
    "river -flood*",
    '"prime minister"',
    "gov*",
    "budget AND (council OR city)",
    "NEAR(harbour strike, 5)",
    "year NOT police",
    "water",
    "president",
]


def _content(store: Store) -> dict[str, object]:
    stats = search.stats(store, top=50)
    return {
        "records": [r.to_json() for r in search.records(store)],
        "entities": search.entities(store, limit=10_000),
        "quotes": sorted(search.quotes(store, limit=10_000), key=lambda q: (q.doc, q.text)),
        "speakers": {
            s.name: sorted(q.text for q in search.quotes(store, speaker=s.name, limit=10_000))
            for s in stats.top_speakers
        },
        "stats": replace(stats, runs=()),
        "runs": [(r.counts, r.finished is not None) for r in stats.runs],
        "searches": {
            q: sorted(h.id for h in search.search(store, q, limit=1000)) for q in SEARCHES
        },
        "clusters": sorted(h.cluster for h in search.search(store, "the", limit=1000)),
    }


@pytest.mark.postgres
@pytest.mark.slow
def test_the_same_pages_give_the_same_store_in_sqlite_and_postgresql(
    tmp_path: Path, postgres_db: str
) -> None:
    pages = [str(DATA / "text"), str(DATA / "ingest"), str(DATA / "html")]
    sqlite_db = str(tmp_path / "news.db")
    for db in (sqlite_db, postgres_db):
        assert main(["ingest", *pages, "--include", "*.txt", "--include", "*.html",
                     "--db", db, "--workers", "1", "--quiet"]) == 0  # fmt: skip
    sqlite_store, postgres_store = open_store(sqlite_db), open_store(postgres_db)
    try:
        in_sqlite, in_postgres = _content(sqlite_store), _content(postgres_store)
    finally:
        sqlite_store.close()
        postgres_store.close()
    assert len(in_sqlite["records"]) > 30  # type: ignore[arg-type]
    assert in_sqlite["entities"] and in_sqlite["quotes"] and in_sqlite["speakers"]
    found = in_sqlite["searches"]
    assert isinstance(found, dict) and sum(1 for ids in found.values() if ids) >= 10
    for part, value in in_sqlite.items():
        assert in_postgres[part] == value, part


def _dump(path: Path, pages: list[tuple[str, str]]) -> Path:
    path.write_text(
        "".join(json.dumps({"url": url, "text": text}) + "\n" for url, text in pages), "utf-8"
    )
    return path


def _page(n: int) -> tuple[str, str]:
    town = ["Arden", "Bexley", "Carrow", "Dunmore", "Elston"][n % 5]
    return (
        f"https://www.valley-courier.example/news/{n}",
        f"Council of {town} approves plan number {n}\n\n"
        f"The council of {town} approved plan number {n} on Tuesday after a long debate "
        f"about roads, schools and the budget for the coming year. Item {n} passed with "
        f"{n % 7 + 5} votes in favour.\n\nResidents will see the first works in spring, "
        f"the clerk said, and the plan will be reviewed after {n % 3 + 1} years.",
    )


@pytest.mark.postgres
@pytest.mark.slow
def test_two_ingests_at_once_over_overlapping_inputs_store_every_page_once(
    tmp_path: Path, postgres_dsn: str, postgres_db: str
) -> None:
    shared = _dump(tmp_path / "shared.jsonl", [_page(n) for n in range(0, 60)])
    first = _dump(tmp_path / "first.jsonl", [_page(n) for n in range(40, 100)])
    second = _dump(tmp_path / "second.jsonl", [_page(n) for n in range(80, 140)])
    db = postgres_db
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "newsdesk.cli.main",
                "ingest",
                *map(str, inputs),
                "--db",
                db,
                "--workers",
                "1",
                "--no-nlp",
                "--quiet",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for inputs in ([shared, first], [second, shared])
    ]
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        assert "Traceback" not in err
    store = open_store(db, create=False)
    try:
        ids = [r.id for r in search.records(store)]
        stats = search.stats(store)
    finally:
        store.close()
    urls = {_page(n)[0] for n in range(140)}
    assert len(ids) == len(set(ids)) == len(urls) == stats.documents
    assert stats.rejections == 0
    with psycopg.connect(postgres_dsn) as conn:
        origins = conn.execute("SELECT origin FROM origins").fetchall()
        per_doc = conn.execute("SELECT count(*) FROM origins GROUP BY doc").fetchall()
    # Every input line is linked to its page once: 60 + 60 + 60 lines, one document per URL.
    assert len(origins) == len({o for (o,) in origins}) == 180
    assert sorted(n for (n,) in per_doc)[-1] <= 2


@pytest.mark.postgres
def test_a_store_newer_than_this_newsdesk_is_refused(postgres_dsn: str, postgres_db: str) -> None:
    open_store(postgres_db).close()
    with psycopg.connect(postgres_dsn) as conn:
        conn.execute("UPDATE newsdesk_schema SET version = %s", (VERSION + 1,))
    with pytest.raises(StoreError, match="newer than this newsdesk knows"):
        open_store(postgres_db)


@pytest.mark.postgres
def test_a_database_of_another_program_is_never_touched(
    postgres_dsn: str, postgres_db: str
) -> None:
    with psycopg.connect(postgres_dsn) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="holds other tables but no newsdesk store"):
        open_store(postgres_db)
    with psycopg.connect(postgres_dsn) as conn:
        tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchall() == [("invoices",)]


@pytest.mark.postgres
def test_a_user_without_rights_gets_one_clear_line(
    postgres_dsn: str, url_of: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    from psycopg import conninfo

    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS newsdesk_reader")
        conn.execute("CREATE ROLE newsdesk_reader LOGIN PASSWORD 'reader'")
    try:
        reader = conninfo.make_conninfo(postgres_dsn, user="newsdesk_reader", password="reader")
        assert main(["ingest", str(DATA / "ingest"), "--db", url_of(reader)]) != 0
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "permission denied" in err and "reader@" in err
        assert "'reader'" not in err and ":reader@" not in err
    finally:
        with psycopg.connect(postgres_dsn, autocommit=True) as conn:
            conn.execute("DROP OWNED BY newsdesk_reader")
            conn.execute("DROP ROLE newsdesk_reader")


@pytest.mark.parametrize(
    ("dsn", "shown"),
    [
        ("postgresql://news:secret@127.0.0.1:1/corpus", "postgresql://news@127.0.0.1:1/corpus"),
        ("postgresql://127.0.0.1:1/corpus?connect_timeout=x", "postgresql://127.0.0.1:1/corpus"),
        ("postgresql://[::1", "the PostgreSQL DSN"),
    ],
)
def test_a_dsn_that_cannot_connect_is_one_line_without_the_password(
    dsn: str, shown: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "oil", "--db", dsn]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"newsdesk: error: {shown}: cannot connect to PostgreSQL (")
    assert err.count("\n") == 1 and "secret" not in err


@pytest.mark.postgres
def test_the_password_of_a_dsn_is_never_shown_nor_kept(
    postgres_dsn: str, url_of: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    from psycopg import conninfo

    db = url_of(conninfo.make_conninfo(postgres_dsn, password="hunter2"))
    assert ":hunter2@" in db
    assert main(["ingest", str(DATA / "ingest"), "--db", db, "--no-nlp", "--workers", "1"]) == 0
    assert main(["stats", "--db", db, "--json"]) == 0
    shown = capsys.readouterr().out
    assert "hunter2" not in shown
    assert '"--db", ' not in shown and "--db postgresql://" in shown


@pytest.mark.postgres
def test_a_long_lived_reader_takes_its_connections_from_a_pool(postgres_db: str) -> None:
    from newsdesk.store.postgres import PostgresStore, reader_pool

    with pytest.raises(StoreError, match="holds no newsdesk store"):
        reader_pool(postgres_db)
    assert main(["ingest", str(DATA / "ingest"), "--db", postgres_db, "--no-nlp"]) == 0
    pool = reader_pool(postgres_db, size=2)
    try:
        for _ in range(6):  # one store a request, as a server opens them
            store = PostgresStore(postgres_db, pool=pool)
            assert search.stats(store).documents == 4
            assert search.search(store, "council")
            store.close()
        assert pool.get_stats()["pool_size"] <= 2
    finally:
        pool.close()


@pytest.mark.postgres
def test_a_version_2_store_gets_the_totals_of_its_corpus_entities(
    postgres_dsn: str, postgres_db: str
) -> None:
    """As SQLite's version 6: corpus entities stored before version 3 are recomputed in
    full at the first refresh, with the totals a run's joins add to."""
    with psycopg.connect(postgres_dsn) as conn:
        for script in MIGRATIONS[:2]:
            conn.execute(script.encode())
        conn.execute("UPDATE newsdesk_schema SET version = 2")
        conn.execute(
            "INSERT INTO documents(id, origin, body, record, cluster) "
            "VALUES ('a1', 'a.html', 'Mrs. Ines Brandt spoke.', '{}', 'a1')"
        )
        conn.execute(
            "INSERT INTO entities(doc, eid, name, type, aliases, mentions) "
            "VALUES ('a1', 'e0', 'Mrs. Ines Brandt', 'PERSON', '[\"Brandt\"]', 2)"
        )
    store = open_store(postgres_db)
    store.refresh()
    store.close()
    with psycopg.connect(postgres_dsn) as conn:
        found = conn.execute("SELECT name, forms, named, genders FROM corpus_entities").fetchall()
        assert found == [("Mrs. Ines Brandt", '[["Brandt", 1], ["Mrs. Ines Brandt", 1]]', 1, "f")]
        assert conn.execute("SELECT version FROM newsdesk_schema").fetchall() == [(VERSION,)]
