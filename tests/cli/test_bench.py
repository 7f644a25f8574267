"""`newsdesk bench`: a wrong --data or --gold path is one clear line and exit 2, not a traceback."""

from __future__ import annotations

import importlib.util
from importlib.machinery import ModuleSpec
from pathlib import Path

import pytest

from newsdesk.cli.main import main


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["quotes", "--gold", "{tmp}/missing.jsonl"], "{tmp}/missing.jsonl: No such file"),
        (["speakers", "--gold", "{tmp}/missing.jsonl"], "{tmp}/missing.jsonl: No such file"),
        (["ner", "--gold", "{tmp}/missing"], "{tmp}/missing/"),
        (["ner", "--gold", "{tmp}/page.txt"], "{tmp}/page.txt/"),
        (["quotes", "--gold", "{tmp}/page.txt"], "the gold file is not JSON Lines"),
        (["speakers", "--gold", "{tmp}/page.txt"], "the gold file is not JSON Lines"),
        (["quotes", "--gold", "{tmp}/empty.jsonl"], "{tmp}/empty.jsonl: the gold file is empty"),
        (["speakers", "--gold", "{tmp}/empty.jsonl"], "{tmp}/empty.jsonl: the gold file is empty"),
        (["people", "--db", "{tmp}/missing.db"], "{tmp}/missing.db: no such store"),
    ],
)
def test_bad_gold_paths_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    (tmp_path / "page.txt").write_text("The mayor said so.\n", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    code = main(["bench", *(arg.format(tmp=tmp_path) for arg in argv)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("newsdesk: error: ") and err.count("\n") == 1
    assert expected.format(tmp=tmp_path) in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["extraction", "--data", "{tmp}"],
        ["quotes", "--gold", "{tmp}/missing.jsonl"],
        ["speakers", "--gold", "{tmp}/missing.jsonl", "--limit", "3"],
    ],
)
def test_without_the_bench_extra_it_says_how_to_install_it(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> ModuleSpec | None:
        return None if name == "trafilatura" else real_find_spec(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    code = main(["bench", *(arg.format(tmp=tmp_path) for arg in argv)])
    err = capsys.readouterr().err
    assert (code, err) == (
        2,
        "newsdesk: error: newsdesk bench needs the bench extra: pip install 'newsdesk[bench]'\n",
    )
