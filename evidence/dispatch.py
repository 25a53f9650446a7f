"""The distributed mode's client side: queue a batch for the Celery workers, watch it, cancel it.

``run_distributed`` records the batch and its rows in the results database, publishes the
rows to the ``fast`` queue in chunks (one message per chunk), and waits, reporting progress read from the database
(the workers write each row's result there). While it waits, a watchdog
(``evidence.watchdog``, also run by the service) re-publishes rows whose message may have been
lost:

* a row ``running`` whose lease expired — its worker died (SIGKILL, power cut); workers renew
  the leases of the rows in hand every ``lease_seconds / 3``;
* every ``queued`` row when the broker restarted (Redis here keeps nothing on disk: its
  ``run_id`` changes and every waiting message is gone);
* ``queued`` rows published more than ``lease_seconds`` ago while the broker's queues are
  empty (their message was in the hands of a worker that died before starting it).

A re-published row may run twice; results are written with an upsert on (batch_id, row), so
it still has exactly one result. If the dispatcher itself goes away (laptop closed), the
workers go on; ``resume`` re-publishes what is not done and waits again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy.exc

from evidence.errors import EvidenceError
from evidence.models import BatchItem, ItemResult
from evidence.store import get_engine, repo
from evidence.watchdog import Watchdog

if TYPE_CHECKING:
    from evidence.pipeline import CheckConfig

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
_QUEUES = ("fast", "ocr")
_TASKS = {"fast": "evidence.check_item", "ocr": "evidence.check_item_ocr"}
_CHUNK_TASK = "evidence.check_chunk"  # the fast queue's message: a chunk of rows
_MIN_CHUNKS = 16
# Kombu's Redis transport keeps a queue with priorities as several lists: name, name\x06\x163 …
_PRIORITY_SEP = "\x06\x16"
_PRIORITY_STEPS = (3, 6, 9)
# The results database restarting or briefly away: the waiting dispatcher outlives it.
_DATABASE_AWAY = (
    sqlalchemy.exc.OperationalError,
    sqlalchemy.exc.InterfaceError,
    sqlalchemy.exc.DisconnectionError,
)


class BrokerError(EvidenceError):
    """The message broker cannot be reached."""


class BatchCancelled(EvidenceError):
    """The batch was cancelled while we waited for it."""


class BatchTimeout(EvidenceError):
    """The batch did not finish within the time the caller allowed."""


def _redis(broker_url: str) -> Any:
    import redis

    return redis.Redis.from_url(broker_url, socket_timeout=5, socket_connect_timeout=5)


def _broker_state(broker_url: str) -> tuple[str, int]:
    """(run_id of the Redis server, number of messages waiting in our queues)."""
    client = _redis(broker_url)
    try:
        run_id = str(client.info("server")["run_id"])
        names = list(_QUEUES) + [f"{q}{_PRIORITY_SEP}{p}" for q in _QUEUES for p in _PRIORITY_STEPS]
        pipe = client.pipeline()
        for name in names:
            pipe.llen(name)
        waiting = sum(int(n) for n in pipe.execute())
        return run_id, waiting
    finally:
        client.close()


def check_broker(broker_url: str) -> None:
    """Raise ``BrokerError`` (Russian message) unless the broker answers."""
    try:
        _broker_state(broker_url)
    except Exception as exc:
        raise BrokerError(f"Брокер очереди {_safe_broker(broker_url)} недоступен: {exc}") from exc


def _safe_broker(broker_url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(broker_url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def publish(
    broker_url: str,
    batch_id: str,
    pending: Sequence[repo.Pending],
    config: dict[str, Any],
    *,
    chunk_size: int | None = None,
) -> None:
    """Send the rows to their queues: ``fast`` rows in chunks (one message per chunk),
    ``ocr`` rows one message each.

    The rows are dealt out host by host (the first row of every host, then the second…):
    a chunk holds rows of different hosts, and so do the chunks next to it, which run at the
    same time — a school's ~25 rows share one host and would otherwise wait on its
    politeness limit inside one worker.
    """
    if not pending:
        return
    from config.settings import get_settings
    from evidence.schedule import interleave_by_key
    from workers.celery_app import app

    fast = [p for p in pending if p.queue not in _TASKS or p.queue == "fast"]
    fast = interleave_by_key(fast, key=_pending_host)
    ocr = [p for p in pending if p.queue == "ocr"]
    # A small batch still spreads over every worker process: at least _MIN_CHUNKS messages.
    size = max(1, min(chunk_size or get_settings().chunk_size, len(fast) // _MIN_CHUNKS))
    with app.connection_for_write(broker_url) as conn:
        producer = conn.Producer()
        for start in range(0, len(fast), size):
            chunk = fast[start : start + size]
            app.send_task(
                _CHUNK_TASK,
                args=(batch_id, [p.data for p in chunk], config),
                queue="fast",
                producer=producer,
                task_id=f"{batch_id}-c{chunk[0].row}-{time.monotonic_ns()}",
            )
        for p in ocr:
            app.send_task(
                _TASKS["ocr"],
                args=(batch_id, p.data, config),
                queue="ocr",
                producer=producer,
                task_id=f"{batch_id}-{p.row}-{time.monotonic_ns()}",
            )


def _pending_host(p: repo.Pending) -> str | None:
    from evidence.pipeline import row_host

    return row_host(BatchItem.from_dict(p.data))


def submit(
    items: Sequence[BatchItem],
    config: CheckConfig,
    broker_url: str,
    *,
    database_url: str | None = None,
    source: str = "",
) -> str:
    """Record the batch and queue its rows; returns the batch id (workers take it from here)."""
    check_broker(broker_url)
    engine = get_engine(database_url)
    data = config.to_dict()
    batch_id = repo.create_batch(engine, items, data, year=config.year, source=source)
    pending = [repo.Pending(item.row, "fast", item.to_dict()) for item in items]
    publish(broker_url, batch_id, pending, data)
    log.info("batch %s queued: %d rows", batch_id, len(items))
    return batch_id


def wait(
    batch_id: str,
    broker_url: str,
    *,
    database_url: str | None = None,
    progress: ProgressCallback | None = None,
    lease_seconds: float | None = None,
    poll_interval: float = 0.5,
    timeout: float | None = None,
) -> list[ItemResult]:
    """Wait for every row of a batch, re-queueing lost ones; results in input order."""
    from config.settings import get_settings

    engine = get_engine(database_url)
    lease = lease_seconds if lease_seconds is not None else get_settings().lease_seconds
    watchdog = Watchdog(broker_url, batch_id, engine, lease)
    watch_every = max(poll_interval, min(lease / 2, 10.0))
    deadline = None if timeout is None else time.monotonic() + timeout
    next_watch = 0.0
    last_done = -1
    while True:
        try:
            state = repo.progress(engine, batch_id)
        except _DATABASE_AWAY as exc:  # restarting: wait for it, as the workers do
            if deadline is not None and time.monotonic() > deadline:
                raise BatchTimeout(f"Пакет {batch_id}: база результатов недоступна") from exc
            log.warning("results database unreachable (%s); waiting for it", exc)
            time.sleep(poll_interval)
            continue
        if state.done != last_done and progress is not None:
            progress(state.done, state.total)
        last_done = state.done
        if state.finished:
            break
        if state.status == "cancelled":
            raise BatchCancelled(f"Пакет {batch_id} отменён: готово {state.done} из {state.total}")
        if deadline is not None and time.monotonic() > deadline:
            raise BatchTimeout(
                f"Пакет {batch_id} не завершён за отведённое время: "
                f"готово {state.done} из {state.total}"
            )
        if time.monotonic() >= next_watch:
            try:
                watchdog.tick()
            except _DATABASE_AWAY as exc:
                log.warning("watchdog: results database unreachable (%s)", exc)
            next_watch = time.monotonic() + watch_every
        time.sleep(poll_interval)
    repo.finish_batch(engine, batch_id)
    return collect(batch_id, database_url=database_url)


def collect(batch_id: str, *, database_url: str | None = None) -> list[ItemResult]:
    """The results of a finished batch in input order (rows without a result are skipped)."""
    engine = get_engine(database_url)
    items = repo.load_items(engine, batch_id)
    results = repo.load_results(engine, batch_id)
    return [results[item.row] for item in items if item.row in results]


def run_distributed(
    items: Sequence[BatchItem],
    config: CheckConfig,
    broker_url: str,
    *,
    database_url: str | None = None,
    progress: ProgressCallback | None = None,
    on_submitted: Callable[[str], None] | None = None,
    lease_seconds: float | None = None,
    timeout: float | None = None,
) -> list[ItemResult]:
    """Check a batch on the Celery workers; returns the results in input order.

    ``progress(done, total)`` is called whenever the number of finished rows changes;
    ``on_submitted(batch_id)`` once the batch is queued (to tell the user its id).
    """
    batch_id = submit(items, config, broker_url, database_url=database_url)
    if on_submitted is not None:
        on_submitted(batch_id)
    results = wait(
        batch_id,
        broker_url,
        database_url=database_url,
        progress=progress,
        lease_seconds=lease_seconds,
        timeout=timeout,
    )
    by_row = {r.row: r for r in results}
    return [by_row[item.row] for item in items]


def cancel(batch_id: str, *, database_url: str | None = None) -> int:
    """Cancel a batch; returns the number of rows that will not be checked."""
    return repo.cancel_batch(get_engine(database_url), batch_id)


def resume(batch_id: str, broker_url: str, *, database_url: str | None = None) -> int:
    """Re-queue every row of a batch that is not done; returns their number."""
    check_broker(broker_url)
    engine = get_engine(database_url)
    pending = repo.resume_batch(engine, batch_id)
    publish(broker_url, batch_id, pending, repo.get_batch(engine, batch_id).config)
    return len(pending)
