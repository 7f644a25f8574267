"""Publications spoken or written to: "told Le Temps", "in an interview with Der Spiegel".

Helpers of ``sources`` (and of ``quotes.actions``): ``hearer_cue`` gives the
cue ("told", "interview with", "wrote in") when a name is what somebody spoke
or wrote to; ``titled`` whether such a name reads as a publication's title by
its shape ("Le Temps", "The Atlantic" mid-sentence, "the daily Nordposten"),
and not as a place, a person, a modifier ("Los Angeles police") or somebody
who speaks elsewhere on the page ("Le Pen said").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.labels import ADDRESSEE_DEPS, NOUN_POS, PERSON_OR_PLACE_LABELS
from newsdesk.lexicon.outlets import (
    HEARER_PREPOSITIONS,
    HEARING_HEADS,
    HEARING_VERBS,
    MEDIA_NOUNS,
    NAME_JOINERS,
    QUOTING_VERBS,
    TITLE_ARTICLES,
    WRITING_HEADS,
    WRITTEN_IN_PREPOSITIONS,
    looks_like_outlet,
)
from newsdesk.nlp.parse import per_doc, sentence_start
from newsdesk.nlp.quotes.speaker import speech_verb

#: Title articles as they also lead surnames, lower case: "Marine Le Pen", "Bill de Blasio".
_ARTICLES = frozenset(a.lower() for a in TITLE_ARTICLES)
#: Key of the cached surnames led by a title article in a doc's user data.
_SURNAMES = "newsdesk.article_surnames"
#: Key of the cached names of the page's speakers ("Le Pen said") in a doc's user data.
_SPEAKERS = "newsdesk.speaking_names"


def hearer_cue(name: Span) -> str | None:
    """The words that make ``name`` the hearer or the publication of somebody's words
    ("told", "interview with", "wrote in"), or None."""
    doc = name.doc
    root = name.root
    if root.dep_ in ADDRESSEE_DEPS and root.head.lemma_.lower() in HEARING_VERBS:
        return root.head.text
    before = doc[name.start - 1] if name.start > 0 else None
    if before is not None and before.lemma_.lower() in HEARING_VERBS:
        return before.text  # "told Die Zeit", whatever the parse made of "Die"
    prep = root.head if root.dep_ == "pobj" else before
    if prep is None or prep.pos_ != "ADP":
        return None
    heads = [prep.head] + ([doc[prep.i - 1]] if prep.i > 0 else [])
    for head in heads:
        lemma = head.lemma_.lower()
        writing = op_ed(head)
        if prep.lower_ in HEARER_PREPOSITIONS and lemma in HEARING_HEADS:
            return f"{head.text} {prep.text}"
        if prep.lower_ in WRITTEN_IN_PREPOSITIONS and (lemma in WRITING_HEADS or writing):
            return f"{'op-ed' if writing else head.text} {prep.text}"
    return None


def op_ed(token: Token) -> bool:
    """Whether ``token`` is the "ed" of "op-ed", which the tokenizer splits."""
    return token.lower_ == "ed" and token.i >= 2 and token.doc[token.i - 2].lower_ == "op"


def titled(name: Span) -> bool:
    """Whether ``name`` is shaped as a publication's title: a known or outlet-shaped name,
    a title article and capitalised words ("Le Temps", "Der Spiegel"; not the surname of
    "Marine Le Pen", a place, a person, a name modifying a noun as in "Los Angeles police"
    or a name that speaks on the page), "The" and a name mid-sentence ("The Atlantic"), or
    a name after a medium noun ("the daily Kathimerini")."""
    if looks_like_outlet(name.text):
        return True
    words = [t for t in name if t.text not in NAME_JOINERS]
    if not words or not all(t.text[:1].isupper() or t.like_num for t in words):
        return False
    doc = name.doc
    first = words[0]
    if first.text in TITLE_ARTICLES and len(words) >= 2:
        if any(t.ent_type_ in PERSON_OR_PLACE_LABELS for t in words) or _modifies_noun(name):
            return False  # "El Paso", "De Niro", "La Liga officials"
        if any(
            s == name.text or s.endswith(f" {name.text}")
            for s in per_doc(doc, _SPEAKERS, _speaking_names)
        ):
            return False  # "Le Pen said": a person
        surnames = per_doc(doc, _SURNAMES, _article_surnames)
        return (first.lower_, words[1].text) not in surnames
    if first.text == "The" and len(words) >= 2 and first.i != sentence_start(first):
        return all(t.ent_type_ != "GPE" for t in words)
    before = doc[name.start - 1] if name.start > 0 else None
    return before is not None and before.lower_ in MEDIA_NOUNS and words[0].pos_ == "PROPN"


def _modifies_noun(name: Span) -> bool:
    """Whether ``name`` is a compound modifier of a noun after it ("La Liga officials"),
    not of a medium noun ("Le Temps newspaper")."""
    head = name.root.head
    return (
        name.root.dep_ in {"compound", "nmod"}
        and head.i >= name.end
        and head.pos_ in NOUN_POS
        and head.lower_ not in MEDIA_NOUNS
    )


def _speaking_names(doc: Doc) -> frozenset[str]:
    """The proper names of the page that speak ("Le Pen said"): people, not newspapers.
    Quoting and reporting ("Le Temps quoted him") is what newspapers do, and is left out."""
    names: set[str] = set()
    for token in doc:
        if token.dep_ != "nsubj" or token.pos_ != "PROPN":
            continue
        verb = token.head
        if not speech_verb(verb) or verb.lemma_.lower() in QUOTING_VERBS:
            continue
        start = token.i
        while start > 0 and doc[start - 1].head.i == token.i and doc[start - 1].dep_ == "compound":
            start -= 1
        names.add(doc[start : token.i + 1].text)
    return frozenset(names)


def _article_surnames(doc: Doc) -> frozenset[tuple[str, str]]:
    """(article, next word) pairs of the doc led by a given name: "Marine Le Pen",
    "Bill de Blasio" make "Le Pen" and "De Blasio" surnames, never titles."""
    pairs: set[tuple[str, str]] = set()
    for token in doc[1:-1]:
        before = token.doc[token.i - 1]
        if token.lower_ not in _ARTICLES or before.text in TITLE_ARTICLES:
            continue
        if before.pos_ == "PROPN" and before.text[:1].isupper() and before.is_alpha:
            pairs.add((token.lower_, token.doc[token.i + 1].text))
    return frozenset(pairs)


__all__ = ["hearer_cue", "op_ed", "titled"]
