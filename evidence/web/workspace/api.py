"""``PUT /api/batches/{id}/results/{row}/decision``: the portal records a reviewer's decision.

Token-authenticated like the rest of the API; the same 404 for a missing batch and for one of
another municipality. The author is the token's name.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from evidence.errors import StoreError
from evidence.store.decisions import MAX_COMMENT, history, set_decision
from evidence.web.auth import PrincipalDep, StateDep
from evidence.web.problems import Problem
from evidence.web.queries import batch_row

router = APIRouter(prefix="/api", tags=["decisions"])
# A data row number (1-based); the bound keeps absurd numbers out of the database driver.
RowNumber = Annotated[int, Path(ge=1, le=10_000_000, description="Номер строки пакета")]


class DecisionIn(BaseModel):
    """A reviewer's decision on a result row."""

    action: Literal["confirm", "overrule", "needs_fix"] = Field(
        description="confirm — замечание подтверждено; overrule — отклонено, строка считается "
        "«в порядке»; needs_fix — школе нужно исправить"
    )
    comment: str = Field(default="", max_length=MAX_COMMENT, description="Комментарий")


def _missing_row(batch_id: str, row: int) -> Problem:
    return Problem(
        404,
        f"В пакете {batch_id} нет проверенной строки {row}",
        detail_en="No checked row with this number",
    )


@router.put("/batches/{batch_id}/results/{row}/decision", summary="Записать решение по строке")
def put_decision(
    batch_id: str, row: RowNumber, body: DecisionIn, state: StateDep, principal: PrincipalDep
) -> dict[str, Any]:
    batch = batch_row(state.engine, batch_id, principal)
    try:
        decision = set_decision(
            state.engine, batch.id, row, body.action, body.comment, principal.name
        )
    except StoreError as exc:
        raise _missing_row(batch.id, row) from exc
    return decision.to_dict()


@router.get(
    "/batches/{batch_id}/results/{row}/decision",
    summary="Решение по строке и история решений",
)
def get_decision(
    batch_id: str, row: RowNumber, state: StateDep, principal: PrincipalDep
) -> dict[str, Any]:
    batch = batch_row(state.engine, batch_id, principal)
    trail = history(state.engine, batch.id, row)
    current = next((d for d in reversed(trail) if d.active), None) if trail else None
    latest = trail[-1] if trail else None
    return {
        "row": row,
        "decision": latest.to_dict() if latest is not None else None,
        "active": current is not None and current is latest,
        "history": [d.to_dict() for d in trail],
    }
