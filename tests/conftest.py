"""Test-wide settings.

Under CI (``CI`` set in the environment) hypothesis runs derandomised: the
same examples every run, so a red build is reproducible and a green one is
not luck. Locally each run explores new examples; a failure prints the
example and the seed to reproduce it.

Stores to test on: a throwaway SQLite file, and a throwaway database on the
PostgreSQL server named by ``NEWSDESK_TEST_PG_DSN`` (``.ci/run`` starts one
and sets it). A test marked ``postgres`` that cannot reach the server fails
under CI: a suite that skips in silence proves nothing. Run locally without a
server, it is skipped with the reason.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import settings

from newsdesk.store import Store, open_store

DSN_VARIABLE = "NEWSDESK_TEST_PG_DSN"

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def serve_http() -> Iterator[Callable[[type[BaseHTTPRequestHandler]], str]]:
    """Start a site on 127.0.0.1 answered by a handler class; returns its base URL. The
    sites stop when the test ends."""
    servers: list[ThreadingHTTPServer] = []

    def start(handler: type[BaseHTTPRequestHandler]) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}")
    pytest.skip(f"no PostgreSQL server: {reason}")


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The DSN of a database on the test server with the right to create databases."""
    dsn = os.environ.get(DSN_VARIABLE, "").strip()
    if not dsn:
        _unavailable(f"{DSN_VARIABLE} is not set (.ci/run starts a server and sets it)")
    import psycopg

    try:
        psycopg.connect(dsn, connect_timeout=5).close()
    except psycopg.Error as exc:
        _unavailable(f"cannot connect to {DSN_VARIABLE}: {str(exc).splitlines()[0]}")
    return dsn


@pytest.fixture
def postgres_dsn(postgres_server: str) -> Iterator[str]:
    """The DSN of a new, empty database, dropped after the test."""
    import psycopg
    from psycopg import conninfo, sql

    name = f"newsdesk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield conninfo.make_conninfo(postgres_server, dbname=name)
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def url_of() -> Callable[[str], str]:
    """``postgres_url``, for a test that makes a DSN of its own."""
    return postgres_url


@pytest.fixture
def postgres_db(postgres_dsn: str) -> str:
    """The new database as the ``postgresql://`` URL ``--db`` takes."""
    return postgres_url(postgres_dsn)


def postgres_url(dsn: str) -> str:
    """A libpq key=value DSN as the ``postgresql://`` URL ``--db`` takes."""
    from psycopg import conninfo

    parts = conninfo.conninfo_to_dict(dsn)
    user = parts.get("user") or ""
    password = f":{parts['password']}" if parts.get("password") else ""
    at = "@" if user else ""
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{password}{at}{parts.get('host', '')}{port}/{parts['dbname']}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new store goes, one of each backend: a file path or a DSN."""
    if request.param == "sqlite":
        return str(tmp_path / "news.db")
    return postgres_url(request.getfixturevalue("postgres_dsn"))


@pytest.fixture
def any_store(backend: str) -> Iterator[Store]:
    """A new store of each backend."""
    store = open_store(backend)
    yield store
    store.close()
