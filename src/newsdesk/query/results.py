"""What the query layer (``newsdesk.query.search``) returns: plain frozen dataclasses,
the same for the CLI, the REST API and the web pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdesk.record import Span

__all__ = [
    "MARK_CLOSE",
    "MARK_OPEN",
    "EntityRow",
    "FacetCount",
    "Facets",
    "Filters",
    "Hit",
    "MarketHit",
    "QuoteHit",
    "RejectionCount",
    "RunRow",
    "SpeakerCount",
    "Stats",
    "shown_outlet",
    "unmarked",
]

#: What FTS5's snippet() puts around a matched word (characters no page text holds).
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


@dataclass(frozen=True, slots=True)
class Filters:
    """What a search is narrowed to; ``None`` leaves a dimension open.

    ``since``/``until`` are ISO dates (inclusive); ``outlet`` matches the
    credit line or the URL's host (``reuters.com``, ``reuters``); ``entity``
    is a name, matched as corpus entities are; ``tag`` matches a page tag,
    ignoring case; ``language`` is the page's language code (``en``).
    """

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    entity: str | None = None
    tag: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """One document found; ``score`` ranks it: lower is better (BM25 as SQLite gives it,
    the negated ``ts_rank`` in PostgreSQL).

    ``credit`` is the outlet a credit line or dateline named, ``outlet`` the
    web site the page came from (the URL's host, ``reuters.com``), ``origin``
    the input that gave it (a path, ``archive.warc.gz#offset``, a URL):
    ``newsdesk show ID`` prints the whole record.
    """

    id: str
    title: str | None
    published: str | None
    credit: str | None
    outlet: str | None
    url: str | None
    origin: str
    cluster: str
    score: float
    snippet: str
    highlights: tuple[Span, ...]
    duplicates: int = 0  # near-duplicates of this hit that also matched, when collapsed


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """One quote found, with the article it is in (``doc``, its id) and where that came
    from (``credit``, ``outlet``, ``url``, ``origin``: as in ``Hit``)."""

    doc: str
    title: str | None
    published: str | None
    credit: str | None
    outlet: str | None
    url: str | None
    origin: str
    text: str
    kind: str
    speaker: str | None  # the corpus entity's name when the speaker is known
    speaker_id: str | None
    speaker_text: str | None
    cue: str | None


def shown_outlet(found: Hit | QuoteHit) -> str | None:
    """The outlet to show for a result: its credit line's, else its web site."""
    return found.credit or found.outlet


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


def unmarked(marked: str) -> tuple[str, tuple[Span, ...]]:
    """A snippet without its markers, and the spans the markers enclosed."""
    text: list[str] = []
    spans: list[Span] = []
    length = 0
    start = 0
    for char in marked:
        if char == MARK_OPEN:
            start = length
        elif char == MARK_CLOSE:
            spans.append((start, length))
        else:
            text.append(char)
            length += 1
    return "".join(text), tuple(spans)


@dataclass(frozen=True, slots=True)
class FacetCount:
    """One value of a facet (an outlet, a tag, an entity, a month) and how many
    documents of a search have it; ``key`` is what a filter takes (an entity's name)."""

    key: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Facets:
    """How the documents a search matches spread over outlets, tags, entities and months."""

    total: int
    outlets: tuple[FacetCount, ...]
    tags: tuple[FacetCount, ...]
    entities: tuple[FacetCount, ...]
    months: tuple[FacetCount, ...]


@dataclass(frozen=True, slots=True)
class MarketHit:
    """One market row a stored page carried, with the page it came from."""

    doc: str
    title: str | None
    published: str | None
    name: str
    canonical: str | None
    raw: str
    values: tuple[float, ...]
    confident: bool
