"""The stored rejections, listed: which inputs could not be processed, in what stage and why.

A read of the store beside the query layer (``newsdesk.search``), for
``newsdesk rejections``: filtered by reason codes and by source (a part of
the origin: a file, an archive, a folder), most recent run first.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.store.protocol import StoreReader

__all__ = ["RejectionList", "RejectionRow", "list_rejections"]


@dataclass(frozen=True, slots=True)
class RejectionRow:
    """One stored rejection: the input, the stage it failed in, the reason code and why."""

    origin: str
    reason: str
    stage: str
    detail: str
    page_id: str
    run: int | None


@dataclass(frozen=True, slots=True)
class RejectionList:
    """The rejections that match, up to a limit, and how many match in all."""

    total: int
    rejections: tuple[RejectionRow, ...]


def list_rejections(
    store: StoreReader,
    *,
    reasons: Collection[str] = (),
    source: str | None = None,
    limit: int | None = None,
) -> RejectionList:
    """The stored rejections with one of ``reasons`` (any when empty) whose origin contains
    ``source`` (any when ``None``), the latest run's first, then by origin."""
    return store.rejections(reasons=reasons, source=source, limit=limit)
