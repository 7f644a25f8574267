"""The Spark runner gives what the local runner gives, and its output loads into a store."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.errors import ModelError
from newsdesk.page import NotAPage
from newsdesk.record import Record, Rejection
from newsdesk.runners.ingest import ingest
from newsdesk.runners.job_output import outcomes_of, read_markers
from newsdesk.runners.load import load
from newsdesk.runners.local import run_local
from newsdesk.runners.spark import plan_inputs, run_spark
from newsdesk.settings import Settings
from newsdesk.sources.open import SourceOptions, open_sources
from newsdesk.store import SqliteStore, Store, open_store

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

pytestmark = [pytest.mark.spark, pytest.mark.slow]

DATA = Path(__file__).parent.parent / "data"
PAGES = sorted((DATA / "ingest").iterdir()) + sorted((DATA / "html").glob("*.html"))


def write_crawl(path: Path) -> None:
    """A WARC.gz as a crawler writes it: warcinfo, a request and a response per page, a 404,
    and a response whose body is no page (empty)."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        responses = [(f"https://news.example/{p.stem}", "200 OK", p.read_bytes()) for p in PAGES]
        responses += [
            ("https://news.example/gone", "404 Not Found", b"<html><body>gone</body></html>"),
            ("https://news.example/blank", "200 OK", b"   "),
        ]
        for url, status, body in responses:
            request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            writer.write_record(writer.create_warc_record(url, "request", payload=request))
            kind = "text/plain" if url.endswith(("budget", "flooding")) else "text/html"
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


def write_dump(path: Path) -> None:
    """A JSONL dump: pages as text or HTML fields, a line that is no JSON, an empty page."""
    lines = [
        json.dumps({"url": f"https://dump.example/{p.stem}", "text": p.read_text("utf-8")})
        for p in PAGES
        if p.suffix == ".txt"
    ]
    lines += [json.dumps({"html": p.read_text("utf-8")}) for p in PAGES if p.suffix == ".html"]
    lines += ['{"text": "cut off', json.dumps({"text": "  "})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("inputs")
    write_crawl(folder / "crawl.warc.gz")
    write_dump(folder / "dump.jsonl")
    return [str(folder / "crawl.warc.gz"), str(folder / "dump.jsonl")]


def as_json(result: Record | Rejection) -> str:
    if isinstance(result, Record):
        return result.to_json()
    return json.dumps(result.to_dict(), sort_keys=True)


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_spark_gives_exactly_what_the_local_runner_gives_and_loads_like_an_ingest(
    spark: SparkSession, inputs: list[str], tmp_path: Path, fmt: str
) -> None:
    settings = Settings(nlp=True, workers=1)
    options = SourceOptions.from_settings(settings)
    out = tmp_path / "out"
    summary = run_spark(
        plan_inputs(inputs, options),
        out,
        settings,
        options,
        spark,
        fmt=fmt,  # type: ignore[arg-type]
    )
    local = [
        o
        for o in run_local(
            (i for i in open_sources(inputs, options) if not isinstance(i, NotAPage)), settings
        )
    ]
    spark_outcomes = [o for m in read_markers(out) for o in outcomes_of(out, m)]
    expected = sorted((o.origin, as_json(o.result)) for o in local)
    assert sorted((o.origin, as_json(o.result)) for o in spark_outcomes) == expected
    assert summary.inputs == 2 and summary.records == 2 * len(PAGES)
    assert dict(summary.rejected) == {"empty": 1, "corrupt-record": 2}
    assert summary.not_pages["http 404"] == 1

    loaded, direct = SqliteStore(str(tmp_path / "loaded.db")), SqliteStore(":memory:")
    load(out, loaded)
    ingest(open_sources(inputs, options), direct, settings)
    assert snapshot(loaded) == snapshot(direct)


def snapshot(store: SqliteStore) -> dict[str, list[tuple[object, ...]]]:
    """What a user reads from a store: documents, quotes, corpus entities, rejections."""
    queries = {
        "documents": "SELECT id, origin, record, nlp FROM documents ORDER BY id",
        "quotes": "SELECT * FROM quotes ORDER BY 1, 2",
        "entities": "SELECT * FROM corpus_entities ORDER BY 1",
        "rejections": "SELECT origin, reason, stage, detail FROM rejections ORDER BY origin",
    }
    return {
        name: [tuple(row) for row in store.connection.execute(sql).fetchall()]
        for name, sql in queries.items()
    }


def test_a_rerun_skips_the_inputs_done_and_does_the_rest_in_the_tasks_asked_for(
    spark: SparkSession, inputs: list[str], tmp_path: Path
) -> None:
    settings = Settings(nlp=False)
    options = SourceOptions.from_settings(settings)
    out = tmp_path / "out"
    first = run_spark(plan_inputs(inputs[:1], options), out, settings, options, spark)
    again = run_spark(plan_inputs(inputs, options), out, settings, options, spark, partitions=1)
    assert (first.inputs, first.skipped) == (1, 0)
    assert (again.inputs, again.skipped) == (1, 1)
    origins = [o.origin for m in read_markers(out) for o in outcomes_of(out, m)]
    assert len(origins) == len(set(origins)) == 2 * len(PAGES) + 4 - 1


def test_a_model_that_cannot_load_stops_the_job_with_its_error_and_marks_nothing_done(
    spark: SparkSession, inputs: list[str], tmp_path: Path
) -> None:
    settings = Settings(nlp=True, model="no_such_spacy_model")
    options = SourceOptions.from_settings(settings)
    with pytest.raises(ModelError, match="no_such_spacy_model"):
        run_spark(plan_inputs(inputs, options), tmp_path / "out", settings, options, spark)
    assert read_markers(tmp_path / "out") == []


def readable(store: Store) -> dict[str, object]:
    """What a user reads from any store, through its reading half: the records, the
    rejections, the counts, the quotes of the people most quoted."""
    counts = store.stats()
    return {
        "records": sorted(record.to_json() for record in store.records()),
        "rejections": sorted(
            (r.origin, r.reason, r.stage, r.detail) for r in store.rejections().rejections
        ),
        "counts": (counts.documents, counts.clusters, counts.quotes, counts.entities),
        "speakers": [(s.name, s.quotes) for s in counts.top_speakers],
    }


@pytest.mark.postgres
def test_a_spark_job_loads_alike_into_sqlite_and_postgresql(
    spark: SparkSession, inputs: list[str], tmp_path: Path, postgres_db: str
) -> None:
    settings = Settings(nlp=True, workers=1)
    options = SourceOptions.from_settings(settings)
    out = tmp_path / "out"
    run_spark(plan_inputs(inputs, options), out, settings, options, spark)
    into_sqlite, into_postgres = open_store(str(tmp_path / "loaded.db")), open_store(postgres_db)
    try:
        load(out, into_sqlite)
        load(out, into_postgres)
        expected = readable(into_sqlite)
        assert expected["records"] and expected["rejections"]
        assert readable(into_postgres) == expected
        load(out, into_postgres)  # loading again stores nothing new
        assert readable(into_postgres) == expected
    finally:
        into_sqlite.close()
        into_postgres.close()
