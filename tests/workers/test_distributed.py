"""Batches through real Celery worker processes, Redis and PostgreSQL/SQLite."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from evidence import dispatch
from evidence.pipeline import Checker, check_batch
from evidence.reports import write_reports
from evidence.store import get_engine, repo
from tests.support.loopback import LoopbackServer
from tests.workers.conftest import LEASE_SECONDS, SPARE_REDIS, wait_for
from tests.workers.site import YEAR, build_site, check_config, doc_items, mixed_items

TIMING_FIELDS = {"elapsed_ms"}


def _strip_timing(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_timing(v) for k, v in value.items() if k not in TIMING_FIELDS}
    if isinstance(value, list):
        return [_strip_timing(v) for v in value]
    return value


def _results_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = (path / "results.jsonl").read_text(encoding="utf-8").splitlines()
    return [_strip_timing(json.loads(line)) for line in lines if line.strip()]


def _assert_same(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> None:
    diffs = [
        (w["row"], k, g.get(k), w.get(k))
        for g, w in zip(got, want, strict=True)
        for k in sorted(set(g) | set(w))
        if g.get(k) != w.get(k)
    ]
    assert not diffs, diffs


class _Run(threading.Thread):
    """``run_distributed`` in a thread, so the test can break things while it waits."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(daemon=True)
        self.kwargs = kwargs
        self.result: Any = None
        self.error: BaseException | None = None
        self.batch_id: str | None = None

    def run(self) -> None:
        try:
            self.result = dispatch.run_distributed(
                on_submitted=lambda b: setattr(self, "batch_id", b), **self.kwargs
            )
        except BaseException as exc:
            self.error = exc

    @classmethod
    def queued(
        cls, items: list[Any], broker_url: str, database_url: str, **kwargs: Any
    ) -> tuple[_Run, str]:
        """Start the run and wait until its batch is queued; returns the run and batch id."""
        run = cls(
            items=items,
            config=check_config(),
            broker_url=broker_url,
            database_url=database_url,
            **kwargs,
        )
        run.start()
        wait_for(lambda: run.batch_id, timeout=30, what="the batch to be queued")
        assert run.batch_id is not None
        return run, run.batch_id


def test_both_modes_write_identical_results(
    session_workers: list[Any], redis_url: str, pg_url: str, tmp_path: Path
) -> None:
    with LoopbackServer(host="127.0.0.21") as server:
        build_site(server)
        items = mixed_items(server)
        config = check_config()
        with Checker(config) as checker:
            local = check_batch(items, checker)
        write_reports(tmp_path / "local", items, local, year=YEAR)

        seen: list[tuple[int, int]] = []
        batch_ids: list[str] = []
        remote = dispatch.run_distributed(
            items,
            config,
            redis_url,
            database_url=pg_url,
            progress=lambda done, total: seen.append((done, total)),
            on_submitted=batch_ids.append,
            timeout=120,
        )
    write_reports(tmp_path / "remote", items, remote, year=YEAR)

    assert [r.row for r in remote] == [i.row for i in items]
    _assert_same(_results_jsonl(tmp_path / "remote"), _results_jsonl(tmp_path / "local"))
    assert seen[-1] == (len(items), len(items))
    # The scan went through the slow queue; its verdict came from the OCR pass.
    engine = get_engine(pg_url)
    (batch_id,) = batch_ids
    assert repo.get_batch(engine, batch_id).status == "done"
    scan_row = next(i.row for i in items if i.url.endswith("scan.png"))
    assert "needs_ocr" not in remote[scan_row - 1].flags
    # One message per row reached one queue: every row ran once, the scan once per queue.
    attempts = repo.item_attempts(engine, batch_id)
    assert attempts == {i.row: 2 if i.row == scan_row else 1 for i in items}
    # Per-link rows and fetched-document metadata are in the database.
    from sqlalchemy import func, select

    from evidence.store.models import Document, LinkRow

    with engine.connect() as conn:
        links = conn.execute(
            select(func.count()).select_from(LinkRow).where(LinkRow.batch_id == batch_id)
        ).scalar_one()
        sha = remote[0].links[0].sha256
        doc = conn.execute(select(Document).where(Document.sha256 == sha)).first()
    assert links == sum(len(r.links) for r in remote)
    assert doc is not None and doc.size == remote[0].links[0].size and doc.kind == "text"

    # The report command writes the same results.jsonl from the database.
    from evidence.cli import app

    out = tmp_path / "from-db"
    res = CliRunner().invoke(app, ["report", batch_id, "--out", str(out), "--db", pg_url])
    assert res.exit_code == 0, res.output
    _assert_same(_results_jsonl(out), _results_jsonl(tmp_path / "local"))


