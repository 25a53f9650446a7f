"""Where the service's batches are checked.

``LocalRunner`` (the embedded default): a pool of threads in the service process; each row
goes the workers' way — claim it in the database, check it with the pipeline's ``Checker``,
``save_result`` — so both modes persist the same way. Rows not done when the service stopped
are taken up again at the next start (``recover``).

``CeleryRunner`` (``EVIDENCE_BROKER_URL`` set): one message per row to the Celery workers
(``evidence.dispatch.publish``); the service's watchdog thread re-publishes lost rows.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any, Protocol

from sqlalchemy.engine import Engine

from config.settings import Settings
from evidence.models import BatchItem
from evidence.store import repo
from evidence.watchdog import running_batches

log = logging.getLogger(__name__)

# The embedded runner's claim on a row: no other process takes its rows, so the lease only has
# to outlive one check (a restart takes every unfinished row up again anyway).
_LOCAL_LEASE = 24 * 3600.0


class Runner(Protocol):
    def submit(
        self, batch_id: str, pending: Sequence[repo.Pending], config: dict[str, Any]
    ) -> None:
        """Start checking these rows of a batch."""

    def recover(self) -> int:
        """At start: take up rows the previous run of the service left unfinished."""

    def close(self) -> None: ...


class LocalRunner:
    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings
        self.pool = ThreadPoolExecutor(
            max_workers=max(1, settings.service_concurrency), thread_name_prefix="service-check"
        )
        self._checkers: dict[str, Any] = {}
        self._pending: dict[str, int] = {}
        self._lock = threading.Lock()
        self.worker = f"service:{os.getpid()}"

    def submit(
        self, batch_id: str, pending: Sequence[repo.Pending], config: dict[str, Any]
    ) -> None:
        with self._lock:
            self._pending[batch_id] = self._pending.get(batch_id, 0) + len(pending)
        for p in pending:
            self.pool.submit(self._run, batch_id, p.data, config)

    def _checker(self, batch_id: str, config_data: dict[str, Any]) -> Any:
        from evidence.pipeline import CheckConfig, Checker

        with self._lock:
            checker = self._checkers.get(batch_id)
            if checker is None:
                config = replace(
                    CheckConfig.from_dict(config_data), cache_dir=self.settings.cache_dir
                )
                if self.settings.allow_private and not config.fetch.allow_private:
                    config = replace(config, fetch=replace(config.fetch, allow_private=True))
                checker = self._checkers[batch_id] = Checker(config)
            return checker

    def _run(self, batch_id: str, item_data: dict[str, Any], config: dict[str, Any]) -> None:
        from evidence.pipeline import check_batch

        try:
            item = BatchItem.from_dict(item_data)
            claim, _ = repo.claim_item(
                self.engine, batch_id, item.row, lease_seconds=_LOCAL_LEASE, worker=self.worker
            )
            if claim == "run":
                try:
                    result = check_batch([item], self._checker(batch_id, config), concurrency=1)[0]
                    repo.save_result(self.engine, batch_id, result)
                except BaseException:
                    with contextlib.suppress(Exception):
                        repo.release_item(self.engine, batch_id, item.row)
                    raise
        except Exception:
            log.exception("checking a row of batch %s failed", batch_id)
        finally:
            self._row_finished(batch_id)

    def _row_finished(self, batch_id: str) -> None:
        with self._lock:
            left = self._pending.get(batch_id, 1) - 1
            if left > 0:
                self._pending[batch_id] = left
                return
            self._pending.pop(batch_id, None)
            checker = self._checkers.pop(batch_id, None)
        if checker is not None:
            with contextlib.suppress(Exception):
                checker.close()

    def recover(self) -> int:
        count = 0
        for batch_id in running_batches(self.engine):
            pending = repo.not_done_items(self.engine, batch_id)
            if pending:
                self.submit(batch_id, pending, repo.get_batch(self.engine, batch_id).config)
                count += len(pending)
        if count:
            log.info("took up %d unfinished rows", count)
        return count

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            checkers = list(self._checkers.values())
            self._checkers.clear()
        for checker in checkers:
            with contextlib.suppress(Exception):
                checker.close()


class CeleryRunner:
    def __init__(self, broker_url: str) -> None:
        self.broker_url = broker_url

    def submit(
        self, batch_id: str, pending: Sequence[repo.Pending], config: dict[str, Any]
    ) -> None:
        from evidence.dispatch import publish

        publish(self.broker_url, batch_id, pending, config)

    def recover(self) -> int:
        return 0  # the watchdog re-publishes what was lost

    def close(self) -> None:
        pass
