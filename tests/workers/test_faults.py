"""Faults during a batch: a kill while reports are written, PostgreSQL restarting, a full disk.

Each test breaks something real (SIGKILL to an ``evidence-check run`` process, a PostgreSQL
cluster of its own stopped and started, a tiny tmpfs) and asserts what a user would notice:
every row ends with exactly one result, nothing is fetched twice, no half-written report.
Worker SIGKILL and Redis restart are in ``test_distributed.py``.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from evidence.checkpoint import Checkpoint
from evidence.errors import ReportWriteError
from evidence.models import BatchItem, ItemResult, Verdict
from evidence.pipeline import Checker, check_batch
from evidence.runner import write_outputs
from evidence.store import get_engine, repo
from tests.support.loopback import LoopbackServer
from tests.workers.conftest import LEASE_SECONDS, REPO, PrivatePostgres, wait_for
from tests.workers.site import YEAR, build_site, check_config, doc_items
from tests.workers.test_distributed import _Run


def write_batch(path: Path, items: list[BatchItem]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Организация", "Критерий", "Значение", "Ссылка"])
        for item in items:
            writer.writerow([item.org, item.criterion, item.value, item.url])
    return path


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of an ``evidence-check`` subprocess: one request per link, own cache."""
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(REPO),
        EVIDENCE_CACHE_DIR=str(tmp_path / "cache"),
        EVIDENCE_RETRIES="0",
        EVIDENCE_PROBE_SOFT_404="0",
    )
    env.update(extra)
    return env


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "evidence.cli", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def test_a_run_killed_while_writing_reports_resumes_without_fetching(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with LoopbackServer(host="127.0.9.1") as server:
        build_site(server)
        items = doc_items(server, 6)
        batch = write_batch(tmp_path / "batch.csv", items)
        args = ["run", str(batch), "--year", str(YEAR), "--out", str(out), "--allow-private"]
        # The XLSX, fully written under its temporary name, waits before replacing the report.
        first = run_cli(args, cli_env(tmp_path, EVIDENCE_DEBUG_HOLD_FILE="report.xlsx"))
        try:
            wait_for(
                lambda: list(out.glob("report.xlsx*.tmp")) or first.poll() is not None,
                timeout=90,
                what="the run to be writing report.xlsx",
            )
            assert first.poll() is None, first.communicate()[1].decode()[-2000:]
        finally:
            os.killpg(first.pid, signal.SIGKILL)
            first.communicate(timeout=10)
        assert not (out / "report.xlsx").exists()
        assert (out / ".checkpoint.jsonl").is_file()
        fetched = sum(server.hits.values())
        assert fetched == len(items)

        second = run_cli(args, cli_env(tmp_path))
        _, stderr = second.communicate(timeout=120)
        assert second.returncode == 0, stderr.decode()[-2000:]
        assert sum(server.hits.values()) == fetched  # not one row fetched again
    assert f"{len(items)} строк были готовы раньше" in stderr.decode()
    for name in ("results.jsonl", "consistency.jsonl", "report.html", "report.xlsx"):
        assert (out / name).is_file(), name
    rows = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(items)
    assert not (out / ".checkpoint.jsonl").exists()  # the run is complete now


def test_postgresql_restart_mid_batch_loses_no_row(
    private_postgres: PrivatePostgres, private_redis: Any, start_worker: Any
) -> None:
    broker = private_redis.url
    database = private_postgres.url
    start_worker(broker, database, concurrency=2)
    engine = get_engine(database)
    with LoopbackServer(host="127.0.9.3") as server:
        build_site(server, delay=0.3)
        items = doc_items(server, 16)
        run, batch_id = _Run.queued(
            items, broker, database, lease_seconds=LEASE_SECONDS, timeout=150
        )
        wait_for(lambda: repo.count_done(engine, batch_id) >= 3, timeout=60, what="first results")
        done_before = repo.count_done(engine, batch_id)
        private_postgres.stop()  # a crash: every connection drops, nothing is flushed politely
        time.sleep(3)  # rows in hand finish meanwhile and cannot write their results
        private_postgres.start()
        run.join(timeout=150)
    assert done_before < len(items)  # the database went away mid-batch
    assert not run.is_alive()
    assert run.error is None, run.error
    assert [r.row for r in run.result] == [i.row for i in items]
    assert repo.result_row_counts(engine, batch_id) == {i.row: 1 for i in items}
    assert [r.verdict.value for r in run.result] == ["ok"] * len(items)


@dataclass
class TinyDisk:
    """A 2 MiB tmpfs; ``fill()`` takes its last free byte, ``free()`` gives the space back."""

    path: Path

    @property
    def filler(self) -> Path:
        return self.path / "filler"

    def fill(self) -> None:
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        chunk = b"\0" * 65536
        try:
            while True:
                os.write(fd, chunk)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0")  # the last partial page
        finally:
            os.close(fd)

    def free(self) -> None:
        self.filler.unlink()

    def files(self, under: str) -> list[Path]:
        return [p for p in (self.path / under).rglob("*") if p.is_file()]


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[TinyDisk]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.fail(f"a disk-full test needs to mount a tmpfs (root): {done.stderr.strip()}")
    try:
        yield TinyDisk(mount)
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mount)], check=False)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("evidence-check: ошибка:")]