def test_duplicate_delivery_leaves_one_row(
    session_workers: list[Any], redis_url: str, pg_url: str
) -> None:
    with LoopbackServer(host="127.0.0.22") as server:
        build_site(server, delay=1.0)
        items = doc_items(server, 1)
        config = check_config()
        batch_id = dispatch.submit(items, config, redis_url, database_url=pg_url)
        engine = get_engine(pg_url)
        pending = [repo.Pending(items[0].row, "fast", items[0].to_dict())]
        dispatch.publish(redis_url, batch_id, pending, config.to_dict())
        # Both deliveries run (the document takes a second to come), then both write.
        wait_for(lambda: server.hits["/docs/order0.txt"] == 2, timeout=30, what="two deliveries")
        results = dispatch.wait(batch_id, redis_url, database_url=pg_url, timeout=60)
    assert len(results) == 1
    assert repo.result_row_counts(engine, batch_id) == {1: 1}
    assert repo.item_attempts(engine, batch_id) == {1: 2}


def test_host_limit_holds_across_worker_processes(
    session_workers: list[Any], redis_url: str, pg_url: str
) -> None:
    # Two worker processes with two pool processes each could fetch four at a time.
    with LoopbackServer(host="127.0.0.23") as server:
        build_site(server, delay=0.4)
        items = doc_items(server, 12)
        config = check_config(per_host_concurrency=1)
        batch_ids: list[str] = []
        results = dispatch.run_distributed(
            items,
            config,
            redis_url,
            database_url=pg_url,
            on_submitted=batch_ids.append,
            timeout=120,
        )
        assert sum(server.hits.values()) == 12
        assert server.max_concurrent == 1
    assert [r.verdict.value for r in results] == ["ok"] * 12
    engine = get_engine(pg_url)
    from sqlalchemy import select

    from evidence.store.models import Item

    with engine.connect() as conn:
        workers = set(
            conn.execute(select(Item.worker).where(Item.batch_id == batch_ids[0])).scalars()
        )
    assert len(workers) >= 2  # the rows were spread over several processes


def test_cancel_then_resume(
    session_workers: list[Any], redis_url: str, pg_url: str, tmp_path: Path
) -> None:
    from evidence.cli import app

    runner = CliRunner()
    with LoopbackServer(host="127.0.0.24") as server:
        build_site(server, delay=0.3)
        items = doc_items(server, 16)
        engine = get_engine(pg_url)
        run, batch_id = _Run.queued(items, redis_url, pg_url, timeout=120)
        wait_for(lambda: repo.count_done(engine, batch_id) >= 2, timeout=60, what="first results")
        res = runner.invoke(app, ["cancel", batch_id, "--db", pg_url])
        assert res.exit_code == 0, res.output
        assert "отменён" in res.output
        run.join(timeout=30)
        assert isinstance(run.error, dispatch.BatchCancelled)
        # Rows in hand finish; nothing else is checked.
        wait_for(lambda: repo.progress(engine, batch_id).running == 0, timeout=30, what="idle")
        stopped = repo.progress(engine, batch_id)
        assert stopped.status == "cancelled" and stopped.done < len(items)
        status = runner.invoke(app, ["status", batch_id, "--db", pg_url])
        assert status.exit_code == 0 and "отменён" in status.output

        res = runner.invoke(
            app,
            ["resume", batch_id, "--broker", redis_url, "--db", pg_url, "--out", str(tmp_path)],
        )
        assert res.exit_code == 0, res.output
    assert repo.result_row_counts(engine, batch_id) == {i.row: 1 for i in items}
    assert len(_results_jsonl(tmp_path)) == len(items)
    status = runner.invoke(app, ["status", batch_id, "--db", pg_url])
    assert f"Готово {len(items)} из {len(items)}" in status.output


