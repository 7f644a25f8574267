"""``newsdesk bench dates`` on a tiny benchmark folder built here."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk_bench.dates import DatedPage, load_dated_pages, score_dates

TEXT = (
    "<p>The harbour ferry will run every twenty minutes from Monday, the operator said, after "
    "a winter of complaints about crowded boats and long queues at the pier.</p>"
    "<p>Tickets bought before the change stay valid until the end of the month.</p>"
)

PAGES = {
    "meta.html": (
        '<html><head><meta property="article:published_time" content="2021-03-04T08:00:00+01:00">'
        f"</head><body><article><h1>Ferry runs more often</h1>{TEXT}</article></body></html>",
        "https://example.org/ferry",
        "2021-03-04",
    ),
    "url.html": (
        f"<html><body><article><h1>Ferry runs more often</h1>{TEXT}</article></body></html>",
        "https://example.org/2020/11/05/ferry/",
        "2020-11-05",
    ),
    "undated.html": (
        f"<html><body><article><h1>Ferry runs more often</h1>{TEXT}</article></body></html>",
        "https://example.org/ferry-timetable",
        None,
    ),
}


@pytest.fixture
def dates_dir(tmp_path: Path) -> Path:
    (tmp_path / "html").mkdir()
    gold = {}
    for name, (markup, url, day) in PAGES.items():
        (tmp_path / "html" / f"{name}.gz").write_bytes(gzip.compress(markup.encode("utf-8")))
        gold[name] = {"url": url, "date": day}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_table_shows_newsdesk_beside_htmldate(
    dates_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bench", "dates", "--data", str(dates_dir)]) == 0
    out = capsys.readouterr().out
    assert "publication dates, 3 pages" in out
    ours = next(line for line in out.splitlines() if line.startswith("newsdesk"))
    assert ours.split()[1:5] == ["1.000", "1.000", "1.000", "1.000"]
    assert "htmldate" in out and "extensive" in out
    assert "speed ratio newsdesk / htmldate" in out


def test_json_counts_each_outcome(dates_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "dates", "--data", str(dates_dir), "--json", "--no-peers"]) == 0
    (ours,) = json.loads(capsys.readouterr().out)["tools"]
    assert (ours["true_positives"], ours["true_negatives"]) == (2, 1)
    assert ours["accuracy"] == 1.0


def test_errors_lists_the_pages_dated_wrongly(
    dates_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = json.loads((dates_dir / "gold.json").read_text(encoding="utf-8"))
    gold["url.html"]["date"] = "2020-11-06"
    (dates_dir / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["bench", "dates", "--data", str(dates_dir), "--no-peers", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "url.html  2020-11-06  2020-11-05" in out
    assert "meta.html" not in out.split("pages dated wrongly")[1]


@pytest.mark.parametrize(
    ("answers", "counts"),
    [
        (["2021-03-04T08:00:00+01:00", "2020-11-05", None], (2, 0, 0, 1)),
        (["2021-03-05", None, "2019-01-01"], (0, 2, 1, 0)),  # wrong day, none, a day for none
    ],
)
def test_score_dates(answers: list[str | None], counts: tuple[int, int, int, int]) -> None:
    pages = [DatedPage(name, b"", url, day) for name, (_, url, day) in PAGES.items()]
    s = score_dates(answers, pages)
    assert (s.true_positives, s.false_positives, s.false_negatives, s.true_negatives) == counts


def test_a_folder_without_gold_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bench", "dates", "--data", str(tmp_path)]) == 2
    assert "gold.json" in capsys.readouterr().err


def test_half_keeps_every_other_page(dates_dir: Path) -> None:
    assert [p.id for p in load_dated_pages(dates_dir, half="odd")] == ["url.html"]
