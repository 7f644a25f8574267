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

TESTS = Path(__file__).parent.parent.parent
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
    # The first five rejections are named, and the command that lists them all is given.
    lines = out.splitlines()
    named = [line for line in lines if line.startswith(f"  {tmp_path}")]
    assert len(named) == 5 and all(line.endswith("]") for line in named)
    assert f"  {tmp_path / 'pages' / 'undecodable.txt'}: " in "\n".join(named)
    assert lines[-1] == f"  list them with: newsdesk rejections --db {db}"


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


# -- issue 9: every input accounted for, no page lost, no record made poorer ------------------

PAGE_FILES = [
    ("harbour-strike.html", "text/html; charset=utf-8"),
    ("library-reopens.html", "text/html; charset=windows-1252"),
    ("river-flooding.txt", "text/plain"),
]


def write_crawl(path: Path) -> list[int]:
    """A crawl as a crawler writes it, one gzip member per record: a warcinfo record, a
    request and a response for each of six pages, a 404, an image and a metadata record.
    Returns the offsets of the six page members, and the end of the file."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
    offsets = []
    for number in range(6):
        name, content_type = PAGE_FILES[number % len(PAGE_FILES)]
        url = f"https://ledger.example/{number}/{name}"
        get = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        writer.write_record(writer.create_warc_record(url, "request", payload=get))
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        offsets.append(out.tell())
        payload = io.BytesIO((DATA / name).read_bytes())
        writer.write_record(
            writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
        )
    for status, content_type, body in [
        ("404 Not Found", "text/html", b"<html><body>No such page</body></html>"),
        ("200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    ]:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://ledger.example/other",
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
        )
        writer.write_record(record)
    metadata = io.BytesIO(b"outlinks: https://ledger.example/0\r\n")
    writer.write_record(
        writer.create_warc_record("https://ledger.example/0", "metadata", payload=metadata)
    )
    path.write_bytes(out.getvalue())
    return offsets


def test_a_crawl_with_damaged_members_stores_every_undamaged_record_and_counts_every_record(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    crawl = tmp_path / "c.warc.gz"
    offsets = write_crawl(crawl)
    data = bytearray(crawl.read_bytes())
    damaged = [0, 2, 5]  # the first, a middle and the last page
    for number in damaged:
        middle = offsets[number] + 200
        for index in range(middle, middle + 50):
            data[index] ^= 0xFF
    crawl.write_bytes(bytes(data))
    db = tmp_path / "c.db"
    args = ["ingest", "--no-nlp", str(crawl), "--db", str(db), "--workers", "1"]
    assert main(args) == 1
    out, err = capfd.readouterr()
    assert err == ""
    assert "stored 3 pages, rejected 3, skipped 0 already in" in out
    assert "  rejected corrupt: 3" in out
    not_pages = "  not pages: request 6, http 404 1, image/png 1, metadata 1, warcinfo 1"
    assert not_pages in out.splitlines()  # 3 + 3 + 10: all 16 records
    stored = content(db)
    assert sorted(origin for origin, _, _ in stored["rejections"]) == sorted(
        f"{crawl}#{offsets[n]}" for n in damaged
    )
    assert {reason for _, _, reason in stored["rejections"]} == {"corrupt"}
    assert sorted(origin for _, origin, _ in stored["documents"]) == sorted(
        f"{crawl}#{offsets[n]}" for n in range(6) if n not in damaged
    )
    assert main(args) == 0
    assert "stored 0 pages, rejected 0, skipped 6 already in" in capfd.readouterr().out


def two_pages(folder: Path) -> Path:
    folder.mkdir()
    for name in ["river-flooding.txt", "council-budget.txt"]:
        shutil.copy(DATA / name, folder / name)
    return folder


def test_every_spelling_of_a_path_is_one_origin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = two_pages(tmp_path / "pages")
    (tmp_path / "alias").symlink_to(folder)
    db = str(tmp_path / "p.db")
    spellings = ["pages", str(folder), "./pages/../pages/", "alias", str(folder / "*.txt")]
    for spelling in spellings:
        assert main(["ingest", "--no-nlp", spelling, "--db", db, "--workers", "1"]) == 0
    summaries = [line.split(" already")[0] for line in capsys.readouterr().out.splitlines()]
    assert summaries == ["stored 2 pages, rejected 0, skipped 0"] + [
        "stored 0 pages, rejected 0, skipped 2"
    ] * (len(spellings) - 1)
    assert sorted(origin for origin, _ in content(tmp_path / "p.db")["origins"]) == [
        str(folder / "council-budget.txt"),
        str(folder / "river-flooding.txt"),
    ]


def test_files_with_the_same_text_are_one_record_and_the_summary_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = two_pages(tmp_path / "pages")
    shutil.copy(DATA / "river-flooding.txt", folder / "river-flooding-copy.txt")
    db = str(tmp_path / "p.db")
    assert main(["ingest", "--no-nlp", str(folder), "--db", db, "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("stored 2 pages, merged 1 into records already stored (same URL or text)")
    stored = content(tmp_path / "p.db")
    assert (len(stored["documents"]), len(stored["origins"])) == (2, 3)


def quotes_and_entities(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        return (
            conn.execute("SELECT count(*) FROM quotes").fetchone()[0],
            conn.execute("SELECT count(*) FROM entities").fetchone()[0],
        )


@pytest.mark.slow
def test_no_nlp_after_nlp_never_lowers_quotes_or_entities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "examples"
    folder.mkdir()
    for example in EXAMPLES_TXT[:2]:
        shutil.copy(example, folder / example.name)
    db = tmp_path / "p.db"
    base = ["ingest", "--include", "*.txt", "--db", str(db), "--workers", "1"]
    assert main([*base, "--no-nlp", "examples"]) == 0
    assert quotes_and_entities(db) == (0, 0)
    assert main([*base, "examples"]) == 0  # with NLP: the records become richer
    annotated = quotes_and_entities(db)
    assert annotated[0] > 0 and annotated[1] > 0
    assert main([*base, "--no-nlp", str(folder)]) == 0  # another spelling: a rerun
    assert quotes_and_entities(db) == annotated
    # A store whose origins were spelled another way (as before origins were canonical):
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE origins SET origin = 'examples/' || replace(origin, ?, '')", (f"{folder}/",)
        )
    capsys.readouterr()
    assert main([*base, "--no-nlp", str(folder)]) == 0
    assert "kept 2 stored records with NLP annotations" in capsys.readouterr().out
    assert quotes_and_entities(db) == annotated
    assert main([*base, "--no-nlp", "--replace", str(folder)]) == 0  # asked for
    assert quotes_and_entities(db) == (0, 0)


def test_a_symlink_loop_in_a_folder_is_one_rejection_and_the_rest_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = two_pages(tmp_path / "pages")
    (folder / "loop").symlink_to("loop")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..")
    db = tmp_path / "p.db"
    assert main(["ingest", "--no-nlp", str(folder), "--db", str(db), "--workers", "1"]) == 1
    assert "stored 2 pages, rejected 1" in capsys.readouterr().out
    assert content(db)["rejections"] == [(str(folder / "loop"), "read", "unreadable")]


def site_mirror(root: Path) -> Path:
    site = root / "site"
    site.mkdir()
    shutil.copy(DATA / "harbour-strike.html", site / "harbour.html")
    (site / "style.css").write_text("body { margin: 0 }\n", encoding="utf-8")
    (site / "app.js").write_text("document.title = 'Ledger';\n", encoding="utf-8")
    (site / "data.json").write_text('{"edition": 12}\n', encoding="utf-8")
    (site / "README.md").write_text("# Mirror\n\nA copy of the Ledger site.\n", encoding="utf-8")
    return site


def test_a_site_mirror_gives_its_pages_and_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = site_mirror(tmp_path)
    db = tmp_path / "p.db"
    assert main(["ingest", "--no-nlp", str(site), "--db", str(db), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "stored 1 page, rejected 0, skipped 0 already in" in out
    assert "passed over 4 that are not pages" in out
    assert "  not pages: .css file 1, .js file 1, .json file 1, .md file 1" in out
    assert [origin for _, origin, _ in content(db)["documents"]] == [str(site / "harbour.html")]


def test_all_files_reads_every_file_of_a_folder(tmp_path: Path) -> None:
    site = site_mirror(tmp_path)
    db = tmp_path / "p.db"
    args = ["ingest", "--no-nlp", "--all-files", str(site), "--db", str(db), "--workers", "1"]
    main(args)
    stored = content(db)
    assert len(stored["origins"]) + len(stored["rejections"]) == 5


@pytest.mark.parametrize(
    ("files", "flags", "message"),
    [
        ([], [], "no files; nothing to ingest"),
        (["a.txt"], ["--include", "*.html"], "no files matching --include '*.html'"),
        (["a.txt"], ["--exclude", "a.*"], "no files matching --exclude 'a.*'"),
        (["style.css", "app.js"], [], "only files that are not pages (.css file 1, .js file 1)"),
    ],
)
def test_a_folder_with_nothing_to_ingest_is_an_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: list[str],
    flags: list[str],
    message: str,
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    for name in files:
        (folder / name).write_text("A page about the harbour.\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert main(["ingest", "--no-nlp", str(folder), "--db", str(db), *flags]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsdesk: error: {folder}: ") and message in err
    assert not db.exists()


def test_the_run_log_keeps_the_flags(tmp_path: Path) -> None:
    folder = two_pages(tmp_path / "pages")
    db = tmp_path / "p.db"
    args = ["ingest", str(folder), "--no-nlp", "--include", "*.txt", "--db", str(db)]
    main([*args, "--workers", "1", "--quiet"])
    with sqlite3.connect(db) as conn:
        (command,) = conn.execute("SELECT command FROM runs").fetchone()
    assert command == (
        f"newsdesk ingest --db {db} --workers 1 --include '*.txt' --no-nlp --quiet {folder}"
    )