def test_sigkilled_worker_loses_no_row(start_worker: Any, redis_url: str, sqlite_url: str) -> None:
    import redis as redis_lib

    broker = SPARE_REDIS  # a queue of its own: no session workers
    redis_lib.Redis.from_url(broker).flushdb()
    first = start_worker(broker, sqlite_url, concurrency=2)
    engine = get_engine(sqlite_url)
    with LoopbackServer(host="127.0.0.25") as server:
        build_site(server, delay=0.4)
        items = doc_items(server, 16)
        run, batch_id = _Run.queued(
            items, broker, sqlite_url, lease_seconds=LEASE_SECONDS, timeout=120
        )

        def mid_batch() -> bool:
            state = repo.progress(engine, batch_id)
            return state.done >= 2 and state.running >= 1

        wait_for(mid_batch, timeout=60, what="the worker to be mid-batch")
        first.kill()  # SIGKILL to the worker and its pool processes
        in_hand = repo.progress(engine, batch_id).running
        assert in_hand >= 1
        start_worker(broker, sqlite_url, concurrency=2)
        run.join(timeout=120)
    assert run.error is None, run.error
    assert [r.row for r in run.result] == [i.row for i in items]
    assert repo.result_row_counts(engine, batch_id) == {i.row: 1 for i in items}
    assert max(repo.item_attempts(engine, batch_id).values()) >= 2  # some rows ran again
    redis_lib.Redis.from_url(broker).flushdb()


def test_redis_restart_mid_batch_loses_no_row(
    private_redis: Any, start_worker: Any, sqlite_url: str
) -> None:
    broker = private_redis.url
    start_worker(broker, sqlite_url, concurrency=2)
    engine = get_engine(sqlite_url)
    with LoopbackServer(host="127.0.0.26") as server:
        build_site(server, delay=0.3)
        items = doc_items(server, 20)
        run, batch_id = _Run.queued(
            items, broker, sqlite_url, lease_seconds=LEASE_SECONDS, timeout=150
        )
        wait_for(lambda: repo.count_done(engine, batch_id) >= 3, timeout=60, what="first results")
        import redis as redis_lib

        waiting_before = redis_lib.Redis.from_url(broker).llen("fast")
        private_redis()  # crash and start again: every queued message is gone
        assert waiting_before > 0
        assert redis_lib.Redis.from_url(broker).llen("fast") == 0
        run.join(timeout=150)
    assert run.error is None, run.error
    assert repo.result_row_counts(engine, batch_id) == {i.row: 1 for i in items}
    assert [r.verdict.value for r in run.result] == ["ok"] * len(items)


@pytest.mark.parametrize("which", ["sqlite", "postgresql"])
def test_results_are_written_once_per_row(which: str, request: pytest.FixtureRequest) -> None:
    """A retried or re-published task overwrites its own row (both databases)."""
    from evidence.models import BatchItem, ItemResult, Verdict

    url = request.getfixturevalue("sqlite_url" if which == "sqlite" else "pg_url")
    engine = get_engine(url)
    items = [BatchItem(row=r, org="Школа", criterion="1.1", url="x") for r in (1, 2)]
    batch_id = repo.create_batch(engine, items, {"year": YEAR}, year=YEAR)
    for verdict in (Verdict.UNREACHABLE, Verdict.OK):
        result = ItemResult(
            row=1,
            org="Школа",
            criterion="1.1",
            url="x",
            final_url=None,
            verdict=verdict,
            flags=[],
            doc_kind=None,
            doc_date=None,
            doc_number=None,
            message="м",
            evidence=None,
        )
        repo.save_result(engine, batch_id, result)
    assert repo.result_row_counts(engine, batch_id) == {1: 1}
    assert repo.load_results(engine, batch_id)[1].verdict is Verdict.OK
    state = repo.progress(engine, batch_id)
    assert (state.done, state.queued, state.status) == (1, 1, "running")


def test_run_command_with_a_broker_writes_the_same_reports(
    session_workers: list[Any],
    redis_url: str,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import csv

    from config.settings import get_settings
    from evidence.cli import app

    monkeypatch.setenv("DATABASE_URL", pg_url)  # the workers' database
    get_settings.cache_clear()
    request_cleanup = get_settings.cache_clear

    with LoopbackServer(host="127.0.0.27") as server:
        build_site(server)
        batch = tmp_path / "batch.csv"
        with batch.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["org", "criterion", "value", "url"])
            for item in mixed_items(server):
                writer.writerow([item.org, item.criterion, item.value, item.url])
        runner = CliRunner()
        common = ["run", str(batch), "--year", str(YEAR), "--allow-private"]
        local = runner.invoke(app, [*common, "--out", str(tmp_path / "local")])
        assert local.exit_code == 0, local.output
        try:
            remote = runner.invoke(
                app, [*common, "--out", str(tmp_path / "remote"), "--broker", redis_url]
            )
        finally:
            request_cleanup()
        assert remote.exit_code == 0, remote.output
    got = _results_jsonl(tmp_path / "remote")
    assert len(got) == len(mixed_items(server))
    _assert_same(got, _results_jsonl(tmp_path / "local"))
    assert (tmp_path / "remote" / "report.html").is_file()
    assert (tmp_path / "remote" / "report.xlsx").is_file()


