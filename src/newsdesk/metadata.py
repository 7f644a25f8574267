"""Title, authors, published date and language, each with where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdesk.page import PageKind
from newsdesk.segment.blocks import Layout


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    language: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)


def extract_metadata(
    text: str, kind: PageKind, layout: Layout, body: str, *, url: str | None = None
) -> Metadata:
    """Metadata of a page; ``None``/empty where the page does not say."""
    title = layout.title
    provenance = {"title": layout.provenance.get("title", "layout")} if title else {}
    return Metadata(title=title, provenance=provenance)
