"""Batch summaries list kinds most frequent first; every store command takes a file or a DSN."""

from __future__ import annotations

from collections import Counter

import pytest

from newsdesk.cli.main import main
from newsdesk.cli.summary import by_count, kinds_line


def test_kinds_are_listed_most_frequent_first_then_by_name() -> None:
    counts = Counter({"image/png": 1, "request": 6, "metadata": 6, "http 404": 2})
    assert by_count(counts) == [("metadata", 6), ("request", 6), ("http 404", 2), ("image/png", 1)]
    assert kinds_line(counts) == "metadata 6, request 6, http 404 2, image/png 1"


@pytest.mark.parametrize(
    "command",
    [
        "ingest",
        "load",
        "rebuild",
        "search",
        "show",
        "quotes",
        "entities",
        "stats",
        "export",
        "rejections",
        "serve",
    ],
)
def test_every_store_command_names_a_file_or_a_dsn(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--db FILE|DSN" in help_text
    assert "postgresql:// DSN" in help_text
