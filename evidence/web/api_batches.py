"""``/api/batches``: submit (file or JSON rows, ``Idempotency-Key``), list, state, cancel,
resume, results (paged, filtered) and the report files."""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from evidence.batch import Batch as LoadedBatch
from evidence.models import Verdict
from evidence.store import repo
from evidence.store.models import BATCH_DONE, Batch, IdempotencyKey
from evidence.web import queries
from evidence.web.auth import PrincipalDep, StateDep
from evidence.web.callbacks import check_callback_url
from evidence.web.intake import read_rows, read_upload, request_hash, safe_name
from evidence.web.problems import Problem
from evidence.web.reportfiles import DOWNLOADS, download_name, report_folder
from evidence.web.state import ServiceState
from evidence.web.tokens import Principal

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/batches", tags=["batches"])

_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Нет токена или он не принят", **_PROBLEM},
    404: {"description": "Пакет не найден (или принадлежит другому муниципалитету)", **_PROBLEM},
    429: {"description": "Превышен лимит запросов", **_PROBLEM},
}


class BatchRowsIn(BaseModel):
    """A batch as JSON: the rows use the batch columns (``org``, ``criterion``, ``url``…)."""

    year: int = Field(ge=2000, le=2100, description="Отчётный год")
    rows: list[dict[str, str | int | float | None]] = Field(
        description="Строки пакета: org, org_id, criterion, value, url, note (или русские имена)"
    )
    previous_batch: str | None = Field(default=None, max_length=64)
    callback_url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)


_MULTIPART_SCHEMA = {
    "type": "object",
    "required": ["file", "year"],
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "CSV, XLSX или ZIP форм"},
        "year": {"type": "integer", "minimum": 2000, "maximum": 2100},
        "previous_batch": {"type": "string"},
        "callback_url": {"type": "string"},
    },
}


@dataclass
class Submission:
    year: int
    previous_batch: str | None
    callback_url: str | None
    source: str
    content: bytes
    filename: str | None = None  # an upload
    rows: Sequence[dict[str, Any]] | None = None  # JSON rows

    def fingerprint(self) -> str:
        parts = {
            "year": self.year,
            "previous_batch": self.previous_batch,
            "callback_url": self.callback_url,
            "filename": self.filename,
            "rows": self.rows,
        }
        return request_hash(parts, self.content)


def _year(raw: Any) -> int:
    try:
        year = int(str(raw).strip())
    except (TypeError, ValueError):
        raise Problem(422, "year: нужен отчётный год числом, например 2024", field="year") from None
    if not 2000 <= year <= 2100:
        raise Problem(422, "year: отчётный год должен быть между 2000 и 2100", field="year")
    return year


def _optional(raw: Any) -> str | None:
    if raw is None or isinstance(raw, UploadFile):
        return None
    text = str(raw).strip()
    return text or None


async def _read_submission(request: Request) -> Submission:
    ctype = request.headers.get("content-type", "").lower()
    if ctype.startswith("multipart/form-data"):
        try:
            form = await request.form(max_files=1, max_fields=20)
        except Problem:
            raise
        except Exception as exc:
            raise Problem(400, f"Тело запроса multipart не читается: {exc}") from None
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise Problem(422, "file: приложите файл пакета (CSV, XLSX или ZIP)", field="file")
        content = await upload.read()
        name = safe_name(upload.filename or "batch.csv")
        return Submission(
            year=_year(form.get("year")),
            previous_batch=_optional(form.get("previous_batch")),
            callback_url=_optional(form.get("callback_url")),
            source=name,
            content=content,
            filename=name,
        )
    if ctype.startswith("application/json"):
        try:
            body = BatchRowsIn.model_validate_json(await request.body())
        except Problem:
            raise
        except ValueError as exc:
            errors: list[Any] = getattr(exc, "errors", lambda: [])()
            fields = sorted({".".join(str(p) for p in e.get("loc", ())) for e in errors[:20]})
            raise Problem(
                422,
                "Неверное тело JSON: " + (", ".join(f for f in fields if f) or "не JSON"),
                errors=[
                    {
                        "field": ".".join(str(p) for p in e.get("loc", ())),
                        "message": str(e.get("msg")),
                    }
                    for e in errors[:20]
                ],
            ) from None
        return Submission(
            year=body.year,
            previous_batch=body.previous_batch,
            callback_url=body.callback_url,
            source=(body.source or "api:rows")[:200],
            content=b"",
            rows=body.rows,
        )
    raise Problem(
        415,
        "Пакет отправляется как multipart/form-data (поле file) или как JSON (application/json)",
    )


def _idempotent(engine: Any, subject: str, key: str) -> tuple[str, str] | None:
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(IdempotencyKey.batch_id, IdempotencyKey.request_hash).where(
                IdempotencyKey.subject == subject, IdempotencyKey.key == key
            )
        ).first()
    return (row[0], row[1]) if row else None


