"""A job's output folder: one part per input, written atomically, then its marker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.page import NotAPage, RawPage
from newsdesk.record import Record, Rejection
from newsdesk.runners.job_output import (
    JOB_FORMATS,
    OutputFormat,
    done_keys,
    input_key,
    outcomes_of,
    read_markers,
    write_input,
)
from newsdesk.runners.process import Outcome, process
from newsdesk.settings import Settings

SETTINGS = Settings(nlp=False)
STORY = (
    "The harbour board voted on Tuesday to lengthen the eastern pier by forty metres.\n\n"
    "Work is to start in spring, the board said, once the fishing season is over."
)


def outcomes(input_path: str) -> list[Outcome | NotAPage]:
    """Two pages of one dump, a page that is empty (a rejection) and a line that is no page."""
    pages = [
        RawPage.from_text(STORY, origin=f"{input_path}:1"),
        RawPage.from_text(STORY.replace("forty", "sixty"), origin=f"{input_path}:2"),
        RawPage(data=b"   \n", origin=f"{input_path}:3"),
    ]
    found: list[Outcome | NotAPage] = [Outcome(p.origin, process(p, SETTINGS)) for p in pages]
    return [*found, NotAPage(f"{input_path}:4", "http 404")]


@pytest.mark.parametrize("fmt", JOB_FORMATS)
def test_outcomes_come_back_as_written_and_the_marker_counts_them(
    tmp_path: Path, fmt: OutputFormat
) -> None:
    written = outcomes("/data/dump-01.jsonl")
    marker = write_input(tmp_path, "/data/dump-01.jsonl", written, fmt=fmt, nlp=False)
    assert (marker.records, marker.rejected, marker.not_pages) == (2, {"empty": 1}, {"http 404": 1})
    assert read_markers(tmp_path) == [marker]
    assert done_keys(tmp_path) == {input_key("/data/dump-01.jsonl")}
    back = list(outcomes_of(tmp_path, marker))
    expected = [item for item in written if isinstance(item, Outcome)]
    assert [(o.origin, o.result) for o in back] == [(o.origin, o.result) for o in expected]
    assert isinstance(back[0].result, Record) and back[0].result.body.startswith("The harbour")
    assert all(path.suffix == f".{fmt}" for path in (tmp_path / "records").iterdir())


def test_an_input_without_pages_gets_a_marker_and_no_part(tmp_path: Path) -> None:
    marker = write_input(tmp_path, "/data/empty.warc.gz", [], fmt="parquet", nlp=True)
    assert marker.parts == () and marker.records == 0
    assert done_keys(tmp_path) == {marker.key}
    assert not (tmp_path / "records").exists()


def test_an_input_that_fails_midway_leaves_no_part_no_marker_and_no_temporary_file(
    tmp_path: Path,
) -> None:
    def broken() -> Iterator[Outcome | NotAPage]:
        yield from outcomes("/data/dump-02.jsonl")[:2]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_input(tmp_path, "/data/dump-02.jsonl", broken(), fmt="parquet", nlp=False)
    assert done_keys(tmp_path) == set()
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_writing_an_input_again_replaces_its_parts_rather_than_adding_to_them(
    tmp_path: Path,
) -> None:
    for _ in range(2):
        marker = write_input(
            tmp_path, "/data/dump-03.jsonl", outcomes("/data/dump-03.jsonl"), fmt="jsonl", nlp=False
        )
    assert len(list((tmp_path / "records").iterdir())) == 1
    assert len(list(outcomes_of(tmp_path, marker))) == 3


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("/crawl/a/part-00001.warc.gz", "/crawl/b/part-00001.warc.gz"),
        ("/data/dump.jsonl", "/data/dump.jsonl.gz"),
    ],
)
def test_inputs_get_distinct_stable_keys_named_after_their_file(first: str, second: str) -> None:
    assert input_key(first) != input_key(second)
    assert input_key(first) == input_key(first)
    assert input_key(first).startswith(Path(first).name)


def test_rejections_are_stored_under_the_origin_of_their_input(tmp_path: Path) -> None:
    rejection = Rejection("abc", "inner", "decode", "empty", "page is empty")
    marker = write_input(
        tmp_path, "/data/d.jsonl", [Outcome("/data/d.jsonl:7", rejection)], fmt="parquet", nlp=False
    )
    [back] = outcomes_of(tmp_path, marker)
    assert back.result == Rejection("abc", "/data/d.jsonl:7", "decode", "empty", "page is empty")
