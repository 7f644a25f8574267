"""The salience arithmetic of the pronoun resolver: roles weigh in order, quotes weigh
less, salience halves per sentence, and a much-mentioned entity keeps a floor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.nlp.coref.salience import decayed, mention_weight, presence
from newsdesk.nlp.entities.join import Cluster


@pytest.mark.parametrize(
    ("salience", "stamp", "sentence", "expected"),
    [(200.0, 3, 3, 200.0), (200.0, 3, 4, 100.0), (200.0, 1, 4, 25.0)],
)
def test_salience_halves_with_every_sentence(
    salience: float, stamp: int, sentence: int, expected: float
) -> None:
    assert decayed(salience, stamp, sentence) == expected


def test_an_often_mentioned_entity_keeps_a_floor() -> None:
    once = Cluster(index=0, type="PERSON", salience=200.0, mentions=[(0, 5)])
    often = Cluster(index=1, type="PERSON", salience=200.0, mentions=[(0, 5)] * 12)
    assert presence(often, 20) > presence(once, 20) > 0.0
    assert presence(once, 0) > presence(once, 1)


@pytest.mark.slow
def test_a_subject_weighs_more_than_an_object_and_an_embedded_name(nlp: Language) -> None:
    doc = nlp("Merkel thanked Macron for the help of Rutte's team.")
    merkel, macron, rutte = doc[0], doc[2], doc[7]
    assert (merkel.dep_, macron.dep_, rutte.dep_) == ("nsubj", "dobj", "poss")
    assert mention_weight(merkel, False) > mention_weight(macron, False)
    assert mention_weight(macron, False) > mention_weight(rutte, False)
    assert mention_weight(merkel, True) < mention_weight(merkel, False)  # inside a quote
