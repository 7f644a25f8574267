"""Flattened text → labelled blocks (first cut: blank-line paragraphs)."""

from __future__ import annotations

from newsdesk.segment.blocks import Block, Layout


def layout_text(text: str) -> Layout:
    blocks: list[Block] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            blocks.append(Block(text=line, kind="paragraph", line=number))
    return Layout(blocks=tuple(blocks))
