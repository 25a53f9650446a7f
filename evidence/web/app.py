"""The service: ``create_app(settings)`` builds the FastAPI app (the JSON API under ``/api``,
OpenAPI at ``/api/openapi.json``, docs at ``/api/docs``) around one ``ServiceState`` kept on
``app.state.service``. Its lifespan starts the background threads: the watchdog that
re-publishes rows of dead workers (with a broker), the callback sender, and — embedded — takes
up rows a previous run left unfinished.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI

from config.settings import Settings, get_settings
from evidence.web.api_batches import router as batches_router
from evidence.web.api_checks import router as checks_router
from evidence.web.auth import StateDep
from evidence.web.callbacks import CallbackSender
from evidence.web.limits import BodyLimit
from evidence.web.problems import Problem, install_problem_handlers
from evidence.web.state import ServiceState, build_state
from evidence.web.workspace import install as install_workspace

log = logging.getLogger(__name__)


def _start_background(state: ServiceState) -> None:
    def spawn(name: str, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        thread.start()
        state.threads.append(thread)

    if state.broker_url:
        from evidence.watchdog import BatchesWatchdog

        dog = BatchesWatchdog(state.broker_url, state.engine, state.settings.lease_seconds)
        spawn("watchdog", dog.run, state.stop)
    else:
        state.runner.recover()
    sender = CallbackSender(state.engine, state.settings, state.callback_hosts())
    spawn("callbacks", sender.run, state.stop)


def create_app(settings: Settings | None = None) -> FastAPI:
    state = build_state(settings or get_settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        _start_background(state)
        try:
            yield
        finally:
            state.close()

    app = FastAPI(
        title="evidence-check",
        summary="Проверка ссылок на подтверждающие документы мониторинга ЦМН",
        version="0.1",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.service = state
    install_problem_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=state.settings.max_upload_bytes)

    @app.get("/api/health", tags=["service"], summary="Сервис работает (без токена)")
    def health(service: StateDep) -> dict[str, Any]:
        try:
            with service.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except Exception as exc:
            raise Problem(503, f"База результатов недоступна: {type(exc).__name__}") from None
        return {
            "status": "ok",
            "mode": "celery" if service.broker_url else "embedded",
            "database": service.engine.dialect.name,
        }

    app.include_router(batches_router)
    app.include_router(checks_router)

    install_workspace(app)  # the reviewer workspace: /workspace pages and the decision API
    return app
