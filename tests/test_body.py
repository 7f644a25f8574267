"""Body assembly: normalised paragraphs, exact offsets, furniture kept apart."""

from __future__ import annotations

import pytest

from newsdesk.body import assemble
from newsdesk.segment.blocks import Block, normalise


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Tehran\u00a0said  ", "Tehran said"),
        ("Cafe\u0301 owners", "Caf\u00e9 owners"),
        ("split\nacross  lines\t", "split across lines"),
        ("zero\u200bwidth\u00adsoft", "zerowidthsoft"),
    ],
)
def test_normalise(raw: str, clean: str) -> None:
    assert normalise(raw) == clean


def test_assemble_offsets_and_removed() -> None:
    blocks = [
        Block("Home | World | Sport", "nav", 1),
        Block("Talks collapse ", "heading", 3),
        Block("The talks  collapsed on Monday.", "paragraph", 4),
        Block("   ", "paragraph", 5),
        Block("Share on Twitter", "share", 6),
        Block("Both sides blamed each other.", "paragraph", 7),
    ]
    body, paragraphs, removed = assemble(blocks)
    assert body == (
        "Talks collapse\n\nThe talks collapsed on Monday.\n\nBoth sides blamed each other."
    )
    assert [body[p.start : p.end] for p in paragraphs] == [
        "Talks collapse",
        "The talks collapsed on Monday.",
        "Both sides blamed each other.",
    ]
    assert [p.kind for p in paragraphs] == ["heading", "paragraph", "paragraph"]
    assert [(r.kind, r.line) for r in removed] == [("nav", 1), ("share", 6)]
