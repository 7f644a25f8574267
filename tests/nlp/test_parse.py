"""Per-doc facts are worked out once per doc and key."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.nlp.parse import per_doc


def test_built_once_per_doc_and_key(nlp: Language) -> None:
    calls: list[int] = []

    def count_words(doc: Doc) -> int:
        calls.append(1)
        return len(doc)

    first, second = nlp("The minister spoke."), nlp("She left early on Monday.")
    assert [per_doc(first, "words", count_words) for _ in range(3)] == [4, 4, 4]
    assert per_doc(second, "words", count_words) == 6
    assert per_doc(first, "other", lambda doc: "x") == "x"
    assert len(calls) == 2
