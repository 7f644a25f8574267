"""The scripts under bench/ without their data: one line naming what is missing and
exit 2, never a traceback and never a score of 0.000 that reads like a result."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parent.parent.parent / "bench"


def script(name: str, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH / name), *argv], capture_output=True, text=True, check=False
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["metadata_speed.py", "{tmp}/*.html"], "no pages in the pattern '{tmp}/*.html'"),
        (["nlp_throughput.py", "--data", "{tmp}/dev.jsonl"], "not found: {tmp}/dev.jsonl"),
        (["nlp_throughput.py", "--data", "{tmp}/empty.jsonl"], "is empty: {tmp}/empty.jsonl"),
        (["quote_agreement.py", "--data", "{tmp}/polnear"], "not found: {tmp}/polnear"),
        (["quote_agreement.py", "--data", "{tmp}"], "no articles annotated twice in {tmp}"),
    ],
)
def test_missing_data_is_one_line_and_exit_2(
    tmp_path: Path, argv: list[str], expected: str
) -> None:
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    done = script(*(arg.format(tmp=tmp_path) for arg in argv))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{argv[0]}: error: ")
    assert expected.format(tmp=tmp_path) in done.stderr
    assert "0.000" not in done.stdout


def test_help_is_help_not_a_page_pattern() -> None:
    done = script("metadata_speed.py", "--help")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: metadata_speed.py")
    assert "no pages" not in done.stderr
