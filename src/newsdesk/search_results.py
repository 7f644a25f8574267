"""What the query layer (``newsdesk.search``) returns: plain frozen dataclasses,
the same for the CLI, the REST API and the web pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdesk.record import Span

__all__ = [
    "EntityRow",
    "Hit",
    "QuoteHit",
    "RejectionCount",
    "RunRow",
    "SpeakerCount",
    "Stats",
]


@dataclass(frozen=True, slots=True)
class Hit:
    """One document found; ``score`` is BM25 (lower is better, as SQLite gives it)."""

    id: str
    title: str | None
    published: str | None
    credit: str | None
    url: str | None
    cluster: str
    score: float
    snippet: str
    highlights: tuple[Span, ...]
    duplicates: int = 0  # near-duplicates of this hit that also matched, when collapsed


@dataclass(frozen=True, slots=True)
class QuoteHit:
    doc: str
    title: str | None
    published: str | None
    text: str
    kind: str
    speaker: str | None  # the corpus entity's name when the speaker is known
    speaker_id: str | None
    speaker_text: str | None
    cue: str | None


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    documents: int
    quotes: int


@dataclass(frozen=True, slots=True)
class RunRow:
    id: int
    command: str
    started: str
    finished: str | None
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class RejectionCount:
    stage: str
    reason: str
    count: int


@dataclass(frozen=True, slots=True)
class SpeakerCount:
    id: str
    name: str
    quotes: int


@dataclass(frozen=True, slots=True)
class Stats:
    documents: int
    clusters: int
    quotes: int
    entities: int
    rejections: int
    rejections_by_reason: tuple[RejectionCount, ...]
    runs: tuple[RunRow, ...]
    top_speakers: tuple[SpeakerCount, ...]
    entities_by_type: dict[str, int] = field(default_factory=dict)
