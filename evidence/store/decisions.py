"""Reviewers' decisions on result rows, and how they outlive a re-run.

A reviewer confirms a row's flag, overrules it (the row then counts as ``ok`` in exports,
marked as overruled) or asks the school to fix it (``needs_fix``), with a comment. Every
decision is kept (audit trail); per row the latest one wins.

A re-run of a batch, or a corrected batch of the same organisations for the same year, gets
their decisions by *carry-over* when it finishes: each row is found again by organisation +
criterion (not by its row number) and takes the latest decision of that row in an earlier
batch of the same year and municipality (one-link checks of ``POST /api/checks`` are neither
sources nor targets). The decision is kept while the row's document (SHA-256) and verdict are
unchanged; otherwise it is dropped visibly: the new batch holds a ``dropped`` record whose
reason the page and the API show.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from evidence.consistency.form import org_key
from evidence.criteria import normalise_code
from evidence.errors import StoreError
from evidence.flags import Flag
from evidence.models import BatchItem, ItemResult, Verdict
from evidence.store.models import Batch, Check, DecisionRow, Item, Result

log = logging.getLogger(__name__)

CONFIRM = "confirm"
OVERRULE = "overrule"
NEEDS_FIX = "needs_fix"
ACTIONS: dict[str, str] = {
    CONFIRM: "замечание подтверждено",
    OVERRULE: "замечание отклонено (засчитано)",
    NEEDS_FIX: "требуется исправление",
}
MAX_COMMENT = 4000

ACTIVE = "active"
SUPERSEDED = "superseded"
DROPPED = "dropped"

DOCUMENT_CHANGED = "решение снято: документ изменился"
VERDICT_CHANGED = "решение снято: вердикт изменился"


@dataclass(frozen=True)
class Decision:
    """The decision in force on a row (or the notice that a carried one was dropped)."""

    row: int
    action: str
    comment: str
    author: str
    decided_at: str  # ISO 8601, UTC
    sha256: str | None
    verdict: str  # the row's verdict when the decision was taken
    carried_from: str | None  # the batch it was carried over from
    dropped: str | None = None  # Russian reason when a carried decision no longer applies

    @property
    def active(self) -> bool:
        return self.dropped is None

    @property
    def title(self) -> str:
        return ACTIONS.get(self.action, self.action)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decision:
        return cls(
            row=int(data["row"]),
            action=str(data["action"]),
            comment=str(data.get("comment") or ""),
            author=str(data.get("author") or ""),
            decided_at=str(data.get("decided_at") or ""),
            sha256=data.get("sha256"),
            verdict=str(data.get("verdict") or ""),
            carried_from=data.get("carried_from"),
            dropped=data.get("dropped"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "action": self.action,
            "action_title": self.title,
            "comment": self.comment,
            "author": self.author,
            "decided_at": self.decided_at,
            "sha256": self.sha256,
            "verdict": self.verdict,
            "carried_from": self.carried_from,
            "active": self.active,
            "dropped": self.dropped,
        }


@dataclass(frozen=True)
class CarryReport:
    """What a carry-over did: rows kept, rows dropped (with the reason), the batches they came
    from."""

    batch_id: str
    sources: list[str] = field(default_factory=list)
    kept: list[int] = field(default_factory=list)
    dropped: dict[int, str] = field(default_factory=dict)


def row_sha256(result: ItemResult) -> str | None:
    """The identity of the row's documents: the one document's SHA-256, or a digest of all."""
    digests = sorted({link.sha256 for link in result.links if link.sha256})
    if not digests:
        return None
    if len(digests) == 1:
        return digests[0]
    return hashlib.sha256("\n".join(digests).encode()).hexdigest()


def match_keys(rows: Sequence[BatchItem | ItemResult]) -> dict[int, str]:
    """Row -> key that finds the same row in another batch: organisation + criterion + n-th
    (``rows`` in row order, so that the n-th repeat of a pair is the same in both batches)."""
    seen: Counter[str] = Counter()
    keys: dict[int, str] = {}
    for r in rows:
        base = org_key(BatchItem(row=r.row, org=r.org, org_id=r.org_id, criterion=""))
        base = f"{base}|{normalise_code(r.criterion)}"
        seen[base] += 1
        keys[r.row] = f"{base}|{seen[base]}"[:512]
    return keys


def _iso(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")


def _decision(rec: Any) -> Decision:
    return Decision(
        row=rec.row,
        action=rec.action,
        comment=rec.comment,
        author=rec.author,
        decided_at=_iso(rec.decided_at),
        sha256=rec.sha256,
        verdict=rec.verdict,
        carried_from=rec.carried_from,
        dropped=rec.dropped_reason if rec.state == DROPPED else None,
    )


def _latest(conn: sa.Connection, batch_id: str) -> dict[int, Any]:
    """Per row the latest record that is not superseded (active, or a dropped notice)."""
    records = conn.execute(
        sa.select(DecisionRow.__table__)
        .where(DecisionRow.batch_id == batch_id, DecisionRow.state != SUPERSEDED)
        .order_by(DecisionRow.id)
    ).all()
    return {rec.row: rec for rec in records}


def decisions_for(engine: Engine, batch_id: str) -> dict[int, Decision]:
    """Row -> the decision in force (``active``) or the visible notice of a dropped one."""
    with engine.connect() as conn:
        return {row: _decision(rec) for row, rec in _latest(conn, batch_id).items()}


def history(engine: Engine, batch_id: str, row: int) -> list[Decision]:
    """Every decision ever recorded on the row, oldest first (the audit trail)."""
    with engine.connect() as conn:
        records = conn.execute(
            sa.select(DecisionRow.__table__)
            .where(DecisionRow.batch_id == batch_id, DecisionRow.row == row)
            .order_by(DecisionRow.id)
        ).all()
    return [_decision(rec) for rec in records]


def _result_or_fail(conn: sa.Connection, batch_id: str, row: int) -> ItemResult:
    data = conn.execute(
        sa.select(Result.data).where(Result.batch_id == batch_id, Result.row == row)
    ).scalar_one_or_none()
    if data is None:
        raise StoreError(f"В пакете {batch_id} нет результата строки {row}")
    return ItemResult.from_dict(data)


def _all_results(conn: sa.Connection, batch_id: str) -> list[ItemResult]:
    rows = conn.execute(
        sa.select(Result.data).where(Result.batch_id == batch_id).order_by(Result.row)
    ).all()
    return [ItemResult.from_dict(data) for (data,) in rows]


def set_decision(
    engine: Engine, batch_id: str, row: int, action: str, comment: str, author: str
) -> Decision:
    """Record a decision on a checked row; the previous one stays in the trail, superseded.

    Raises ``ValueError`` (Russian) for an unknown action, ``StoreError`` for a missing row.
    """
    if action not in ACTIONS:
        raise ValueError(f"Неизвестное решение «{action}»: допустимы {', '.join(ACTIONS)}")
    comment = comment.replace("\x00", "").strip()  # PostgreSQL text refuses NUL
    if len(comment) > MAX_COMMENT:
        raise ValueError(f"Комментарий длиннее {MAX_COMMENT} символов")
    now = time.time()
    with engine.begin() as conn:
        result = _result_or_fail(conn, batch_id, row)
        items = conn.execute(
            sa.select(Item.data).where(Item.batch_id == batch_id).order_by(Item.row)
        ).all()  # the typed rows: much smaller than results, same org / criterion
        keys = match_keys([BatchItem.from_dict(data) for (data,) in items])
        conn.execute(
            sa.update(DecisionRow)
            .where(
                DecisionRow.batch_id == batch_id,
                DecisionRow.row == row,
                DecisionRow.state != SUPERSEDED,
            )
            .values(state=SUPERSEDED)
        )
        conn.execute(
            sa.insert(DecisionRow).values(
                batch_id=batch_id,
                row=row,
                match_key=keys.get(row, ""),
                action=action,
                comment=comment,
                author=author[:255],
                decided_at=now,
                sha256=row_sha256(result),
                verdict=result.verdict.value,
                carried_from=None,
                state=ACTIVE,
                dropped_reason=None,
            )
        )
    return Decision(
        row,
        action,
        comment,
        author[:255],
        _iso(now),
        row_sha256(result),
        result.verdict.value,
        None,
    )


def _previous_records(conn: sa.Connection, batch: Any, keys: list[str]) -> dict[str, Any]:
    """Per match key, the latest decision record (active or dropped) of an earlier batch of the
    same year and municipality; one-link checks are not batches to carry from."""
    same_scope = (
        Batch.municipality.is_(None)
        if batch.municipality is None
        else Batch.municipality == batch.municipality
    )
    one_link_check = sa.select(Check.id).where(Check.batch_id == Batch.id).exists()
    latest: dict[str, Any] = {}
    for start in range(0, len(keys), 500):
        records = conn.execute(
            sa.select(DecisionRow.__table__)
            .join(Batch, Batch.id == DecisionRow.batch_id)
            .where(
                DecisionRow.match_key.in_(keys[start : start + 500]),
                DecisionRow.state != SUPERSEDED,
                Batch.id != batch.id,
                Batch.year == batch.year,
                Batch.created_at <= batch.created_at,
                same_scope,
                ~one_link_check,
            )
            .order_by(Batch.created_at, DecisionRow.id)
        ).all()
        for rec in records:
            latest[rec.match_key] = rec  # later batches, later records win
    return latest


def carry_over(engine: Engine, batch_id: str) -> CarryReport:
    """Bring the rows' latest decisions of earlier batches (same year and municipality) over.

    Idempotent: rows that already have a record in this batch are left alone.
    """
    with engine.begin() as conn:
        report = carry_over_in(conn, batch_id)
    _log(report)
    return report


def carry_over_in(conn: sa.Connection, batch_id: str) -> CarryReport:
    """``carry_over`` inside the caller's transaction (the one that marks the batch done, so
    that a finished batch is never seen without its carried decisions)."""
    now = time.time()
    batch = conn.execute(sa.select(Batch.__table__).where(Batch.id == batch_id)).first()
    if batch is None:
        raise StoreError(f"Пакет {batch_id} не найден в базе результатов")
    # A one-link check (POST /api/checks) is not a re-run of anything.
    if conn.execute(sa.select(Check.id).where(Check.batch_id == batch_id).limit(1)).first():
        return CarryReport(batch_id)
    results = _all_results(conn, batch_id)
    keys = match_keys(results)
    previous = _previous_records(conn, batch, sorted(set(keys.values())))
    if not previous:
        return CarryReport(batch_id)
    already = set(_latest(conn, batch_id))
    kept: list[int] = []
    dropped: dict[int, str] = {}
    records = []
    for result in results:
        rec = previous.get(keys[result.row])
        if rec is None or rec.state != ACTIVE or result.row in already:
            continue
        sha = row_sha256(result)
        reason = None
        if sha != rec.sha256:
            reason = DOCUMENT_CHANGED
        elif result.verdict.value != rec.verdict:
            reason = VERDICT_CHANGED
        records.append(
            {
                "batch_id": batch_id,
                "row": result.row,
                "match_key": keys[result.row],
                "action": rec.action,
                "comment": rec.comment,
                "author": rec.author,
                "decided_at": rec.decided_at if reason is None else now,
                "sha256": rec.sha256,
                "verdict": rec.verdict,
                "carried_from": rec.batch_id,
                "state": ACTIVE if reason is None else DROPPED,
                "dropped_reason": reason,
            }
        )
        if reason is None:
            kept.append(result.row)
        else:
            dropped[result.row] = reason
    if records:
        conn.execute(sa.insert(DecisionRow), records)
    sources = sorted({r["carried_from"] for r in records})
    return CarryReport(batch_id, sources, kept, dropped)


def _log(report: CarryReport) -> None:
    if report.kept or report.dropped:
        log.info(
            "batch %s: %d decisions carried over from %s, %d dropped",
            report.batch_id,
            len(report.kept),
            ", ".join(report.sources),
            len(report.dropped),
        )


def apply_decisions(
    results: Sequence[ItemResult], decisions: Mapping[int, Decision]
) -> list[ItemResult]:
    """Results as exports count them: an overruled row is ``ok``, flagged ``overruled``."""
    out: list[ItemResult] = []
    for result in results:
        decision = decisions.get(result.row)
        if decision is not None and decision.active and decision.action == OVERRULE:
            result = replace(
                result,
                verdict=Verdict.OK,
                flags=sorted({*result.flags, Flag.OVERRULED.value}),
            )
        out.append(result)
    return out
