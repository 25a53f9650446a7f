"""Per-process state of a worker and the one domain call each task makes.

A worker process opens the database once, builds its ``Checker`` (one per batch it works on,
sharing the process's warmed dictionaries and the Redis host limiter) and keeps a heartbeat
thread renewing the leases of the items it is working on, so that the dispatcher can tell a
slow item from a dead worker.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import kombu.exceptions
import redis
import sqlalchemy.exc
from sqlalchemy.engine import Engine

from config.settings import Settings, get_settings
from evidence import timing
from evidence.errors import StoreError
from evidence.models import BatchItem, ItemResult
from evidence.store import get_engine, repo
from workers.hostlimit import HostLimitUnavailable, RedisHostLimiter

log = logging.getLogger(__name__)
T = TypeVar("T")

# Errors worth a retry: the broker, Redis or the database is briefly away.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    redis.ConnectionError,
    redis.TimeoutError,
    kombu.exceptions.OperationalError,
    sqlalchemy.exc.OperationalError,
    sqlalchemy.exc.InterfaceError,
    sqlalchemy.exc.DisconnectionError,
    HostLimitUnavailable,
    StoreError,  # the results database cannot be opened (yet)
)

# After this many deliveries of one item (hard time limits, crashes) the row gets an error
# result instead of another try, so that a poisonous row cannot keep a batch from finishing.
MAX_ATTEMPTS = 5

_CHECKERS_KEPT = 2


@dataclass
class _State:
    settings: Settings
    broker_url: str
    engine: Engine | None = None
    checkers: OrderedDict[str, Any] = field(default_factory=OrderedDict)
    active: set[tuple[str, int]] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)
    heartbeat: threading.Thread | None = None
    limiter: RedisHostLimiter | None = None
    limiter_key: tuple[int, float, float] | None = None


_state: _State | None = None


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def init_process(settings: Settings, broker_url: str) -> None:
    """Open the database and warm the checking machinery (``worker_process_init``)."""
    global _state
    _state = _State(settings=settings, broker_url=broker_url)
    try:
        _state.engine = get_engine(settings.database_url)
    except StoreError as exc:  # the database may come up later: tasks retry until it does
        log.error("results database unavailable at start: %s", exc)
    try:
        from evidence.pipeline import CheckConfig, Checker

        Checker(CheckConfig.from_settings(settings, year=2000)).close()
    except Exception:  # warming is an optimisation; a real task will report the error
        log.exception("could not warm the checker")
    _state.heartbeat = threading.Thread(target=_heartbeat, args=(_state,), daemon=True)
    _state.heartbeat.start()


def close_process() -> None:
    global _state
    state, _state = _state, None
    if state is None:
        return
    state.stop.set()
    for checker in state.checkers.values():
        with contextlib.suppress(Exception):
            checker.close()
    if state.limiter is not None:
        state.limiter.close()


_init_lock = threading.Lock()


def _current() -> _State:
    # worker_process_init fires in prefork children only; the threads and solo pools (and
    # tests calling a task in-process) initialise on the first task.
    if _state is None:
        with _init_lock:
            if _state is None:
                settings = get_settings()
                init_process(settings, settings.broker_url or "redis://127.0.0.1:6379/0")
    assert _state is not None
    return _state


def _heartbeat(state: _State) -> None:
    interval = max(0.2, state.settings.lease_seconds / 3)
    while not state.stop.wait(interval):
        with state.lock:
            keys = list(state.active)
        if keys and state.engine is not None:
            try:
                repo.renew_leases(state.engine, keys, lease_seconds=state.settings.lease_seconds)
            except Exception as exc:  # the database may be away for a moment
                log.warning("lease renewal failed: %s", exc)


@contextlib.contextmanager
def _leased(state: _State, *keys: tuple[str, int]) -> Iterator[None]:
    with state.lock:
        state.active.update(keys)
    try:
        yield
    finally:
        with state.lock:
            state.active.difference_update(keys)


def _limiter(state: _State, concurrency: int, interval: float, lease: float) -> RedisHostLimiter:
    key = (concurrency, interval, lease)
    with state.lock:
        if state.limiter is None or state.limiter_key != key:
            if state.limiter is not None:
                state.limiter.close()
            state.limiter = RedisHostLimiter(
                state.broker_url, concurrency, interval, lease_seconds=lease
            )
            state.limiter_key = key
        return state.limiter


def _checker(state: _State, batch_id: str, config_data: dict[str, Any]) -> Any:
    """The Checker of a batch in this process (its per-run memo must not outlive the batch)."""
    from evidence.pipeline import CheckConfig, Checker

    with state.lock:
        checker = state.checkers.get(batch_id)
        if checker is not None:
            state.checkers.move_to_end(batch_id)
            return checker
    # The extraction cache is this machine's (the dispatcher's path may not exist here).
    config = replace(CheckConfig.from_dict(config_data), cache_dir=state.settings.cache_dir)
    if state.settings.allow_private and not config.fetch.allow_private:
        config = replace(config, fetch=replace(config.fetch, allow_private=True))
    limiter = _limiter(
        state,
        config.fetch.per_host_concurrency,
        config.fetch.per_host_interval,
        state.settings.lease_seconds,
    )
    checker = Checker(config, limiter=limiter)
    with state.lock:
        state.checkers[batch_id] = checker
        while len(state.checkers) > _CHECKERS_KEPT:
            _, old = state.checkers.popitem(last=False)
            with contextlib.suppress(Exception):
                old.close()
    return checker


def _gave_up(item: BatchItem, attempts: int) -> ItemResult:
    from evidence.pipeline import failed_result

    return failed_result(
        item,
        f"Проверка строки не завершилась за {attempts} попыток "
        "(превышено время или сбой воркера); проверьте ссылку вручную.",
    )


def run_item(
    batch_id: str, item_data: dict[str, Any], config_data: dict[str, Any], *, ocr: bool
) -> dict[str, Any]:
    """Claim one row, check it, persist the result. Returns a small JSON summary.

    The fast pass (``ocr=False``) checks without OCR; a row that needs OCR (or that the fast
    pass could not finish) is handed to the ``ocr`` queue, where the in-process code path
    (``check_batch``) runs it with OCR — so both modes give the same result.
    """
    from evidence.pipeline import check_batch

    state = _current()
    if state.engine is None:
        state.engine = get_engine(state.settings.database_url)
    engine = state.engine
    item = BatchItem.from_dict(item_data)
    summary: dict[str, Any] = {"batch_id": batch_id, "row": item.row}
    claim, attempts = repo.claim_item(
        engine, batch_id, item.row, lease_seconds=state.settings.lease_seconds, worker=worker_name()
    )
    if claim != "run":
        if claim == "missing":  # a message for another database: check DATABASE_URL
            log.warning("batch %s row %s is not in this worker's database", batch_id, item.row)
        return {**summary, "skipped": claim}
    with _leased(state, (batch_id, item.row)):
        try:
            checker = _checker(state, batch_id, config_data)
            if attempts > MAX_ATTEMPTS:
                result = _gave_up(item, attempts - 1)
            elif ocr:
                result = check_batch([item], checker, concurrency=1)[0]
            else:
                try:
                    result = checker.check_item(item, ocr=False)
                except TRANSIENT_ERRORS:
                    raise
                except Exception:
                    log.exception(
                        "fast pass failed for row %s; handing it to the OCR queue", item.row
                    )
                    result = None
                scan = result is not None and "needs_ocr" in result.flags
                if result is None or (scan and checker.config.extract.ocr):
                    repo.move_to_queue(engine, batch_id, item.row, "ocr")
                    return {**summary, "queue": "ocr"}
            assert result is not None
            repo.save_result(engine, batch_id, result)
        except BaseException:
            with contextlib.suppress(Exception):
                repo.release_item(engine, batch_id, item.row)
            raise
    return {**summary, "verdict": result.verdict.value}


class _Saver:
    """Collects a chunk's results from the check threads and writes them in bulk."""

    def __init__(
        self,
        engine: Engine,
        batch_id: str,
        every: int,
        state: _State | None = None,
        *,
        ocr: bool = True,
    ) -> None:
        self.engine = engine
        self.state = state
        # Without OCR in the batch's settings a scan's fast-pass result is already what the
        # OCR queue would give (it could only read the same text layer again).
        self.ocr = ocr
        self.batch_id = batch_id
        self.every = max(1, every)
        self.lock = threading.Lock()
        self.pending: list[ItemResult] = []
        self.to_ocr: list[int] = []

    def add(self, result: ItemResult) -> None:
        with self.lock:
            if (self.ocr and "needs_ocr" in result.flags) or "internal_error" in result.flags:
                self.to_ocr.append(result.row)  # the OCR queue checks it in full
                return
            self.pending.append(result)
            if len(self.pending) < self.every:
                return
            batch, self.pending = self.pending, []
        self._write(batch)

    def flush(self) -> None:
        with self.lock:
            batch, self.pending = self.pending, []
        self._write(batch)

    def _write(self, batch: list[ItemResult]) -> None:
        if batch:
            with timing.stage("store"):
                _deadlock_safe(repo.save_results, self.engine, self.batch_id, batch)
            if self.state is not None:  # saved rows need no more lease renewals
                with self.state.lock:
                    self.state.active.difference_update((self.batch_id, r.row) for r in batch)


