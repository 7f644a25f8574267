"""The Spark session the Spark tests share: one JVM for the whole test session.

Spark runs on this machine (``local[2]``) with its Python workers on this
interpreter and its sockets on 127.0.0.1. When Spark cannot start (no Java,
no pyspark), a test that needs it fails under CI (``CI`` set) and is skipped
with the reason elsewhere.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from newsdesk.runners.spark import SparkError, spark_session

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def spark_environment() -> dict[str, str]:
    """The environment a Spark test runs in (also for a job run as a subprocess)."""
    return {
        "SPARK_LOCAL_IP": "127.0.0.1",
        "PYSPARK_PYTHON": sys.executable,
        "PYSPARK_DRIVER_PYTHON": sys.executable,
    }


@pytest.fixture(scope="session")
def spark() -> Iterator[SparkSession]:
    os.environ.update(spark_environment())
    try:
        session = spark_session("local[2]", app="newsdesk-tests")
    except SparkError as err:
        if os.environ.get("CI"):
            pytest.fail(f"Spark cannot start under CI: {err}")
        pytest.skip(f"Spark cannot start here: {err}")
    yield session
    session.stop()
