"""Attributions without a speech verb: nominal cues and evidential verbs.

- a cue noun with what it is about: "his support for Mr. Trump", "criticism
  of the deal", "the claim that the vote was rigged", "her plan to run";
  the possessor is the speaker ("his", "Trump's"), or the subject of a light
  verb ("X voiced support for"); a stance nobody holds ("criticism of the deal",
  "it is unclear whether") is left out (on PolNeAR train 4 in 10 of them matched
  an attribution);
- an evidential verb, whose content is its subject with the rest of the
  clause: "Trump appears to be ignorant of ...", "the race seems closer";
  "it appears (that) A" reports A. No speaker is written: the writer infers.

Both are linear: one pass over the tokens, each looking at its own children.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.cues import (
    CUE_ADJECTIVES,
    CUE_NOUNS,
    EVIDENTIAL_VERBS,
    LIGHT_VERBS,
    NOUN_CONTENT_PREPOSITIONS,
    NOUN_ONLY_PREPOSITIONS,
    QUESTION_VERBS,
    TO_CONTENT_NOUNS,
)
from newsdesk.lexicon.labels import (
    CLAUSE_COMPLEMENT_DEPS,
    CONTENT_CLAUSE_DEPS,
    PREPOSITION_OBJECT_DEPS,
    SUBJECT_OR_EXPLETIVE_DEPS,
)
from newsdesk.nlp.parse import SENTENCE_REACH, children_with
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.quotes.clause import bare_phrase
from newsdesk.nlp.quotes.extent import trim
from newsdesk.nlp.quotes.speaker import speaker_of

#: Complements of an evidential verb that carry what it reports.
_EVIDENTIAL_DEPS = frozenset({"xcomp", "acomp", "attr", "oprd"})


def find_nominal(doc: Doc) -> list[QuoteCandidate]:
    """Attributions of ``doc`` cued by a noun or an evidential verb, in text order."""
    found: list[QuoteCandidate] = []
    for token in doc:
        quote = None
        if token.pos_ == "NOUN" and token.lemma_.lower() in CUE_NOUNS:
            quote = _nominal(doc, token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in EVIDENTIAL_VERBS:
            quote = _evidential(doc, token)
        elif token.tag_ == "VBN" and token.lemma_.lower() in QUESTION_VERBS:
            quote = _asked(doc, token)
        elif token.pos_ == "ADJ" and token.lemma_.lower() in CUE_ADJECTIVES:
            quote = _stance(doc, token)
        if quote is not None:
            found.append(quote)
    return found


def _nominal(doc: Doc, cue: Token) -> QuoteCandidate | None:
    content: Span | None = None
    for child in cue.rights:
        if child.dep_ == "prep" and child.lower_ in NOUN_CONTENT_PREPOSITIONS:
            only = NOUN_ONLY_PREPOSITIONS.get(cue.lemma_.lower())
            if only is not None and child.lower_ not in only:
                break
            if child.lower_ == "to" and cue.lemma_.lower() not in TO_CONTENT_NOUNS:
                break  # "a letter to the mayor", "of concern to the White House": a hearer
            objects = children_with(child, PREPOSITION_OBJECT_DEPS)
            if objects:
                content = _span(doc, objects[0].left_edge.i, objects[0].right_edge.i + 1, cue.i)
            break
        if child.dep_ in CONTENT_CLAUSE_DEPS and _complement(child):
            content = _span(doc, child.left_edge.i, child.right_edge.i + 1, cue.i)
            break
    if content is None:
        return None
    speaker = None
    for child in cue.lefts:
        if child.dep_ == "poss":
            mention = doc[child.left_edge.i : child.i + 1]
            speaker = (mention.start_char, mention.end_char)
    if speaker is None and cue.dep_ == "dobj" and cue.head.lemma_.lower() in LIGHT_VERBS:
        voice = speaker_of(cue.head)  # "X expressed concern about ..."
        if voice is not None:
            speaker = (voice.start_char, voice.end_char)
    if speaker is None:
        return None  # "criticism of the deal": held by nobody written
    return QuoteCandidate(
        content.text, content.start_char, content.end_char, "indirect", cue.text, speaker
    )


def _stance(doc: Doc, cue: Token) -> QuoteCandidate | None:
    """ "made clear that A", "was critical of A", "it is unclear whether A"."""
    if cue.dep_ not in {"acomp", "oprd", "ccomp", "xcomp"}:
        return None  # attributive: "a clear sign"
    holders = [cue, cue.head]
    content: Span | None = None
    for holder in holders:
        # a bounded look: many adjectives may hang from one head
        for child in islice(holder.rights, SENTENCE_REACH):
            if child.i <= cue.i:
                continue
            if child.dep_ in CLAUSE_COMPLEMENT_DEPS or (
                child.dep_ == "prep" and child.lower_ in NOUN_CONTENT_PREPOSITIONS | {"with", "in"}
            ):
                first = child
                if child.dep_ == "prep":
                    objects = children_with(child, PREPOSITION_OBJECT_DEPS)
                    if not objects:
                        continue
                    first = objects[0]
                content = _span(doc, first.left_edge.i, first.right_edge.i + 1, cue.i)
                break
        if content is not None:
            break
    if content is None:
        return None
    speaker = None
    subject = speaker_of(cue.head)
    if subject is not None and subject.root.lower_ != "it":
        speaker = (subject.start_char, subject.end_char)
    if speaker is None:
        return None  # "it is unclear whether ...": the writer's doubt
    return QuoteCandidate(
        content.text, content.start_char, content.end_char, "indirect", cue.text, speaker
    )


def _asked(doc: Doc, cue: Token) -> QuoteCandidate | None:
    """The question of a bare participle: "Asked whether he would run, ..."."""
    if cue.dep_ not in {"advcl", "ROOT", "conj"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in cue.children
    ):
        return None
    for child in cue.rights:
        first = None
        if child.dep_ in CLAUSE_COMPLEMENT_DEPS:
            first = child
        elif child.dep_ == "prep" and child.lower_ in {"about", "on", "over"}:
            objects = children_with(child, PREPOSITION_OBJECT_DEPS)
            first = objects[0] if objects else None
        if first is not None:
            content = _span(doc, first.left_edge.i, first.right_edge.i + 1, cue.i)
            if content is None:
                return None
            return QuoteCandidate(
                content.text, content.start_char, content.end_char, "indirect", cue.text
            )
    return None


def _complement(token: Token) -> bool:
    """A "that" clause or an infinitive: "the claim that ...", "her plan to run"."""
    first = token.left_edge
    return (first.lower_ == "that" and first.dep_ == "mark") or (
        first.lower_ == "to" and first.dep_ == "aux"
    )


def _evidential(doc: Doc, cue: Token) -> QuoteCandidate | None:
    subjects = children_with(cue, SUBJECT_OR_EXPLETIVE_DEPS)
    if not subjects or subjects[0].i > cue.i:
        return None
    subject = subjects[0]
    content: Span | None = None
    if subject.lower_ == "it":  # "it appears (that) he has little chance"
        clauses = [c for c in cue.rights if c.dep_ == "ccomp"]
        if clauses:
            clause = clauses[0]
            content = _span(doc, clause.left_edge.i, clause.right_edge.i + 1, cue.i)
    elif any(c.dep_ in _EVIDENTIAL_DEPS for c in cue.rights):
        content = _span(doc, subject.left_edge.i, cue.right_edge.i + 1, cue.i)
    if content is None:
        return None
    return QuoteCandidate(content.text, content.start_char, content.end_char, "indirect", cue.text)


def _span(doc: Doc, start: int, end: int, anchor: int) -> Span | None:
    """``start:end`` (at most a sentence's reach) trimmed as every content is trimmed;
    None for a bare phrase ("his support for Clinton": a stance, nobody's words)."""
    span = trim(doc, start, min(end, start + SENTENCE_REACH), anchor, shortest=1)
    return None if span is None or bare_phrase(span) else span