def test_a_killed_pool_process_has_its_row_put_back_by_celery(
    session_workers: list[Any], redis_url: str, pg_url: str
) -> None:
    """acks_late + task_reject_on_worker_lost: no watchdog involved (we do not call wait)."""
    import os
    import signal

    from sqlalchemy import select

    from evidence.store.models import Item

    engine = get_engine(pg_url)
    with LoopbackServer(host="127.0.0.28") as server:
        build_site(server, delay=1.5)
        items = doc_items(server, 4)
        batch_id = dispatch.submit(items, check_config(), redis_url, database_url=pg_url)

        def running_row() -> tuple[int, str] | None:
            with engine.connect() as conn:
                row = conn.execute(
                    select(Item.row, Item.worker).where(
                        Item.batch_id == batch_id, Item.status == "running"
                    )
                ).first()
            return (row[0], row[1]) if row else None

        found = wait_for(running_row, timeout=30, what="a row in hand")
        assert found is not None
        victim_row, worker = found
        os.kill(int(worker.rsplit(":", 1)[1]), signal.SIGKILL)  # the pool process only
        wait_for(
            lambda: repo.count_done(engine, batch_id) == len(items),
            timeout=60,
            what="the batch to finish without a watchdog",
        )
    assert repo.result_row_counts(engine, batch_id) == {i.row: 1 for i in items}
    assert repo.item_attempts(engine, batch_id)[victim_row] >= 2


def test_submit_then_report_without_waiting(
    session_workers: list[Any], redis_url: str, pg_url: str, tmp_path: Path
) -> None:
    import csv

    from evidence.cli import app

    runner = CliRunner()
    with LoopbackServer(host="127.0.0.29") as server:
        build_site(server)
        batch = tmp_path / "batch.csv"
        with batch.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["Организация", "Критерий", "Значение", "Ссылка"])
            for item in doc_items(server, 5):
                writer.writerow([item.org, item.criterion, item.value, item.url])
        res = runner.invoke(
            app,
            [
                *("submit", str(batch), "--year", str(YEAR), "--allow-private"),
                *("--broker", redis_url, "--db", pg_url),
            ],
        )
        assert res.exit_code == 0, res.output
        batch_id = res.stdout.strip().splitlines()[0]
        engine = get_engine(pg_url)
        wait_for(
            lambda: repo.get_batch(engine, batch_id).status == "done",
            timeout=60,
            what="the workers to finish the submitted batch",
        )
    listing = runner.invoke(app, ["status", "--db", pg_url])
    assert batch_id in listing.output and "завершён" in listing.output
    res = runner.invoke(app, ["report", batch_id, "--out", str(tmp_path / "out"), "--db", pg_url])
    assert res.exit_code == 0, res.output
    rows = _results_jsonl(tmp_path / "out")
    assert [r["row"] for r in rows] == [1, 2, 3, 4, 5]
    assert {r["verdict"] for r in rows} == {"ok"}


def test_rows_travel_in_chunks_and_each_is_written_once(
    session_workers: list[Any], redis_url: str, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workers.celery_app import app

    sent: list[int] = []
    original = app.send_task

    def counting(name: str, args: Any = None, **kwargs: Any) -> Any:
        sent.append(len(args[1]) if name == "evidence.check_chunk" else 1)
        return original(name, args=args, **kwargs)

    monkeypatch.setattr(app, "send_task", counting)
    with LoopbackServer(host="127.0.0.23") as server:
        build_site(server)
        items = doc_items(server, 400)
        batch_ids: list[str] = []
        results = dispatch.run_distributed(
            items,
            check_config(),
            redis_url,
            database_url=pg_url,
            on_submitted=batch_ids.append,
            timeout=120,
        )
    # One broker message per chunk of rows, not one per row; every row in exactly one chunk.
    assert len(sent) <= 400 // 16 + 1
    assert sum(sent) == 400
    assert [r.verdict.value for r in results] == ["ok"] * 400
    engine = get_engine(pg_url)
    assert repo.result_row_counts(engine, batch_ids[0]) == {i + 1: 1 for i in range(400)}
    assert set(repo.item_attempts(engine, batch_ids[0]).values()) == {1}
