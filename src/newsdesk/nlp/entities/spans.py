"""The tagger's entity spans cut and glued before they become name mentions.

``merge_adjacent`` glues two adjacent names tagged apart (``Anna`` + ``Paris``)
and a place, a connective and a name (``Braunau am Inn``); ``split_at_commas``
cuts ``Twitter, Financial Tribune`` in two; ``outside_brackets`` keeps a name
out of brackets (``World Health Organization (WHO``);
``person_before_connective`` reads ``Tomasz Nowak of Clean Rivers Poland`` as a
person's name and an organisation's. Used by ``mentions.name_mentions``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsdesk.lexicon.given_names import GIVEN_NAMES
from newsdesk.lexicon.labels import PLACE_LABELS, PLACE_PART_LABELS
from newsdesk.lexicon.names import ORGANISATION_NOUNS, PLACE_CONNECTIVES

__all__ = ["merge_adjacent", "outside_brackets", "person_before_connective", "split_at_commas"]

_OPENING = frozenset({"(", "["})
_CLOSING = frozenset({")", "]"})
_BRACKETS = _OPENING | _CLOSING
#: Words between a person's name and the body she speaks for ("X for Y", "X of Y").
_AFFILIATIONS = frozenset({"for", "of", "at", "from"})


def merge_adjacent(doc: Doc) -> list[Span]:
    """``Anna`` + ``Paris`` tagged apart, one space between: one name; a place, a
    connective and a name (``Braunau am Inn``, ``PLACE_CONNECTIVES``): one place."""
    merged: list[Span] = []
    for ent in doc.ents:
        if merged:
            last = merged[-1]
            if last.label_ in PLACE_PART_LABELS and _place_connective(doc[last.end : ent.start]):
                label = last.label_ if last.label_ in PLACE_LABELS else "GPE"
                merged[-1] = Span(doc, last.start, ent.end, label=label)
                continue
            if (
                last.end == ent.start
                and last.label_ == ent.label_
                and doc[last.end - 1].whitespace_ == " "
                and doc[last.end - 1].tag_ == "NNP"
                and ent[0].tag_ == "NNP"
            ):
                merged[-1] = Span(doc, last.start, ent.end, label=ent.label_)
                continue
        merged.append(ent)
    return merged


def _place_connective(between: Span) -> bool:
    words = tuple(t.text for t in between)
    return bool(words) and words in PLACE_CONNECTIVES


def split_at_commas(ent: Span) -> list[Span]:
    """``Twitter, Financial Tribune`` is two names: cut a span at its commas."""
    cuts = [t.i for t in ent if t.text in {",", ";"}]
    if not cuts:
        return [ent]
    doc = ent.doc
    parts: list[Span] = []
    start = ent.start
    for cut in [*cuts, ent.end]:
        if cut > start:
            parts.append(doc[start:cut])
        start = cut + 1
    return parts


def person_before_connective(span: Span, label: str) -> list[tuple[Span, str]]:
    """``Tomasz Nowak of Clean Rivers Poland``, one organisation to the tagger: a given
    name (``lexicon.given_names``) and one or two capitalised words, then ``for``, ``of``, ``at``
    or ``from`` and a capitalised name, are a person's name and the name of what he
    speaks for. Not when a word of the would-be person's name is an organisation noun
    (``Victoria University of Wellington``, ``Grace Hospital of Detroit``): the span is an
    organisation named after somebody."""
    if label == "PERSON" or len(span) < 4:
        return [(span, label)]
    first = span[0]
    if not first.is_title or first.lower_ not in GIVEN_NAMES:
        return [(span, label)]
    for k in (2, 3):
        if k + 1 >= len(span) or span[k].lower_ not in _AFFILIATIONS:
            continue
        family = span[1:k]
        if any(t.lower_ in ORGANISATION_NOUNS for t in span[:k]):
            return [(span, label)]  # "Florence Nightingale Foundation for ..."
        if all(t.is_title and t.is_alpha for t in family) and span[k + 1].is_title:
            doc = span.doc
            return [
                (doc[span.start : span.start + k], "PERSON"),
                (doc[span.start + k + 1 : span.end], label),
            ]
    return [(span, label)]


def outside_brackets(span: Span) -> list[Span]:
    """The parts of a span outside brackets: ``World Health Organization (WHO`` →
    ``World Health Organization``. A name never holds a bracket; an abbreviation in
    brackets after a name is read on its own (``_with_abbreviations``)."""
    if not any(t.text in _BRACKETS for t in span):
        return [span]
    doc = span.doc
    parts: list[Span] = []
    start = span.start
    depth = 0
    for token in span:
        if token.text in _OPENING:
            if depth == 0 and token.i > start:
                parts.append(doc[start : token.i])
            depth += 1
        elif token.text in _CLOSING:
            if depth == 0:
                parts = []  # the span began inside brackets: what came before is inside
            depth = max(0, depth - 1)
            start = token.i + 1
        elif depth > 0:
            start = token.i + 1
    if depth == 0 and start < span.end:
        parts.append(doc[start : span.end])
    return parts
