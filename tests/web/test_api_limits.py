"""Limits and callbacks of the API on a uvicorn server with settings of the test's own:
upload size cap (413), per-token rate limit (429 + Retry-After), callbacks only to allowed
hosts and through the fetch guard, retried a bounded number of times."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from tests.support.loopback import LoopbackServer, Response
from tests.web.conftest import CALLBACK_HOST, REGIONAL_TOKEN, live_app
from tests.workers.conftest import wait_for
from tests.workers.site import YEAR

AUTH = {"Authorization": f"Bearer {REGIONAL_TOKEN}"}
ROWS = {"year": YEAR, "rows": [{"org": "Школа", "criterion": "3.1", "value": "0"}]}


def _client(base: str) -> httpx.Client:
    return httpx.Client(base_url=base, headers=AUTH, timeout=30, trust_env=False)


def test_an_upload_over_the_cap_is_refused_before_it_is_read(
    app_settings: Callable[..., Any],
) -> None:
    with live_app(app_settings(max_upload_bytes=20_000)) as base, _client(base) as client:
        big = b"org,criterion,url\n" + b"x" * 30_000
        response = client.post(
            "/api/batches", files={"file": ("batch.csv", big)}, data={"year": YEAR}
        )
        assert response.status_code == 413
        assert response.headers["content-type"].startswith("application/problem+json")
        assert "20000 байт" in response.json()["detail"]

        def chunks() -> Any:  # no Content-Length: the cap holds while the body streams in
            yield b'{"year": 2024, "rows": ['
            for _ in range(400):
                yield b'{"org": "' + b"x" * 100 + b'", "criterion": "1.1"},'
            yield b'{"org": "y", "criterion": "1.1"}]}'

        streamed = client.post(
            "/api/batches", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert streamed.status_code == 413
        # The same on an endpoint whose JSON body the framework parses itself.
        check = client.post(
            "/api/checks",
            content=(b'{"url": "', b"x" * 25_000, b'", "criterion": "1.1", "year": 2024}'),
            headers={"Content-Type": "application/json"},
        )
        assert check.status_code == 413
        assert client.get("/api/batches").json()["total"] == 0
        small = client.post("/api/batches", json=ROWS)
        assert small.status_code == 201


def test_a_token_over_its_rate_gets_429_with_retry_after(app_settings: Callable[..., Any]) -> None:
    settings = app_settings(api_rate_per_minute=5, api_tokens=f"{REGIONAL_TOKEN},other-token")
    with live_app(settings) as base, _client(base) as client:
        codes = [client.get("/api/batches").status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        limited = client.get("/api/batches")
        assert limited.headers["content-type"].startswith("application/problem+json")
        assert 1 <= int(limited.headers["retry-after"]) <= 60
        # Another token has a bucket of its own; health is not limited.
        other = httpx.get(
            base + "/api/batches", headers={"Authorization": "Bearer other-token"}, trust_env=False
        )
        assert other.status_code == 200
        assert httpx.get(base + "/api/health", trust_env=False).status_code == 200


def _receiver(status: int = 200) -> LoopbackServer:
    return LoopbackServer(host=CALLBACK_HOST, routes={"/hook": Response(status=status, body=b"ok")})


def test_the_callback_is_posted_once_when_the_batch_is_done(
    app_settings: Callable[..., Any],
) -> None:
    with _receiver() as hook:
        settings = app_settings(callback_hosts=CALLBACK_HOST)
        with live_app(settings) as base, _client(base) as client:
            created = client.post("/api/batches", json={**ROWS, "callback_url": hook.url("/hook")})
            assert created.status_code == 201, created.text
            batch_id = created.json()["id"]
            wait_for(lambda: hook.hits["/hook"] >= 1, timeout=30, what="the callback")
            time.sleep(1.5)  # a few more rounds of the sender: still one call
            assert hook.hits["/hook"] == 1
            sent = json.loads(hook.requests[0].body)
            assert sent["id"] == batch_id and sent["status"] == "done" and sent["done"] == 1
            assert hook.requests[0].method == "POST"

            refused = client.post(
                "/api/batches", json={**ROWS, "callback_url": "http://evil.example/hook"}
            )
            assert refused.status_code == 422 and "evil.example" in refused.json()["detail"]
            assert client.get("/api/batches").json()["total"] == 1


def test_a_failing_callback_is_retried_a_bounded_number_of_times(
    app_settings: Callable[..., Any],
) -> None:
    from evidence.store import get_engine, repo
    from evidence.web.callbacks import MAX_ATTEMPTS, CallbackSender
    from evidence.web.state import database_url

    settings = app_settings(callback_hosts=CALLBACK_HOST)
    engine = get_engine(database_url(settings))
    with _receiver(status=503) as hook:
        batch_id = repo.create_batch(
            engine, [], {"year": YEAR}, year=YEAR, meta={"callback_url": hook.url("/hook")}
        )
        repo.finish_batch(engine, batch_id)
        sender = CallbackSender(engine, settings, {CALLBACK_HOST}, first_pause=0.01)
        for _ in range(MAX_ATTEMPTS * 3):
            sender.tick()
            time.sleep(0.05)
        assert hook.hits["/hook"] == MAX_ATTEMPTS  # then given up, not retried for ever
        assert sender.due() == []


def test_a_callback_to_an_allowed_but_private_host_is_blocked_by_the_guard(
    app_settings: Callable[..., Any],
) -> None:
    with _receiver() as hook:
        settings = app_settings(callback_hosts=CALLBACK_HOST, allow_private=False)
        with live_app(settings) as base, _client(base) as client:
            created = client.post("/api/batches", json={**ROWS, "callback_url": hook.url("/hook")})
            assert created.status_code == 201
            batch_id = created.json()["id"]
            wait_for(
                lambda: client.get(f"/api/batches/{batch_id}").json()["status"] == "done",
                timeout=30,
                what="the batch",
            )
            time.sleep(2.0)  # first try and a retry
            assert hook.hits["/hook"] == 0


def test_with_a_broker_the_rate_limit_is_shared_through_redis(services: None) -> None:
    """Two service processes (two limiter objects) draw on one window in Redis."""
    import uuid

    from evidence.web.ratelimit import RedisWindow

    prefix = f"evidence:test-ratelimit:{uuid.uuid4().hex}:"
    first = RedisWindow("redis://127.0.0.1:6379/0", 4, prefix=prefix)
    second = RedisWindow("redis://127.0.0.1:6379/0", 4, prefix=prefix)
    try:
        answers = [limiter.hit("db:7") for limiter in (first, second, first, second, first)]
        assert answers[:4] == [None] * 4
        assert answers[4] is not None and 1 <= answers[4] <= 60
        assert first.hit("db:8") is None  # another token, another window
    finally:
        for key in first.client.scan_iter(prefix + "*"):
            first.client.delete(key)
