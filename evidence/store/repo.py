"""Repository functions over the results database: each one is one short transaction.

Writes are idempotent: ``save_result`` upserts on (batch_id, row), so a task delivered twice,
retried, or re-published by the dispatcher's watchdog overwrites its own row.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from evidence.errors import StoreError
from evidence.models import BatchItem, ItemResult
from evidence.store.models import (
    BATCH_CANCELLED,
    BATCH_DONE,
    BATCH_RUNNING,
    CANCELLED,
    DONE,
    QUEUED,
    RUNNING,
    Batch,
    Document,
    Item,
    LinkRow,
    Result,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchInfo:
    id: str
    year: int
    status: str
    total: int
    created_at: float
    finished_at: float | None
    config: dict[str, Any]
    source: str


@dataclass(frozen=True)
class Progress:
    """Counts of a batch's items by state, and of result rows by verdict."""

    batch_id: str
    status: str
    total: int
    done: int
    queued: int
    running: int
    cancelled: int
    verdicts: dict[str, int] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.done >= self.total


@dataclass(frozen=True)
class Pending:
    """An item to (re-)publish: where it goes and what it carries."""

    row: int
    queue: str
    data: dict[str, Any]


def _insert(engine: Engine) -> Any:
    return postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert


def _batch_or_fail(conn: sa.Connection, batch_id: str) -> Any:
    row = conn.execute(sa.select(Batch.__table__).where(Batch.id == batch_id)).first()
    if row is None:
        raise StoreError(f"Пакет {batch_id} не найден в базе результатов")
    return row


# ---- batches ---------------------------------------------------------------------------------
def create_batch(
    engine: Engine,
    items: Sequence[BatchItem],
    config: dict[str, Any],
    *,
    year: int,
    source: str = "",
    queue: str = "fast",
    meta: dict[str, Any] | None = None,
) -> str:
    """Record a batch and its items (all ``queued``); returns the new batch id.

    ``meta``: further columns of the batch (``municipality``, ``callback_url``…, see models).
    """
    batch_id = uuid.uuid4().hex
    now = time.time()
    with engine.begin() as conn:
        conn.execute(
            sa.insert(Batch).values(
                id=batch_id,
                created_at=now,
                year=year,
                status=BATCH_RUNNING,
                total=len(items),
                config=config,
                source=source[:1024],
                **(meta or {}),
            )
        )
        rows = [
            {
                "batch_id": batch_id,
                "row": item.row,
                "position": pos,
                "data": item.to_dict(),
                "status": QUEUED,
                "queue": queue,
                "attempts": 0,
                "queued_at": now,
            }
            for pos, item in enumerate(items)
        ]
        for start in range(0, len(rows), 1000):
            conn.execute(sa.insert(Item), rows[start : start + 1000])
    return batch_id


def get_batch(engine: Engine, batch_id: str) -> BatchInfo:
    with engine.connect() as conn:
        b = _batch_or_fail(conn, batch_id)
        return BatchInfo(
            b.id, b.year, b.status, b.total, b.created_at, b.finished_at, b.config, b.source
        )


def list_batches(engine: Engine, limit: int = 20) -> list[BatchInfo]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(Batch.__table__).order_by(Batch.created_at.desc()).limit(limit)
        )
        return [
            BatchInfo(
                b.id, b.year, b.status, b.total, b.created_at, b.finished_at, b.config, b.source
            )
            for b in rows
        ]


def load_items(engine: Engine, batch_id: str) -> list[BatchItem]:
    """The batch's input rows in input order."""
    with engine.connect() as conn:
        _batch_or_fail(conn, batch_id)
        rows = conn.execute(
            sa.select(Item.data).where(Item.batch_id == batch_id).order_by(Item.position)
        )
        return [BatchItem.from_dict(data) for (data,) in rows]


def progress(engine: Engine, batch_id: str) -> Progress:
    with engine.connect() as conn:
        batch = _batch_or_fail(conn, batch_id)
        counts = dict(
            conn.execute(
                sa.select(Item.status, sa.func.count())
                .where(Item.batch_id == batch_id)
                .group_by(Item.status)
            ).all()
        )
        verdicts = dict(
            conn.execute(
                sa.select(Result.verdict, sa.func.count())
                .where(Result.batch_id == batch_id)
                .group_by(Result.verdict)
            ).all()
        )
    return Progress(
        batch_id=batch_id,
        status=batch.status,
        total=batch.total,
        done=counts.get(DONE, 0),
        queued=counts.get(QUEUED, 0),
        running=counts.get(RUNNING, 0),
        cancelled=counts.get(CANCELLED, 0),
        verdicts=verdicts,
    )


