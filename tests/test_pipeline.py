"""The pipeline names the stage a page is in, for error lines and time limits."""

from __future__ import annotations

import threading

import pytest

from newsdesk import pipeline
from newsdesk.errors import StageError
from newsdesk.metadata import extract_metadata

PAGE = (
    "The city council met on Tuesday to vote on the new transport plan for the harbour.\n\n"
    "The plan adds two tram lines and a ferry route, and it was approved by a wide margin."
)


def test_the_stage_is_known_while_a_page_runs_and_forgotten_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str | None] = []
    seen_elsewhere: list[str | None] = []
    thread = threading.get_ident()

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(pipeline.current_stage())
        other = threading.Thread(target=lambda: seen_elsewhere.append(pipeline.current_stage()))
        other.start()
        other.join()
        seen_elsewhere.append(pipeline.current_stage(thread))
        return extract_metadata(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("newsdesk.pipeline.extract_metadata", spy)
    assert pipeline.current_stage() is None
    pipeline.extract(PAGE, nlp=False)
    assert seen == ["metadata"]
    assert seen_elsewhere == [None, "metadata"]  # another thread has no page; asked by id
    assert pipeline.current_stage() is None


def test_the_stage_is_forgotten_when_a_page_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("broken on purpose")

    monkeypatch.setattr("newsdesk.pipeline.extract_metadata", broken)
    with pytest.raises(StageError) as caught:
        pipeline.extract(PAGE, nlp=False)
    assert caught.value.stage == "metadata"
    assert pipeline.current_stage() is None
