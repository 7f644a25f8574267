"""The dispatcher: paths, folders, globs, archives, dumps and stdin as one stream of pages."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from newsdesk.errors import PageError, SourceError
from newsdesk.page import RawPage
from newsdesk.sources.open import SourceOptions, check_sources, count_pages, open_sources

DATA = Path(__file__).parent.parent / "data" / "ingest"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "html").mkdir(parents=True)
    shutil.copy(DATA / "harbour-strike.html", root / "html" / "harbour.html")
    shutil.copy(DATA / "library-reopens.html", root / "html" / "library.html")
    (root / "flood.txt.gz").write_bytes(gzip.compress((DATA / "river-flooding.txt").read_bytes()))
    lines = [json.dumps({"text": (DATA / "council-budget.txt").read_text(encoding="utf-8")}), "{"]
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "README").write_text("not a page but a file like any other", encoding="utf-8")
    return root


def origins(names: list[str], options: SourceOptions | None = None) -> list[str]:
    return [item.origin for item in open_sources(names, options or SourceOptions())]


def test_a_folder_is_read_file_by_file_by_suffix(corpus: Path) -> None:
    items = list(open_sources([str(corpus)], SourceOptions()))
    assert [item.origin for item in items] == [
        f"{corpus}/README",
        f"{corpus}/dump.jsonl:1",
        f"{corpus}/dump.jsonl:2",
        f"{corpus}/flood.txt.gz",
        f"{corpus}/html/harbour.html",
        f"{corpus}/html/library.html",
    ]
    assert [type(item).__name__ for item in items] == [
        "RawPage",
        "RawPage",
        "InputError",
        "RawPage",
        "RawPage",
        "RawPage",
    ]


def test_globs_and_include_filters(corpus: Path) -> None:
    assert origins([f"{corpus}/html/*.html"]) == [
        f"{corpus}/html/harbour.html",
        f"{corpus}/html/library.html",
    ]
    only_gz = SourceOptions(include=("*.gz",))
    assert origins([str(corpus)], only_gz) == [f"{corpus}/flood.txt.gz"]
    assert origins([f"{corpus}/**/*.html"]) == origins([f"{corpus}/html"])


def test_origins_are_normalised_paths(corpus: Path) -> None:
    assert origins([f"{corpus}/./html/../html/harbour.html"]) == [f"{corpus}/html/harbour.html"]


def test_stdin_is_one_page(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (DATA / "river-flooding.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    (page,) = list(open_sources(["-"], SourceOptions()))
    assert isinstance(page, RawPage) and page.data == text
    assert page.origin == f"<stdin>#{page.provisional_id}"  # another page is another origin


def test_a_file_over_the_limit_is_an_error_and_the_rest_is_read(corpus: Path) -> None:
    items = list(open_sources([str(corpus / "html")], SourceOptions(max_bytes=1200)))
    assert [(type(i).__name__, getattr(i, "reason", "")) for i in items] == [
        ("InputError", "too-large"),  # harbour-strike.html is 1,332 bytes
        ("RawPage", ""),
    ]


def test_missing_sources_are_refused_before_anything_runs(corpus: Path) -> None:
    check_sources([str(corpus), f"{corpus}/html/*.html", "-", "https://news.example/a"])
    for name in [str(corpus / "nope.html"), f"{corpus}/*.pdf"]:
        with pytest.raises(SourceError, match="no such file"):
            check_sources([name])


def test_count_pages_is_known_only_without_archives_or_dumps(corpus: Path) -> None:
    options = SourceOptions()
    assert count_pages([str(corpus / "html"), "-"], options) == 3
    assert count_pages([str(corpus)], options) is None


def test_a_vanished_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (item,) = list(open_sources([str(tmp_path / "gone.html")], SourceOptions()))
    assert isinstance(item, PageError) and item.reason == "unreadable"
