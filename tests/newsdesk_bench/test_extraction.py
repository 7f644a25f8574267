"""``newsdesk bench extraction`` on a tiny benchmark folder built here."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk_bench.extraction import load_pages

ARTICLES = {
    "a1": (
        "Tram line opens",
        [
            "The new tram line opened on Monday, carrying more than ten thousand passengers "
            "on its first day, according to the city's transport operator.",
            "Fares will stay the same as on the buses until the end of the year, the operator "
            "said in a statement issued after the opening ceremony.",
        ],
    ),
    "b2": (
        "Library extends its hours",
        [
            "The central library will open until nine in the evening on weekdays from next "
            "month, after a survey found that most readers wanted later hours.",
            "The change is paid for by a grant from the regional council, which runs for "
            "two years and covers the cost of the extra staff.",
        ],
    ),
}


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f"<html><head><title>{title}</title></head><body>"
        '<nav class="menu"><a href="/">Home</a> <a href="/city">City</a></nav>'
        f"<article><h1>{title}</h1><div class='article-body'>{body}</div></article>"
        '<footer class="site-footer">&copy; 2024 City Herald. All rights reserved.</footer>'
        "</body></html>"
    )


@pytest.fixture
def bench_dir(tmp_path: Path) -> Path:
    (tmp_path / "html").mkdir()
    truth = {}
    for page_id, (title, paragraphs) in ARTICLES.items():
        markup = _page(title, paragraphs).encode("utf-8")
        (tmp_path / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(markup))
        truth[page_id] = {
            "articleBody": "\n".join(paragraphs),
            "url": f"https://example.org/{page_id}",
        }
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def test_table_shows_newsdesk_and_trafilatura(
    bench_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bench", "extraction", "--data", str(bench_dir)]) == 0
    out = capsys.readouterr().out
    assert "article extraction, html mode, 2 pages" in out
    newsdesk_row = next(line for line in out.splitlines() if line.startswith("newsdesk (html)"))
    assert newsdesk_row.split()[2:6] == ["1.000", "1.000", "1.000", "1.000"]
    assert "trafilatura" in out
    assert "speed ratio newsdesk / trafilatura" in out


def test_json_output_for_scripts(bench_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["bench", "extraction", "--data", str(bench_dir), "--json", "--no-peers"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["mode"] == "html"
    (ours,) = result["tools"]
    assert ours["tool"] == "newsdesk (html)"
    assert ours["pages"] == 2
    assert ours["f1"] == pytest.approx(1.0)
    assert ours["pages_per_second"] > 0
    assert result["speed_ratio"] == {}


def test_text_mode_scores_flattened_pages(
    bench_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["bench", "extraction", "--data", str(bench_dir), "--mode", "text", "--json", "--no-peers"]
    )
    assert code == 0
    (ours,) = json.loads(capsys.readouterr().out)["tools"]
    assert ours["tool"] == "newsdesk (text)"
    assert ours["recall"] > 0.5


def test_limit_reads_only_the_first_pages(bench_dir: Path) -> None:
    pages = load_pages(bench_dir, mode="html", limit=1)
    assert [page.id for page in pages] == ["a1"]
    assert pages[0].data.startswith(b"<html>")
    assert pages[0].url == "https://example.org/a1"


def test_a_folder_without_ground_truth_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bench", "extraction", "--data", str(tmp_path)]) == 2
    assert "ground-truth.json" in capsys.readouterr().err


@pytest.fixture
def snippet_dir(tmp_path: Path) -> Path:
    """A benchmark in the multilingual set's format: snippets that must and must not appear."""
    (tmp_path / "html").mkdir()
    gold = {}
    for page_id, (title, paragraphs) in ARTICLES.items():
        name = f"{page_id}.html"
        markup = _page(title, paragraphs).encode("utf-8")
        (tmp_path / "html" / f"{name}.gz").write_bytes(gzip.compress(markup))
        gold[name] = {
            "url": f"https://example.org/{page_id}",
            "with": [paragraphs[0][:60], paragraphs[1][-50:]],
            "without": ["All rights reserved", "City Home"],
        }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_a_snippet_benchmark_is_scored_by_its_snippets(
    snippet_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["bench", "extraction", "--data", str(snippet_dir), "--json", "--no-peers"])
    assert code == 0
    (ours,) = json.loads(capsys.readouterr().out)["tools"]
    assert ours["pages"] == 2
    assert (ours["precision"], ours["recall"], ours["accuracy"]) == (1.0, 1.0, 1.0)


def test_half_keeps_every_other_page(snippet_dir: Path) -> None:
    even = load_pages(snippet_dir, mode="html", half="even")
    odd = load_pages(snippet_dir, mode="html", half="odd")
    assert [page.id for page in even] == ["a1.html"]
    assert [page.id for page in odd] == ["b2.html"]
    assert odd[0].snippets is not None and odd[0].snippets.unwanted[0] == "All rights reserved"