def test_a_full_disk_under_the_cache_does_not_fail_the_check(tiny_disk: TinyDisk) -> None:
    config = replace(check_config(), cache_dir=tiny_disk.path / "cache")
    tiny_disk.fill()
    with LoopbackServer(host="127.0.9.4") as server:
        build_site(server)
        items = doc_items(server, 4)
        with Checker(config) as checker:
            full = check_batch(items, checker, concurrency=2)
        assert tiny_disk.files("cache") == []  # nothing cached, no temporary file left behind
        tiny_disk.free()
        with Checker(config) as checker:
            roomy = check_batch(items, checker, concurrency=2)
    assert [r.verdict.value for r in full] == ["ok"] * len(items)
    assert [r.verdict.value for r in roomy] == ["ok"] * len(items)
    assert len(tiny_disk.files("cache")) >= 1  # with room, the same check does cache


def test_a_full_disk_while_writing_reports_keeps_the_checked_rows(
    tmp_path: Path, tiny_disk: TinyDisk
) -> None:
    out = tiny_disk.path / "out"
    with LoopbackServer(host="127.0.9.5") as server:
        build_site(server)
        items = doc_items(server, 6)
        batch = write_batch(tmp_path / "batch.csv", items)
        args = ["run", str(batch), "--year", str(YEAR), "--out", str(out), "--allow-private"]
        # results.jsonl waits, written, for a few seconds: the disk fills up meanwhile.
        first = run_cli(args, cli_env(tmp_path, EVIDENCE_DEBUG_HOLD_FILE="results.jsonl:2"))
        wait_for(
            lambda: list(out.glob("results.jsonl*.tmp")) or first.poll() is not None,
            timeout=90,
            what="the run to be writing results.jsonl",
        )
        tiny_disk.fill()
        _, raw = first.communicate(timeout=60)
        stderr = raw.decode()
        assert "Traceback" not in stderr, stderr[-3000:]
        assert error_lines(stderr), stderr[-2000:]  # one Russian line says what failed
        assert list(out.glob("*.tmp")) == []  # no half-written report
        lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(items)
        assert not (out / "report.html").exists() or "</html>" in (out / "report.html").read_text()
        checkpoint = (out / ".checkpoint.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(checkpoint) == 1 + len(items)  # header + every checked row
        fetched = sum(server.hits.values())

        tiny_disk.free()
        second = run_cli(args, cli_env(tmp_path))
        _, raw = second.communicate(timeout=120)
        assert second.returncode == 0, raw.decode()[-2000:]
        assert sum(server.hits.values()) == fetched  # the checked rows were not lost
    for name in ("results.jsonl", "consistency.jsonl", "report.html", "report.xlsx"):
        assert (out / name).is_file(), name
    assert not (out / ".checkpoint.jsonl").exists()


def no_link_result(row: int) -> ItemResult:
    return ItemResult(
        row=row,
        org="Школа " * 40,
        criterion="1.1",
        url="",
        final_url=None,
        verdict=Verdict.NO_LINK,
        flags=[],
        doc_kind=None,
        doc_date=None,
        doc_number=None,
        message="Ссылка не указана.",
        evidence=None,
    )


def test_no_room_even_for_results_jsonl_is_one_russian_line(tiny_disk: TinyDisk) -> None:
    out = tiny_disk.path / "out"
    items = [BatchItem(row=1, org="Школа", criterion="1.1", url="", value="1")]
    Checkpoint(out, "fingerprint").start({1: no_link_result(1)})
    tiny_disk.fill()
    with pytest.raises(ReportWriteError) as raised:
        write_outputs(items, [no_link_result(1)], year=YEAR, out=out)
    message = str(raised.value)
    assert "\n" not in message and "нет места на диске" in message
    assert "проверенные строки сохранены" in message
    assert sorted(p.name for p in out.iterdir()) == [".checkpoint.jsonl"]  # no partial file


def test_a_full_disk_under_the_checkpoint_leaves_no_torn_line(tiny_disk: TinyDisk) -> None:
    checkpoint = Checkpoint(tiny_disk.path, "fingerprint")
    checkpoint.start({})
    tiny_disk.fill()
    row = 0
    while not checkpoint.failures:  # the last allocated page fills, then a write fails
        row += 1
        checkpoint.append(no_link_result(row))
        assert row < 100
    tiny_disk.free()
    checkpoint.append(no_link_result(1000))  # space again: later rows still count
    assert sorted(checkpoint.load()) == [*range(1, row), 1000]
