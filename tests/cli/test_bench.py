"""`newsdesk bench`: a wrong --data or --gold path is one clear line and exit 2, not a traceback."""

from __future__ import annotations

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
