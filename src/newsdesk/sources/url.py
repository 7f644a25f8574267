"""Pages fetched over HTTP(S), politely: one at a time per host, robots.txt respected.

``Fetcher`` reads each host's robots.txt once (with the same user agent and
timeout as the pages), refuses URLs it disallows, waits between requests to
one host (the robots.txt ``Crawl-delay``, else ``MIN_DELAY``), stops reading
a body past the size limit, and turns every failure into a ``fetch-failed``
error for that URL alone. The charset of the Content-Type header travels
with the page as ``RawPage.encoding``.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from newsdesk.errors import InputError, PageError
from newsdesk.page import PageKind, RawPage
from newsdesk.record import PageSource
from newsdesk.sources.warc import HTML_TYPES, parse_content_type

STAGE = "fetch"

#: Seconds between two requests to one host when robots.txt names no Crawl-delay.
MIN_DELAY = 1.0
#: robots.txt files larger than this are read only this far (Google's limit is 500 KiB).
MAX_ROBOTS_BYTES = 512_000


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


@dataclass
class Fetcher:
    """Fetches pages for one run; keeps each host's robots.txt and last request time."""

    user_agent: str
    timeout: float
    max_bytes: int
    min_delay: float = MIN_DELAY
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def fetch(self, url: str) -> RawPage | PageError:
        """The page at ``url``, or a ``fetch-failed`` error saying why not."""
        parts = urlsplit(url)
        host = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        robots = self._robots_for(host)
        if robots is not None and not robots.can_fetch(self.user_agent, url):
            return _failed(url, "robots.txt of the site disallows fetching this page")
        self._wait(host, robots)
        try:
            data, content_type = self._get(url)
        except urllib.error.HTTPError as exc:
            return _failed(url, f"the server answered {exc.code} {exc.reason}")
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            return _failed(url, f"cannot fetch the page ({reason})")
        if len(data) > self.max_bytes:
            return InputError(
                f"page is over the limit of {self.max_bytes:,} bytes (max_page_bytes)",
                reason="too-large",
                stage=STAGE,
                origin=url,
            )
        media, charset = parse_content_type(content_type)
        kind: PageKind | None = "html" if media in HTML_TYPES else None
        fetched = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return RawPage(
            data=data,
            origin=url,
            source=PageSource(url=url, format="html" if kind else "text", fetched_at=fetched),
            kind=kind,
            encoding=charset,
        )

    def _get(self, url: str, *, limit: int | None = None) -> tuple[bytes, str]:
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        cap = self.max_bytes + 1 if limit is None else limit
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            data: bytes = response.read(cap)
            return data, response.headers.get("Content-Type", "")

    def _robots_for(self, host: str) -> RobotFileParser | None:
        """The host's robots rules; ``None`` when it has none (every URL allowed)."""
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        return self._robots[host]

    def _read_robots(self, host: str) -> RobotFileParser | None:
        rules = RobotFileParser(host + "/robots.txt")
        try:
            data, _ = self._get(host + "/robots.txt", limit=MAX_ROBOTS_BYTES)
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403):
                # As urllib.robotparser does: a forbidden robots.txt forbids the whole site.
                rules.disallow_all = True  # type: ignore[attr-defined]  # not in typeshed
                return rules
            return None
        except (urllib.error.URLError, OSError, ValueError):
            return None
        rules.parse(data.decode("utf-8", "replace").splitlines())
        return rules

    def _wait(self, host: str, robots: RobotFileParser | None) -> None:
        delay = self.min_delay
        if robots is not None:
            crawl_delay = robots.crawl_delay(self.user_agent)
            if crawl_delay is not None:
                delay = max(delay, float(crawl_delay))
        last = self._last.get(host)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()


def _failed(url: str, detail: str) -> InputError:
    return InputError(detail, reason="fetch-failed", stage=STAGE, origin=url)
