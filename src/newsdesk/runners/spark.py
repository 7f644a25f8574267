"""The Spark runner: the per-page function mapped over input files on a Spark cluster.

The driver lists the input files (folders walked, globs expanded, as
``ingest`` does), leaves out those whose completion marker is already in
the output folder, and hands the others to Spark, one task per input file
(``--partitions`` groups them into fewer tasks). Each task, in
``mapPartitions``, reads its files with the same sources as ``ingest``
(WARC, JSONL/CSV dumps, text and HTML files), calls the same per-page
function as the local runner (``runners.process``), so a page gives the same
record or rejection on both, and writes each file's outcomes as its parts and
then its marker (``runners.job_output``). A Python worker loads the NLP
model once, before its first page (a module-level cache in the pipeline,
warmed once per process here), and keeps it for every later task Spark gives
it (``spark.python.worker.reuse``, on by default).

The output folder must be one file system every executor and the driver see
(local disk for ``local[N]``, a shared mount such as NFS on a cluster): parts
are written there by the tasks with an atomic rename. Inputs that are no file
(a folder that cannot be listed) are written by the driver as one input of
their own.

Run it as ``newsdesk spark SOURCE... --out DIR``, or give the command's file
(``newsdesk/cli/process/spark.py``) to ``spark-submit`` with the same arguments.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.errors import ModelError, NewsdeskError, PageError
from newsdesk.page import NotAPage, RawPage
from newsdesk.runners.job_output import (
    InputDone,
    OutputFormat,
    done_keys,
    input_key,
    is_done,
    write_input,
)
from newsdesk.runners.limits import warm_up
from newsdesk.runners.process import Outcome, outcome
from newsdesk.settings import Settings
from newsdesk.sources.open import SourceOptions, expand, read_path

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

__all__ = ["JobSummary", "SparkError", "plan_inputs", "run_partition", "run_spark", "spark_session"]

#: The name of the input the driver writes for sources that are no file.
DRIVER_INPUT = "<sources>"

#: Settings of the Spark session this runner starts (not when spark-submit made one).
SESSION_CONF = {
    "spark.ui.enabled": "false",
    "spark.python.worker.reuse": "true",
}


class SparkError(NewsdeskError):
    """Spark could not start, or the job failed for a reason that is no page's fault."""


@dataclass(frozen=True, slots=True)
class Plan:
    """What a job has to do: the input files, and what the driver found that is no file."""

    files: list[str]
    others: list[PageError | NotAPage] = field(default_factory=list)


@dataclass
class JobSummary:
    """What one job did: inputs done now and before, pages by outcome."""

    inputs: int = 0
    skipped: int = 0
    records: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    not_pages: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def pages(self) -> int:
        return self.records + sum(self.rejected.values())

    def add(self, marker: InputDone) -> None:
        self.inputs += 1
        self.records += marker.records
        self.rejected.update(marker.rejected)
        self.not_pages.update(marker.not_pages)


def plan_inputs(names: Sequence[str], options: SourceOptions) -> Plan:
    """The input files ``names`` give (each by its canonical path, in order, once)."""
    files: list[str] = []
    seen: set[str] = set()
    others: list[PageError | NotAPage] = []
    for name in names:
        for found in expand(name, options):
            if isinstance(found, Path):
                path = str(found)
                if path not in seen:
                    seen.add(path)
                    files.append(path)
            else:
                others.append(found)
    return Plan(files, others)


def spark_session(master: str | None = None, *, app: str = "newsdesk") -> SparkSession:
    """The Spark session: the one spark-submit made, or a new one (``master``: ``local[*]``
    unless given). Python workers run this interpreter unless ``PYSPARK_PYTHON`` says
    otherwise."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as err:
        raise SparkError(
            "pyspark is not installed: pip install 'newsdesk[spark]' (and Java 17 or later)"
        ) from err
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    for key, value in SESSION_CONF.items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as err:  # Java missing, a bad master URL: pyspark raises many kinds
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise SparkError(f"cannot start Spark ({first})") from err
    session.sparkContext.setLogLevel("ERROR")
    return session


def run_spark(
    plan: Plan,
    out: Path,
    settings: Settings,
    options: SourceOptions,
    session: SparkSession,
    *,
    fmt: OutputFormat = "parquet",
    partitions: int | None = None,
) -> JobSummary:
    """Process every input of ``plan`` not done yet in ``out``; return what was done."""
    started = time.monotonic()
    summary = JobSummary()
    out.mkdir(parents=True, exist_ok=True)
    done = done_keys(out)
    todo = [path for path in plan.files if input_key(path) not in done]
    summary.skipped = len(plan.files) - len(todo)
    if plan.others and input_key(DRIVER_INPUT) not in done:
        others = _outcomes(plan.others, settings)
        summary.add(write_input(out, DRIVER_INPUT, others, fmt=fmt, nlp=settings.nlp))
    if todo:
        slices = len(todo) if not partitions else max(1, min(partitions, len(todo)))
        task = partial(run_partition, out=str(out), settings=settings, options=options, fmt=fmt)
        rdd = session.sparkContext.parallelize(todo, slices).mapPartitions(task)
        try:
            results: list[dict[str, Any]] = rdd.collect()
        except Exception as err:  # a task failed past Spark's retries
            raise SparkError(f"the Spark job failed: {_last_line(err)}") from err
        for result in results:
            if "error" in result:
                raise ModelError(str(result["error"]))
            if "skipped" in result:
                summary.skipped += 1
            else:
                summary.add(InputDone.from_json(result["done"]))
    summary.seconds = time.monotonic() - started
    return summary


def run_partition(
    paths: Iterable[str],
    *,
    out: str,
    settings: Settings,
    options: SourceOptions,
    fmt: OutputFormat,
) -> Iterator[dict[str, Any]]:
    """What one Spark task runs: each input file of its partition processed and written.

    Yields one small dict per input (its marker as JSON, ``skipped`` when
    another task did it meanwhile, or ``error`` when the NLP model cannot
    load, which stops the job with that message on the driver).
    """
    folder = Path(out)
    for path in paths:
        if is_done(folder, input_key(path)):
            yield {"skipped": path}
            continue
        try:
            _warm_once(settings)
            items = _outcomes(read_path(Path(path), options), settings)
            marker = write_input(folder, path, items, fmt=fmt, nlp=settings.nlp)
        except ModelError as err:
            yield {"error": str(err)}
            return
        yield {"done": marker.to_json()}


def _outcomes(
    items: Iterable[RawPage | PageError | NotAPage], settings: Settings
) -> Iterator[Outcome | NotAPage]:
    for item in items:
        yield item if isinstance(item, NotAPage) else outcome(item, settings)


#: The settings this Python process has loaded the pipeline for (the model, once).
_WARMED: set[Settings] = set()


def _warm_once(settings: Settings) -> None:
    if settings not in _WARMED:
        warm_up(settings)
        _WARMED.add(settings)


def _last_line(err: BaseException) -> str:
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    errors = [line for line in lines if "Error" in line or "Exception" in line]
    return (errors or lines or [type(err).__name__])[-1][:300]
