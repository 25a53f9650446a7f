"""The watchdog: re-publishes rows of a batch whose Celery message may have been lost.

Used by ``evidence-check run --broker`` while it waits (``dispatch.wait``) and by the service
(``evidence-check serve``), which runs ``watch_running_batches`` in a background thread, so a
batch submitted over HTTP finishes even when no client waits for it. A row is re-published when

* it is ``running`` and its lease expired — its worker died (SIGKILL, power cut); workers renew
  the leases of the rows in hand every ``lease_seconds / 3``;
* every ``queued`` row, when the broker restarted (Redis here keeps nothing on disk: its
  ``run_id`` changes and every waiting message is gone);
* it is ``queued``, published more than ``lease_seconds`` ago, while the broker's queues are
  empty (its message was in the hands of a worker that died before starting it).

A re-published row may run twice; results are written with an upsert on (batch_id, row), so
it still has exactly one result.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from evidence.store import repo
from evidence.store.models import BATCH_RUNNING, Batch

log = logging.getLogger(__name__)

# publish(broker_url, batch_id, pending, config): sends the rows (fast rows in chunks).
Publisher = Callable[[str, str, Sequence[repo.Pending], dict[str, Any]], None]
# broker_state(broker_url) -> (run_id of the broker, messages waiting in our queues).
BrokerState = Callable[[str], tuple[str, int]]


def _default_publisher() -> Publisher:
    from evidence.dispatch import publish

    return publish


def _default_broker_state() -> BrokerState:
    from evidence.dispatch import _broker_state

    return _broker_state


class Watchdog:
    """Re-publishes the lost rows of one batch; call ``tick`` now and then."""

    def __init__(
        self,
        broker_url: str,
        batch_id: str,
        engine: Engine,
        lease_seconds: float,
        *,
        publish: Publisher | None = None,
        broker_state: BrokerState | None = None,
    ) -> None:
        self.broker_url = broker_url
        self.batch_id = batch_id
        self.engine = engine
        self.lease = lease_seconds
        self.run_id: str | None = None
        self.config: dict[str, Any] = repo.get_batch(engine, batch_id).config
        self.publish = publish or _default_publisher()
        self.broker_state = broker_state or _default_broker_state()

    def tick(self) -> int:
        """One look; returns how many rows were re-published."""
        now = time.time()
        try:
            run_id, waiting = self.broker_state(self.broker_url)
        except Exception as exc:
            log.warning("broker unreachable (%s); will retry", exc)
            return 0
        restarted = self.run_id is not None and run_id != self.run_id
        if restarted:
            log.warning("broker restarted: re-queueing every row not done of %s", self.batch_id)
            # Every waiting message is gone; rows in hand still hold their leases.
            stale = repo.stale_items(self.engine, self.batch_id, now=now, queued_before=now + 1)
        else:
            queued_before = now - self.lease if waiting == 0 else None
            stale = repo.stale_items(
                self.engine, self.batch_id, now=now, queued_before=queued_before
            )
        if not stale:
            self.run_id = run_id
            return 0
        try:
            self.publish(self.broker_url, self.batch_id, stale, self.config)
        except Exception as exc:
            log.warning("re-publishing failed (%s); will retry", exc)
            return 0
        self.run_id = run_id
        repo.mark_published(self.engine, self.batch_id, [p.row for p in stale])
        log.info("re-queued %d rows of %s", len(stale), self.batch_id)
        return len(stale)


def running_batches(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(Batch.id).where(Batch.status == BATCH_RUNNING)).all()
    return [str(r[0]) for r in rows]


class BatchesWatchdog:
    """Watches every running batch of the database (the service's background thread)."""

    def __init__(
        self,
        broker_url: str,
        engine: Engine,
        lease_seconds: float,
        *,
        publish: Publisher | None = None,
        broker_state: BrokerState | None = None,
    ) -> None:
        self.broker_url = broker_url
        self.engine = engine
        self.lease = lease_seconds
        self.publish = publish
        self.broker_state = broker_state
        self.watchdogs: dict[str, Watchdog] = {}

    def tick(self) -> int:
        """One look at every running batch; returns how many rows were re-published."""
        running = running_batches(self.engine)
        for gone in set(self.watchdogs) - set(running):
            del self.watchdogs[gone]
        total = 0
        for batch_id in running:
            dog = self.watchdogs.get(batch_id)
            if dog is None:
                dog = self.watchdogs[batch_id] = Watchdog(
                    self.broker_url,
                    batch_id,
                    self.engine,
                    self.lease,
                    publish=self.publish,
                    broker_state=self.broker_state,
                )
            total += dog.tick()
        return total

    def run(self, stop: threading.Event, interval: float | None = None) -> None:
        """Tick until ``stop`` is set (a database or broker hiccup only costs one tick)."""
        every = interval if interval is not None else max(0.5, min(self.lease / 2, 10.0))
        while not stop.wait(every):
            try:
                self.tick()
            except Exception:
                log.exception("watchdog tick failed; will retry")
