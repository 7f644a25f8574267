"""`newsdesk spark` and `newsdesk load`: inputs, usage errors, and a job killed midway."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk.cli.process import spark as command
from newsdesk.cli.process.spark import expand_lists
from newsdesk.runners.job_output import outcomes_of, read_markers

STORY = (
    "The council of {town} approved a new bus timetable on {day}, adding late services "
    "on weekdays.\n\nThe mayor said the change would help shift workers get home safely."
)
TOWNS = ["Alderford", "Bramley", "Coldharbour", "Dunmore", "Eastwick", "Fernhill"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["https://news.example/a"], "reads files only"),
        (["-"], "reads files only"),
        (["nowhere.warc.gz"], "no such file"),
        ([], "no input"),
        (["@missing-list.txt"], "cannot read the list of inputs"),
    ],
)
def test_inputs_spark_cannot_read_are_a_usage_error_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["spark", *argv, "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_an_output_folder_that_cannot_be_made_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("The ferry to the island runs again from Monday, the port said.\n", "utf-8")
    assert main(["spark", str(page), "--out", str(page / "out")]) == 3
    err = capsys.readouterr().err
    assert "cannot write here" in err and err.count("\n") == 1


def test_a_list_file_names_inputs_relative_to_its_folder(tmp_path: Path) -> None:
    (tmp_path / "crawl").mkdir()
    listing = tmp_path / "crawl" / "warc.paths.gz"
    lines = "# the crawl of May\ncrawl-1.warc.gz\n\n/abs/crawl-2.warc.gz\n"
    listing.write_bytes(gzip.compress(lines.encode()))
    plain = tmp_path / "more.txt"
    plain.write_text("dump.jsonl\n", encoding="utf-8")
    assert expand_lists(["page.html", f"@{listing}"], [plain]) == [
        "page.html",
        str(tmp_path / "crawl" / "crawl-1.warc.gz"),
        "/abs/crawl-2.warc.gz",
        str(tmp_path / "dump.jsonl"),
    ]


def test_loading_a_folder_that_is_no_job_output_is_one_line_and_creates_no_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", str(tmp_path), "--db", str(tmp_path / "new.db")]) == 3
    err = capsys.readouterr().err
    assert "no job output here" in err and err.count("\n") == 1
    assert not (tmp_path / "new.db").exists()


def write_dumps(folder: Path, count: int, pages: int) -> list[Path]:
    """``count`` JSONL dumps of ``pages`` distinct pages each."""
    dumps = []
    for n in range(count):
        path = folder / f"dump-{n:02d}.jsonl"
        rows = [
            {"url": f"https://buses.example/{n}/{k}", "text": STORY.format(town=town, day=k)}
            for k in range(pages)
            for town in TOWNS[k % len(TOWNS) : k % len(TOWNS) + 1]
        ]
        path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
        dumps.append(path)
    return dumps


@pytest.mark.spark
@pytest.mark.slow
def test_a_job_killed_midway_is_completed_by_a_rerun_with_no_input_written_twice(
    tmp_path: Path,
) -> None:
    dumps = write_dumps(tmp_path, count=8, pages=150)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "newsdesk.cli.main", "spark", *map(str, dumps)]
    command += ["--out", str(out), "--master", "local[1]", "--no-nlp", "--format", "jsonl"]
    env = os.environ | {
        "SPARK_LOCAL_IP": "127.0.0.1",
        "PYSPARK_PYTHON": sys.executable,
        "PYSPARK_DRIVER_PYTHON": sys.executable,
    }
    job = subprocess.Popen(
        command, env=env, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 300
    while not list(out.glob("_done/*.json")) and job.poll() is None:
        assert time.monotonic() < deadline, "the job wrote no marker in 300 s"
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):  # a job that ended has no process to kill
        os.killpg(job.pid, signal.SIGKILL)  # the driver, the JVM and the Python workers at once
    job.wait()
    if not read_markers(out) and job.returncode != 0:  # the job could not run at all
        assert job.stderr is not None
        lines = job.stderr.read().decode(errors="replace").strip().splitlines() or ["no output"]
        reason = f"Spark cannot start here: {lines[-1]}"
        pytest.fail(f"under CI: {reason}") if os.environ.get("CI") else pytest.skip(reason)
    done_at_kill = len(read_markers(out))
    if job.returncode == 0 or done_at_kill == len(dumps):
        pytest.fail("the job ended before it could be killed midway: give it more pages")
    assert done_at_kill >= 1

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert f"skipped {done_at_kill} inputs already done" in rerun.stdout
    markers = read_markers(out)
    assert sorted(m.input for m in markers) == sorted(map(str, dumps))
    origins = [o.origin for m in markers for o in outcomes_of(out, m)]
    assert len(origins) == len(set(origins)) == 8 * 150
    assert len(list((out / "records").glob("*.jsonl"))) == len(dumps)


def test_the_command_file_runs_as_a_spark_submit_job_file() -> None:
    """``spark-submit`` runs the command's file as a script: it must parse the same flags."""
    done = subprocess.run(
        [sys.executable, command.__file__, "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "usage: newsdesk spark" in done.stdout
    assert "--out DIR" in done.stdout
