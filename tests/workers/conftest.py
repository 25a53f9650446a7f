"""Real services for the distributed-mode tests: Redis, PostgreSQL, Celery worker processes.

The machine's Redis (127.0.0.1:6379, a dedicated DB number) and PostgreSQL (a throw-away
database per session) are started by ``scripts/services.sh`` when they are not running. The
Redis-restart test runs its own ``redis-server`` on another port. Every process started here
is killed by a finalizer.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
# Redis DB numbers of our own on the machine's Redis (two per pytest-xdist worker, from 15 down).
_XDIST = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0) % 4
MAIN_REDIS = f"redis://127.0.0.1:6379/{15 - 2 * _XDIST}"
SPARE_REDIS = f"redis://127.0.0.1:6379/{14 - 2 * _XDIST}"
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
LEASE_SECONDS = 2.0


def wait_for(condition: Callable[[], Any], *, timeout: float, what: str, step: float = 0.1) -> Any:
    """Poll ``condition`` until it returns something true; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout}s waiting for {what}")
        time.sleep(step)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def services() -> None:
    subprocess.run(["bash", str(REPO / "scripts" / "services.sh")], check=True, timeout=60)


@pytest.fixture(scope="session")
def pg_url(services: None) -> Iterator[str]:
    """A PostgreSQL database created for this test session and dropped after it."""
    import sqlalchemy as sa

    name = f"evidence_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        from evidence.store import dispose_engines

        dispose_engines()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'evidence.sqlite3'}"


@pytest.fixture(scope="session")
def redis_url(services: None) -> Iterator[str]:
    """The machine's Redis, a DB number of its own, emptied before and after."""
    import redis

    client = redis.Redis.from_url(MAIN_REDIS)
    client.flushdb()
    try:
        yield MAIN_REDIS
    finally:
        client.flushdb()
        client.close()


@dataclass
class Worker:
    proc: subprocess.Popen[bytes]
    log: Path
    name: str

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Signal the whole worker: the main process and its pool children."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.kill(signal.SIGTERM)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)  # stray pool children
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)


def worker_env(broker: str, database: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        EVIDENCE_BROKER_URL=broker,
        DATABASE_URL=database,
        EVIDENCE_ALLOW_PRIVATE="1",
        EVIDENCE_LEASE_SECONDS=str(LEASE_SECONDS),
        PYTHONPATH=str(REPO),
    )
    env.pop("EVIDENCE_DATABASE_URL", None)
    env.update(extra)
    return env


def launch_worker(
    name: str,
    log: Path,
    env: dict[str, str],
    *,
    concurrency: int = 2,
    queues: str = "fast,ocr",
    wait: bool = True,
) -> Worker:
    """One ``celery -A workers worker`` subprocess (its own process group), logging to ``log``."""
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "celery", "-A", "workers", "worker"),
            *("-Q", queues, "--concurrency", str(concurrency), "-n", name),
            *("--loglevel", "INFO", "--without-gossip", "--without-mingle", "--without-heartbeat"),
            *("-P", "prefork"),
        ],
        cwd=REPO,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    worker = Worker(proc, log, name)
    if wait:
        wait_ready(worker)
    return worker


def wait_ready(worker: Worker) -> None:
    wait_for(
        lambda: "ready." in worker.log_text() or worker.proc.poll() is not None,
        timeout=60,
        what="the worker to start",
    )
    assert worker.proc.poll() is None, worker.log_text()[-3000:]


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[..., Worker]]:
    """Start ``celery -A workers worker`` subprocesses; all are stopped at the end of the test."""
    started: list[Worker] = []

    def start(
        broker: str, database: str, *, concurrency: int = 2, queues: str = "fast,ocr"
    ) -> Worker:
        name = f"w{len(started)}-{uuid.uuid4().hex[:6]}@%h"
        log = tmp_path / f"worker{len(started)}.log"
        worker = launch_worker(
            name,
            log,
            worker_env(broker, database),
            concurrency=concurrency,
            queues=queues,
            wait=False,
        )
        started.append(worker)
        wait_ready(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


@pytest.fixture(scope="session")
def session_workers(
    redis_url: str, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[list[Worker]]:
    """Two worker processes (two "machines") on the main Redis and the session's PostgreSQL."""
    tmp = tmp_path_factory.mktemp("workers")
    workers: list[Worker] = []
    for i in range(2):
        name = f"s{i}-{uuid.uuid4().hex[:6]}@%h"
        log = tmp / f"session-worker{i}.log"
        workers.append(launch_worker(name, log, worker_env(redis_url, pg_url), wait=False))
    try:
        for w in workers:
            wait_ready(w)
        yield workers
    finally:
        for w in workers:
            w.stop()


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[Callable[[], str]]:
    """A redis-server of our own on a free port (nothing on disk); ``restart()`` bounces it."""
    port = free_port()
    procs: list[subprocess.Popen[bytes]] = []

    def launch() -> None:
        proc = subprocess.Popen(
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
                str(tmp_path),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(proc)
        import redis

        def up() -> bool:
            try:
                return bool(redis.Redis(port=port, socket_connect_timeout=0.2).ping())
            except redis.RedisError:
                return False

        wait_for(up, timeout=10, what="redis-server to start")

    def restart() -> str:
        proc = procs[-1]
        proc.kill()  # like a crash: nothing saved
        proc.wait(timeout=10)
        launch()
        return url

    url = f"redis://127.0.0.1:{port}/0"
    launch()
    restart.url = url  # type: ignore[attr-defined]
    yield restart
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


@dataclass
class PrivatePostgres:
    """A PostgreSQL cluster of the test's own (initdb in a temporary folder, another port)."""

    url: str
    stop: Callable[[], None]  # like a crash: ``pg_ctl stop -m immediate``
    start: Callable[[], None]


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found: apt install postgresql")
    return found[-1].parent


@pytest.fixture
def private_postgres() -> Iterator[PrivatePostgres]:
    """Own cluster, trust auth, a database ``evidence``; stopped and removed at the end.

    initdb refuses to run as root: then the cluster belongs to the ``postgres`` user.
    """
    import shutil
    import tempfile

    bin_dir = _pg_bin()
    root = Path(tempfile.mkdtemp(prefix="evidence-pg-"))
    data = root / "data"
    port = free_port()
    as_user: list[str] = []
    if os.geteuid() == 0:
        import pwd

        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]

    def pg(*args: str, timeout: float = 60) -> None:
        subprocess.run(
            [*as_user, *args], check=True, timeout=timeout, capture_output=True, cwd=root
        )

    pg(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"

    def start() -> None:
        pg(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(root / "log"),
            "-w",
            "start",
        )

    def stop() -> None:
        pg(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")

    start()
    pg(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "evidence")
    try:
        yield PrivatePostgres(
            f"postgresql+psycopg://postgres@127.0.0.1:{port}/evidence", stop, start
        )
    finally:
        from evidence.store import dispose_engines

        dispose_engines()
        with contextlib.suppress(subprocess.SubprocessError):
            stop()
        shutil.rmtree(root, ignore_errors=True)
