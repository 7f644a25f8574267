"""Tag lines: labelled, delimited and undelimited keyword runs."""

from __future__ import annotations

import pytest

from newsdesk.recognise.tags import (
    has_tag_label,
    is_hashtag_line,
    is_tag_label,
    split_keywords,
    tag_line,
)


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Tags: Iran, US, sanctions", ("Iran", "US", "sanctions")),
        ("Schlagwörter: Bundestag, Haushalt", ("Bundestag", "Haushalt")),
        ("Topics: Climate", ("Climate",)),
        ("Politics | Economy | Middle East", ("Politics", "Economy", "Middle East")),
        ("#Brexit #Tories #Labour", ("Brexit", "Tories", "Labour")),
        ("Стройка • Москва • Метро", ("Стройка", "Москва", "Метро")),
    ],
)
def test_tag_lines(line: str, tags: tuple[str, ...]) -> None:
    assert tag_line(line) == tags


@pytest.mark.parametrize(
    "line",
    [
        "Tehran has refused to talk, officials said.",
        "This is a sentence. It ends.",
        "Iran Talks Sanctions",  # undelimited: only below an article
        "Home",
    ],
)
def test_not_tag_lines(line: str) -> None:
    assert tag_line(line) is None


def test_undelimited_keywords_after_article_keep_every_word() -> None:
    line = "Us Iran negotiations Ayatollah Ali Khamenei maximum pressure Leader Talks Any Level"
    tags = tag_line(line, after_article=True)
    assert tags is not None
    assert " ".join(tags) == line
    assert "Ayatollah Ali Khamenei" in tags
    assert "maximum pressure" in tags


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Oil Prices Talks Talks With OPEC", ("Oil Prices Talks", "Talks With OPEC")),
        ("climate change Paris Agreement", ("climate change", "Paris Agreement")),
    ],
)
def test_split_keywords(text: str, tags: tuple[str, ...]) -> None:
    assert split_keywords(text) == tags


def test_label() -> None:
    assert has_tag_label("Filed under: Politics")
    assert not has_tag_label("Politics under fire")


@pytest.mark.parametrize(
    ("line", "hashtags"),
    [
        ("#Nigeria #oil", True),
        ("#Turkey, #budget, #earthquake", True),
        ("#1 #2", False),
        ("#Nigeria", False),
        ("Follow #Nigeria for more", False),
    ],
)
def test_hashtag_line(line: str, hashtags: bool) -> None:
    assert is_hashtag_line(line) is hashtags


@pytest.mark.parametrize(
    ("line", "label"), [("Tags:", True), ("Keywords :", True), ("Tags: Iran, oil", False)]
)
def test_bare_tag_label(line: str, label: bool) -> None:
    assert is_tag_label(line) is label
