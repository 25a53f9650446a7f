"""Durability without a waiting client: a batch submitted over HTTP to the service in Celery
mode finishes after a worker is SIGKILLed mid-batch — the service's own watchdog re-queues the
dead worker's rows — and every row has exactly one result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evidence.batch import write_batch_csv
from evidence.store import get_engine, repo
from tests.support.loopback import LoopbackServer
from tests.web.conftest import ApiServer
from tests.workers.conftest import wait_for
from tests.workers.site import YEAR, build_site, doc_items


@pytest.mark.slow
@pytest.mark.parametrize("api_server", ["celery"], indirect=True)
def test_a_sigkilled_worker_loses_no_row_of_an_http_batch(
    api_server: ApiServer, start_worker: Any, celery_stack: Any, tmp_path: Path
) -> None:
    engine = get_engine(celery_stack.database)
    with LoopbackServer(host="127.0.0.74") as site, api_server.client() as client:
        build_site(site, delay=0.5)
        items = doc_items(site, 16)
        write_batch_csv(tmp_path / "batch.csv", items)
        victim = start_worker(celery_stack.broker, celery_stack.database, concurrency=2)
        created = client.post(
            "/api/batches",
            files={"file": ("batch.csv", (tmp_path / "batch.csv").read_bytes())},
            data={"year": str(YEAR)},
        )
        assert created.status_code == 201, created.text
        batch_id = created.json()["id"]

        # The session worker runs at most 2 rows at once: a third running row is the victim's.
        wait_for(
            lambda: repo.progress(engine, batch_id).running >= 3,
            timeout=60,
            what="the victim to hold rows",
            step=0.05,
        )
        victim.kill()  # SIGKILL to the worker and its pool processes: their rows stay "running"
        state = wait_for(
            lambda: (s := client.get(f"/api/batches/{batch_id}").json())["status"] == "done" and s,
            timeout=120,
            what="the batch to finish without its killed worker",
            step=0.3,
        )
    assert state["verdicts"] == {"ok": len(items)}
    assert repo.result_row_counts(engine, batch_id) == {i.row: 1 for i in items}
    assert max(repo.item_attempts(engine, batch_id).values()) >= 2  # some rows ran again


@pytest.mark.slow
def test_the_embedded_service_takes_up_its_rows_after_a_crash(tmp_path: Path) -> None:
    """Embedded mode: the service is SIGKILLed mid-batch; started again on the same data folder,
    it checks the rows it had not finished, each row once."""
    import signal

    import httpx

    from tests.web.conftest import REGIONAL_TOKEN, serve_subprocess, service_env

    data = tmp_path / "data"
    env = service_env(data, EVIDENCE_SERVICE_CONCURRENCY="2")
    engine = get_engine(f"sqlite:///{data / 'evidence.sqlite3'}")
    auth = {"Authorization": f"Bearer {REGIONAL_TOKEN}"}
    with LoopbackServer(host="127.0.0.75") as site:
        build_site(site, delay=0.4)
        items = doc_items(site, 8)
        write_batch_csv(tmp_path / "batch.csv", items)
        with serve_subprocess(env, tmp_path / "first.log") as (base, proc):
            created = httpx.post(
                base + "/api/batches",
                headers=auth,
                files={"file": ("batch.csv", (tmp_path / "batch.csv").read_bytes())},
                data={"year": str(YEAR)},
                trust_env=False,
            )
            assert created.status_code == 201, created.text
            batch_id = created.json()["id"]
            wait_for(lambda: repo.count_done(engine, batch_id) >= 2, timeout=60, what="results")
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        stopped = repo.progress(engine, batch_id)
        assert stopped.done < len(items) and stopped.status == "running"
        with (
            serve_subprocess(env, tmp_path / "second.log") as (base, _),
            httpx.Client(base_url=base, headers=auth, trust_env=False) as client,
        ):
            state = wait_for(
                lambda: (
                    (s := client.get(f"/api/batches/{batch_id}").json())["status"] == "done" and s
                ),
                timeout=90,
                what="the batch to finish after the restart",
                step=0.3,
            )
    assert state["verdicts"] == {"ok": len(items)}
    assert repo.result_row_counts(engine, batch_id) == {i.row: 1 for i in items}
