"""The commands that read a store: search, quotes, entities, stats, export."""

from __future__ import annotations

import csv
import itertools
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from newsdesk.cli.main import main
from newsdesk.record import Record, Rejection
from newsdesk.store import open_store
from newsdesk.store.export import read_parquet

CORPUS = Path(__file__).parent.parent.parent / "data" / "store" / "corpus.jsonl"


def corpus() -> list[Record]:
    return [Record.from_dict(json.loads(line)) for line in CORPUS.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("store") / "news.db")
    store = open_store(path)
    run = store.begin_run("newsdesk ingest corpus.jsonl")
    for n, record in enumerate(corpus()):
        store.put(record, origin=f"corpus.jsonl:{n + 1}", run_id=run)
    store.reject(Rejection("0e0e", "nav.html", "segment", "no-content", "menus only"), run_id=run)
    store.finish_run(run, {"stored": 12, "rejected": 1})
    store.close()
    return path


def one_page_store(path: Path, record: Record, *, origin: str) -> str:
    """A store at ``path`` holding ``record``, read from ``origin``."""
    store = open_store(str(path))
    run = store.begin_run(f"newsdesk ingest {origin}")
    store.put(record, origin=origin, run_id=run)
    store.finish_run(run, {"stored": 1})
    store.close()
    return str(path)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_search_json_gives_ranked_hits_with_snippets(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    hits = run_json(capsys, "search", "sanctions", "--db", db)
    assert isinstance(hits, list)
    assert hits[0]["title"] == "Pompeo says sanctions on Iran will tighten"
    start, end = hits[0]["highlights"][0]
    assert hits[0]["snippet"][start:end] == "sanctions"


def test_search_filters_and_collapse(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    hits = run_json(capsys, "search", "oil", "--collapse", "--since", "2019-06-17", "--db", db)
    assert isinstance(hits, list)
    assert len(hits) == 2
    assert sorted(h["duplicates"] for h in hits) == [0, 2]
    hits = run_json(capsys, "search", "Iran", "--entity", "Khamenei", "--tag", "iran", "--db", db)
    assert isinstance(hits, list)
    assert {h["credit"] for h in hits} == {"Al Jazeera", "Tehran Times"}
    hits = run_json(capsys, "search", "Iran", "--outlet", "reuters.com", "--limit", "1", "--db", db)
    assert isinstance(hits, list)
    assert [h["credit"] for h in hits] == ["Reuters"]


def test_search_table_shows_titles(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "foundation", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Bill Clinton defends family foundation" in out
    assert main(["search", "zeppelin", "--db", db]) == 0
    assert "no matches" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "oil", "--since", "yesterday"],
        ["search", "?!"],
        ["search", "oil", "--limit", "0"],
        ["export", "--format", "parquet"],
        ["stats", "--top", "-1"],
        ["search", "(", ")", "AND"],
    ],
)
def test_usage_errors_exit_2(db: str, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert main([*argv, "--db", db]) == 2
    assert capsys.readouterr().err.startswith("newsdesk: error: ")


@pytest.mark.parametrize("command", ["search oil", "quotes", "entities", "stats", "export"])
def test_a_missing_store_exits_3_and_says_how_to_make_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    missing = tmp_path / "missing.db"
    assert main([*command.split(), "--db", str(missing)]) == 3
    assert "newsdesk ingest" in capsys.readouterr().err
    assert not missing.exists()


def test_quotes_by_speaker_under_any_name(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    found = run_json(capsys, "quotes", "--speaker", "Pompeo", "--db", db)
    assert isinstance(found, list)
    assert len(found) == 3
    assert {q["speaker"] for q in found} == {"Mike Pompeo"}
    found = run_json(capsys, "quotes", "--about", "foundation", "--db", db)
    assert isinstance(found, list)
    assert [q["speaker"] for q in found] == ["Bill Clinton", "Bill Clinton"]
    assert main(["quotes", "--speaker", "Khamenei", "--db", db]) == 0
    assert "Negotiation with America" in capsys.readouterr().out


def test_entities_lists_people_with_their_names(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    people = run_json(capsys, "entities", "--type", "person", "--db", db)
    assert isinstance(people, list)
    assert {p["type"] for p in people} == {"PERSON"}
    assert people[0]["name"] == "Mike Pompeo"
    assert main(["entities", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "George W. Bush" in out and "Tehran" in out


def test_entities_by_name_shows_who_shares_it(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    found = run_json(capsys, "entities", "--name", "Clinton", "--db", db)
    assert isinstance(found, list)
    assert {e["name"] for e in found} == {"Hillary Clinton", "Bill Clinton", "Mrs. Clinton"}


def test_stats_shows_rejections_by_reason(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "no-content" in out and "segment" in out
    found = run_json(capsys, "stats", "--db", db)
    assert isinstance(found, dict)
    assert found["documents"] == 12
    assert found["rejections_by_reason"] == [
        {"stage": "segment", "reason": "no-content", "count": 1}
    ]


def test_export_jsonl_round_trips(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "jsonl", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [Record.from_dict(json.loads(line)) for line in lines] == sorted(
        corpus(), key=lambda r: r.id
    )


def test_export_csv_and_parquet_to_files(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "records.csv"
    assert main(["export", "--format", "csv", "-o", str(table), "--db", db]) == 0
    with table.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["id"] for r in rows) == sorted(r.id for r in corpus())
    assert "wrote 12 records" in capsys.readouterr().err
    parquet = tmp_path / "records.parquet"
    assert main(["export", "--format", "parquet", "-o", str(parquet), "--db", db]) == 0
    assert read_parquet(parquet) == sorted(corpus(), key=lambda r: r.id)


def test_the_db_setting_is_the_default_store(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSDESK_DB", db)
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 12


@pytest.mark.parametrize("command", ["search", "quotes", "entities", "stats", "export"])
def test_each_command_help_has_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"newsdesk {command} " in out


def test_a_postgres_server_that_is_down_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", "postgresql://newsdesk:secret@127.0.0.1:1/news"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("newsdesk: error: postgresql://newsdesk@127.0.0.1:1/news: cannot connect")
    assert err.count("\n") == 1 and "secret" not in err


def test_tables_print_stored_text_verbatim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Square brackets in a quote are the editor's insertion, not console markup."""
    from newsdesk.record import Entity, PageSource, Quote

    body = '"They attend the meetings that [the remaining] parties [red]hold," she said.'
    text = "They attend the meetings that [the remaining] parties [red]hold,"
    record = Record(
        id="b1",
        source=PageSource(path="b.txt"),
        body=body,
        entities=(Entity("e1", "Ana Ruiz", "PERSON", ("she",), ((len(text) + 3, len(text) + 6),)),),
        quotes=(Quote(text, 1, 1 + len(text), "direct", "e1", "she", "said"),),
    )
    path = one_page_store(tmp_path / "b.db", record, origin="b.txt")
    assert main(["quotes", "--db", path]) == 0
    assert "[the remaining] parties [red]hold" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("where", ["missing/out", "a-folder"])
def test_export_to_an_unwritable_place_is_one_line_not_a_traceback(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, where: str
) -> None:
    (tmp_path / "a-folder").mkdir()
    target = tmp_path / where
    assert main(["export", "--format", fmt, "-o", str(target), "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsdesk: error: {target}: cannot write here") and err.count("\n") == 1


def test_search_words_may_come_as_several_arguments(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    one = run_json(capsys, "search", "sanctions Iran", "--db", db)
    several = run_json(capsys, "search", "sanctions", "Iran", "--db", db)
    assert isinstance(one, list) and one
    assert several == one


@pytest.mark.parametrize("command", ["search oil", "quotes", "entities", "stats", "export"])
def test_an_unknown_flag_is_reported_with_the_commands_usage(
    db: str, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command.split(), "--db", db, "--colour"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    name = command.split()[0]
    assert err.startswith(f"usage: newsdesk {name} ")
    assert f"newsdesk {name}: error: unrecognized arguments: --colour" in err


def test_an_unknown_entity_type_is_a_usage_error(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["entities", "--type", "PLANET", "--db", db])
    assert exit_.value.code == 2
    assert "invalid choice: 'PLANET'" in capsys.readouterr().err


READ_COMMANDS = ["search oil", "quotes", "entities", "stats", "export", "show 0123456789abcdef"]


@pytest.mark.parametrize("command", READ_COMMANDS)
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is an empty file, not a newsdesk store"),
        (b"id,title\n1,Oil rises\n", "file is not a database"),
    ],
)
def test_a_file_that_is_not_a_store_is_refused_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, content: bytes, message: str
) -> None:
    path = tmp_path / "news.db"
    path.write_bytes(content)
    assert main([*command.split(), "--db", str(path)]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"newsdesk: error: {path}: ") and message in err
    assert err.count("\n") == 1
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_another_sqlite_database_is_refused_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE prices (day TEXT, value REAL)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert main([*command.split(), "--db", str(path)]) == 3
    assert "an SQLite database but not a newsdesk store" in capsys.readouterr().err
    assert path.read_bytes() == before


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_a_folder_as_the_store_names_what_to_pass_instead(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """Not `newsdesk ingest --db FOLDER`, which would fail in turn."""
    assert main([*command.split(), "--db", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert (
        err
        == f"newsdesk: error: {tmp_path}: is a folder, not a store file: name the file with --db\n"
    )
    shutil.copyfile(db, tmp_path / "newsdesk.db")
    assert main([*command.split(), "--db", str(tmp_path)]) == 3
    assert capsys.readouterr().err.endswith(f"; the store in it is {tmp_path / 'newsdesk.db'}\n")


def test_an_unknown_environment_variable_breaks_no_command(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSDESK_DB", db)
    monkeypatch.setenv("NEWSDESK_COLOUR", "red")
    assert main(["stats", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["documents"] == 12
    assert captured.err == ""
    monkeypatch.setenv("NEWSDESK_WORKER", "2")
    assert main(["stats", "--json"]) == 0
    assert capsys.readouterr().err == (
        "newsdesk: warning: NEWSDESK_WORKER is not a setting (ignored); "
        "did you mean NEWSDESK_WORKERS?\n"
    )


def only(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    """The one result ``newsdesk ARGV --json`` gives."""
    found = run_json(capsys, *argv)
    assert isinstance(found, list) and len(found) == 1 and isinstance(found[0], dict)
    return found[0]


def warc_store(tmp_path: Path) -> str:
    """A store holding one page read from a WARC archive: a URL, no credit line."""
    from newsdesk.record import Entity, PageSource, Paragraph, Quote

    said = "The harbour will reopen on Monday,"
    body = f'Ferries were held in port for a third day.\n\n"{said}" Marta Olsen said.'
    start = body.index(said)
    record = Record(
        id="77aa00bb11cc22dd",
        source=PageSource(
            path="crawl/ports.warc.gz",
            url="https://www.harbournews.example/ferries-held",
            format="warc",
            warc_record_id="<urn:uuid:1>",
        ),
        title="Ferries held in port",
        body=body,
        paragraphs=(
            Paragraph(0, body.index("\n"), "paragraph"),
            Paragraph(body.index('"'), len(body), "paragraph"),
        ),
        entities=(
            Entity("e1", "Marta Olsen", "PERSON", (), ((body.index("Marta"), len(body) - 6),)),
        ),
        quotes=(Quote(said, start, start + len(said), "direct", "e1", "Marta Olsen", "said"),),
    )
    return one_page_store(tmp_path / "warc.db", record, origin="crawl/ports.warc.gz#1024")


def test_search_and_quote_results_name_the_pages_origin_and_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = warc_store(tmp_path)
    hit = only(capsys, "search", "ferries", "--db", path)
    assert (hit["outlet"], hit["origin"]) == ("harbournews.example", "crawl/ports.warc.gz#1024")
    quote = only(capsys, "quotes", "--speaker", "Olsen", "--db", path)
    assert (quote["doc"], quote["outlet"], quote["origin"]) == (
        "77aa00bb11cc22dd",
        "harbournews.example",
        "crawl/ports.warc.gz#1024",
    )
    assert main(["search", "ferries", "--db", path]) == 0
    assert "harbournews.example" in capsys.readouterr().out
    assert main(["quotes", "--db", path]) == 0
    assert "harbournews.example" in capsys.readouterr().out


def test_show_prints_the_article_a_hit_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = warc_store(tmp_path)
    hit = only(capsys, "search", "harbour", "--db", path)
    assert main(["show", hit["id"], "--db", path]) == 0
    out = capsys.readouterr().out
    assert "Title:     Ferries held in port" in out
    assert "Ferries were held in port for a third day." in out
    assert "[direct] Marta Olsen: The harbour will reopen on Monday," in out
    shown = run_json(capsys, "show", hit["id"][:6], "--db", path)
    assert isinstance(shown, dict)
    assert Record.from_dict(shown).source.url == "https://www.harbournews.example/ferries-held"


def test_show_by_id_prefix_needs_one_match(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    ids = sorted(r.id for r in corpus())
    whole = ids[0]
    shown = run_json(capsys, "show", whole.upper(), "--db", db)
    assert isinstance(shown, dict) and shown["id"] == whole
    shared = next(a[0] for a, b in itertools.pairwise(ids) if a[0] == b[0])
    assert main(["show", shared, "--db", db]) == 2
    err = capsys.readouterr().err
    assert "is the start of several ids" in err and err.count("\n") == 1
    assert main(["show", "ffffffffffffffff", "--db", db]) == 3
    assert capsys.readouterr().err == (
        "newsdesk: error: no stored article has the id 'ffffffffffffffff'\n"
    )


def found_ids(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    """The ids ``newsdesk ARGV --json`` finds, best first."""
    hits = run_json(capsys, *argv)
    assert isinstance(hits, list)
    return [hit["id"] for hit in hits]


@pytest.mark.parametrize(
    "argv",
    [
        ["Iran", "-Khamenei"],
        ["-Khamenei", "Iran"],
        ["--limit", "5", "Iran", "-Khamenei"],
        ["Iran", "--limit=5", "-Khamenei"],
        ["-Khamenei", "--lim", "5", "Iran"],
        ["Iran NOT Khamenei"],
    ],
)
def test_a_word_with_a_minus_leaves_out_the_pages_that_have_it(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    everything = found_ids(capsys, "search", "Iran", "--db", db)
    khamenei = found_ids(capsys, "search", "Khamenei", "--db", db)
    assert set(everything) & set(khamenei)
    without = found_ids(capsys, "search", *argv, "--db", db)
    assert without == [doc for doc in everything if doc not in khamenei]


def test_a_minus_word_starting_like_a_flag_is_still_a_word(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """-hamas is not the -h flag with "amas"."""
    assert run_json(capsys, "search", "Iran", "-hamas", "--db", db) == run_json(
        capsys, "search", "Iran", "--db", db
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["NOT Iran"], "only leaves out pages"),
        (["-Iran"], "only leaves out pages"),
        (["NOT", "Iran"], "only leaves out pages"),
    ],
)
def test_a_query_that_only_leaves_pages_out_is_refused(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["search", *argv, "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsdesk: error: the query ") and message in err
    assert err.count("\n") == 1


def test_near_finds_words_close_together(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    near = found_ids(capsys, "search", "NEAR(campaign pressure, 1)", "--db", db)
    phrase = found_ids(capsys, "search", '"pressure campaign"', "--db", db)
    assert near and near == phrase
    assert found_ids(capsys, "search", '"campaign pressure"', "--db", db) == []
