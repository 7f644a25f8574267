"""Assemble the body from the body blocks: normalised text and exact paragraph offsets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from newsdesk.record import Paragraph, ParagraphKind, Removed
from newsdesk.segment.blocks import BODY_KINDS, Block

PARAGRAPH_SEPARATOR = "\n\n"

#: Every Unicode space that is not a line break becomes a plain space.
_SPACES = re.compile(r"[^\S\n]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalise(text: str) -> str:
    """NFC, plain spaces, no zero-width characters, one line, no outer space."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


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
