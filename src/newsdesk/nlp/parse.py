"""Facts about a parsed page that several rules ask for per token, worked out once per doc.

``per_doc(doc, key, build)`` keeps ``build(doc)`` in the doc's user data under
``key`` and returns it on every later call, so a rule that runs for every
cue or pronoun reads a table instead of scanning the page again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from spacy.tokens import Doc

__all__ = ["per_doc"]

T = TypeVar("T")


def per_doc(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, worked out on the first call for this doc and key only."""
    if key not in doc.user_data:
        doc.user_data[key] = build(doc)
    return cast(T, doc.user_data[key])
