"""A batch whose settings turn OCR off needs no OCR worker: the fast pass is its last word."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from evidence import dispatch
from evidence.pipeline import Checker, check_batch
from evidence.store import get_engine, repo
from tests.support.loopback import LoopbackServer
from tests.workers.conftest import SPARE_REDIS
from tests.workers.site import build_site, check_config, mixed_items


def test_without_ocr_scans_finish_on_fast_queue_workers(start_worker: Any, sqlite_url: str) -> None:
    import redis as redis_lib

    broker = SPARE_REDIS  # a queue of its own: no session workers, and none on ``ocr``
    redis_lib.Redis.from_url(broker).flushdb()
    start_worker(broker, sqlite_url, concurrency=1, queues="fast")
    base = check_config()
    config = replace(base, extract=replace(base.extract, ocr=False))
    with LoopbackServer(host="127.0.0.27") as server:
        build_site(server)
        items = mixed_items(server)
        with Checker(config) as checker:
            local = check_batch(items, checker)
        batch_ids: list[str] = []
        remote = dispatch.run_distributed(
            items, config, broker, database_url=sqlite_url, on_submitted=batch_ids.append,
            timeout=60,
        )  # fmt: skip
    scan_row = next(i.row for i in items if i.url.endswith("scan.png"))
    assert "needs_ocr" in remote[scan_row - 1].flags  # read without OCR, as asked
    assert [(r.row, r.verdict, r.flags) for r in remote] == [
        (r.row, r.verdict, r.flags) for r in local
    ]
    # Every row, the scan included, ran once: nothing was handed to the OCR queue.
    (batch_id,) = batch_ids
    assert repo.item_attempts(get_engine(sqlite_url), batch_id) == {i.row: 1 for i in items}