def _replay(
    state: ServiceState, principal: Principal, found: tuple[str, str], digest: str
) -> JSONResponse:
    batch_id, stored = found
    if stored != digest:
        raise Problem(
            422,
            "Idempotency-Key уже использован для другого запроса; для нового пакета нужен новый ключ",
            title="Ключ идемпотентности занят",
            detail_en="Idempotency-Key reused with a different request body",
        )
    row = queries.batch_row(state.engine, batch_id, principal)
    return JSONResponse(
        queries.batch_view(state.engine, row),
        status_code=200,
        headers={"Location": f"/api/batches/{batch_id}", "Idempotent-Replayed": "true"},
    )


def _create(
    state: ServiceState, principal: Principal, sub: Submission, key: str | None
) -> JSONResponse:
    from evidence.pipeline import CheckConfig

    engine = state.engine
    digest = sub.fingerprint()
    if key:
        found = _idempotent(engine, principal.subject, key)
        if found is not None:
            return _replay(state, principal, found, digest)
    if sub.previous_batch:
        try:
            queries.batch_row(engine, sub.previous_batch, principal)
        except Problem:
            raise Problem(
                422, f"previous_batch: пакет {sub.previous_batch} не найден", field="previous_batch"
            ) from None
    if sub.callback_url:
        check_callback_url(sub.callback_url, state.callback_hosts())
    loaded: LoadedBatch
    if sub.rows is not None:
        loaded = read_rows(sub.rows)
    else:
        loaded = read_upload(
            sub.filename or "batch.csv", sub.content, state.settings.max_unpacked_bytes
        )
    config = CheckConfig.from_settings(state.settings, sub.year).to_dict()
    batch_id = repo.create_batch(
        engine,
        loaded.items,
        config,
        year=sub.year,
        source=sub.source,
        meta={
            "municipality": principal.municipality,
            "callback_url": sub.callback_url,
            "previous_batch": sub.previous_batch,
            "submitted_by": principal.name,
        },
    )
    if key:
        try:
            with engine.begin() as conn:
                conn.execute(
                    sa.insert(IdempotencyKey).values(
                        subject=principal.subject,
                        key=key,
                        batch_id=batch_id,
                        request_hash=digest,
                        created_at=time.time(),
                    )
                )
        except sa.exc.IntegrityError:  # the same key submitted at the same moment: theirs wins
            with engine.begin() as conn:
                conn.execute(sa.delete(Batch).where(Batch.id == batch_id))
            found = _idempotent(engine, principal.subject, key)
            assert found is not None
            return _replay(state, principal, found, digest)
    state.start(batch_id, [repo.Pending(i.row, "fast", i.to_dict()) for i in loaded.items], config)
    row = queries.batch_row(engine, batch_id, principal)
    body = queries.batch_view(engine, row)
    body["notes"] = list(loaded.notes)
    return JSONResponse(body, status_code=201, headers={"Location": f"/api/batches/{batch_id}"})


@router.post(
    "",
    status_code=201,
    summary="Поставить пакет на проверку",
    responses={
        200: {"description": "Повтор запроса с тем же Idempotency-Key: тот же пакет"},
        201: {"description": "Пакет принят; Location — его адрес"},
        413: {"description": "Файл больше допустимого", **_PROBLEM},
        415: {"description": "Не multipart и не JSON", **_PROBLEM},
        422: {"description": "Пакет не принят: файл, строка, столбец", **_PROBLEM},
        **_ERRORS,
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {"schema": _MULTIPART_SCHEMA},
                "application/json": {
                    "schema": BatchRowsIn.model_json_schema(
                        ref_template="#/components/schemas/{model}"
                    )
                },
            },
        }
    },
)
async def submit_batch(
    request: Request,
    state: StateDep,
    principal: PrincipalDep,
    idempotency_key: Annotated[str | None, Header(max_length=255)] = None,
) -> JSONResponse:
    sub = await _read_submission(request)
    return await run_in_threadpool(_create, state, principal, sub, idempotency_key or None)


