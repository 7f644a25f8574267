"""An article as the page shows it: its body cut into pieces, each marked with the
quote, the entity mention and the cited source it falls in (pure functions of the
record; the template escapes every piece)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from newsdesk.record import Entity, Quote, Record

__all__ = ["SPEAKER_COLOURS", "Block", "Piece", "QuoteView", "blocks", "quote_views"]

#: Colours a page gives speakers (CSS classes ``speaker-0`` ...), in order of first quote.
SPEAKER_COLOURS = 8


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A quote of the article with its speaker as the page names and colours them."""

    n: int
    text: str
    kind: str
    speaker: str | None  # the speaker's name (the record's entity), else as written
    speaker_entity: str | None  # the record's entity id of the speaker
    cue: str | None
    colour: int | None  # None: no speaker known


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of body text that lies wholly inside (or outside) each highlight."""

    text: str
    quote: int | None = None  # index in ``quote_views``
    quote_ends: bool = False  # the quote's last piece in a paragraph: its speaker follows
    entity: str | None = None  # the record's entity id of a mention
    source: int | None = None  # index of a cited source


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # "paragraph" or "heading"
    pieces: tuple[Piece, ...]


def quote_views(record: Record) -> list[QuoteView]:
    """The quotes, each speaker coloured in the order they are first quoted."""
    names = {entity.id: entity for entity in record.entities}
    colours: dict[str, int] = {}
    views = []
    for n, quote in enumerate(record.quotes):
        who = _speaker(quote, names)
        colour = None
        if who is not None:
            colour = colours.setdefault(who.casefold(), len(colours) % SPEAKER_COLOURS)
        views.append(QuoteView(n, quote.text, quote.kind, who, quote.speaker, quote.cue, colour))
    return views


def _speaker(quote: Quote, names: dict[str, Entity]) -> str | None:
    if quote.speaker and quote.speaker in names:
        return names[quote.speaker].name
    return quote.speaker_text


def blocks(record: Record) -> list[Block]:
    """The body's paragraphs and headings, cut where a quote, a mention or a source
    starts or ends."""
    body = record.body
    marks: list[tuple[int, int, str, int | str]] = []
    marks += [(q.start, q.end, "quote", n) for n, q in enumerate(record.quotes)]
    marks += [(s.start, s.end, "source", n) for n, s in enumerate(record.sources)]
    for entity in record.entities:
        marks += [(start, end, "entity", entity.id) for start, end in entity.mentions]
    marks = [(s, e, k, v) for s, e, k, v in marks if 0 <= s < e <= len(body)]
    paragraphs = [(p.start, p.end, p.kind) for p in record.paragraphs] or [
        (0, len(body), "paragraph")
    ]
    return [
        Block(kind, tuple(_pieces(body, start, end, marks)))
        for start, end, kind in paragraphs
        if body[start:end].strip()
    ]


def _pieces(
    body: str, start: int, end: int, marks: list[tuple[int, int, str, int | str]]
) -> list[Piece]:
    inside = [m for m in marks if m[0] < end and m[1] > start]
    cuts = sorted({start, end, *(max(start, min(end, p)) for m in inside for p in m[:2])})
    pieces = []
    for left, right in itertools.pairwise(cuts):
        covering = {kind: (value, e) for s, e, kind, value in inside if s <= left and e >= right}
        quote = covering.get("quote")
        entity = covering.get("entity")
        source = covering.get("source")
        pieces.append(
            Piece(
                body[left:right],
                quote=int(quote[0]) if quote else None,
                quote_ends=bool(quote and (quote[1] == right or right == end)),
                entity=str(entity[0]) if entity else None,
                source=int(source[0]) if source else None,
            )
        )
    return pieces
