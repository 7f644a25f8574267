"""`newsdesk extract`: good pages out, one stderr line per bad one, documented exit codes."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from newsdesk.cli.main import main

SEED = Path(__file__).parents[3] / "examples" / "seed-eghtesadonline.txt"

ARTICLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Tram vote</title></head><body>"
    "<article><h1>Council backs tram extension</h1>"
    "<p>The city council voted on Tuesday to expand the tram network to the northern "
    "suburbs, ending a debate that has run for more than a decade.</p>"
    "<p>Work is due to start next spring, the council’s transport chief said.</p>"
    "</article></body></html>"
)

#: Broken but readable: unclosed elements, a stray end tag, nesting deeper than a parser allows.
BROKEN_HTML = (
    "<html><head><title>Broken</title><body><div><p>The city council voted on Tuesday to "
    "expand the tram network to the northern suburbs, ending a long debate.<p>Work is due "
    "to start next spring, officials said on Wednesday.</span></td><div><b>unclosed "
    + "<div>" * 5000
    + "deep"
)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.fixture
def bad_pages(tmp_path: Path) -> dict[str, Path]:
    """One file per kind of bad input, with the reason code each must be refused with."""
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.write(b"<html><body><p>start</p>")
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: quick to make
    return {
        "binary": _write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        "empty": _write(tmp_path, "empty.html", b""),
        "truncated": _write(tmp_path, "cut.html.gz", gzip.compress(ARTICLE.encode() * 20)[:100]),
        "undecodable": _write(tmp_path, "noise.txt", bytes(range(128, 256)) * 20),
        "too-large": huge,
        "bomb": _write(tmp_path, "bomb.html.gz", gzip.compress(b"<p>" + bytes(30_000_000))),
    }


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("binary", "binary"),
        ("empty", "empty"),
        ("truncated", "truncated"),
        ("undecodable", "undecodable"),
        ("too-large", "too-large"),
        ("bomb", "too-large"),
    ],
)
def test_bad_input_gives_one_line_and_exit_3(
    name: str, kind: str, bad_pages: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad_pages[name]
    code = main(["extract", "--no-nlp", "--max-page-bytes", "20000000", str(path)])
    out, err = capsys.readouterr()
    assert code == 3
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"newsdesk: error: {path}: ")
    assert f"[{kind}," in lines[0]
    assert "Traceback" not in err


def test_broken_html_is_recovered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "broken.html", BROKEN_HTML.encode())
    code = main(["extract", "--no-nlp", str(path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    record = json.loads(out)
    assert "expand the tram network" in record["body"]
    assert "officials said on Wednesday." in record["body"]


def test_markup_without_text_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(
        tmp_path, "junk.html", b"<html><head><title>Unclosed title<body><p>" + b"<<>>" * 50
    )
    code = main(["extract", "--no-nlp", str(path)])
    out, err = capsys.readouterr()
    assert (code, out) == (3, "")
    assert err.startswith(f"newsdesk: error: {path}: ") and "[no-content," in err


def test_a_bug_in_a_stage_is_one_line_naming_the_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("multi\nline")

    monkeypatch.setattr("newsdesk.pipeline.extract_metadata", broken)
    path = _write(tmp_path, "tram.html", ARTICLE.encode())
    code = main(["extract", "--no-nlp", str(path)])
    _, err = capsys.readouterr()
    assert code == 3
    assert len(err.splitlines()) == 1
    assert "[internal, stage metadata]" in err


def test_mixed_good_and_bad_paths(
    tmp_path: Path, bad_pages: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    good_html = _write(tmp_path, "tram.html", ARTICLE.encode())
    good_gz = _write(
        tmp_path, "tram2.html.gz", gzip.compress(ARTICLE.replace("Tuesday", "Friday").encode())
    )
    missing = tmp_path / "missing.html"
    paths = [
        str(good_html),
        str(bad_pages["binary"]),
        str(missing),
        str(good_gz),
        str(bad_pages["truncated"]),
        str(SEED),
        str(bad_pages["too-large"]),
    ]
    code = main(["extract", "--no-nlp", *paths])
    out, err = capsys.readouterr()
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"]["path"] for r in records] == [str(good_html), str(good_gz), str(SEED)]
    assert "Tuesday" in records[0]["body"] and "Friday" in records[1]["body"]
    lines = err.splitlines()
    assert len(lines) == 4
    for line, path in zip(
        lines,
        [bad_pages["binary"], missing, bad_pages["truncated"], bad_pages["too-large"]],
        strict=True,
    ):
        assert line.startswith(f"newsdesk: error: {path}: ")
    assert "Traceback" not in err


def test_text_view_of_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", "--no-nlp", "--format", "text", str(SEED)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Leader of Islamic Revolution" in out
    assert "Language:  en" in out
    assert f"Source:    {SEED}" in out
    assert not out.lstrip().startswith("{")


def test_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    code = main(["extract", "--no-nlp", "-"])
    out, err = capsys.readouterr()
    assert code == 0, err
    record = json.loads(out)
    assert record["source"]["path"] is None
    assert "expand the tram network" in record["body"]


def test_empty_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code = main(["extract", "--no-nlp", "-"])
    _, err = capsys.readouterr()
    assert code == 3
    assert err.startswith("newsdesk: error: <stdin>: page is empty")


def test_limit_flag_refuses_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "tram.html", ARTICLE.encode())
    code = main(["extract", "--no-nlp", "--max-page-bytes", "100", str(path)])
    _, err = capsys.readouterr()
    assert code == 3
    assert "max_page_bytes" in err and "[too-large, stage read]" in err


@pytest.mark.slow
def test_subprocess_exit_code_and_stderr(tmp_path: Path, bad_pages: dict[str, Path]) -> None:
    good = _write(tmp_path, "tram.html", ARTICLE.encode())
    result = subprocess.run(
        [sys.executable, "-m", "newsdesk.cli.main", "extract", "--no-nlp", str(good),
         str(bad_pages["empty"]), str(bad_pages["undecodable"])],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1
    assert json.loads(result.stdout)["source"]["path"] == str(good)
    assert len(result.stderr.splitlines()) == 2
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_unbalanced_quote_marks_give_a_record_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        'The minister said "we will not negotiate at any level, and added that talks were over.'
        "\n\nCritics called it a “trick and said nothing had changed.\n\n"
        '"Another one" said the leader." And more "\n'
    )
    path = _write(tmp_path, "quotes.txt", text.encode())
    code = main(["extract", str(path)])  # with the NLP stages, where quotes are read
    out, err = capsys.readouterr()
    assert code == 0, err
    record = json.loads(out)
    assert record["body"].startswith("The minister said")
    assert any("quote" in warning for warning in record["warnings"])


@pytest.mark.parametrize("bad_first", [False, True])
def test_json_format_of_several_pages_is_one_json_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_first: bool
) -> None:
    good = _write(tmp_path, "tram.html", ARTICLE.encode())
    empty = _write(tmp_path, "empty.txt", b"")
    paths = [empty, good, SEED] if bad_first else [good, SEED, empty]
    code = main(["extract", "--no-nlp", "--format", "json", *map(str, paths)])
    out, err = capsys.readouterr()
    assert code == 1
    records = json.loads(out)  # one valid JSON text, not indented records back to back
    assert [r["source"]["path"] for r in records] == [str(good), str(SEED)]
    assert err.count("newsdesk: error: ") == 1


def test_text_view_of_several_pages_has_no_leading_separator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = _write(tmp_path, "empty.txt", b"")
    code = main(["extract", "--no-nlp", "--format", "text", str(empty), str(SEED)])
    out, _ = capsys.readouterr()
    assert code == 1
    assert out.startswith("Credit:")
    assert out.count("=" * 78) == 0


def test_help_examples_name_files_that_exist() -> None:
    from newsdesk.cli.process import extract as extract_command

    doc = extract_command.__doc__ or ""
    examples = [line.split()[-1] for line in doc.splitlines() if "examples/" in line]
    assert examples
    for example in examples:
        assert (Path(__file__).parents[3] / example).is_file(), example


@pytest.mark.parametrize(
    "flags",
    [["--max-page-bytes", "-5"], ["--max-page-bytes", "0"], ["--config", "unknown-key.toml"]],
)
def test_bad_settings_are_usage_errors_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    flags: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "unknown-key.toml").write_text("colour = 'red'\n", encoding="utf-8")
    code = main(["extract", "--no-nlp", *flags, str(SEED)])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.startswith("newsdesk: error: ") and err.count("\n") == 1


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc", "dump.jsonl", "dump.csv.gz"])
def test_an_archive_or_dump_is_refused_with_a_pointer_to_ingest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    collection = _write(
        tmp_path, name, b"WARC/1.0\r\nWARC-Type: response\r\n\r\n" + ARTICLE.encode()
    )
    code = main(["extract", "--no-nlp", str(collection), str(SEED)])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["source"]["path"] for line in out.splitlines()] == [str(SEED)]
    assert err.startswith(f"newsdesk: error: {collection}: is an archive or dump of many pages")
    assert err.endswith("use `newsdesk ingest`\n") and err.count("\n") == 1


def _text_of(page: Any) -> str:
    """The text a stage was given: the page's text, its parsed tree, or what metadata read."""
    if isinstance(page, str):
        return page
    if isinstance(page, etree._Element):
        return str(etree.tostring(page, encoding="unicode", method="text"))
    return str(page.markup)


