"""Property-based test over the API's own OpenAPI schema (schemathesis): requests generated
from /api/openapi.json, sent with a valid token to the in-process app — never a 5xx."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from tests.web.conftest import REGIONAL_TOKEN


@pytest.fixture
def api_schema(app_settings: Callable[..., Any]) -> Iterator[Any]:
    from evidence.web import create_app

    # Private addresses stay blocked: generated URLs are never fetched from this machine.
    app = create_app(app_settings(allow_private=False, api_rate_per_minute=100000))
    try:
        yield schemathesis.openapi.from_asgi("/api/openapi.json", app)
    finally:
        app.state.service.close()


schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.mark.slow
@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_generated_request_gets_a_server_error(case: Any) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Bearer {REGIONAL_TOKEN}"}, checks=[not_a_server_error]
    )
