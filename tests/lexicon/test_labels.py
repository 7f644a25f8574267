"""The label groups name labels the English pipeline really assigns: a misspelt label
("nsubjpas", "GEP") would silently never match."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.lexicon import labels
from newsdesk.nlp.model import load_model
from newsdesk.settings import Settings

#: Universal Dependencies labels a group keeps for pipelines trained on UD; the
#: English pipeline (ClearNLP labels) never assigns them.
_UD_ONLY_DEPS = frozenset({"flat", "case"})
#: The Universal Dependencies parts of speech (universaldependencies.org/u/pos), and
#: spaCy's own ``SPACE``.
_UNIVERSAL_POS = frozenset(
    {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
     "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "SPACE"}
)  # fmt: skip


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().model)


def _labels(nlp: Language, pipe: str) -> set[str]:
    """The labels the pipeline's component ``pipe`` assigns."""
    component = nlp.get_pipe(pipe)
    return set(component.labels)  # type: ignore[attr-defined]  # typed as a bare callable


def _groups(suffix: str) -> list[str]:
    return sorted(name for name in dir(labels) if name.endswith(suffix) and name.isupper())


@pytest.mark.parametrize("name", _groups("_LABELS"))
def test_entity_label_groups_are_the_models(nlp: Language, name: str) -> None:
    known = _labels(nlp, "ner") | {""}  # "": a token the tagger left untagged
    assert set(getattr(labels, name)) <= known, name


@pytest.mark.parametrize("name", _groups("_DEPS"))
def test_dependency_groups_are_the_parsers(nlp: Language, name: str) -> None:
    known = _labels(nlp, "parser") | _UD_ONLY_DEPS
    assert set(getattr(labels, name)) <= known, name


@pytest.mark.parametrize("name", _groups("_POS"))
def test_part_of_speech_groups_are_universal(name: str) -> None:
    assert set(getattr(labels, name)) <= _UNIVERSAL_POS, name


@pytest.mark.parametrize("name", [*_groups("_TAGS"), "NOT_TITLE_TAG_PREFIXES"])
def test_tag_groups_are_the_taggers(nlp: Language, name: str) -> None:
    tags = _labels(nlp, "tagger")
    for tag in getattr(labels, name):
        assert any(t.startswith(tag) for t in tags), (name, tag)


@pytest.mark.parametrize(
    ("narrow", "wide"),
    [
        ("SUBJECT_DEPS", "SUBJECT_OR_EXPLETIVE_DEPS"),
        ("SUBJECT_OR_EXPLETIVE_DEPS", "ANY_SUBJECT_DEPS"),
        ("PLACE_LABELS", "PLACE_OR_FACILITY_LABELS"),
        ("PLACE_OR_FACILITY_LABELS", "PERSON_OR_PLACE_LABELS"),
        ("RELATIVE_TAGS", "WH_TAGS"),
    ],
)
def test_a_wider_group_holds_the_narrower(narrow: str, wide: str) -> None:
    assert getattr(labels, narrow) < getattr(labels, wide)


def test_numbers_and_dates_never_name_an_entity() -> None:
    assert not labels.NUMERIC_LABELS & labels.KEPT_LABELS
