"""Name mentions in the parse: spaCy's entity spans, cleaned, as ``NameMention`` records.

``name_mentions`` keeps the name-like labels (numeric types dropped), drops a
leading "the" and a trailing possessive, cuts a span with a comma between two
names in two (``Twitter, Financial Tribune``) and glues two adjacent names
the model tagged apart (``Anna`` + ``Paris``). ``name_key`` gives the words a
name is matched on: lower case, honorifics, titles and suffixes stripped.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsdesk.nlp.names import (
    HONORIFICS,
    NAME_SUFFIXES,
    ORGANISATION_NOUNS,
    PERSON_STYLES,
    ROLE_NOUNS,
    TITLES,
)

__all__ = ["KEPT_LABELS", "NameMention", "name_key", "name_mentions"]

#: Labels the tagger gives a titled person's name it does not know ("Queen X Y" as a
#: work of art); such a name, title first, is a person's.
_MISREAD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})
#: Title words that also open names of things: "State Street", "Former Yugoslavia".
_NOT_PERSON_TITLES = frozenset({"state", "former", "late", "foreign", "interior", "finance"})
#: spaCy (OntoNotes) labels that name an entity; numeric types are dropped.
KEPT_LABELS = frozenset(
    {
        "PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "FAC", "PRODUCT", "WORK_OF_ART",
        "LANGUAGE",
    }
)  # fmt: skip
_LEADING = frozenset({"the", "a", "an"})
_TRAILING = frozenset({"'s", "’s", "'", "’"})
_STRIP = " \t\n.,;:!?\"'“”‘’()[]{}«»"


@dataclass(frozen=True, slots=True)
class NameMention:
    """One name in the text: character span, token span and spaCy's label."""

    start: int
    end: int
    token_start: int
    token_end: int
    text: str
    label: str
    key: tuple[str, ...]


def name_key(text: str) -> tuple[str, ...]:
    """The words of a name for matching: lower case, no honorifics, titles or suffixes."""
    words = [w.strip(_STRIP).lower() for w in text.replace("’", "'").split()]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    words = [w for w in words if w]
    while len(words) > 1 and (words[0] in HONORIFICS or words[0] in TITLES):
        words.pop(0)
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return tuple(words)


def name_mentions(doc: Doc) -> list[NameMention]:
    """spaCy's named entities of ``doc``, cleaned, in text order."""
    found: list[NameMention] = []
    for ent in _merge_adjacent(doc):
        if ent.label_ not in KEPT_LABELS:
            continue
        for part in _split_at_commas(ent):
            mention = _clean(part, ent.label_)
            if mention is not None:
                found.append(mention)
    return found


def _merge_adjacent(doc: Doc) -> list[Span]:
    """``Anna`` + ``Paris`` tagged apart, one space between: one name."""
    merged: list[Span] = []
    for ent in doc.ents:
        if merged:
            last = merged[-1]
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


def _split_at_commas(ent: Span) -> list[Span]:
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


def _clean(span: Span, label: str) -> NameMention | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in _TRAILING or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    tokens = doc[start:end]
    if label == "ORG":
        titled = _titled_tail(tokens)
        if titled is not None:  # "the Revolution Ayatollah Reza Moradi": the person's name
            tokens, start, label = titled, titled.start, "PERSON"
    if not any(t.text[:1].isupper() and any(c.isalpha() for c in t.text) for t in tokens):
        return None
    if any(t.is_space for t in tokens):
        return None
    text = tokens.text
    key = name_key(text)
    if not key:
        return None
    definite = start > 0 and doc[start - 1].lower_ == "the"
    titles_only = all(w in TITLES or w in ROLE_NOUNS for w in key)
    if titles_only and (label != "PERSON" or definite):
        return None  # "the Crown Prince": a role, resolved as one (coref_roles)
    if definite and label == "PERSON" and key[-1] in ROLE_NOUNS:
        return None  # "the Kremlin leader": a role too, never a person's name
    if label in _MISREAD_LABELS and _titled_name(tokens, key):
        label = "PERSON"  # "Queen Margrethe Sørensen", tagged as a work of art
    return NameMention(
        start=tokens.start_char,
        end=tokens.end_char,
        token_start=start,
        token_end=end,
        text=text,
        label=label,
        key=key,
    )


def _titled_name(tokens: Span, key: tuple[str, ...]) -> bool:
    """A person's title before a given and a family name, all capitalised: "King Omar
    Rashidi". Not an institution named after somebody ("Queen Mary Hospital")."""
    first = tokens[0].lower_
    if first not in TITLES or first in _NOT_PERSON_TITLES or len(key) < 2:
        return False
    words = [t for t in tokens[1:] if t.is_alpha]
    return all(t.text[:1].isupper() for t in words) and key[-1] not in ORGANISATION_NOUNS


def _titled_tail(tokens: Span) -> Span | None:
    """The end of an organisation's span that is a person's style and name: "the
    Revolution Ayatollah Reza Moradi" → "Ayatollah Reza Moradi" (``PERSON_STYLES``)."""
    for index, token in enumerate(tokens[:-2]):
        if token.lower_ not in PERSON_STYLES:
            continue
        tail = tokens[index:]
        words = [t for t in tail[1:] if t.is_alpha]
        if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words):
            return None
        if words[-1].lower_ in ORGANISATION_NOUNS:
            return None  # "King Fahd University"
        return tail
    return None
