"""URLs: fetched with our user agent, robots.txt respected, size capped; 127.0.0.1 only."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from newsdesk.errors import PageError
from newsdesk.page import RawPage
from newsdesk.sources.url import Fetcher

DATA = Path(__file__).parent.parent / "data" / "ingest"
AGENT = "newsdesk-test/1.0"
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


class Site(BaseHTTPRequestHandler):
    """A tiny news site: two pages, a private folder, a large file, a missing page."""

    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:  # the name http.server calls
        Site.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/robots.txt":
            self._send(200, "text/plain", ROBOTS)
        elif self.path in ("/harbour", "/private/draft"):
            html = (DATA / "harbour-strike.html").read_bytes()
            self._send(200, "text/html; charset=utf-8", html)
        elif self.path == "/latin":
            self._send(200, "text/html; charset=ISO-8859-1", "<p>Caf\xe9</p>".encode("latin-1"))
        elif self.path == "/huge":
            self._send(200, "text/plain", b"x" * 50_000)
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fetcher() -> Fetcher:
    return Fetcher(AGENT, timeout=5.0, max_bytes=20_000, min_delay=0.0)


def test_a_page_is_fetched_with_our_user_agent(site: str) -> None:
    Site.agents.clear()
    page = fetcher().fetch(f"{site}/harbour")
    assert isinstance(page, RawPage)
    assert page.data == (DATA / "harbour-strike.html").read_bytes()
    assert (page.kind, page.encoding, page.origin) == ("html", "utf-8", f"{site}/harbour")
    assert page.source.url == f"{site}/harbour"
    assert page.source.fetched_at is not None
    assert Site.agents and set(Site.agents) == {AGENT}


def test_the_header_charset_travels_with_the_page(site: str) -> None:
    page = fetcher().fetch(f"{site}/latin")
    assert isinstance(page, RawPage) and page.encoding == "ISO-8859-1"


@pytest.mark.parametrize(
    ("path", "reason", "detail"),
    [
        ("/private/draft", "fetch-failed", "robots.txt"),
        ("/missing", "fetch-failed", "404"),
        ("/huge", "too-large", "limit"),
    ],
)
def test_a_page_that_cannot_be_had_is_an_error(
    site: str, path: str, reason: str, detail: str
) -> None:
    error = fetcher().fetch(site + path)
    assert isinstance(error, PageError)
    assert (error.reason, error.origin) == (reason, site + path)
    assert detail in error.detail


def test_an_unreachable_host_is_an_error() -> None:
    error = fetcher().fetch(f"http://127.0.0.1:{free_port()}/story")
    assert isinstance(error, PageError) and error.reason == "fetch-failed"


def test_robots_txt_is_read_once_per_host(site: str) -> None:
    Site.agents.clear()
    shared = fetcher()
    shared.fetch(f"{site}/harbour")
    shared.fetch(f"{site}/latin")
    assert len(Site.agents) == 3  # robots.txt, then the two pages


def free_port() -> int:
    """A local port with nothing listening on it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
