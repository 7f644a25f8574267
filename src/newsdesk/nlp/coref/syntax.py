"""Syntactic preferences of pronoun resolution, read off the dependency parse.

Two patterns of English news prose, after Hobbs (1978) and the binding
conditions of Chomsky (1981):

- the **clause subject**: a pronoun inside a clause or phrase governed by a
  verb usually takes up that verb's subject (``Smith said he would ...``,
  ``Smith resigned his post``, ``Smith, who told Jones he would ...``: the
  ``who`` stands for Smith). ``clause_subject`` finds it; the resolver gives
  it a bonus (binding still forbids ``Smith told him`` = Smith). When the parser
  ran a heading into the paragraph's first sentence and left its verb without a
  subject, the noun opening the paragraph is taken (``orphan_subject``).
- **cataphora**: a pronoun in an adjunct that opens the sentence points
  forward to the main clause's subject (``In her speech, Ardern said ...``,
  ``Discussing his concern, the Prime Minister ...``). ``cataphor`` finds it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.lexicon.labels import NOUN_POS, SUBJECT_DEPS
from newsdesk.nlp.parse import per_doc, sentence_root

__all__ = ["cataphor", "clause_subject", "orphan_subject"]

_RELATIVE = frozenset({"who", "that", "which"})
_ADJUNCTS = frozenset({"prep", "advcl", "npadvmod", "advmod"})
_MAX_DEPTH = 8
#: Key of the per-doc table of subjects by their verb, in the doc's user data.
_SUBJECTS_KEY = "newsdesk.subjects_by_head"
_MAX_REACH = 120  # tokens read back from a verb for the start of its sentence


def clause_subject(token: Token) -> Token | None:
    """The subject of the nearest verb above ``token`` that has one (not ``token`` itself);
    a relative ``who`` gives the noun its clause describes."""
    node = token
    for _ in range(_MAX_DEPTH):
        head = node.head
        if head.i == node.i:
            return None
        subject = _subject_child(head, {node.i, token.i})
        if subject is None and head.dep_ == "conj":  # ``X was defeated and resigned his``
            subject = _subject_child(head.head, set())
        if subject is not None and subject.i < head.i:
            opening = _after_break(head.doc, subject.i, head.i)
            if opening is not None:  # the subject lies across a paragraph break
                subject = _orphan(head, opening)
                return subject if subject is not None and subject.i != token.i else None
        if subject is not None:
            if subject.lower_ in _RELATIVE and head.dep_ == "relcl":
                return head.head
            return subject if subject.i != token.i else None
        if head.head.i == head.i:
            subject = orphan_subject(head)
            return subject if subject is not None and subject.i != token.i else None
        node = head
    return None


def orphan_subject(verb: Token) -> Token | None:
    """The noun opening ``verb``'s paragraph when the parser ran the paragraph before
    (a heading) into the sentence, leaving ``verb`` without a subject of its own
    paragraph (``Exhibit`` / ``Anna Price, a student, admitted she``: Price)."""
    doc = verb.doc
    start = verb.i
    while start > max(0, verb.i - _MAX_REACH) and not doc[start].is_sent_start:
        start -= 1
    opening = _after_break(doc, start, verb.i)
    return _orphan(verb, opening) if opening is not None else None


def _after_break(doc: Doc, start: int, end: int) -> int | None:
    """The first token after the last paragraph break between tokens ``start`` and
    ``end``, or None if there is none."""
    for at in range(end - 1, start, -1):
        if doc[at].is_space and "\n" in doc[at].text:
            return at + 1
    return None


def _orphan(verb: Token, opening: int) -> Token | None:
    """The noun heading the phrase that opens the paragraph at token ``opening``, hung
    before it or on ``verb``, when ``verb`` has no subject in the paragraph."""
    if any(c.dep_ in SUBJECT_DEPS and opening <= c.i for c in verb.children):
        return None
    for token in verb.doc[opening : verb.i]:
        if token.head.i < opening or token.head.i == verb.i:
            return token if token.pos_ in NOUN_POS else None
    return None


def _subject_child(head: Token, skip: set[int]) -> Token | None:
    """The first subject among ``head``'s children, not one of ``skip``. Looked up in a
    table made once per doc: ``head.children`` walks the whole subtree, which for the verb
    of a long run-on sentence is the sentence, and this runs for every pronoun."""
    doc = head.doc
    table = per_doc(doc, _SUBJECTS_KEY, _subjects_by_head)
    return next((doc[i] for i in table.get(head.i, ()) if i not in skip), None)


def _subjects_by_head(doc: Doc) -> dict[int, list[int]]:
    """The subjects of the page, in text order, by the index of their verb."""
    table: dict[int, list[int]] = {}
    for token in doc:
        if token.dep_ in SUBJECT_DEPS and token.head.i != token.i:
            table.setdefault(token.head.i, []).append(token.i)
    return table


def cataphor(token: Token) -> Token | None:
    """The main clause's subject when ``token`` stands in an adjunct opening the
    sentence, before that subject (``In her speech, Ardern said``: Ardern)."""
    root = sentence_root(token)  # bounded: ``token.sent`` reads the whole sentence
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i < token.i:
        return None
    node = token
    for _ in range(_MAX_DEPTH):
        if node.head.i == root.i:
            if node.dep_ in _ADJUNCTS and node.i < subject.i:
                return subject
            return None
        if node.head.i == node.i:
            return None
        node = node.head
    return None
