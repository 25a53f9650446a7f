"""``evidence-check users add|list``: workspace accounts (added to the CLI by ``cli_web``).

The password is asked twice at a prompt (never echoed), or read from the first line of
standard input with ``--password-stdin`` (scripts, tests); it never appears in arguments.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

users_app = typer.Typer(no_args_is_help=True, help="Учётные записи проверяющих и координаторов.")


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="Имя пользователя (логин).")],
    role: Annotated[
        str, typer.Option("--role", "-r", help="reviewer (проверяющий) или coordinator.")
    ] = "reviewer",
    municipality: Annotated[
        str | None,
        typer.Option("--municipality", "-m", help="Муниципалитет; без него — весь регион."),
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Прочитать пароль из первой строки stdin.")
    ] = False,
) -> None:
    """Создать учётную запись рабочего места (пароль хранится только как хеш argon2)."""
    from evidence.cli_web import _engine, _fail
    from evidence.errors import StoreError
    from evidence.store.users import add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Пароль", hide_input=True, confirmation_prompt="Пароль ещё раз")
    try:
        user = add_user(_engine(), name, password, role, municipality)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    scope = f"муниципалитет «{user.municipality}»" if user.municipality else "весь регион"
    print(f"Пользователь «{user.name}» создан: {user.role_title}, {scope}.", file=sys.stderr)


@users_app.command("list")
def users_list() -> None:
    """Показать учётные записи."""
    from evidence.cli_web import _engine
    from evidence.store.users import list_users

    for user in list_users(_engine()):
        print(f"{user.id}\t{user.name}\t{user.role}\t{user.municipality or 'весь регион'}")
