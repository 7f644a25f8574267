"""The quote benchmark: PolNeAR scoring rules and the `newsdesk bench quotes` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk_bench.quote_scoring import GoldQuote, PredictedQuote, Tally, score_article


def _gold(kind: str, content: str, source: str = "Jane Doe", pronoun: bool = False) -> GoldQuote:
    return GoldQuote(kind, content, source, (), pronoun, "said")


def _pred(kind: str, content: str, speaker: str | None = "Doe") -> PredictedQuote:
    return PredictedQuote(kind, content, speaker, None, "said")


def test_match_needs_token_f1_of_point_eight() -> None:
    gold = [_gold("direct", "“We will win the election in November,”")]
    tally = Tally()
    score_article(
        gold,
        [_pred("direct", "We will win the election in November")],
        frozenset({"direct"}),
        tally,
    )
    assert (tally.precision, tally.recall) == (1.0, 1.0)
    tally = Tally()
    score_article(gold, [_pred("direct", "We will win")], frozenset({"direct"}), tally)
    assert (tally.precision, tally.recall) == (0.0, 0.0)


def test_fragments_together_match_one_gold_quote() -> None:
    gold = [_gold("direct", '"We are ready to talk," "But not at any price."')]
    preds = [_pred("direct", "We are ready to talk,"), _pred("direct", "But not at any price.")]
    tally = Tally()
    score_article(gold, preds, frozenset({"direct"}), tally)
    assert tally.gold_found == 1
    assert tally.predicted_right == 2


def test_prediction_inside_another_type_is_ignored() -> None:
    gold = [_gold("mixed", 'the plan would "impose crushing costs" on small farms')]
    tally = Tally()
    score_article(gold, [_pred("direct", "impose crushing costs")], frozenset({"direct"}), tally)
    assert (tally.predicted, tally.ignored) == (0, 1)


@pytest.mark.parametrize(
    ("source", "speaker", "right"),
    [
        ("Mr. Obama", "President Barack Obama", True),
        ("Tom Ridge, a former secretary of homeland security,", "Ridge", True),
        ("the economist Jared Bernstein", "Bernstein", True),
        ("Mr. Obama", "Mr. Trump", False),
    ],
)
def test_speaker_rule(source: str, speaker: str, right: bool) -> None:
    gold = [_gold("direct", "We finally may be seeing some wage growth", source)]
    tally = Tally()
    score_article(gold, [_pred("direct", "We finally may be seeing some wage growth", speaker)],
                  frozenset({"direct"}), tally)  # fmt: skip
    assert tally.speaker_judged == 1
    assert tally.speaker_right == int(right)


def _article(text: str, spans: list[tuple[str, str, str, str]]) -> dict[str, object]:
    attributions = []
    for kind, content, source, cue in spans:
        start = text.index(content)
        s_start = text.index(source)
        c_start = text.index(cue, s_start)
        attributions.append({
            "quote_type": kind,
            "content": [[start, start + len(content)]],
            "content_text": content,
            "source": [[s_start, s_start + len(source)]],
            "source_text": source,
            "source_is_pronoun": source.lower() in {"he", "she"},
            "cue": [[c_start, c_start + len(cue)]],
            "cue_text": cue,
        })  # fmt: skip
    return {"doc_id": "t1", "annotator": "x", "text": text, "attributions": attributions}


@pytest.mark.slow
def test_bench_command_prints_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        '"We will not raise taxes this year," Governor Maria Lopez said on Monday.\n\n'
        "The treasurer said the state had a surplus of two billion dollars.\n\n"
        'Critics called the plan a "reckless gamble with pensions."'
    )
    article = _article(
        text,
        [
            ("direct", '"We will not raise taxes this year,"', "Governor Maria Lopez", "said"),
            ("indirect", "the state had a surplus of two billion dollars", "The treasurer", "said"),
        ],
    )
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(article) + "\n", encoding="utf-8")
    assert main(["bench", "quotes", "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "1 articles, 2 attributions (direct 1, mixed 0, indirect 1)" in out
    direct = next(line for line in out.splitlines() if line.startswith("newsdesk  direct"))
    assert "R 1.000" in direct
    assert "speaker 1.000 (1/1)" in direct
    reported = next(line for line in out.splitlines() if "mixed+indirect" in line)
    assert "R 1.000" in reported
    assert "textacy" in out


@pytest.mark.parametrize(
    ("gold_cue", "cue", "right"),
    [
        ("was quoted as saying", "quoted", True),
        ("said in a statement", "said", True),
        ("―", "―", True),
        (":", "said", False),
    ],
)
def test_cue_rule(gold_cue: str, cue: str, right: bool) -> None:
    gold = [
        GoldQuote("direct", "We will not raise taxes this year", "Jane Doe", (), False, gold_cue)
    ]
    tally = Tally()
    pred = PredictedQuote("direct", "We will not raise taxes this year", "Doe", None, cue)
    score_article(gold, [pred], frozenset({"direct"}), tally)
    assert (tally.cue_judged, tally.cue_right) == (1, int(right))
