"""Syntactic preferences of pronoun resolution, read off the dependency parse.

Two patterns of English news prose, after Hobbs (1978) and the binding
conditions of Chomsky (1981):

- the **clause subject**: a pronoun inside a clause or phrase governed by a
  verb usually takes up that verb's subject (``Smith said he would ...``,
  ``Smith resigned his post``, ``Smith, who told Jones he would ...``: the
  ``who`` stands for Smith). ``clause_subject`` finds it; the resolver gives
  it a bonus (binding still forbids ``Smith told him`` = Smith).
- **cataphora**: a pronoun in an adjunct that opens the sentence points
  forward to the main clause's subject (``In her speech, Ardern said ...``,
  ``Discussing his concern, the Prime Minister ...``). ``cataphor`` finds it.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["cataphor", "clause_subject"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVE = frozenset({"who", "that", "which"})
_ADJUNCTS = frozenset({"prep", "advcl", "npadvmod", "advmod"})
_MAX_DEPTH = 8


def clause_subject(token: Token) -> Token | None:
    """The subject of the nearest verb above ``token`` that has one (not ``token`` itself);
    a relative ``who`` gives the noun its clause describes."""
    node = token
    for _ in range(_MAX_DEPTH):
        head = node.head
        if head.i == node.i:
            return None
        subject = next(
            (c for c in head.children if c.dep_ in _SUBJECTS and c.i != node.i and c.i != token.i),
            None,
        )
        if subject is None and head.dep_ == "conj":  # ``X was defeated and resigned his``
            subject = next((c for c in head.head.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if subject.lower_ in _RELATIVE and head.dep_ == "relcl":
                return head.head
            return subject if subject.i != token.i else None
        node = head
    return None


def cataphor(token: Token) -> Token | None:
    """The main clause's subject when ``token`` stands in an adjunct opening the
    sentence, before that subject (``In her speech, Ardern said``: Ardern)."""
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
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
