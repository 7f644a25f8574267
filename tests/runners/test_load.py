"""Loading a job's output into a store: what ingest would store, once, and only what is done."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.page import RawPage
from newsdesk.record import Record
from newsdesk.runners.ingest import ingest
from newsdesk.runners.job_output import write_input
from newsdesk.runners.load import LoadError, load
from newsdesk.runners.process import Outcome, process
from newsdesk.settings import Settings
from newsdesk.store import SqliteStore

DATA = Path(__file__).parent.parent / "data" / "ingest"
SETTINGS = Settings(nlp=False, workers=1)


def pages() -> list[RawPage]:
    found = [RawPage(data=p.read_bytes(), origin=str(p)) for p in sorted(DATA.iterdir())]
    return [*found, RawPage(data=b"\n\n", origin="/data/blank.txt")]


def job_output(folder: Path, items: list[RawPage], *, name: str = "/data/one.jsonl") -> None:
    outcomes = [Outcome(page.origin, process(page, SETTINGS)) for page in items]
    write_input(folder, name, outcomes, fmt="parquet", nlp=False)


def stored(store: SqliteStore) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    docs = store.connection.execute("SELECT id, record FROM documents ORDER BY id").fetchall()
    rejected = store.connection.execute(
        "SELECT origin, reason FROM rejections ORDER BY origin"
    ).fetchall()
    return [tuple(row) for row in docs], [tuple(row) for row in rejected]


def test_a_loaded_output_is_what_ingest_stores_and_loading_again_stores_nothing(
    tmp_path: Path,
) -> None:
    job_output(tmp_path / "out", pages())
    loaded = SqliteStore(":memory:")
    first = load(tmp_path / "out", loaded)
    assert (first.stored, dict(first.rejected), first.skipped) == (4, {"empty": 1}, 0)
    direct = SqliteStore(":memory:")
    ingest(pages(), direct, SETTINGS)
    assert stored(loaded) == stored(direct)
    again = load(tmp_path / "out", loaded)
    assert (again.stored, sum(again.rejected.values()), again.skipped) == (0, 0, 5)
    assert stored(loaded) == stored(direct)


def test_parts_without_a_marker_are_not_loaded(tmp_path: Path) -> None:
    out = tmp_path / "out"
    job_output(out, pages()[:2], name="/data/done.jsonl")
    job_output(out, pages()[2:4], name="/data/killed.jsonl")
    [marker] = [p for p in (out / "_done").iterdir() if p.name.startswith("killed")]
    marker.unlink()  # the job was killed after the parts, before the marker
    store = SqliteStore(":memory:")
    summary = load(out, store)
    assert summary.stored == 2
    assert len(stored(store)[0]) == 2


def test_a_record_with_nlp_annotations_is_not_replaced_by_a_loaded_one_without(
    tmp_path: Path,
) -> None:
    page = pages()[0]
    store = SqliteStore(":memory:")
    rich = process(page, Settings(nlp=True))
    assert isinstance(rich, Record)
    run = store.begin_run("ingest")
    store.put(rich, origin="/elsewhere/copy.txt", run_id=run, nlp=True)
    store.commit()
    job_output(tmp_path / "out", [page])
    summary = load(tmp_path / "out", store)
    assert summary.kept == 1
    [(_, text)] = stored(store)[0]
    assert text == rich.to_json()


def test_a_folder_that_is_no_job_output_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no job output here"):
        load(tmp_path, SqliteStore(":memory:"))
