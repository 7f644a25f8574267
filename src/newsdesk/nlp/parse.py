"""Readings of a parsed page that rules across the nlp packages share.

``per_doc(doc, key, build)`` keeps ``build(doc)`` in the doc's user data under
``key`` and returns it on every later call, so a rule that runs for every
cue or pronoun reads a table instead of scanning the page again.

The sentence of a token (``sentence_start``, ``sentence_end``, ``sentence_root``,
each bounded by ``SENTENCE_REACH``), a line break between two tokens
(``across_lines``) and a token's children by dependency label (``children_with``,
``has_child_with``, ``has_subject``) are read the same way by quotes, coreference and
cited sources.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import TypeVar, cast

from spacy.tokens import Doc, Token

from newsdesk.lexicon.labels import SUBJECT_DEPS

__all__ = [
    "SENTENCE_REACH",
    "across_lines",
    "children_with",
    "has_child_with",
    "has_subject",
    "per_doc",
    "sentence_end",
    "sentence_root",
    "sentence_start",
]

T = TypeVar("T")


def per_doc(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, worked out on the first call for this doc and key only."""
    if key not in doc.user_data:
        doc.user_data[key] = build(doc)
    return cast(T, doc.user_data[key])


#: How far (tokens) the sentence helpers look: sentences longer than this are
#: cut there, so hostile input (a megabyte with no full stop) stays linear.
SENTENCE_REACH = 120


def sentence_start(token: Token) -> int:
    """Index of the first token of ``token``'s sentence, looking back at most SENTENCE_REACH."""
    doc = token.doc
    index = token.i
    floor = max(0, token.i - SENTENCE_REACH)
    while index > floor and not doc[index].is_sent_start:
        index -= 1
    return index


def sentence_end(token: Token) -> int:
    """Index just past ``token``'s sentence, looking ahead at most SENTENCE_REACH."""
    doc = token.doc
    index = token.i + 1
    ceiling = min(len(doc), token.i + SENTENCE_REACH)
    while index < ceiling and not doc[index].is_sent_start:
        index += 1
    return index


def sentence_root(token: Token) -> Token:
    """The root of ``token``'s parse tree, climbing at most SENTENCE_REACH heads."""
    for _ in range(SENTENCE_REACH):
        if token.head is token:
            break
        token = token.head
    return token


def across_lines(a: Token, b: Token) -> bool:
    """Whether a line break (a paragraph's, a heading's) lies between tokens ``a`` and
    ``b``: a sentence the parse ran over it is two."""
    low, high = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[low:high])


def children_with(token: Token, deps: AbstractSet[str]) -> list[Token]:
    """The children of ``token`` whose dependency label is one of ``deps``, in order."""
    return [c for c in token.children if c.dep_ in deps]


def has_child_with(token: Token, deps: AbstractSet[str]) -> bool:
    """Whether a child of ``token`` has a dependency label in ``deps``."""
    return any(c.dep_ in deps for c in token.children)


def has_subject(token: Token) -> bool:
    """Whether ``token`` has a nominal subject of its own (``SUBJECT_DEPS``)."""
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)
