"""RFC 9457 problem details: every 4xx/5xx of the API is ``application/problem+json``.

``title`` and ``detail`` are Russian (what a user reads); ``title_en`` goes alongside for the
portal's developers. Raise ``Problem`` anywhere in a handler.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

# Russian titles of the statuses the API answers with.
TITLES_RU: dict[int, str] = {
    400: "Неверный запрос",
    401: "Нужна авторизация",
    403: "Доступ запрещён",
    404: "Не найдено",
    405: "Метод не поддерживается",
    409: "Конфликт",
    413: "Слишком большой запрос",
    415: "Неподдерживаемый тип содержимого",
    422: "Данные не приняты",
    429: "Слишком много запросов",
    500: "Внутренняя ошибка сервиса",
    503: "Сервис временно недоступен",
}


class Problem(Exception):
    """An error answer: status, Russian detail, optional extra members (``errors``, ``file``…)."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.title = title
        self.headers = headers or {}
        self.extra = extra


def problem_response(
    status: int,
    detail: str,
    *,
    title: str | None = None,
    instance: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title or TITLES_RU.get(status, phrase),
        "title_en": phrase,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update(extra)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


def _validation_message(errors: list[Any]) -> tuple[str, list[dict[str, Any]]]:
    if any(err.get("type") == "json_invalid" for err in errors):
        return "Тело запроса не является корректным JSON", []
    shown: list[dict[str, Any]] = []
    for err in errors[:20]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path"))
        shown.append({"field": where, "message": str(err.get("msg", "")), "type": err.get("type")})
    fields = ", ".join(sorted({e["field"] for e in shown if e["field"]})) or "запрос"
    return f"Неверные или отсутствующие параметры: {fields}", shown


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(
            exc.status,
            exc.detail,
            title=exc.title,
            instance=request.url.path,
            headers=exc.headers,
            **exc.extra,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        ru = {
            400: "Тело запроса не читается",
            404: "Такого адреса нет в API",
            405: "Этот метод не поддерживается по этому адресу",
        }.get(exc.status_code, detail)
        return problem_response(
            exc.status_code,
            ru,
            instance=request.url.path,
            headers=dict(exc.headers or {}),
            detail_en=detail,
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail, errors = _validation_message(list(exc.errors()))
        return problem_response(422, detail, instance=request.url.path, errors=errors)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(
            500, "Внутренняя ошибка сервиса; подробности в журнале", instance=request.url.path
        )
