"""Start-up: help and the read commands never load spaCy, numpy or pyarrow (but Parquet
does), and the read commands never load the extraction code (pipeline, parsers, benchmarks).

Each command runs in a fresh interpreter, which then reports the heavy packages it
imported; the test process itself has usually loaded spaCy already.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsdesk.record import Record
from newsdesk.store import open_store

CORPUS = Path(__file__).parent.parent / "data" / "store" / "corpus.jsonl"
HEAVY = ("spacy", "thinc", "numpy", "pyarrow")
#: What only extraction (extract, ingest, bench) needs: a read command that imports it
#: starts several times slower than it has to.
EXTRACTION = (
    "newsdesk.pipeline",
    "newsdesk.decode",
    "newsdesk.segment",
    "newsdesk.furniture",
    "newsdesk.recognise",
    "newsdesk.metadata",
    "newsdesk.runners",
    "newsdesk_bench",
    "lxml",
    "warcio",
    "py3langid",
)

#: Runs ``newsdesk ARGV...`` in-process, then prints the exit code and the heavy
#: packages imported, as one JSON line on stderr.
PROBE = f"""
import json, sys
from newsdesk.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
heavy = [name for name in {HEAVY!r} if name in sys.modules]
extraction = [name for name in {EXTRACTION!r} if name in sys.modules]
report = {{"code": code, "heavy": heavy, "extraction": extraction, "rich": "rich" in sys.modules}}
print(json.dumps(report), file=sys.stderr)
"""


def probe(*argv: str) -> dict[str, Any]:
    """What ``newsdesk ARGV...`` did: its exit ``code``, the ``heavy`` packages and the
    ``extraction`` modules it imported."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=False
    )
    report: dict[str, Any] = json.loads(done.stderr.strip().splitlines()[-1])
    return report


def newsdesk(*argv: str) -> tuple[int, list[str]]:
    """The exit code of ``newsdesk ARGV...`` and the heavy packages it imported."""
    report = probe(*argv)
    return report["code"], report["heavy"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("store") / "news.db")
    store = open_store(path)
    run = store.begin_run("newsdesk ingest corpus.jsonl")
    lines = CORPUS.read_text("utf-8").splitlines()
    for n, line in enumerate(lines):
        store.put(Record.from_dict(json.loads(line)), origin=f"corpus.jsonl:{n + 1}", run_id=run)
    store.finish_run(run, {"stored": len(lines)})
    store.close()
    return path


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["search", "--help"]])
def test_help_loads_no_heavy_package(argv: list[str]) -> None:
    assert newsdesk(*argv) == (0, [])


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "sanctions"],
        ["quotes", "--speaker", "Pompeo"],
        ["entities", "--type", "PERSON"],
        ["stats"],
        ["export", "--format", "csv"],
        ["export", "--format", "jsonl"],
        ["show", "4e5bc86a886d1c7a"],
    ],
)
def test_read_commands_load_no_heavy_package(argv: list[str], db: str) -> None:
    assert newsdesk(*argv, "--db", db) == (0, [])


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "sanctions"],
        ["search", "--help"],
        ["quotes", "--speaker", "Pompeo"],
        ["entities"],
        ["stats"],
        ["export", "--format", "jsonl"],
        ["show", "4e5bc86a886d1c7a"],
    ],
)
def test_read_commands_load_no_extraction_code(argv: list[str], db: str) -> None:
    report = probe(*argv, "--db", db)
    assert (report["code"], report["extraction"]) == (0, [])


def test_extract_does_load_the_extraction_code(tmp_path: Path) -> None:
    """The probe sees the extraction code when a command needs it."""
    page = tmp_path / "page.txt"
    page.write_text("The council voted on Monday to close the old bridge for repairs.\n", "utf-8")
    report = probe("extract", "--no-nlp", str(page))
    assert report["code"] == 0
    assert {"newsdesk.pipeline", "newsdesk.segment"} <= set(report["extraction"])


def test_parquet_export_does_load_pyarrow(db: str, tmp_path: Path) -> None:
    """The probe sees a lazy import when one happens."""
    out = tmp_path / "records.parquet"
    code, heavy = newsdesk("export", "--format", "parquet", "-o", str(out), "--db", db)
    assert (code, "pyarrow" in heavy) == (0, True)
    assert out.stat().st_size > 0


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "sanctions", "--json"],
        ["quotes", "--speaker", "Pompeo", "--json"],
        ["entities", "--json"],
        ["stats", "--json"],
        ["show", "4e5bc86a886d1c7a", "--json"],
    ],
)
def test_json_output_loads_no_table_library(argv: list[str], db: str) -> None:
    report = probe(*argv, "--db", db)
    assert (report["code"], report["rich"]) == (0, False)
    table = probe(*[arg for arg in argv if arg != "--json"], "--db", db)
    assert (table["code"], table["rich"]) == (0, "show" not in argv)
