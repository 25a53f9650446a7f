"""Login throttling in the workspace: after 5 failed logins of one user name (or from one client
address) within 15 minutes, further attempts get 429 + Retry-After and a Russian message — the
same for a name that does not exist — counted in the database, so two service processes share
the count."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from evidence.store import get_engine
from evidence.store.logins import LoginThrottle
from evidence.store.models import LoginAttempt
from evidence.store.users import add_user
from evidence.web.state import database_url
from tests.web.conftest import live_app
from tests.web.workspace_support import PASSWORD, login

LOCKED = "Слишком много неудачных попыток входа"


@contextlib.contextmanager
def _from(base: str, address: str) -> Iterator[httpx.Client]:
    """A browser whose requests come from ``address`` (any 127.x.y.z is this machine)."""
    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(base_url=base, transport=transport, timeout=30, trust_env=False) as client:
        yield client


def test_five_failures_lock_the_name_and_the_address_across_service_processes(
    app_settings: Callable[..., Any],
) -> None:
    settings = app_settings()
    with live_app(settings) as one, live_app(settings) as two:  # one database, two services
        engine = get_engine(database_url(settings))
        add_user(engine, "анна", PASSWORD, "reviewer")
        add_user(engine, "борис", PASSWORD, "reviewer")

        # Five wrong passwords for «анна» from 127.0.0.2, spread over both services.
        for attempt in range(5):
            with _from(one if attempt % 2 else two, "127.0.0.2") as client:
                wrong = login(client, "анна", "не-тот-пароль")
                assert wrong.status_code == 401, attempt
                assert "Неверное имя пользователя или пароль" in wrong.text

        # The name is locked, from any address and even with the right password.
        with _from(one, "127.0.0.3") as client:
            locked = login(client, "анна")
            assert locked.status_code == 429
            assert 840 <= int(locked.headers["retry-after"]) <= 900
            assert LOCKED in locked.text and "Повторите через 15 мин." in locked.text
            assert "evidence_session" not in client.cookies
        # The address is locked too, for every name; another address and name still work.
        with _from(two, "127.0.0.2") as client:
            assert login(client, "борис").status_code == 429
        with _from(two, "127.0.0.4") as client:
            assert login(client, "борис").status_code == 303

        # A name nobody has gets exactly the same answers: nothing tells which accounts exist.
        answers = []
        for attempt in range(6):
            with _from(one, f"127.0.0.{10 + attempt}") as client:
                answers.append(login(client, "никто", "пароль-наугад"))
        assert [a.status_code for a in answers] == [401] * 5 + [429]
        assert _error(answers[-1].text) == _error(locked.text)
        assert 840 <= int(answers[-1].headers["retry-after"]) <= 900
        assert _error(answers[0].text) == _error(wrong.text)


def _error(html: str) -> str:
    found = re.search(r'<p class="error" role="alert">([^<]*)</p>', html)
    assert found, "no error message on the login page"
    return found.group(1)


def test_the_lock_ends_with_the_window_and_a_success_clears_the_name(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'evidence.sqlite3'}")
    now = [1_000_000.0]
    throttle = LoginThrottle(engine, clock=lambda: now[0])

    for _ in range(4):
        throttle.failed("Анна ", "127.0.0.2")
        now[0] += 60
    assert throttle.retry_after("анна", "127.0.0.9") is None  # four failures: still allowed
    throttle.failed("анна", "127.0.0.5")  # the fifth, same name written differently
    # Locked until the oldest of the five leaves the 15-minute window (4 min have passed).
    assert throttle.retry_after("АННА", "127.0.0.9") == 11 * 60
    assert throttle.retry_after("борис", "127.0.0.2") is None  # the address had only four
    now[0] += 11 * 60 + 1
    assert throttle.retry_after("анна", "127.0.0.9") is None  # the window moved on

    throttle.failed("анна", "127.0.0.6")
    throttle.succeeded("анна")  # a right password clears the name's count, not the address's
    for _ in range(4):
        throttle.failed("анна", "127.0.0.6")
    assert throttle.retry_after("анна", "127.0.0.7") is None
    assert throttle.retry_after("борис", "127.0.0.6") == 15 * 60

    # Old rows are deleted as new failures arrive: the table does not grow without bound.
    now[0] += 15 * 60 + 1
    throttle.failed("вера", "127.0.0.8")
    with engine.connect() as conn:
        subjects = conn.execute(LoginAttempt.__table__.select()).all()
    assert sorted(row.subject for row in subjects) == ["addr:127.0.0.8", "name:вера"]
