"""A plain install (``pip install .``, no extras) runs the distributed mode.

The project is installed into a fresh venv (no ``--system-site-packages``, no dev extras) from
a copy of the packages and ``pyproject.toml``; a worker is started from that venv with
``evidence-check workers`` and a tiny batch goes through ``evidence-check run --broker`` to a
redis-server of the test's own and a throw-away PostgreSQL database. Nothing is imported from
this checkout by the venv's processes (no PYTHONPATH, the working directory is elsewhere).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.loopback import LoopbackServer
from tests.workers.conftest import (  # noqa: F401  (the workers' fixtures, used by name)
    REPO,
    pg_url,
    private_redis,
    services,
    wait_for,
)
from tests.workers.site import YEAR, build_site, doc_items

PACKAGES = ("evidence", "classifiers", "workers", "config")
INSTALL_TIMEOUT = 300


def build_venv(root: Path) -> Path:
    """``pip install`` the project without extras into ``root/venv``; returns its bin folder."""
    source = root / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for package in PACKAGES:
        shutil.copytree(REPO / package, source / package, ignore=ignore)
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", "--no-compile", str(source)],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return venv / "bin"


@pytest.mark.slow
def test_a_plain_install_runs_a_worker_and_a_batch(
    tmp_path: Path,
    pg_url: str,  # noqa: F811
    private_redis: Callable[[], str],  # noqa: F811
) -> None:
    started = time.monotonic()
    bin_dir = build_venv(tmp_path)
    install_seconds = time.monotonic() - started
    broker = private_redis.url  # type: ignore[attr-defined]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        EVIDENCE_BROKER_URL=broker,
        DATABASE_URL=pg_url,
        EVIDENCE_ALLOW_PRIVATE="1",
        EVIDENCE_CACHE_DIR=str(tmp_path / "cache"),
        EVIDENCE_RETRIES="0",
        EVIDENCE_PROBE_SOFT_404="0",
        PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    env.pop("EVIDENCE_DATABASE_URL", None)
    work = tmp_path / "elsewhere"  # not the checkout: nothing importable from the cwd
    work.mkdir()
    log = tmp_path / "worker.log"
    worker = subprocess.Popen(
        [str(bin_dir / "evidence-check"), "workers", "--concurrency", "1"],
        cwd=work,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for(
            lambda: "ready." in log.read_text(errors="replace") or worker.poll() is not None,
            timeout=90,
            what="the venv's worker to start",
        )
        assert worker.poll() is None, log.read_text(errors="replace")[-3000:]
        with LoopbackServer(host="127.0.9.2") as server:
            build_site(server)
            items = doc_items(server, 3)
            batch = work / "batch.csv"
            lines = ["Организация,Критерий,Значение,Ссылка"]
            lines += [f"{i.org},{i.criterion},{i.value},{i.url}" for i in items]
            batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
            run = subprocess.run(
                [
                    *(str(bin_dir / "evidence-check"), "run", str(batch)),
                    *("--year", str(YEAR), "--out", str(work / "out")),
                    *("--allow-private", "--broker", broker),
                ],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=180,
            )
            assert run.returncode == 0, run.stderr[-3000:] + log.read_text(errors="replace")[-3000:]
            assert sum(server.hits.values()) == len(items)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, 9)
            worker.wait(timeout=10)
    rows = [
        json.loads(line)
        for line in (work / "out" / "results.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [(r["row"], r["verdict"]) for r in rows] == [(i.row, "ok") for i in items]
    assert "succeeded" in log.read_text(errors="replace")  # the venv's worker did the work
    print(f"fresh venv install: {install_seconds:.1f} s")
