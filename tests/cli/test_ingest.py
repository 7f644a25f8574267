"""`newsdesk ingest`: a WARC, a folder of mixed pages and a JSONL dump into the store.

Bad inputs (a record failing its digest, a truncated archive and gzip page,
an undecodable page, a malformed dump line) are stored as rejections with
their reason while the good pages beside them are stored; a rerun skips
everything; a run killed with SIGKILL and rerun ends with the same database
as one uninterrupted run.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.cli.main import main
from newsdesk.record import Record

TESTS = Path(__file__).parent.parent
DATA = TESTS / "data" / "ingest"
EXAMPLES = TESTS.parent / "examples"
EXAMPLES_TXT = sorted(EXAMPLES.glob("*.txt"))
HARBOUR_URL = "https://ledger.example/harbour"


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, damage: str = "") -> None:
    """A WARC.gz, one gzip member per record; ``damage`` upper-cases that text after digesting."""
    members = []
    for url, payload, content_type in pages:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(payload), http_headers=headers
        )
        writer.write_record(record)
        raw = buffer.getvalue()
        if damage:
            raw = raw.replace(damage.encode(), damage.upper().encode())
        members.append(gzip.compress(raw))
    path.write_bytes(b"".join(members))


def undecodable_bytes() -> bytes:
    """Bytes that are text in no encoding: high bytes at random, no control characters."""
    rng = random.Random(1)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(2000))


def build_inputs(root: Path) -> list[str]:
    """A WARC.gz with a corrupt record, a cut-off WARC.gz, a folder of mixed pages, a dump."""
    harbour = (DATA / "harbour-strike.html").read_bytes()
    library = (DATA / "library-reopens.html").read_bytes()
    flood = (DATA / "river-flooding.txt").read_bytes()
    council = (DATA / "council-budget.txt").read_text(encoding="utf-8")

    crawl = root / "crawl.warc.gz"
    write_warc(
        crawl,
        [
            (HARBOUR_URL, harbour, "text/html; charset=utf-8"),
            ("https://ledger.example/library", library, "text/html; charset=windows-1252"),
            ("https://avel.example/flood", flood, "text/plain; charset=utf-8"),
        ],
        damage="reopened its doors",  # the library page then fails its digest
    )
    cut = root / "cut.warc.gz"
    write_warc(cut, [("https://avel.example/council", council.encode("utf-8"), "text/plain")] * 2)
    data = cut.read_bytes()
    cut.write_bytes(data[: len(data) - 100])

    pages = root / "pages"
    pages.mkdir()
    for example in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(example, pages / example.name)
    shutil.copy(DATA / "library-reopens.html", pages / "library.html")
    (pages / "flood.txt.gz").write_bytes(gzip.compress(flood))
    (pages / "truncated.txt.gz").write_bytes(gzip.compress(flood)[:-30])
    (pages / "undecodable.txt").write_bytes(undecodable_bytes())
    (pages / "notes.md").write_text("excluded by the glob", encoding="utf-8")

    dump = root / "dump.jsonl"
    lines = [
        json.dumps(
            {"url": HARBOUR_URL, "html": harbour.decode("utf-8")}
        ),  # same page as the WARC's
        json.dumps({"text": council}),
        '{"text": "a line cut off in the middle',
    ]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(crawl), str(cut), str(pages), str(dump)]


def content(db: Path) -> dict[str, Any]:
    """What a user would compare: documents, which input gave which, and the rejections."""
    with sqlite3.connect(db) as conn:
        return {
            "documents": conn.execute(
                "SELECT id, origin, record FROM documents ORDER BY id"
            ).fetchall(),
            "origins": conn.execute("SELECT origin, doc FROM origins ORDER BY origin").fetchall(),
            "rejections": conn.execute(
                "SELECT origin, stage, reason FROM rejections ORDER BY origin"
            ).fetchall(),
        }


def ingest_args(sources: list[str], db: Path, *extra: str) -> list[str]:
    return ["ingest", *sources, "--db", str(db), "--no-nlp", "--exclude", "*.md", *extra]


def test_good_pages_are_stored_and_bad_ones_rejected_with_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = build_inputs(tmp_path)
    db = tmp_path / "corpus.db"
    assert main(ingest_args(sources, db, "--workers", "1")) == 1
    out = capsys.readouterr().out
    stored = content(db)
    reasons = sorted(reason for _, _, reason in stored["rejections"])
    assert reasons == ["corrupt-record", "corrupt-record", "truncated", "truncated", "undecodable"]
    rejected = {
        Path(origin.split("#")[0].split(":")[0]).name: r for origin, _, r in stored["rejections"]
    }
    assert rejected == {
        "crawl.warc.gz": "corrupt-record",  # the library page fails its digest
        "cut.warc.gz": "truncated",
        "truncated.txt.gz": "truncated",
        "undecodable.txt": "undecodable",
        "dump.jsonl": "corrupt-record",  # line 3
    }
    origins = {origin for origin, _ in stored["origins"]}
    pages = tmp_path / "pages"
    assert {
        str(pages / name) for name in ["library.html", "flood.txt.gz", "GUM_news_korea.txt"]
    } <= origins
    assert str(pages / "notes.md") not in origins
    assert f"{sources[3]}:1" in origins and f"{sources[3]}:2" in origins
    # 6 examples + library + flood (folder) + harbour, flood (WARC) + council (WARC, dump) ...
    assert len(origins) == 6 + 2 + 2 + 1 + 2
    # ... but the harbour page from the WARC and the dump share its URL, hence one record.
    by_url = [json.loads(record)["source"]["url"] for _, _, record in stored["documents"]]
    assert by_url.count(HARBOUR_URL) == 1
    assert len(stored["documents"]) == len(origins) - 1
    # 13 pages, 12 records: the summary says so.
    assert (
        "stored 12 pages, merged 1 into records already stored (same URL or text), rejected 5"
        in out
    )
    assert "rejected corrupt-record: 2" in out


def test_a_rerun_skips_everything_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = build_inputs(tmp_path)
    db = tmp_path / "corpus.db"
    main(ingest_args(sources, db, "--workers", "1"))
    before = content(db)
    capsys.readouterr()
    assert main(ingest_args(sources, db, "--workers", "1")) == 0
    assert "stored 0 pages, rejected 0, skipped 18" in capsys.readouterr().out
    assert content(db) == before


def test_a_missing_source_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.db")])
    assert code == 2
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_nothing_stored_is_exit_code_3(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    db = str(tmp_path / "x.db")
    code = main(["ingest", str(tmp_path / "empty.html"), "--db", db, "--quiet", "--workers", "1"])
    assert code == 3


def many_pages(root: Path, count: int) -> list[str]:
    """A corpus big enough that a kill lands mid-run: variants of the example pages."""
    pages = root / "many"
    pages.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for n in range(count):
        text = texts[n % len(texts)] + f"\n\nThis is copy number {n} of the page.\n"
        (pages / f"page-{n:04d}.txt").write_text(text, encoding="utf-8")
    return [str(pages), *build_inputs(root)]


def run_ingest(sources: list[str], db: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsdesk.cli.main", *ingest_args(sources, db, "--quiet")]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_a_run_killed_at_random_moments_ends_like_an_uninterrupted_one(tmp_path: Path) -> None:
    sources = many_pages(tmp_path, 300)
    reference = tmp_path / "reference.db"
    started = time.monotonic()
    assert run_ingest(sources, reference).wait(timeout=300) == 1
    duration = time.monotonic() - started

    db = tmp_path / "killed.db"
    rng = random.Random(os.getpid())
    kills = 0
    for _ in range(5):
        process = run_ingest(sources, db)
        time.sleep(rng.uniform(0.2, max(0.5, duration * 0.8)))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
    final = run_ingest(sources, db)
    _, errors = final.communicate(timeout=300)
    assert final.returncode in (0, 1), errors.decode()
    assert kills >= 1
    assert content(db) == content(reference)


def test_pages_on_stdin_are_told_apart_by_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "corpus.db"
    for name in ["river-flooding.txt", "council-budget.txt", "river-flooding.txt"]:
        stdin = io.TextIOWrapper(io.BytesIO((DATA / name).read_bytes()))
        monkeypatch.setattr(sys, "stdin", stdin)
        assert main(["ingest", "-", "--db", str(db), "--no-nlp", "--workers", "1"]) == 0
    summaries = [line for line in capsys.readouterr().out.splitlines() if line.startswith("stored")]
    assert [s.split(",")[0] for s in summaries] == [
        "stored 1 page",
        "stored 1 page",
        "stored 0 pages",
    ]
    assert len(content(db)["documents"]) == 2


def test_a_model_that_cannot_load_stops_the_run_instead_of_rejecting_every_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "corpus.db"
    args = ["ingest", str(EXAMPLES), "--include", "*.txt", "--db", str(db), "--workers", "1"]
    assert main([*args, "--model", "no_such_model"]) == 3
    assert "cannot load the spaCy model 'no_such_model'" in capsys.readouterr().err
    assert content(db)["rejections"] == []


def query(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.slow
def test_ingested_inputs_answer_search_quotes_entities_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A WARC.gz, a folder and a JSONL dump, ingested with NLP, then asked what a user asks."""
    sources = build_inputs(tmp_path)
    db = tmp_path / "corpus.db"
    args = [a for a in ingest_args(sources, db, "--workers", "1") if a != "--no-nlp"]
    assert main(args) == 1  # the damaged inputs are rejected, the rest stored
    store = ["--db", str(db)]

    hits = query(capsys, "search", "strike", *store)
    assert [hit["title"] for hit in hits] == ["Dock workers end three-day strike at Port Halden"]
    hits = query(capsys, "search", '"glass roof"', *store)  # the library page, from the folder
    assert [hit["title"] for hit in hits] == ["Central library reopens after two-year renovation"]

    # The harbour page came twice (WARC and dump, one URL): its quote is stored once.
    reid = query(capsys, "quotes", "--speaker", "Reid", *store)
    assert [(q["speaker"], q["kind"], q["text"]) for q in reid] == [
        (
            "Tomas Reid",
            "direct",
            "This agreement recognises the work our members do in all weathers,",
        )
    ]
    okafor = query(capsys, "quotes", "--speaker", "Helen Okafor", *store)
    assert "We have listened to residents, and roads were their first concern," in {
        q["text"] for q in okafor
    }

    found = query(capsys, "entities", "--type", "PERSON", "--limit", "1000", *store)
    people = {e["name"] for e in found}
    assert {"Tomas Reid", "Helen Okafor", "Priya Natarajan", "Daniel Moss"} <= people

    stored = content(db)["documents"]
    out = tmp_path / "corpus.jsonl"
    capsys.readouterr()
    assert main(["export", "--format", "jsonl", "-o", str(out), *store]) == 0
    records = [Record.from_dict(json.loads(line)) for line in out.read_text("utf-8").splitlines()]
    assert sorted(r.id for r in records) == [doc_id for doc_id, _, _ in stored]
    harbour = next(r for r in records if r.source.url == HARBOUR_URL)
    assert harbour.title == "Dock workers end three-day strike at Port Halden"
    assert any(q.text.startswith("This agreement recognises") for q in harbour.quotes)