def count_done(engine: Engine, batch_id: str) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                sa.select(sa.func.count())
                .select_from(Item)
                .where(Item.batch_id == batch_id, Item.status == DONE)
            ).scalar_one()
        )


def finish_batch(engine: Engine, batch_id: str) -> None:
    """Mark a running batch done when every item is done."""
    with engine.begin() as conn:
        _batch_or_fail(conn, batch_id)
        if _finish_if_complete(conn, batch_id):
            _batch_finished(conn, batch_id)


def cancel_batch(engine: Engine, batch_id: str) -> int:
    """Cancel a batch: items not done become ``cancelled`` (workers skip them). Returns their number."""
    with engine.begin() as conn:
        _batch_or_fail(conn, batch_id)
        conn.execute(
            sa.update(Batch)
            .where(Batch.id == batch_id, Batch.status != BATCH_DONE)
            .values(status=BATCH_CANCELLED)
        )
        res = conn.execute(
            sa.update(Item)
            .where(Item.batch_id == batch_id, Item.status.in_((QUEUED, RUNNING)))
            .values(status=CANCELLED, lease_until=None)
        )
        return int(res.rowcount or 0)


def resume_batch(engine: Engine, batch_id: str) -> list[Pending]:
    """Put every item that is not done back in the queue state; returns them to publish."""
    now = time.time()
    with engine.begin() as conn:
        _batch_or_fail(conn, batch_id)
        conn.execute(
            sa.update(Batch)
            .where(Batch.id == batch_id)
            .values(status=BATCH_RUNNING, finished_at=None)
        )
        conn.execute(
            sa.update(Item)
            .where(Item.batch_id == batch_id, Item.status != DONE)
            .values(status=QUEUED, queued_at=now, lease_until=None, started_at=None)
        )
        rows = conn.execute(
            sa.select(Item.row, Item.queue, Item.data)
            .where(Item.batch_id == batch_id, Item.status == QUEUED)
            .order_by(Item.position)
        ).all()
    return [Pending(row, queue, data) for row, queue, data in rows]


# ---- the worker's side -------------------------------------------------------------------------
def claim_item(
    engine: Engine, batch_id: str, row: int, *, lease_seconds: float, worker: str
) -> tuple[str, int]:
    """Take an item for work: (``run``, deliveries so far) or why not (``done``, ``cancelled``,
    ``missing``).

    A running item may be claimed again (a redelivered message after its worker died): both
    runs write the same row, so the last write wins and nothing is duplicated.
    """
    return claim_items(engine, batch_id, [row], lease_seconds=lease_seconds, worker=worker)[row]


def claim_items(
    engine: Engine, batch_id: str, rows: Sequence[int], *, lease_seconds: float, worker: str
) -> dict[int, tuple[str, int]]:
    """``claim_item`` for a chunk of rows in one transaction: row -> (state, deliveries)."""
    now = time.time()
    out: dict[int, tuple[str, int]] = {row: ("missing", 0) for row in rows}
    with engine.begin() as conn:
        found = conn.execute(
            sa.select(Item.row, Item.status, Batch.status, Item.attempts)
            .join(Batch, Batch.id == Item.batch_id)
            .where(Item.batch_id == batch_id, Item.row.in_(list(rows)))
        ).all()
        run: list[int] = []
        for row, item_status, batch_status, attempts in found:
            if item_status == DONE:
                out[row] = ("done", attempts)
            elif item_status == CANCELLED or batch_status == BATCH_CANCELLED:
                out[row] = ("cancelled", attempts)
            else:
                out[row] = ("run", attempts + 1)
                run.append(row)
        if not run:
            return out
        conn.execute(
            sa.update(Item)
            .where(Item.batch_id == batch_id, Item.row.in_(run))
            .values(
                status=RUNNING,
                started_at=now,
                lease_until=now + lease_seconds,
                attempts=Item.attempts + 1,
                worker=worker[:255],
            )
        )
        conn.execute(
            sa.update(Batch)
            .where(Batch.id == batch_id, Batch.started_at.is_(None))
            .values(started_at=now)
        )
    return out


