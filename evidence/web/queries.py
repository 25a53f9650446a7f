"""Reads for the API: batches a caller may see, their state, result pages, decisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from evidence.store import repo
from evidence.store.models import BATCH_RUNNING, Batch, Item, Result
from evidence.web.problems import Problem
from evidence.web.tokens import Principal

CHECK_SOURCE = "api:check"  # one-link checks are one-row batches, not listed with batches


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return dt.datetime.fromtimestamp(ts, tz=dt.UTC).isoformat(timespec="seconds")


def api_status(status: str, started_at: float | None) -> str:
    """queued | running | done | cancelled (a running batch no row of which started is queued)."""
    if status == BATCH_RUNNING and started_at is None:
        return "queued"
    return status


def not_found(batch_id: str) -> Problem:
    return Problem(404, f"Пакет {batch_id} не найден", detail_en="Batch not found")


def visible(principal: Principal) -> Any:
    """The SQL condition: the batches this caller may see."""
    if principal.regional:
        return sa.true()
    return Batch.municipality == principal.municipality


def batch_row(engine: Engine, batch_id: str, principal: Principal) -> Any:
    """The batch's row, or 404 — the same for a missing batch and another municipality's."""
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(Batch.__table__).where(Batch.id == batch_id[:64], visible(principal))
        ).first()
    if row is None:
        raise not_found(batch_id)
    return row


def batch_view(engine: Engine, row: Any) -> dict[str, Any]:
    state = repo.progress(engine, row.id)
    base = f"/api/batches/{row.id}"
    return {
        "id": row.id,
        "status": api_status(row.status, row.started_at),
        "year": row.year,
        "total": state.total,
        "done": state.done,
        "queued": state.queued,
        "running": state.running,
        "cancelled": state.cancelled,
        "verdicts": dict(sorted(state.verdicts.items())),
        "created_at": iso(row.created_at),
        "started_at": iso(row.started_at),
        "finished_at": iso(row.finished_at),
        "source": row.source,
        "municipality": row.municipality,
        "previous_batch": row.previous_batch,
        "callback_url": row.callback_url,
        "links": {
            "self": base,
            "results": f"{base}/results",
            "results_jsonl": f"{base}/results.jsonl",
            "report_html": f"{base}/report.html",
            "report_xlsx": f"{base}/report.xlsx",
            "spravka_docx": f"{base}/spravka.docx",
            "recommendations_docx": f"{base}/recommendations.docx",
            "consistency": f"{base}/consistency",
        },
    }


def list_batches(
    engine: Engine, principal: Principal, *, page: int, per_page: int
) -> tuple[list[Any], int]:
    with engine.connect() as conn:
        total = int(
            conn.execute(
                sa.select(sa.func.count())
                .select_from(Batch)
                .where(visible(principal), Batch.source != CHECK_SOURCE)
            ).scalar_one()
        )
        rows = conn.execute(
            sa.select(Batch.__table__)
            .where(visible(principal), Batch.source != CHECK_SOURCE)
            .order_by(Batch.created_at.desc(), Batch.id)
            .offset((page - 1) * per_page)
            .limit(per_page)
        ).all()
    return list(rows), total


def decisions_of(engine: Engine, batch_id: str) -> dict[int, dict[str, Any]]:
    """The reviewers' decisions by row (in force, or the notice of a dropped one)."""
    from evidence.store.decisions import decisions_for

    return {int(row): d.to_dict() for row, d in decisions_for(engine, batch_id).items()}


def _decision_matches(decision: dict[str, Any] | None, wanted: str) -> bool:
    """``none``: no decision in force (a dropped one counts as none); ``any``: one in force;
    else the action (``confirm``, ``overrule``, ``needs_fix``)."""
    active = decision is not None and bool(decision.get("active", True))
    if wanted == "none":
        return not active
    if wanted == "any":
        return active
    return active and decision is not None and decision.get("action") == wanted


@dataclass(frozen=True)
class ResultFilter:
    org: str | None = None
    criterion: str | None = None
    verdict: str | None = None
    flag: str | None = None
    decision: str | None = None

    def conditions(self, decisions: dict[int, dict[str, Any]]) -> list[Any]:
        """SQL conditions on ``results`` for everything but ``flag``."""
        where: list[Any] = []
        if self.verdict:
            where.append(Result.verdict == self.verdict)
        if self.criterion:
            where.append(Result.criterion == self.criterion)
        if self.org:  # both sides casefolded in Python: SQLite's lower() leaves Cyrillic alone
            where.append(Result.org_fold.contains(self.org.casefold(), autoescape=True))
        if self.decision == "none":  # rows without a decision in force
            taken = [r for r, d in decisions.items() if not _decision_matches(d, "none")]
            where.append(Result.row.not_in(taken))
        elif self.decision:
            wanted = self.decision
            where.append(
                Result.row.in_([r for r, d in decisions.items() if _decision_matches(d, wanted)])
            )
        return where


def result_page(
    engine: Engine, batch_id: str, wanted: ResultFilter, *, page: int, per_page: int
) -> tuple[list[dict[str, Any]], int]:
    """One page of the batch's result objects in input order, filtered, each with its
    ``decision``, and how many match in all. Filters run in SQL and only the page's rows are
    read — except ``flag`` (a JSON list): its candidates' flags are read, not their data."""
    decisions = decisions_of(engine, batch_id)
    where = [Result.batch_id == batch_id, *wanted.conditions(decisions)]
    in_order = (
        sa.select(Result.row)
        .join(Item, sa.and_(Item.batch_id == Result.batch_id, Item.row == Result.row))
        .where(*where)
        .order_by(Item.position)
    )
    start = (page - 1) * per_page
    with engine.connect() as conn:
        if wanted.flag:
            candidates = conn.execute(in_order.add_columns(Result.data["flags"])).all()
            matching = [row for row, flags in candidates if wanted.flag in (flags or [])]
            total, rows = len(matching), [int(r) for r in matching[start : start + per_page]]
        else:
            total = int(
                conn.execute(
                    sa.select(sa.func.count()).select_from(Result).where(*where)
                ).scalar_one()
            )
            rows = [int(r) for r in conn.execute(in_order.offset(start).limit(per_page)).scalars()]
        found = conn.execute(
            sa.select(Result.row, Result.data).where(
                Result.batch_id == batch_id, Result.row.in_(rows)
            )
        ).all()
    data: dict[int, dict[str, Any]] = {int(row): value for row, value in found}
    items = [{**data[row], "decision": decisions.get(row)} for row in rows]
    return items, total


def results_stamp(engine: Engine, batch_id: str) -> tuple[int, int, float]:
    """Changes whenever a result is written: (rows, writes, last write)."""
    with engine.connect() as conn:
        count, writes, last = conn.execute(
            sa.select(
                sa.func.count(),
                sa.func.coalesce(sa.func.sum(Result.writes), 0),
                sa.func.max(Result.written_at),
            ).where(Result.batch_id == batch_id)
        ).one()
    return int(count), int(writes), float(last or 0.0)
