"""Speaker attribution (``nlp.speakers``) and coreference (``nlp.coref``) on long bodies.

``Doc.text`` rebuilds the whole text from its tokens on every read, so reading it once
per quote or per mention made a long one-paragraph page take minutes (a 200 KB page:
about a minute; a 2 MB one: never finished). These tests count the reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
from spacy.tokens import Doc, Token

from newsdesk.nlp import quotes as nlp_quotes
from newsdesk.nlp.coref import resolve
from newsdesk.nlp.entities import join_names, name_mentions, propagate
from newsdesk.nlp.model import load_model
from newsdesk.nlp.speakers import attribute
from newsdesk.settings import Settings


class _CountingDoc:
    """A Doc that counts how often its ``text`` is read, and is the Doc otherwise."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self.text_reads = 0

    @property
    def text(self) -> str:
        self.text_reads += 1
        return self._doc.text

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)

    def __getitem__(self, key: Any) -> Any:
        return self._doc[key]

    def __iter__(self) -> Iterator[Token]:
        return iter(self._doc)

    def __len__(self) -> int:
        return len(self._doc)


_SENTENCES = [
    "A police spokesman said the road would reopen on Monday.",
    "Maria Lopez, the mayor of the town, said the council would meet again.",
    "She said the bridge was safe.",
    "A fire department official said crews had worked through the night.",
]


@pytest.mark.parametrize("repeats", [3, 12])
def test_long_body_reads_doc_text_a_bounded_number_of_times(repeats: int) -> None:
    nlp = load_model(Settings().model)
    doc = nlp(" ".join(_SENTENCES * repeats))
    quotes, _ = nlp_quotes.find_quotes(doc)
    assert len(quotes) >= repeats  # the page has speakers to attribute
    mentions = name_mentions(doc)
    clusters, assigned = join_names(mentions)
    mentions, assigned = propagate(doc, mentions, clusters, assigned)
    counting = _CountingDoc(doc)
    resolution = resolve(cast(Doc, counting), mentions, clusters, assigned, quotes)
    speakers = attribute(cast(Doc, counting), resolution, quotes)
    assert any(s is not None for s in speakers)
    assert counting.text_reads <= 4  # not one read per quote or mention


@pytest.mark.parametrize("repeats", [3, 12])
def test_finding_quotes_reads_doc_text_a_bounded_number_of_times(repeats: int) -> None:
    nlp = load_model(Settings().model)
    doc = nlp(" ".join(_SENTENCES * repeats))
    counting = _CountingDoc(doc)
    quotes, _ = nlp_quotes.find_quotes(cast(Doc, counting))
    assert len(quotes) >= repeats
    assert counting.text_reads <= 6  # not one read per reported clause
