"""How batch commands (``ingest``, ``spark``) list what became of their inputs by kind."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["by_count", "kinds_line"]


def by_count(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """The most frequent first, then by name."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def kinds_line(counts: Mapping[str, int]) -> str:
    """``request 3, image/png 1``: each kind with its count, the most frequent first."""
    return ", ".join(f"{kind} {count:,}" for kind, count in by_count(counts))