def renew_leases(engine: Engine, keys: Iterable[tuple[str, int]], *, lease_seconds: float) -> None:
    """Heartbeat: extend the leases of the items this process is working on."""
    until = time.time() + lease_seconds
    by_batch: dict[str, list[int]] = {}
    for batch_id, row in keys:
        by_batch.setdefault(batch_id, []).append(row)
    with engine.begin() as conn:
        for batch_id, rows in by_batch.items():
            conn.execute(
                sa.update(Item)
                .where(Item.batch_id == batch_id, Item.row.in_(rows), Item.status == RUNNING)
                .values(lease_until=until)
            )


def release_item(engine: Engine, batch_id: str, row: int | Sequence[int]) -> None:
    """Give running item(s) back after a failure: the dispatcher's watchdog re-publishes them."""
    rows = [row] if isinstance(row, int) else list(row)
    with engine.begin() as conn:
        conn.execute(
            sa.update(Item)
            .where(Item.batch_id == batch_id, Item.row.in_(rows), Item.status == RUNNING)
            .values(status=QUEUED, queued_at=time.time(), lease_until=None)
        )


def move_to_queue(engine: Engine, batch_id: str, row: int | Sequence[int], queue: str) -> None:
    """The item(s) go on to another queue (fast → ocr); they count as queued again."""
    rows = [row] if isinstance(row, int) else list(row)
    with engine.begin() as conn:
        conn.execute(
            sa.update(Item)
            .where(Item.batch_id == batch_id, Item.row.in_(rows), Item.status != DONE)
            .values(status=QUEUED, queue=queue, queued_at=time.time(), lease_until=None)
        )


def result_columns(org: str | None, criterion: str | None) -> dict[str, str]:
    """The filter columns of a ``results`` row (0005_results_columns)."""
    return {"org_fold": (org or "").casefold(), "criterion": (criterion or "")[:64]}


def save_result(engine: Engine, batch_id: str, result: ItemResult) -> None:
    """Write a row's result, its links and document metadata; mark the item done (and the
    batch, when it was the last). Idempotent."""
    save_results(engine, batch_id, [result])


def save_results(engine: Engine, batch_id: str, results: Sequence[ItemResult]) -> None:
    """``save_result`` for many rows in one transaction (a worker's chunk): a few statements
    whatever the number of rows. Idempotent: an upsert on (batch_id, row)."""
    if not results:
        return
    now = time.time()
    insert = _insert(engine)
    by_row = {result.row: result for result in results}  # one write per row per statement
    rows = sorted(by_row)
    with engine.begin() as conn:
        stmt = insert(Result).values(
            [
                {
                    "batch_id": batch_id,
                    "row": row,
                    "verdict": by_row[row].verdict.value,
                    "data": by_row[row].to_dict(),
                    "written_at": now,
                    "writes": 1,
                    **result_columns(by_row[row].org, by_row[row].criterion),
                }
                for row in rows
            ]
        )
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["batch_id", "row"],
                set_={
                    "verdict": stmt.excluded.verdict,
                    "data": stmt.excluded.data,
                    "written_at": stmt.excluded.written_at,
                    "writes": Result.writes + 1,
                    "org_fold": stmt.excluded.org_fold,
                    "criterion": stmt.excluded.criterion,
                },
            )
        )
        conn.execute(sa.delete(LinkRow).where(LinkRow.batch_id == batch_id, LinkRow.row.in_(rows)))
        links = [
            {
                "batch_id": batch_id,
                "row": row,
                "idx": idx,
                "url": link.url,
                "final_url": link.final_url,
                "verdict": link.verdict.value,
                "status": link.status,
                "file_kind": link.file_kind.value if link.file_kind else None,
                "doc_kind": link.doc_kind.value if link.doc_kind else None,
                "doc_date": link.doc_date,
                "sha256": link.sha256,
                "message": link.message or "",
            }
            for row in rows
            for idx, link in enumerate(by_row[row].links)
        ]
        if links:
            conn.execute(sa.insert(LinkRow), links)
        docs = {
            link.sha256: {
                "sha256": link.sha256,
                "size": link.size,
                "kind": link.file_kind.value if link.file_kind else None,
                "content_type": (link.content_type or "")[:255] or None,
                "final_url": link.final_url,
                "first_seen_at": now,
            }
            for row in rows
            for link in by_row[row].links
            if link.sha256
        }
        if docs:  # in key order: concurrent chunks sharing documents must not deadlock
            values = [docs[sha] for sha in sorted(docs)]
            conn.execute(insert(Document).values(values).on_conflict_do_nothing())
        conn.execute(
            sa.update(Item)
            .where(Item.batch_id == batch_id, Item.row.in_(rows))
            .values(status=DONE, lease_until=None)
        )
        if _finish_if_complete(conn, batch_id):
            _batch_finished(conn, batch_id)


