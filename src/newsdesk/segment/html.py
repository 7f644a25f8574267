"""HTML → labelled blocks (first cut: the flattened visible text)."""

from __future__ import annotations

from newsdesk.segment.blocks import Layout
from newsdesk.segment.flatten import flatten_html
from newsdesk.segment.text import layout_text


def layout_html(markup: str, *, url: str | None = None) -> Layout:
    return layout_text(flatten_html(markup))
