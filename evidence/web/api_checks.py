"""``/api/checks``: one link against one criterion. Answered at once (200) from a recent check
of the same link, criterion and year; otherwise checked as a one-row batch (202 + Location)."""

from __future__ import annotations

import hashlib
import time
import uuid
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from evidence.models import BatchItem
from evidence.store import repo
from evidence.store.models import BATCH_CANCELLED, BATCH_DONE, Batch, Check, Result
from evidence.web.auth import PrincipalDep, StateDep
from evidence.web.problems import Problem
from evidence.web.queries import CHECK_SOURCE, api_status, iso
from evidence.web.state import ServiceState
from evidence.web.tokens import Principal

router = APIRouter(prefix="/api/checks", tags=["checks"])
_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}


class CheckIn(BaseModel):
    url: str = Field(min_length=1, max_length=4000, description="Ссылка, как её ввела организация")
    criterion: str = Field(min_length=1, max_length=32, description="Код критерия, например 1.3")
    year: int = Field(ge=2000, le=2100, description="Отчётный год")
    org: str | None = Field(
        default=None, max_length=500, description="Организация (для соглашений)"
    )


def cache_key(url: str, criterion: str, year: int) -> str:
    return hashlib.sha256(f"{url.strip()}\0{criterion}\0{year}".encode()).hexdigest()


def _visible(principal: Principal) -> Any:
    return sa.true() if principal.regional else Check.municipality == principal.municipality


def _view(state: ServiceState, check: Any, status: str, started_at: float | None) -> dict[str, Any]:
    result = None
    if status == BATCH_DONE:
        with state.engine.connect() as conn:
            found = conn.execute(
                sa.select(Result.data).where(Result.batch_id == check.batch_id)
            ).first()
        result = found[0] if found else None
    return {
        "id": check.id,
        "status": api_status(status, started_at),
        "url": check.url,
        "criterion": check.criterion,
        "year": check.year,
        "org": check.org,
        "batch_id": check.batch_id,
        "created_at": iso(check.created_at),
        "result": result,
    }


def _find(state: ServiceState, principal: Principal, *conds: Any) -> Any:
    with state.engine.connect() as conn:
        return conn.execute(
            sa.select(Check.__table__, Batch.status.label("batch_status"), Batch.started_at)
            .join(Batch, Batch.id == Check.batch_id)
            .where(_visible(principal), *conds)
            .order_by(Check.created_at.desc())
            .limit(1)
        ).first()


@router.post(
    "",
    summary="Проверить одну ссылку",
    responses={
        200: {"description": "Ответ из недавней проверки той же ссылки"},
        202: {"description": "Проверка начата; Location — где узнать результат"},
        401: _PROBLEM,
        422: _PROBLEM,
        429: _PROBLEM,
    },
)
def create_check(body: CheckIn, state: StateDep, principal: PrincipalDep) -> JSONResponse:
    from evidence.criteria import load_catalogue, normalise_code
    from evidence.pipeline import CheckConfig

    code = normalise_code(body.criterion)
    if code not in load_catalogue():
        raise Problem(
            422, f"criterion: неизвестный код критерия «{body.criterion}»", field="criterion"
        )
    key = cache_key(body.url, code, body.year)
    recent = _find(
        state,
        principal,
        Check.cache_key == key,
        Check.created_at >= time.time() - state.settings.check_cache_seconds,
        Batch.status != BATCH_CANCELLED,
    )
    if recent is not None:
        view = _view(state, recent, recent.batch_status, recent.started_at)
        code_ = 200 if recent.batch_status == BATCH_DONE else 202
        return JSONResponse(
            view, status_code=code_, headers={"Location": f"/api/checks/{recent.id}"}
        )
    item = BatchItem(row=1, org=body.org or "—", criterion=code, url=body.url, value="1")
    config = CheckConfig.from_settings(state.settings, body.year).to_dict()
    batch_id = repo.create_batch(
        state.engine,
        [item],
        config,
        year=body.year,
        source=CHECK_SOURCE,
        meta={"municipality": principal.municipality, "submitted_by": principal.name},
    )
    check_id = uuid.uuid4().hex
    with state.engine.begin() as conn:
        conn.execute(
            sa.insert(Check).values(
                id=check_id,
                cache_key=key,
                url=body.url,
                criterion=code,
                year=body.year,
                org=body.org,
                municipality=principal.municipality,
                batch_id=batch_id,
                created_at=time.time(),
            )
        )
    state.start(batch_id, [repo.Pending(1, "fast", item.to_dict())], config)
    created = _find(state, principal, Check.id == check_id)
    return JSONResponse(
        _view(state, created, created.batch_status, created.started_at),
        status_code=202,
        headers={"Location": f"/api/checks/{check_id}"},
    )


@router.get(
    "/{check_id}",
    summary="Результат проверки ссылки",
    responses={401: _PROBLEM, 404: _PROBLEM, 429: _PROBLEM},
)
def get_check(
    check_id: Annotated[str, Path(max_length=64)], state: StateDep, principal: PrincipalDep
) -> dict[str, Any]:
    found = _find(state, principal, Check.id == check_id)
    if found is None:
        raise Problem(404, f"Проверка {check_id} не найдена", detail_en="Check not found")
    return _view(state, found, found.batch_status, found.started_at)
