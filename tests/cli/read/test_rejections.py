"""`newsdesk rejections`: the inputs a store holds as rejections, by reason and source."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from newsdesk.cli.main import main

DATA = Path(__file__).parent.parent.parent / "data" / "ingest"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store of a folder with one good page, an empty page and a cut-off gzip page."""
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(DATA / "river-flooding.txt", folder / "flood.txt")
    (folder / "blank.txt").write_text("   \n", encoding="utf-8")
    flood = (DATA / "river-flooding.txt").read_bytes()
    (folder / "cut.txt.gz").write_bytes(gzip.compress(flood)[:-30])
    db = tmp_path / "p.db"
    assert main(["ingest", "--no-nlp", str(folder), "--db", str(db), "--quiet", "--workers", "1"])
    return db


def listed(db: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> list[tuple[str, str]]:
    assert main(["rejections", "--db", str(db), "--json", *flags]) == 0
    found = json.loads(capsys.readouterr().out)
    return [(Path(row["origin"]).name, row["reason"]) for row in found["rejections"]]


def test_every_rejection_is_listed_with_its_reason(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert listed(store, capsys) == [("blank.txt", "empty"), ("cut.txt.gz", "truncated")]


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--reason", "truncated"], [("cut.txt.gz", "truncated")]),
        (["--reason", "empty,timeout"], [("blank.txt", "empty")]),
        (["--source", "blank"], [("blank.txt", "empty")]),
        (["--source", "elsewhere"], []),
        (["--limit", "1"], [("blank.txt", "empty")]),
    ],
)
def test_filters(
    store: Path,
    capsys: pytest.CaptureFixture[str],
    flags: list[str],
    expected: list[tuple[str, str]],
) -> None:
    assert listed(store, capsys, *flags) == expected


def test_a_source_that_exists_is_matched_by_its_absolute_path(
    store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(store.parent)
    assert listed(store, capsys, "--source", "pages/cut.txt.gz") == [("cut.txt.gz", "truncated")]


def test_the_table_names_the_input_and_why(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rejections", "--db", str(store), "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "blank.txt" in out and "empty" in out
    assert "1 of 2 rejections" in out


def test_an_unknown_reason_is_a_usage_error(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["rejections", "--db", str(store), "--reason", "lost"])
    assert exit_.value.code == 2
    assert "unknown reason code 'lost'" in capsys.readouterr().err
