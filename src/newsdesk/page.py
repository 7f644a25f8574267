"""What sources yield: ``RawPage``, the bytes of one page and where they came from, and
``NotAPage``, an input passed over on purpose."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

from newsdesk.record import PageSource

PageKind = Literal["text", "html"]


@dataclass(frozen=True, slots=True)
class RawPage:
    """One page as read, before any stage has run.

    ``origin`` names the page for people (a path, ``file.warc.gz#3``, a URL).
    ``kind`` is ``None`` when the content (text or HTML) is to be detected.
    ``encoding`` is the charset a container declared (HTTP header, JSONL
    field), tried before detection.
    """

    data: bytes
    origin: str
    source: PageSource = field(default_factory=PageSource)
    kind: PageKind | None = None
    encoding: str | None = None

    @classmethod
    def from_text(
        cls, text: str, *, origin: str = "<text>", kind: PageKind | None = None
    ) -> RawPage:
        # Lone surrogates (from a careless decode upstream) become U+FFFD, never an error.
        data = text.encode("utf-8", errors="replace")
        return cls(data=data, origin=origin, kind=kind, encoding="utf-8")

    @property
    def provisional_id(self) -> str:
        """An id for error messages before the body is known."""
        if self.source.url:
            return stable_id(self.source.url)
        return stable_id(hashlib.sha256(self.data).hexdigest())


def stable_id(key: str) -> str:
    """The record id: 16 hex digits of SHA-256 of the URL or normalised body."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class NotAPage:
    """An input a source passed over on purpose, because it holds no page.

    ``kind`` says what it is, for the counts of a summary: a WARC record type
    (``request``, ``warcinfo``), ``http 404`` for a failed response, a media
    type (``image/png``), or a file type (``.css file``).
    """

    origin: str
    kind: str