def _deadlock_safe(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run one idempotent transaction, again when PostgreSQL broke a deadlock by aborting it
    (chunks of several worker processes write the same batch and documents at once)."""
    for attempt in range(6):
        try:
            return fn(*args, **kwargs)
        except sqlalchemy.exc.OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) != "40P01" or attempt == 5:
                raise
            log.info("deadlock writing results; retrying (%s)", attempt + 1)
            time.sleep(random.uniform(0.01, 0.1) * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


def run_chunk(
    batch_id: str, items_data: list[dict[str, Any]], config_data: dict[str, Any]
) -> dict[str, Any]:
    """The fast pass over a chunk of rows: one claim, a few threads, bulk writes.

    Rows are claimed in one transaction and leased together; each row is still its own unit
    (a row done is skipped on redelivery, a row whose worker died is re-published by the
    dispatcher's watchdog), so exactly-once holds as for single rows. Rows that need OCR (or
    whose fast pass failed) go on to the ``ocr`` queue: returned in ``ocr`` for the task to
    publish.
    """
    from evidence.pipeline import check_batch

    state = _current()
    if state.engine is None:
        state.engine = get_engine(state.settings.database_url)
    engine = state.engine
    items = [BatchItem.from_dict(d) for d in items_data]
    claims = _deadlock_safe(
        repo.claim_items,
        engine,
        batch_id,
        [item.row for item in items],
        lease_seconds=state.settings.lease_seconds,
        worker=worker_name(),
    )
    todo = [item for item in items if claims[item.row][0] == "run"]
    summary: dict[str, Any] = {"batch_id": batch_id, "rows": len(items), "run": len(todo)}
    if not todo:
        return {**summary, "ocr": []}
    keys = [(batch_id, item.row) for item in todo]
    with _leased(state, *keys):
        try:
            checker = _checker(state, batch_id, config_data)
            saver = _Saver(
                engine,
                batch_id,
                every=max(5, len(todo) // 4),
                state=state,
                ocr=checker.config.extract.ocr,
            )
            run = [item for item in todo if claims[item.row][1] <= MAX_ATTEMPTS]
            for item in todo:
                if claims[item.row][1] > MAX_ATTEMPTS:
                    saver.pending.append(_gave_up(item, claims[item.row][1] - 1))
            check_batch(
                run,
                checker,
                concurrency=state.settings.worker_threads,
                on_result=saver.add,
                ocr=False,
            )
            saver.flush()
            if saver.to_ocr:
                _deadlock_safe(repo.move_to_queue, engine, batch_id, saver.to_ocr, "ocr")
        except BaseException:
            with contextlib.suppress(Exception):
                repo.release_item(engine, batch_id, [item.row for item in todo])
            raise
    by_row = {item.row: item for item in todo}
    return {**summary, "ocr": [by_row[row].to_dict() for row in saver.to_ocr]}
