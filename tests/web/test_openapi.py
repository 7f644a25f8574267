"""Property-based tests of the API against its own OpenAPI description (Schemathesis):
for generated requests, valid ones and invalid ones, no server error and no answer
outside the documented statuses, content types and shapes."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from newsdesk.web import create_app

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
#: Every operation the API describes (a new one must be added here to be tested).
OPERATIONS = [
    "GET /api/health",
    "GET /api/search",
    "GET /api/documents/{doc_id}",
    "GET /api/entities",
    "GET /api/entities/{entity_id}",
    "GET /api/quotes",
    "GET /api/market",
    "POST /api/extract",
]


@pytest.fixture(scope="module")
def operations(web_db: str) -> dict[str, Any]:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(web_db))
    found = {}
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result  # the description itself is valid
        operation = result.ok()
        found[f"{operation.method.upper()} {operation.path}"] = operation
    return found


def test_every_operation_described_is_tested(operations: dict[str, Any]) -> None:
    assert sorted(operations) == sorted(OPERATIONS)


#: Each operation with valid requests, and those with parameters with invalid ones too.
CASES = [(name, GenerationMode.POSITIVE) for name in OPERATIONS] + [
    (name, GenerationMode.NEGATIVE) for name in OPERATIONS if name != "GET /api/health"
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "mode"), CASES)
def test_the_api_keeps_to_its_description(
    operations: dict[str, Any], name: str, mode: GenerationMode
) -> None:
    @given(operations[name].as_strategy(generation_mode=mode))
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        case.call_and_validate(checks=CHECKS)

    check()
