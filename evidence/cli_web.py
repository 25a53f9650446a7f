"""Commands of the service, added to ``evidence-check`` by ``register(app)``.

    evidence-check serve [--host 127.0.0.1] [--port 8000]    the HTTP API (and the workspace)
    evidence-check tokens add NAME [--municipality M]         a new API token (printed once)
    evidence-check tokens list                                tokens (never the secrets)
    evidence-check tokens revoke NAME|ID                      stop accepting a token
    evidence-check users add NAME --role reviewer|coordinator [--municipality M] [--password-stdin]

The database is ``DATABASE_URL`` or the SQLite file in the data folder (``EVIDENCE_DATA_DIR``);
with ``EVIDENCE_BROKER_URL`` the service queues on the Celery workers.
"""

from __future__ import annotations

import sys
import time
from typing import Annotated, Any

import typer

from config.settings import get_settings
from evidence.errors import EvidenceError

tokens_app = typer.Typer(no_args_is_help=True, help="Токены API для портала.")


def _fail(message: str, code: int = 2) -> typer.Exit:
    print(f"evidence-check: ошибка: {message}", file=sys.stderr)
    return typer.Exit(code)


def _engine() -> Any:
    from evidence.store import get_engine
    from evidence.web.state import database_url

    try:
        return get_engine(database_url(get_settings()))
    except EvidenceError as exc:
        raise _fail(str(exc)) from None


def serve(
    host: Annotated[str, typer.Option("--host", help="Адрес, на котором слушать.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="Порт.")] = 8000,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Разрешить адреса внутренней сети (тесты).")
    ] = False,
) -> None:
    """Запустить сервис: HTTP API (/api, документация /api/docs)."""
    import uvicorn

    from evidence.web import create_app

    settings = get_settings()
    if allow_private and not settings.allow_private:
        settings = settings.model_copy(update={"allow_private": True})
    try:
        app = create_app(settings)
    except EvidenceError as exc:
        raise _fail(str(exc)) from None
    mode = "воркеры Celery" if settings.broker_url else "встроенный (потоки этого процесса)"
    print(
        f"evidence-check: сервис на http://{host}:{port}/api/docs, режим: {mode}", file=sys.stderr
    )
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)


@tokens_app.command("add")
def tokens_add(
    name: Annotated[str, typer.Argument(help="Имя токена (кому выдан).")],
    municipality: Annotated[
        str | None,
        typer.Option("--municipality", "-m", help="Муниципалитет; без него — региональный."),
    ] = None,
) -> None:
    """Выпустить токен API (печатается один раз; хранится только его хеш)."""
    from evidence.web.tokens import add_token

    token = add_token(_engine(), name, municipality)
    scope = (
        f"муниципалитет «{municipality}»" if municipality else "региональный (все муниципалитеты)"
    )
    print(f"Токен «{name}», {scope}. Сохраните его — повторно он не показывается:", file=sys.stderr)
    print(token)


@tokens_app.command("list")
def tokens_list() -> None:
    """Показать токены (без секретов)."""
    from evidence.web.tokens import list_tokens

    for t in list_tokens(_engine()):
        state = "отозван " + _when(t.revoked_at) if t.revoked_at else "действует"
        print(
            f"{t.id}\t{t.name}\t{t.municipality or 'региональный'}\t{_when(t.created_at)}\t{state}"
        )


@tokens_app.command("revoke")
def tokens_revoke(name: Annotated[str, typer.Argument(help="Имя или номер токена.")]) -> None:
    """Отозвать токен: запросы с ним получают 401."""
    from evidence.web.tokens import revoke_token

    count = revoke_token(_engine(), name)
    if not count:
        raise _fail(f"действующий токен «{name}» не найден")
    print(f"Отозвано токенов: {count}", file=sys.stderr)


def _when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts)) if ts else "—"


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.add_typer(tokens_app, name="tokens")
    from evidence.cli_users import users_app

    app.add_typer(users_app, name="users")
