"""Per-doc facts are worked out once per doc and key; the sentence and the children of a
token are read off the parse."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.lexicon.labels import SUBJECT_DEPS
from newsdesk.nlp.parse import (
    across_lines,
    children_with,
    has_child_with,
    has_subject,
    per_doc,
    sentence_end,
    sentence_root,
    sentence_start,
)


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


def test_sentence_helpers_stay_in_the_sentence(nlp: Language) -> None:
    doc = nlp("The minister spoke on Monday. She said the plan would fail.")
    said = next(t for t in doc if t.text == "said")
    assert doc[sentence_start(said) : sentence_end(said)].text == ("She said the plan would fail.")
    assert sentence_root(doc[-2]).text == "said"
    assert sentence_end(doc[0]) == said.i - 1


def test_children_by_dependency_label(nlp: Language) -> None:
    doc = nlp("The minister told reporters that the plan would fail.")
    told = next(t for t in doc if t.text == "told")
    assert [c.text for c in children_with(told, SUBJECT_DEPS)] == ["minister"]
    assert has_subject(told)
    assert has_child_with(told, frozenset({"dobj", "dative"}))
    assert not has_child_with(told, frozenset({"auxpass"}))
    assert not has_subject(doc[0])


def test_across_lines_sees_a_line_break_between_tokens(nlp: Language) -> None:
    doc = nlp("Fresh Talks\nThe minister said the plan would fail.")
    talks, minister, said = doc[1], doc[4], doc[5]
    assert across_lines(talks, said) and across_lines(said, talks)
    assert not across_lines(minister, said)
