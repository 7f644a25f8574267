"""The stored rejections, listed: which inputs could not be processed, in what stage and why.

A read of the store beside the query layer (``newsdesk.search``), for
``newsdesk rejections``: filtered by reason codes and by source (a part of
the origin: a file, an archive, a folder), most recent run first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

from newsdesk.errors import StoreError
from newsdesk.store.sqlite import SqliteStore

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
    store: SqliteStore,
    *,
    reasons: Collection[str] = (),
    source: str | None = None,
    limit: int | None = None,
) -> RejectionList:
    """The stored rejections with one of ``reasons`` (any when empty) whose origin contains
    ``source`` (any when ``None``), the latest run's first, then by origin."""
    where, params = ["1"], []
    if reasons:
        wanted = sorted(set(reasons))
        where.append(f"reason IN ({','.join('?' * len(wanted))})")
        params += wanted
    if source:
        where.append("instr(origin, ?) > 0")
        params.append(source)
    condition = " AND ".join(where)
    try:
        (total,) = store.connection.execute(
            f"SELECT count(*) FROM rejections WHERE {condition}", params
        ).fetchone()
        rows = store.connection.execute(
            "SELECT origin, reason, stage, detail, page_id, run FROM rejections "
            f"WHERE {condition} ORDER BY run DESC, origin LIMIT ?",
            [*params, -1 if limit is None else limit],
        ).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"{store.path}: cannot read the rejections ({exc})") from exc
    return RejectionList(int(total), tuple(RejectionRow(*row) for row in rows))
