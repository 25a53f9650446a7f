"""Running services for the API tests: ``evidence-check serve`` as a real subprocess on a free
loopback port, both ways — embedded (SQLite in the data folder, in-process check threads) and
with Celery workers + PostgreSQL (a Redis of its own, a throw-away database, one worker
process) — plus ``live_app`` for a uvicorn server in a thread with settings of the test's own.

The worker, database and Redis helpers come from ``tests/workers/conftest.py``.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.workers.conftest import (  # noqa: F401  (fixtures used by the tests here)
    PG_ADMIN,
    REPO,
    Worker,
    free_port,
    launch_worker,
    services,
    start_worker,
    wait_for,
    worker_env,
)

REGIONAL_TOKEN = "regional-test-token-" + uuid.uuid4().hex[:8]
# The loopback receiver of callbacks lives here; the services allow it.
CALLBACK_HOST = "127.0.0.61"

# Short fetch limits so that tests with loopback sites stay fast.
FAST_FETCH = {
    "EVIDENCE_ALLOW_PRIVATE": "1",
    "EVIDENCE_PROBE_SOFT_404": "0",
    "EVIDENCE_RETRIES": "0",
    "EVIDENCE_CONNECT_TIMEOUT": "2",
    "EVIDENCE_READ_TIMEOUT": "5",
    "EVIDENCE_TOTAL_TIMEOUT": "10",
}


@dataclass
class ApiServer:
    base: str
    mode: str  # "embedded" | "celery"
    database_url: str
    data_dir: Path
    env: dict[str, str]
    log: Path

    def client(self, token: str | None = REGIONAL_TOKEN) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base, headers=headers, timeout=30, trust_env=False)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``evidence-check …`` against this service's database."""
        return subprocess.run(
            [sys.executable, "-m", "evidence.cli", *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def add_token(self, name: str, municipality: str | None = None) -> str:
        from evidence.store import get_engine
        from evidence.web.tokens import add_token

        return add_token(get_engine(self.database_url), name, municipality)

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def service_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DATABASE_URL", "EVIDENCE_DATABASE_URL", "EVIDENCE_BROKER_URL"):
        env.pop(name, None)
    env.update(FAST_FETCH)
    env.update(
        PYTHONPATH=str(REPO),
        EVIDENCE_DATA_DIR=str(data_dir),
        EVIDENCE_CACHE_DIR=str(data_dir / "cache"),
        EVIDENCE_API_TOKENS=f"{REGIONAL_TOKEN},second-regional-token",
        EVIDENCE_CALLBACK_HOSTS=CALLBACK_HOST,
        EVIDENCE_API_RATE_PER_MINUTE="100000",
        EVIDENCE_LEASE_SECONDS="2",
    )
    env.update(extra)
    return env


@contextlib.contextmanager
def serve_subprocess(
    env: dict[str, str], log: Path
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``evidence-check serve`` on a free port; yields its URL and process (stopped at the end)."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "evidence.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        if proc.poll() is not None:
            return True
        try:
            return httpx.get(base + "/api/health", timeout=1, trust_env=False).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_for(up, timeout=60, what="the service to start")
        assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
        yield base, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@dataclass
class CeleryStack:
    broker: str
    database: str


@pytest.fixture(scope="session")
def celery_stack(services: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CeleryStack]:  # noqa: F811
    """A redis-server of its own, a throw-away PostgreSQL database, one worker process."""
    import redis
    import sqlalchemy as sa

    tmp = tmp_path_factory.mktemp("api-celery")
    port = free_port()
    redis_proc = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    broker = f"redis://127.0.0.1:{port}/0"

    def redis_up() -> bool:
        try:
            return bool(redis.Redis.from_url(broker, socket_connect_timeout=0.2).ping())
        except redis.RedisError:
            return False

    name = f"evidence_api_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    database = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    worker: Worker | None = None
    try:
        wait_for(redis_up, timeout=10, what="redis-server to start")
        worker = launch_worker(
            f"api-{uuid.uuid4().hex[:6]}@%h",
            tmp / "worker.log",
            worker_env(broker, database, **FAST_FETCH, EVIDENCE_CACHE_DIR=str(tmp / "cache")),
        )
        yield CeleryStack(broker, database)
    finally:
        if worker is not None:
            worker.stop()
        redis_proc.kill()
        redis_proc.wait(timeout=10)
        from evidence.store import dispose_engines

        dispose_engines()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session", params=["embedded", "celery"])
def api_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ApiServer]:
    """``evidence-check serve`` as a subprocess: embedded (SQLite) or on Celery (PostgreSQL)."""
    mode = str(request.param)
    data_dir = tmp_path_factory.mktemp(f"api-{mode}")
    if mode == "embedded":
        env = service_env(data_dir)
        database = f"sqlite:///{data_dir / 'evidence.sqlite3'}"
    else:
        stack: CeleryStack = request.getfixturevalue("celery_stack")
        env = service_env(data_dir, EVIDENCE_BROKER_URL=stack.broker, DATABASE_URL=stack.database)
        database = stack.database
    log = data_dir / "service.log"
    with serve_subprocess(env, log) as (base, _):
        yield ApiServer(base, mode, database, data_dir, env, log)


@contextlib.contextmanager
def live_app(settings: Any) -> Iterator[str]:
    """``create_app(settings)`` under uvicorn in a thread on a free loopback port; yields its URL."""
    import uvicorn

    from evidence.web import create_app

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: server.started or not thread.is_alive(), timeout=30, what="uvicorn")
        assert thread.is_alive()
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


@pytest.fixture
def app_settings(tmp_path: Path) -> Callable[..., Any]:
    """Settings of an embedded service in the test's own folder (no environment read)."""
    from config.settings import Settings

    def make(**overrides: Any) -> Any:
        values: dict[str, Any] = {
            "data_dir": tmp_path / "data",
            "cache_dir": tmp_path / "cache",
            "api_tokens": REGIONAL_TOKEN,
            "allow_private": True,
            "probe_soft_404": False,
            "retries": 0,
            "connect_timeout": 2.0,
            "read_timeout": 5.0,
            "total_timeout": 10.0,
            "broker_url": None,
        }
        values.update(overrides)
        return Settings(**values).model_copy(update={"database_url": None})

    return make
