"""The public surface is what __all__ declares, and every name in it exists."""

from __future__ import annotations

import newsdesk


def test_all_names_exist() -> None:
    for name in newsdesk.__all__:
        assert hasattr(newsdesk, name), name


def test_extract_is_the_entry_point() -> None:
    record = newsdesk.extract(
        "The council voted on Tuesday to close the old bridge for repairs.", nlp=False
    )
    assert record.body == "The council voted on Tuesday to close the old bridge for repairs."
    assert record.schema == "newsdesk.record/1"