@router.get("", summary="Пакеты (постранично)", responses=_ERRORS)
def list_batches(
    state: StateDep,
    principal: PrincipalDep,
    page: Annotated[int, Query(ge=1, le=100000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    rows, total = queries.list_batches(state.engine, principal, page=page, per_page=per_page)
    return {
        "items": [queries.batch_view(state.engine, row) for row in rows],
        "total": total,
        "page": page,
        "per_page": per_page,
        "pages": math.ceil(total / per_page) if total else 0,
    }


@router.get("/{batch_id}", summary="Состояние пакета", responses=_ERRORS)
def get_batch(batch_id: str, state: StateDep, principal: PrincipalDep) -> dict[str, Any]:
    return queries.batch_view(state.engine, queries.batch_row(state.engine, batch_id, principal))


@router.delete("/{batch_id}", summary="Отменить пакет", responses={409: _PROBLEM, **_ERRORS})
def cancel_batch(batch_id: str, state: StateDep, principal: PrincipalDep) -> dict[str, Any]:
    row = queries.batch_row(state.engine, batch_id, principal)
    if row.status == BATCH_DONE:
        raise Problem(409, f"Пакет {batch_id} уже завершён; отменять нечего")
    repo.cancel_batch(state.engine, batch_id)
    return queries.batch_view(state.engine, queries.batch_row(state.engine, batch_id, principal))


@router.post("/{batch_id}/resume", summary="Продолжить пакет", responses={409: _PROBLEM, **_ERRORS})
def resume_batch(batch_id: str, state: StateDep, principal: PrincipalDep) -> dict[str, Any]:
    row = queries.batch_row(state.engine, batch_id, principal)
    if row.status == BATCH_DONE:
        raise Problem(409, f"Пакет {batch_id} уже завершён")
    pending = repo.resume_batch(state.engine, batch_id)
    if pending:
        state.start(batch_id, pending, row.config)
    else:
        repo.finish_batch(state.engine, batch_id)
    return queries.batch_view(state.engine, queries.batch_row(state.engine, batch_id, principal))


@router.get(
    "/{batch_id}/results", summary="Результаты (постранично, с фильтрами)", responses=_ERRORS
)
def batch_results(
    batch_id: str,
    state: StateDep,
    principal: PrincipalDep,
    page: Annotated[int, Query(ge=1, le=1000000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=1000)] = 100,
    org: Annotated[
        str | None, Query(max_length=500, description="Часть названия организации")
    ] = None,
    criterion: Annotated[str | None, Query(max_length=32)] = None,
    verdict: Verdict | None = None,
    flag: Annotated[str | None, Query(max_length=64)] = None,
    decision: Annotated[
        Literal["confirm", "overrule", "needs_fix", "none", "any"] | None,
        Query(description="Решение проверяющего: confirm, overrule, needs_fix; none — без решения"),
    ] = None,
) -> dict[str, Any]:
    queries.batch_row(state.engine, batch_id, principal)
    wanted = queries.ResultFilter(
        org=org,
        criterion=criterion,
        verdict=verdict.value if verdict else None,
        flag=flag,
        decision=decision,
    )
    items, total = queries.result_page(state.engine, batch_id, wanted, page=page, per_page=per_page)
    return {
        "items": items,
        "total": total,
        "page": page,
        "per_page": per_page,
        "pages": math.ceil(total / per_page),
    }


def _report_file(state: ServiceState, principal: Principal, batch_id: str, name: str) -> Any:
    row = queries.batch_row(state.engine, batch_id, principal)
    path = report_folder(state.engine, state.data_dir, row) / name
    if not path.exists():
        raise Problem(404, f"Файл {name} для пакета {batch_id} не сформирован")
    return path


@router.get(
    "/{batch_id}/results.jsonl",
    summary="results.jsonl (контракт командной строки)",
    response_class=FileResponse,
    responses=_ERRORS,
)
def results_jsonl(batch_id: str, state: StateDep, principal: PrincipalDep) -> FileResponse:
    path = _report_file(state, principal, batch_id, "results.jsonl")
    return FileResponse(
        path, media_type="application/x-ndjson", filename=f"results-{batch_id}.jsonl"
    )


@router.get(
    "/{batch_id}/report.html",
    summary="Отчёт для проверяющих (HTML)",
    response_class=FileResponse,
    responses=_ERRORS,
)
def report_html(batch_id: str, state: StateDep, principal: PrincipalDep) -> FileResponse:
    path = _report_file(state, principal, batch_id, "report.html")
    return FileResponse(path, media_type="text/html; charset=utf-8")


@router.get(
    "/{batch_id}/report.xlsx",
    summary="Отчёт для координаторов (XLSX)",
    response_class=FileResponse,
    responses=_ERRORS,
)
def report_xlsx(batch_id: str, state: StateDep, principal: PrincipalDep) -> FileResponse:
    return _download(state, principal, batch_id, "report.xlsx")


@router.get(
    "/{batch_id}/spravka.docx",
    summary="Информационная справка муниципалитета (DOCX)",
    response_class=FileResponse,
    responses=_ERRORS,
)
def spravka_docx(batch_id: str, state: StateDep, principal: PrincipalDep) -> FileResponse:
    return _download(state, principal, batch_id, "spravka.docx")


@router.get(
    "/{batch_id}/recommendations.docx",
    summary="Адресные рекомендации организациям (DOCX)",
    response_class=FileResponse,
    responses=_ERRORS,
)
def recommendations_docx(batch_id: str, state: StateDep, principal: PrincipalDep) -> FileResponse:
    return _download(state, principal, batch_id, "recommendations.docx")


def _download(state: ServiceState, principal: Principal, batch_id: str, name: str) -> FileResponse:
    """A report file as an attachment (``Content-Disposition``) of its own content type."""
    path = _report_file(state, principal, batch_id, name)
    return FileResponse(path, media_type=DOWNLOADS[name], filename=download_name(batch_id, name))


@router.get("/{batch_id}/consistency", summary="Противоречия в числах", responses=_ERRORS)
def consistency(batch_id: str, state: StateDep, principal: PrincipalDep) -> dict[str, Any]:
    path = _report_file(state, principal, batch_id, "consistency.jsonl")
    items = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return {"items": items, "total": len(items)}
