"""Assemble the body from the body blocks: normalised text and exact paragraph offsets."""

from __future__ import annotations

from collections.abc import Iterable

from newsdesk.record import Paragraph, ParagraphKind, Removed
from newsdesk.segment.blocks import BODY_KINDS, Block, normalise

PARAGRAPH_SEPARATOR = "\n\n"


def assemble(blocks: Iterable[Block]) -> tuple[str, tuple[Paragraph, ...], tuple[Removed, ...]]:
    """The body text, its paragraphs and the removed blocks, in page order."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    removed: list[Removed] = []
    offset = 0
    for block in blocks:
        text = normalise(block.text)
        if not text:
            continue
        if block.kind not in BODY_KINDS:
            removed.append(Removed(kind=block.kind, text=text, line=block.line or None))
            continue
        if parts:
            offset += len(PARAGRAPH_SEPARATOR)
        parts.append(text)
        kind: ParagraphKind = "heading" if block.kind == "heading" else "paragraph"
        paragraphs.append(Paragraph(start=offset, end=offset + len(text), kind=kind))
        offset += len(text)
    return PARAGRAPH_SEPARATOR.join(parts), tuple(paragraphs), tuple(removed)
