"""The stored rejections, listed: which inputs could not be processed, in what stage and why.

A read of the store beside the query layer (``newsdesk.query.search``), for
``newsdesk rejections``: filtered by reason codes and by source (a part of
the origin: a file, an archive, a folder), most recent run first.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsdesk.store.sql import placeholders

if TYPE_CHECKING:
    from newsdesk.store.sql import Dialect, Sql

__all__ = ["RejectionList", "RejectionRow", "select_rejections"]


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


def select_rejections(
    sql: Sql,
    dialect: Dialect,
    *,
    reasons: Collection[str] = (),
    source: str | None = None,
    limit: int | None = None,
) -> RejectionList:
    """The stored rejections with one of ``reasons`` (any when empty) whose origin contains
    ``source`` (any when ``None``), the latest run's first, then by origin."""
    where, params = ["1 = 1"], []
    if reasons:
        wanted = sorted(set(reasons))
        where.append(f"reason IN ({placeholders(wanted)})")
        params += wanted
    if source:
        where.append(dialect.contains("origin"))
        params.append(source)
    condition = " AND ".join(where)
    (total,) = sql.execute(f"SELECT count(*) FROM rejections WHERE {condition}", params).fetchone()
    limited = "" if limit is None else f" LIMIT {int(limit)}"
    rows = sql.execute(
        "SELECT origin, reason, stage, detail, page_id, run FROM rejections "
        f"WHERE {condition} ORDER BY coalesce(run, 0) DESC, origin{limited}",
        params,
    ).fetchall()
    return RejectionList(int(total), tuple(RejectionRow(*row) for row in rows))