def _stuck_on(marker: str, original: Callable[..., Any]) -> Callable[..., Any]:
    """``original``, except that it never ends on a page holding ``marker`` (it gives up after
    a while, so a broken limit fails the test instead of hanging it)."""

    def stage(page: Any, *args: Any, **kwargs: Any) -> Any:
        text = _text_of(page)
        deadline = time.monotonic() + 30
        while marker in text and time.monotonic() < deadline:
            time.sleep(0.01)
        return original(page, *args, **kwargs)

    return stage


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_a_page_past_its_time_limit_is_one_line_and_the_others_come_out(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:
    from newsdesk.metadata import extract_metadata

    stuck = _stuck_on("tram network", extract_metadata)
    monkeypatch.setattr("newsdesk.pipeline.extract_metadata", stuck)
    slow = _write(tmp_path, "tram.html", ARTICLE.encode())
    code = main(
        ["extract", "--no-nlp", "--page-timeout", "0.2", "--format", fmt, str(slow), str(SEED)]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert err == (
        f"newsdesk: error: {slow}: timeout after 0.2 s (page_timeout) [timeout, stage metadata]\n"
    )
    if fmt == "text":
        assert out.startswith("Credit:") and f"Source:    {SEED}" in out
    else:
        records = (
            json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
        )
        assert [r["source"]["path"] for r in records] == [str(SEED)]


@pytest.mark.parametrize("where", ["flag", "environment"])
def test_the_time_limit_comes_from_the_flag_or_the_setting(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    where: str,
) -> None:
    from newsdesk.segment.html import layout_html

    monkeypatch.setattr("newsdesk.pipeline.layout_html", _stuck_on("tram network", layout_html))
    slow = _write(tmp_path, "tram.html", ARTICLE.encode())
    flags = ["--page-timeout", "0.3"] if where == "flag" else []
    if where == "environment":
        monkeypatch.setenv("NEWSDESK_PAGE_TIMEOUT", "0.3")
    code = main(["extract", "--no-nlp", *flags, str(slow)])
    out, err = capsys.readouterr()
    assert (code, out) == (3, "")
    assert err == (
        f"newsdesk: error: {slow}: timeout after 0.3 s (page_timeout) [timeout, stage segment]\n"
    )


#: Runs `newsdesk extract` where the timer is unavailable (as on a platform without
#: setitimer), with the metadata stage stuck on pages holding "tram network".
FALLBACK = """
import sys, time
import newsdesk.pipeline, newsdesk.runners.limits
newsdesk.runners.limits.timer_usable = lambda: False
original = newsdesk.pipeline.extract_metadata
def stuck(page, *args, **kwargs):
    while "tram network" in getattr(page, "markup", page):
        time.sleep(0.01)
    return original(page, *args, **kwargs)
newsdesk.pipeline.extract_metadata = stuck
from newsdesk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_without_the_timer_a_watchdog_reports_the_page_and_stops(tmp_path: Path) -> None:
    slow = _write(tmp_path, "tram.html", ARTICLE.encode())
    args = ["extract", "--no-nlp", "--page-timeout", "0.5", "--format", "json"]
    result = subprocess.run(
        [sys.executable, "-c", FALLBACK, *args, str(SEED), str(slow), str(SEED)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert [r["source"]["path"] for r in json.loads(result.stdout)] == [str(SEED)]
    assert result.stderr.splitlines() == [
        f"newsdesk: error: {slow}: timeout after 0.5 s (page_timeout) [timeout, stage metadata]",
        "newsdesk: error: stopped: the page could not be interrupted; 1 later page(s) not read",
    ]


class _NewsSite(BaseHTTPRequestHandler):
    """One article at /story (no robots.txt: every page may be fetched)."""

    def do_GET(self) -> None:  # the name http.server calls
        found = self.path == "/story"
        body = ARTICLE.encode() if found else b"not found"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8" if found else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.mark.parametrize(
    ("path", "code", "expected"),
    [
        ("/story", 0, "expand the tram network"),
        ("/gone", 3, "the server answered 404 Not Found [fetch-failed, stage fetch]"),
    ],
)
def test_a_url_is_fetched_and_named_as_given(
    serve_http: Callable[[type[BaseHTTPRequestHandler]], str],
    path: str,
    code: int,
    expected: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = serve_http(_NewsSite) + path
    assert main(["extract", "--no-nlp", url]) == code
    out, err = capsys.readouterr()
    if code == 0:
        record = json.loads(out)
        assert (record["source"]["url"], expected in record["body"]) == (url, True)
    else:
        assert (out, err) == ("", f"newsdesk: error: {url}: {expected}\n")
