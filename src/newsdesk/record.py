"""The record every page becomes: the output contract, version 1.

Every type here is a frozen dataclass; spans are ``(start, end)`` character
offsets into ``Record.body``. ``Record.to_dict`` / ``Record.from_dict`` give the
JSON form described in DESIGN.md, and ``from_dict(to_dict(r)) == r`` holds for
every record (a property test checks it).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

SCHEMA = "newsdesk.record/1"

Span = tuple[int, int]

SourceFormat = Literal["text", "html", "warc", "jsonl", "csv"]
ParagraphKind = Literal["paragraph", "heading"]
QuoteKind = Literal["direct", "partial", "indirect"]
CitedSourceKind = Literal["outlet", "agency", "website", "document", "social"]
EntityType = Literal[
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "EVENT",
    "LAW",
    "FAC",
    "PRODUCT",
    "WORK_OF_ART",
    "LANGUAGE",
]

#: Kinds of block dropped from the body, each documented in the README.
REMOVED_KINDS = (
    "market",  # ticker widget rows, parsed into Record.market
    "tags",  # tag/keyword line, parsed into Record.tags
    "credit",  # dateline or credit line, parsed into Record.credit
    "title",  # the headline, kept in Record.title
    "byline",  # author line, kept in Record.authors
    "date",  # a dateline with the publication date only
    "nav",  # navigation, menus, breadcrumbs
    "share",  # share/social buttons, "follow us"
    "related",  # related links, "read more"
    "footer",  # copyright, legal, contact
    "ad",  # advertising labels
    "caption",  # image captions and credits
    "comment",  # reader comments
    "boilerplate",  # other page furniture
    "duplicate",  # a block repeated from earlier on the page
)


@dataclass(frozen=True, slots=True)
class PageSource:
    """Where a page came from."""

    path: str | None = None
    url: str | None = None
    format: SourceFormat = "text"
    warc_record_id: str | None = None
    fetched_at: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    kind: ParagraphKind = "paragraph"


@dataclass(frozen=True, slots=True)
class MarketRow:
    """One instrument of a ticker widget.

    ``name`` is the instrument as the page spelled it, ``canonical`` the
    index's standard name when it is a known one, ``raw`` the row as it stood,
    ``values`` the numbers read from it in order, and ``confident`` is false
    when the scrape glued or garbled the digits so the values cannot be trusted.
    """

    name: str
    canonical: str | None
    raw: str
    values: tuple[float, ...]
    confident: bool


@dataclass(frozen=True, slots=True)
class Removed:
    """A block dropped from the body, with why (one of ``REMOVED_KINDS``).

    ``line``: the 1-based line of the page the block starts on (HTML: of its
    element in the markup); ``None`` when that line holds other blocks too
    (minified markup), where a line number would not point at this block.
    """

    kind: str
    text: str
    line: int | None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class CitedSource:
    name: str
    kind: CitedSourceKind
    cue: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    source: PageSource
    body: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    language: str | None = None
    credit: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    tags: tuple[str, ...] = ()
    market: tuple[MarketRow, ...] = ()
    removed: tuple[Removed, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sources: tuple[CitedSource, ...] = ()
    summary: str | None = None
    warnings: tuple[str, ...] = ()
    provenance: dict[str, str] = field(default_factory=dict)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the record, with ``schema`` first."""
        data = asdict(self)
        ordered: dict[str, Any] = {"schema": data.pop("schema")}
        ordered.update(data)
        return _lists(ordered)  # type: ignore[no-any-return]

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Rebuild a record from its JSON form (the inverse of ``to_dict``)."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} record: schema={data.get('schema')!r}")
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown record fields: {sorted(unknown)}")
        return cls(
            id=data["id"],
            source=PageSource(**data["source"]),
            body=data["body"],
            title=data.get("title"),
            authors=tuple(data.get("authors", ())),
            published=data.get("published"),
            language=data.get("language"),
            credit=data.get("credit"),
            paragraphs=tuple(Paragraph(**p) for p in data.get("paragraphs", ())),
            tags=tuple(data.get("tags", ())),
            market=tuple(
                MarketRow(**{**m, "values": tuple(m["values"])}) for m in data.get("market", ())
            ),
            removed=tuple(Removed(**r) for r in data.get("removed", ())),
            entities=tuple(
                Entity(
                    id=e["id"],
                    name=e["name"],
                    type=e["type"],
                    aliases=tuple(e.get("aliases", ())),
                    mentions=tuple((int(s), int(t)) for s, t in e.get("mentions", ())),
                )
                for e in data.get("entities", ())
            ),
            quotes=tuple(Quote(**q) for q in data.get("quotes", ())),
            sources=tuple(CitedSource(**s) for s in data.get("sources", ())),
            summary=data.get("summary"),
            warnings=tuple(data.get("warnings", ())),
            provenance=dict(data.get("provenance", {})),
            schema=data["schema"],
        )

    @classmethod
    def from_json(cls, text: str) -> Record:
        return cls.from_dict(json.loads(text))


def _lists(value: Any) -> Any:
    """Tuples become lists, recursively, so the dict is plain JSON."""
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_lists(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Rejection:
    """A page that could not be processed: written beside the records."""

    page_id: str
    origin: str
    stage: str
    reason: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {
            "page_id": self.page_id,
            "origin": self.origin,
            "stage": self.stage,
            "reason": self.reason,
            "detail": self.detail,
        }
