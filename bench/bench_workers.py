"""Throughput of the distributed mode versus the in-process mode (run by hand).

    python bench/bench_workers.py [--items 2000] [--hosts 32] [--processes 1,2,4] [--delay 0.02]

A loopback "region" of ``--hosts`` school sites (127.0.0.x, each its own host for the
per-host limit) serves small text documents after ``--delay`` seconds. The same batch is
checked in-process (a thread pool, ``EVIDENCE_CONCURRENCY``) and by one Celery worker with
1, 2 and 4 pool processes on the machine's Redis (DB 6) and a throw-away PostgreSQL database.
Prints items per second and the scaling ratio against one process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import uuid
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import redis  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from config.settings import Settings  # noqa: E402
from evidence import dispatch  # noqa: E402
from evidence.models import BatchItem  # noqa: E402
from evidence.pipeline import CheckConfig, Checker, check_batch  # noqa: E402
from evidence.store import dispose_engines  # noqa: E402
from tests.support.loopback import LoopbackServer, Response  # noqa: E402

BROKER = "redis://127.0.0.1:6379/6"
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
ORDER = (
    "ПРИКАЗ\nот 02.09.2024 № {n}-од\nОб утверждении положения о системе наставничества "
    "педагогических работников\nПРИКАЗЫВАЮ: утвердить положение о системе наставничества."
)


def start_site(stack: ExitStack, hosts: int, delay: float) -> list[LoopbackServer]:
    servers = []
    for i in range(hosts):
        routes = {
            f"/docs/order{n}.txt": Response(
                body=ORDER.format(n=n).encode(),
                headers={"Content-Type": "text/plain; charset=utf-8"},
                delay=delay,
            )
            for n in range(10)
        }
        servers.append(stack.enter_context(LoopbackServer(routes, host=f"127.0.0.{10 + i}")))
    return servers


def make_items(servers: list[LoopbackServer], count: int) -> list[BatchItem]:
    return [
        BatchItem(
            row=i + 1,
            org=f"Школа {i}",
            criterion="1.1",
            value="1",
            url=servers[i % len(servers)].url(f"/docs/order{i % 10}.txt") + f"?r={i}",
        )
        for i in range(count)
    ]


def start_worker(
    concurrency: int, db_url: str, log: Path, pool: str = "prefork"
) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(
        EVIDENCE_BROKER_URL=BROKER,
        DATABASE_URL=db_url,
        EVIDENCE_ALLOW_PRIVATE="1",
        PYTHONPATH=str(REPO),
    )
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "celery", "-A", "workers", "worker", "-Q", "fast,ocr",
            "--concurrency", str(concurrency), "--pool", pool, "--loglevel", "INFO",
            "-n", f"bench-{uuid.uuid4().hex[:6]}@%h",
            "--without-gossip", "--without-mingle", "--without-heartbeat",
        ],
        cwd=REPO, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if "ready." in log.read_text(errors="replace"):
            return proc
        time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"worker did not start; see {log}")


def stop_worker(proc: subprocess.Popen[bytes]) -> None:
    import signal

    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=32)
    parser.add_argument("--processes", default="1,2,4")
    parser.add_argument("--delay", type=float, default=0.02, help="server latency, seconds")
    parser.add_argument("--threads", type=int, default=0, help="also a threads-pool worker (N)")
    args = parser.parse_args()
    processes = [int(x) for x in args.processes.split(",")]
    subprocess.run(["bash", str(REPO / "scripts" / "services.sh")], check=True)

    nproc = os.cpu_count()
    print(f"nproc: {nproc}; items: {args.items}; hosts: {args.hosts}; latency: {args.delay}s")
    settings = Settings(allow_private=True)
    config = CheckConfig.from_settings(settings, 2024)
    config = replace(config, fetch=replace(config.fetch, probe_soft_404=False, retries=0))

    db_name = f"evidence_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{db_name}"'))
    db_url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{db_name}"
    logdir = REPO / "bench" / ".results"
    logdir.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, float]] = []
    try:
        with ExitStack() as stack:
            servers = start_site(stack, args.hosts, args.delay)
            items = make_items(servers, args.items)

            started = time.perf_counter()
            with Checker(config) as checker:
                check_batch(items, checker, concurrency=settings.concurrency)
            elapsed = time.perf_counter() - started
            rows.append((f"in-process ({settings.concurrency} threads)", args.items / elapsed))
            print(f"{rows[-1][0]:<32} {elapsed:7.1f} s  {rows[-1][1]:7.1f} items/s", flush=True)

            runs = [(n, "prefork", f"workers: {n} process(es)") for n in processes]
            if args.threads:
                runs.append((args.threads, "threads", f"workers: threads pool x{args.threads}"))
            for n, pool, name in runs:
                redis.Redis.from_url(BROKER).flushdb()
                proc = start_worker(n, db_url, logdir / f"worker-{pool}-{n}.log", pool)
                try:
                    started = time.perf_counter()
                    results = dispatch.run_distributed(items, config, BROKER, database_url=db_url)
                    elapsed = time.perf_counter() - started
                finally:
                    stop_worker(proc)
                assert len(results) == len(items)
                assert all(r.verdict.value == "ok" for r in results)
                rows.append((name, args.items / elapsed))
                print(f"{name:<32} {elapsed:7.1f} s  {rows[-1][1]:7.1f} items/s", flush=True)
    finally:
        dispose_engines()
        redis.Redis.from_url(BROKER).flushdb()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))

    base = rows[1][1] if len(rows) > 1 else rows[0][1]
    print("\nmode                             items/s   vs 1 process")
    for name, rate in rows:
        print(f"{name:<32} {rate:8.1f}   {rate / base:5.2f}x")


if __name__ == "__main__":
    main()
