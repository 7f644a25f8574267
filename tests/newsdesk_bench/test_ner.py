"""The NER benchmark: CoNLL reading, label mapping, scoring, and one run end to end."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from newsdesk.nlp.model import load_model
from newsdesk.settings import Settings
from newsdesk_bench import ner

# Written for this test in the CoNLL-2003 format (not taken from the corpus).
SAMPLE = """-DOCSTART- -X- -X- O

Maria NNP B-NP I-PER
Lopez NNP I-NP I-PER
visited VBD B-VP O
Madrid NNP B-NP I-LOC
. . O O

The DT B-NP O
European NNP I-NP I-ORG
Commission NNP I-NP I-ORG
met VBD B-VP O
Spanish JJ B-NP I-MISC
German JJ I-NP B-MISC
officials NNS I-NP O
. . O O
"""


def test_reading_conll_turns_iob1_tags_into_entities() -> None:
    (article,) = list(ner.read_conll(SAMPLE))
    assert article.sentences[0] == ("Maria", "Lopez", "visited", "Madrid", ".")
    # Word indices count one separator between sentences.
    assert article.gold == {
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (7, 9, "ORG"),
        (10, 11, "MISC"),
        (11, 12, "MISC"),
    }


@pytest.mark.parametrize(
    ("label", "kind"),
    [("PERSON", "PER"), ("GPE", "LOC"), ("FAC", "LOC"), ("NORP", "MISC"), ("LAW", "MISC")],
)
def test_label_mapping(label: str, kind: str) -> None:
    assert ner.LABELS[label] == kind


def test_numeric_types_are_dropped() -> None:
    starts, ends = [0, 6], [5, 10]
    assert ner._to_words([(0, 5, "DATE"), (6, 10, "PERSON")], starts, ends) == {(1, 2, "PER")}


def test_scores_are_exact_match_precision_recall_f1() -> None:
    gold = {(0, 0, 2, "PER"), (0, 3, 4, "LOC")}
    predicted = {(0, 0, 2, "PER"), (0, 3, 5, "LOC"), (0, 6, 7, "ORG")}
    micro = ner.score(gold, predicted, None)
    assert micro.precision == pytest.approx(1 / 3)
    assert micro.recall == pytest.approx(1 / 2)
    assert micro.f1 == pytest.approx(0.4)
    assert ner.score(gold, predicted, "PER").f1 == 1.0
    assert ner.score(gold, predicted, "MISC").f1 == 0.0


@pytest.mark.slow
def test_prediction_finds_the_person(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (article,) = list(ner.read_conll(SAMPLE))
    _plain, joined = ner.predict(article, load_model(Settings().model), 200_000)
    assert (0, 2, "PER") in joined
    (tmp_path / "eng.testa").write_text(SAMPLE, encoding="utf-8")
    args = argparse.Namespace(gold=tmp_path, file="eng.testa", model=Settings().model, limit=0)
    assert ner.run(args) == 0
    out = capsys.readouterr().out
    assert "spaCy" in out
    assert "newsdesk" in out
    assert "micro" in out