def _finish_if_complete(conn: sa.Connection, batch_id: str) -> bool:
    """One statement: a running batch whose items are all done becomes done (True: just now).

    The batch row is locked first (PostgreSQL, FOR NO KEY UPDATE: it does not conflict with the
    key-share locks of the foreign keys): two rows finishing at once would otherwise each see
    the other still running, and nobody would close the batch.
    """
    # NO KEY UPDATE: it serialises the finishers without waiting for the KEY SHARE locks the
    # same transactions' inserts hold (foreign keys to the batch); FOR UPDATE waited for them,
    # and two concurrent saves deadlocked.
    conn.execute(sa.select(Batch.id).where(Batch.id == batch_id).with_for_update(key_share=True))
    left = (
        sa.select(Item.id).where(Item.batch_id == batch_id, Item.status != DONE).limit(1).exists()
    )
    res = conn.execute(
        sa.update(Batch)
        .where(Batch.id == batch_id, Batch.status == BATCH_RUNNING, ~left)
        .values(status=BATCH_DONE, finished_at=time.time())
    )
    return bool(res.rowcount)


def _batch_finished(conn: sa.Connection, batch_id: str) -> None:
    """A batch just became done (same transaction): reviewers' decisions of its previous run
    are carried over, so nobody sees the finished batch without them."""
    from evidence.store.decisions import carry_over_in

    try:
        with conn.begin_nested():  # a failure costs the carry-over, never the saved result
            carry_over_in(conn, batch_id)
    except Exception:
        log.exception("carrying decisions over to batch %s failed", batch_id)


# ---- the dispatcher's side ---------------------------------------------------------------------
def stale_items(
    engine: Engine, batch_id: str, *, now: float, queued_before: float | None
) -> list[Pending]:
    """Items whose message may be lost.

    Running items whose lease expired (their worker died), and — when ``queued_before`` is
    given (the broker holds no waiting message) — queued items published before it.
    """
    cond = sa.and_(Item.status == RUNNING, Item.lease_until < now)
    if queued_before is not None:
        cond = sa.or_(cond, sa.and_(Item.status == QUEUED, Item.queued_at < queued_before))
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(Item.row, Item.queue, Item.data)
            .where(Item.batch_id == batch_id, cond)
            .order_by(Item.position)
        ).all()
    return [Pending(row, queue, data) for row, queue, data in rows]


def not_done_items(engine: Engine, batch_id: str) -> list[Pending]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(Item.row, Item.queue, Item.data)
            .where(Item.batch_id == batch_id, Item.status.in_((QUEUED, RUNNING)))
            .order_by(Item.position)
        ).all()
    return [Pending(row, queue, data) for row, queue, data in rows]


def mark_published(engine: Engine, batch_id: str, rows: Sequence[int]) -> None:
    """Re-published items count as freshly queued (a new grace period)."""
    now = time.time()
    with engine.begin() as conn:
        for start in range(0, len(rows), 500):
            conn.execute(
                sa.update(Item)
                .where(
                    Item.batch_id == batch_id,
                    Item.row.in_(rows[start : start + 500]),
                    Item.status != DONE,
                )
                .values(status=QUEUED, queued_at=now, lease_until=None)
            )


def load_results(engine: Engine, batch_id: str) -> dict[int, ItemResult]:
    """The results written so far, by row."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(Result.row, Result.data).where(Result.batch_id == batch_id)
        ).all()
    return {row: ItemResult.from_dict(data) for row, data in rows}


def result_row_counts(engine: Engine, batch_id: str) -> dict[int, int]:
    """How many result rows each input row has (always 1 — the tests check that)."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(Result.row, sa.func.count())
            .where(Result.batch_id == batch_id)
            .group_by(Result.row)
        ).all()
    return {int(r): int(n) for r, n in rows}


def item_attempts(engine: Engine, batch_id: str) -> dict[int, int]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(Item.row, Item.attempts).where(Item.batch_id == batch_id)
        ).all()
    return {int(r): int(n) for r, n in rows}
