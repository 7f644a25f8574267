"""What a cue's object is when it is nothing said: a thing acted on, a hearer, a medium.

Helpers of ``reported`` for cues that take no clause. A verb of
attitude or speech with a plain object reports that object ("denied the
report", "rejected the notion", "backed a ban"), except when the object is

- a thing acted on: a verb that mostly names an act ("added a lead", "found a
  way", ``cues.ACTION_OBJECT_VERBS``), or a verb of decision on a transaction,
  a sum, a permit or a case ("the board rejected the bid", "the council
  approved its budget", ``cues.DECISION_VERBS`` and ``cues.CONCRETE_OBJECTS``);
- the hearer of "tell" ("told reporters", "told me"; not "told the truth"), also
  as the subject of a passive ("he was told by officials that A": the officials
  said A);
- the medium spoken to ("in remarks to Al Jazeera", "talking to local radio"),
  also where the parse took it for the start of the clause ("told Die Zeit that
  A": "Die" read as a verb).

These still report a quoted fragment ('added "a hell of a lot worse"').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.lexicon.cues import (
    ACTION_OBJECT_VERBS,
    CONCRETE_OBJECTS,
    DECISION_VERBS,
    FINDING_SUBJECTS,
    TOLD_NOUNS,
)
from newsdesk.lexicon.labels import ADDRESSEE_DEPS
from newsdesk.lexicon.outlets import HEARING_VERBS, MEDIA_NOUNS
from newsdesk.nlp.cited.spoken_to import hearer_cue, titled
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.quotes.extent import trim


def acted_on(lemma: str, cue: Token, parts: list[Token]) -> bool:
    """A plain action on a thing, not words or a stance: "added a lead", "the board
    rejected the bid", "approved its budget" ("rejected the offer as an insult" is a
    characterisation, "rejected claims that ..." a stance on words). ``lemma`` is the
    cue's lemma, ``parts`` the dependents of the cue that would be reported."""
    if lemma in ACTION_OBJECT_VERBS:
        subjects = [c for c in cue.children if c.dep_ == "nsubj"]
        return not (subjects and subjects[0].lemma_.lower() in FINDING_SUBJECTS)
    first = parts[0]
    if lemma not in DECISION_VERBS or first.dep_ != "dobj":
        return False
    if any(p.dep_ == "oprd" or (p.dep_ == "prep" and p.lower_ == "as") for p in parts):
        return False
    if any(c.dep_ in {"acl", "relcl", "ccomp"} for c in first.children):
        return False  # "the bid that ...", "the claim that ...": words about it
    return first.lemma_.lower() in CONCRETE_OBJECTS or first.lower_ in CONCRETE_OBJECTS


def hearer(lemma: str, parts: list[Token]) -> bool:
    """Only the hearer of "tell" and its like: "told reporters", "told CNN", "told me"
    ("told the truth", "told them to leave" say what was told)."""
    if lemma not in HEARING_VERBS:
        return False
    return all(p.dep_ in ADDRESSEE_DEPS and p.lemma_.lower() not in TOLD_NOUNS for p in parts)


#: Longest publication title looked for at the start of a content, in tokens.
_MAX_TITLE = 6


def without_hearer(doc: Doc, quote: QuoteCandidate) -> QuoteCandidate | None:
    """``quote`` without a publication spoken to at its start ("Die Zeit that A" reports
    A), None when the publication or the medium is all there is."""
    if hearer_only(doc, quote):
        return None
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return quote
    end = span.start
    while end < span.end - 1 and doc[end].text[:1].isupper() and end - span.start < _MAX_TITLE:
        end += 1
    name = doc[span.start : end]
    if not len(name) or doc[end].lower_ != "that" or hearer_cue(name) is None:
        return quote
    if not titled(name):
        return quote
    rest = trim(doc, end + 1, span.end, end + 1)
    if rest is None:
        return None
    return QuoteCandidate(
        rest.text, rest.start_char, rest.end_char, quote.kind, quote.cue, quote.speaker_span
    )


def heard(lemma: str, subject: Token) -> bool:
    """The subject of a passive "tell" (``lemma``) is its hearer ("he was told"), unless it
    is what was told ("the story was told by ...", "another side of the story was told")."""
    if lemma not in HEARING_VERBS:
        return False
    return not any(t.lemma_.lower() in TOLD_NOUNS for t in subject.subtree)


def hearer_only(doc: Doc, quote: QuoteCandidate) -> bool:
    """A content that is only the medium spoken to: "in remarks to Al Jazeera", "talking to
    local radio", "told Le Temps" say nothing of what was said."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span) or hearer_cue(span) is None:
        return False
    return titled(span) or span.root.lemma_.lower() in MEDIA_NOUNS
