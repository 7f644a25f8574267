"""Chinese, Japanese and Korean text: spaced for the index, and excerpts around a match."""

from __future__ import annotations

import pytest

from newsdesk.cjk import excerpt, has_cjk, searchable_cjk, spaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("東京で", " 東  京  で "),
        ("iPhone発売", "iPhone 発  売 "),
        ("서울 경찰", " 서  울   경  찰 "),
        ("Plain English, nothing else.", "Plain English, nothing else."),
    ],
)
def test_each_cjk_character_stands_apart(text: str, expected: str) -> None:
    assert spaced(text) == expected


def test_only_texts_with_cjk_get_a_searchable_copy() -> None:
    assert searchable_cjk("Quake in Osaka", "Trains stopped.") is None
    assert searchable_cjk("大阪で地震", None) == " 大  阪  で  地  震 "
    assert not has_cjk(None) and has_cjk("Tokyo 東京")


BODY = (
    "7日午前、大阪府北部を震源とする地震があり、大阪市内で震度5弱を観測した。"
    "気象庁によると、この地震による津波の心配はないという。"
    "JR西日本は在来線の運転を一時見合わせたが、正午までに全線で運転を再開した。"
)


def test_an_excerpt_is_cut_around_the_first_match_and_marks_every_one() -> None:
    shown = excerpt(BODY, [("気", "象", "庁"), ("地", "震")], 40)
    assert shown is not None
    text, spans = shown
    assert text.startswith("…") and text.endswith("…")
    assert [text[s:e] for s, e in spans] == ["地震", "気象庁"]  # the second 地震 is past the cut
    assert text == "…" + BODY[3:43] + "…"


def test_a_phrase_may_run_over_spaces_and_punctuation_but_not_other_characters() -> None:
    assert excerpt("Apple iPhone 発売 plans", [("iPhone", "発", "売")], 80) is not None
    assert excerpt("運転を再開した", [("運", "転", "再", "開")], 80) is None


def test_a_short_text_is_shown_whole() -> None:
    assert excerpt("大阪で地震", [("地", "震")], 40) == ("大阪で地震", ((3, 5),))