def test_retry_rejected_turns_rejections_into_searchable_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pages rejected as too large are stored once the limit is raised, with --retry-rejected."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for example in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(example, pages / example.name)
    (pages / "blank.txt").write_text("\n \n", encoding="utf-8")
    sizes = {str(path): path.stat().st_size for path in pages.glob("GUM_*.txt")}
    limit = min(sizes.values())  # the smallest GUM page fits, the others are too large
    db = tmp_path / "corpus.db"
    args = ["ingest", str(pages), "--db", str(db), "--no-nlp", "--workers", "1"]
    assert main([*args, "--max-page-bytes", str(limit)]) == 1
    too_large = {origin for origin, _, reason in content(db)["rejections"] if reason == "too-large"}
    assert too_large >= {origin for origin, size in sizes.items() if size > limit}
    assert len(too_large) >= 3

    capsys.readouterr()
    assert main(args) == 0  # without the flag, rejections are skipped like records
    assert "stored 0 pages" in capsys.readouterr().out

    assert main([*args, "--retry-rejected", "timeout,too-large"]) == 0
    out = capsys.readouterr().out
    stored = len(EXAMPLES_TXT) - len(too_large)
    assert (
        f"stored {len(too_large)} pages, rejected 0, skipped {stored + 1} already in {db}, "
        f"retried {len(too_large)} rejections ({len(too_large)} now stored)"
    ) in out
    after = content(db)
    assert after["rejections"] == [(str(pages / "blank.txt"), "decode", "empty")]
    assert {origin for origin, _ in after["origins"]} == {
        str(pages / path.name) for path in EXAMPLES_TXT
    }
    assert len(after["documents"]) == len(EXAMPLES_TXT)
    with sqlite3.connect(db) as conn:  # the full-text index follows the documents table
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        biggest = max(sizes, key=lambda origin: sizes[origin])
        paths = dict(conn.execute("SELECT id, path FROM documents"))
        (body,) = conn.execute("SELECT body FROM documents WHERE path = ?", (biggest,)).fetchone()
    words = re.findall(r"[A-Za-z]{5,}", body)[:4]  # words of the retried page, found by search
    hits = query(capsys, "search", " ".join(words), "--db", str(db))
    assert biggest in {paths[hit["id"]] for hit in hits}

    # Every reason: the blank page is processed again, fails again, and keeps one rejection.
    capsys.readouterr()
    assert main([*args, "--retry-rejected"]) == 3
    assert "retried 1 rejection (0 now stored)" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT origin, reason, run FROM rejections").fetchall()
        (last_run,) = conn.execute("SELECT max(id) FROM runs").fetchone()
    assert rows == [(str(pages / "blank.txt"), "empty", last_run)]


@pytest.mark.parametrize("codes", ["nlp_failed", "timeout,nlp_failed", ","])
def test_retry_rejected_refuses_unknown_reason_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], codes: str
) -> None:
    db = tmp_path / "corpus.db"
    with pytest.raises(SystemExit) as stopped:
        main(["ingest", "--retry-rejected", codes, str(EXAMPLES), "--db", str(db)])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "unknown reason code" in err and "timeout" in err
    assert not db.exists()
