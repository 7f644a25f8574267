"""The NLP stage: fills entities, quotes (with speakers), sources and summary of a record.

The body is parsed ONCE by the spaCy pipeline of ``Settings.model`` (loaded
once per process, ``nlp.model``); a page whose detected language is not the
model's is left without NLP fields, with a warning. The body is parsed
paragraph by paragraph (a paragraph break always ends a sentence): the
record's own ``paragraphs``, made once into one ``nlp.paragraphs.Paragraphs``
value that every later step reading paragraphs is handed, never re-split from
the body; a paragraph longer than ``Settings.max_paragraph_chars`` characters in pieces
cut at a sentence end or a space, and the pieces are joined back, so
offsets stay those of the body; text past ``MAX_ANALYSED_CHARS`` (or the
model's ``max_length``) is not analysed (a warning says so). On that one parse run:
quotes and cited sources (``nlp.quotes.find``, ``nlp.cited.find``), name mentions
(``nlp.entities.mentions``) joined into entities (``nlp.entities.join``), pronouns
and role nouns joined to them (``nlp.coref.resolve``), quote speakers mapped to
entities (``nlp.speakers.entities.settle``), and the summary (``nlp.summary``). Every span
handed over is checked to lie inside the body, and every quote's text to
equal its span.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.nlp.cited.find import find_sources
from newsdesk.nlp.coref.resolve import resolve
from newsdesk.nlp.entities.join import Cluster, join_names, name_mentions, propagate
from newsdesk.nlp.entities.mentions import NameMention
from newsdesk.nlp.model import load_model
from newsdesk.nlp.paragraphs import Paragraphs
from newsdesk.nlp.quotes import find as nlp_quotes
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.speakers.entities import settle
from newsdesk.nlp.summary import summarise
from newsdesk.record import CitedSource, Entity, Quote, Record
from newsdesk.settings import Settings

__all__ = ["QuoteFinder", "analyse", "annotate", "annotate_doc", "paragraphs_of", "parse"]

_SPLIT_AT = (". ", "? ", "! ", "\n", " ")
#: Most characters of a body the NLP stages analyse (the rest gets a warning): the parse
#: and its annotations take about 3 KB of memory per character, so this bounds what a page
#: adds to a worker's memory (about 0.5 GB, bench/extract_scaling.py --nlp; spaCy's own
#: max_length, 1,000,000, let one page take 3 GB). Long-form articles run to 60,000.
MAX_ANALYSED_CHARS = 150_000
#: Kinds of cited source that name a medium, never a person.
_MEDIA_KINDS = frozenset({"outlet", "agency", "social"})


def annotate(record: Record, settings: Settings) -> Record:
    """``record`` with entities, quotes, sources and summary filled from its body."""
    if not record.body.strip():
        return record
    nlp = load_model(settings.model)
    language = (record.language or "").split("-")[0].lower()
    if language and nlp.lang and language != nlp.lang:
        note = f"nlp: skipped, the page is in {record.language!r} and the model reads {nlp.lang!r}"
        return replace(record, warnings=(*record.warnings, note))
    return analyse(record, nlp, settings.max_paragraph_chars)


QuoteFinder = Callable[[Doc], tuple[list[QuoteCandidate], list[str]]]


def analyse(record: Record, nlp: Language, piece_chars: int) -> Record:
    """The work of ``annotate`` with a given pipeline."""
    body = record.body
    limit = min(nlp.max_length, MAX_ANALYSED_CHARS)
    # Strings the parse adds to the shared vocabulary are freed when the zone
    # closes, so a worker's memory stays flat over any number of pages; the
    # record holds plain Python values only, nothing of the Doc.
    text = body[:limit]
    paragraphs = paragraphs_of(record, text)
    with nlp.memory_zone():
        doc = parse(nlp, text, piece_chars, paragraphs)
        record = annotate_doc(record, doc, paragraphs=paragraphs)
    if len(body) > limit:
        note = f"nlp: body has {len(body)} characters; analysed the first {limit}"
        record = replace(record, warnings=(*record.warnings, note))
    return record


def annotate_doc(
    record: Record,
    doc: Doc,
    *,
    paragraphs: Paragraphs | None = None,
    find_quotes: QuoteFinder | None = None,
) -> Record:
    """Fill ``record`` from ``doc``, the parse of (the start of) its body.

    ``paragraphs`` are those of ``doc``'s text (``paragraphs_of``; found when not
    given); ``find_quotes`` replaces the quote finder (benchmarks pass gold quotes).
    """
    body = record.body
    if paragraphs is None:
        paragraphs = paragraphs_of(record, doc.text)
    warnings: list[str] = []
    candidates, quote_warnings = (find_quotes or nlp_quotes.find_quotes)(doc)
    warnings.extend(quote_warnings)
    quotes = [q for q in candidates if _quote_ok(q, body)]
    if len(quotes) < len(candidates):
        warnings.append(f"nlp: dropped {len(candidates) - len(quotes)} malformed quote candidates")
    sources = tuple(s for s in find_sources(doc) if 0 <= s.start <= s.end <= len(body))
    media = [s for s in sources if s.kind in _MEDIA_KINDS]
    names = propagate(doc, join_names(_outlet_mentions(name_mentions(doc), media)))
    resolution = resolve(doc, names, quotes, paragraphs=paragraphs)
    quotes, speakers = settle(doc, resolution, quotes)
    ids = _entity_ids(resolution.clusters)
    kept = sorted((c for c in resolution.clusters if c.index in ids), key=lambda c: min(c.mentions))
    entities = tuple(_entity(c, ids[c.index]) for c in kept)
    records = tuple(
        Quote(
            text=q.text,
            start=q.start,
            end=q.end,
            kind=q.kind,
            speaker=ids.get(speaker) if speaker is not None else None,
            speaker_text=body[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None,
            cue=q.cue,
        )
        for q, speaker in zip(quotes, speakers, strict=True)
    )
    return replace(
        record,
        entities=entities,
        quotes=records,
        sources=sources,
        summary=summarise(doc, record.paragraphs),
        warnings=record.warnings + tuple(warnings),
    )


def paragraphs_of(record: Record, text: str) -> Paragraphs:
    """The paragraphs of ``text``, the start of ``record``'s body: the record's own, or
    for a record made without them (a benchmark's, a test's) the blank lines of ``text``."""
    if record.paragraphs:
        return Paragraphs.of_record(record.paragraphs, len(text))
    return Paragraphs.of_text(text)


def parse(nlp: Language, text: str, piece_chars: int, paragraphs: Paragraphs | None = None) -> Doc:
    """``text`` parsed by ``nlp`` paragraph by paragraph (``paragraphs``, or for a text that
    comes without them its blank lines), a paragraph longer than ``piece_chars`` in pieces
    of at most that; ``doc.text == text``.

    A paragraph break always ends a sentence: parsed on its own, a paragraph
    never lends its last words to the next one's first sentence (spaCy's parser
    runs a sentence on over a break after a closing quotation mark, and the
    next paragraph's speaker becomes the object of the previous verb).
    """
    size = max(1, min(piece_chars, nlp.max_length))
    found = paragraphs if paragraphs is not None else Paragraphs.of_text(text)
    pieces = [piece for paragraph in found.pieces(text) for piece in _pieces(paragraph, size)]
    docs = list(nlp.pipe(pieces))
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False)


def _pieces(text: str, size: int) -> list[str]:
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = -1
        for mark in _SPLIT_AT:
            at = window.rfind(mark)
            if at > size // 4:
                cut = at + len(mark)
                break
        if cut <= 0:
            cut = size
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return [p for p in pieces if p] or [""]


def _quote_ok(quote: QuoteCandidate, body: str) -> bool:
    if not (0 <= quote.start <= quote.end <= len(body)):
        return False
    if body[quote.start : quote.end] != quote.text:
        return False
    span = quote.speaker_span
    return span is None or 0 <= span[0] < span[1] <= len(body)


def _entity_ids(clusters: list[Cluster]) -> dict[int, str]:
    """Ids ``e1``, ``e2``... in order of first mention, for clusters that name something."""
    kept = [c for c in clusters if c.mentions and (c.names or c.aliases)]
    kept.sort(key=lambda c: min(c.mentions))
    return {c.index: f"e{n}" for n, c in enumerate(kept, start=1)}


def _outlet_mentions(
    mentions: list[NameMention], media: Sequence[CitedSource]
) -> list[NameMention]:
    """``mentions`` with every name of a cited outlet typed ORG before names are joined,
    whatever type the tagger gave it (a person, an event, a place): "the Chronicle" the
    tagger called a person joins "the San Francisco Chronicle", and no "he" or "she" joins
    an outlet ("he told Der Spiegel"). Every mention of the name counts, not only the one
    ``sources`` lists."""
    medium = _MediumNames(media)
    return [replace(m, label="ORG") if m.label != "ORG" and medium(m) else m for m in mentions]


class _MediumNames:
    """Whether a name mention names a cited medium: its name, or inside its cited span.

    Looked up by set and by bisection, so a page citing thousands of outlets stays linear.
    """

    def __init__(self, media: Sequence[CitedSource]) -> None:
        self.names = {s.name.casefold() for s in media}
        self.spans = sorted((s.start, s.end) for s in media)
        self.starts = [start for start, _ in self.spans]

    def __call__(self, mention: NameMention) -> bool:
        if mention.text.casefold() in self.names:
            return True
        index = bisect_right(self.starts, mention.start) - 1
        return index >= 0 and mention.end <= self.spans[index][1]


def _entity(cluster: Cluster, entity_id: str) -> Entity:
    """The entity of ``cluster``, named by its fullest proper name."""
    name = cluster.fullest()
    kind = cluster.type
    aliases: list[str] = []
    for text in [m.text for m in cluster.names] + cluster.aliases:
        if text != name and text not in aliases:
            aliases.append(text)
    return Entity(
        id=entity_id,
        name=name,
        type=kind,
        aliases=tuple(aliases),
        mentions=tuple(sorted(set(cluster.mentions))),
    )
