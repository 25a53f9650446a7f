"""Login throttling: failed workspace logins counted per user name and per client address.

After ``LIMIT`` failures of one subject within ``WINDOW`` seconds, further attempts are refused
until the oldest of those failures leaves the window — for a known and an unknown name alike,
so the answer tells nothing about which accounts exist. Failures live in the database
(``login_attempts``), so every service process sees the same counts. Rows older than the window
are deleted as new ones arrive and a refused attempt is not recorded: the table stays small.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from evidence.store.models import LoginAttempt

LIMIT = 5
WINDOW = 15 * 60.0


def _subjects(name: str, address: str) -> list[str]:
    subjects = [f"name:{name.strip().casefold()[:255]}"]
    if address:
        subjects.append(f"addr:{address[:64]}")
    return subjects


@dataclass(frozen=True)
class LoginThrottle:
    engine: Engine
    limit: int = LIMIT
    window: float = WINDOW
    clock: Callable[[], float] = field(default=time.time)

    def retry_after(self, name: str, address: str) -> int | None:
        """Whole seconds until this name and address may try again; None: they may now."""
        now = self.clock()
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(LoginAttempt.subject, LoginAttempt.at)
                .where(
                    LoginAttempt.subject.in_(_subjects(name, address)),
                    LoginAttempt.at > now - self.window,
                )
                .order_by(LoginAttempt.at.desc())
            ).all()
        times: dict[str, list[float]] = {}
        for subject, at in rows:
            times.setdefault(subject, []).append(float(at))
        until = max(
            (recent[self.limit - 1] + self.window for recent in times.values()
             if len(recent) >= self.limit),
            default=None,
        )  # fmt: skip
        if until is None:
            return None
        return max(1, math.ceil(until - now))

    def failed(self, name: str, address: str) -> None:
        """Record a failed attempt (and forget the ones that left the window)."""
        now = self.clock()
        with self.engine.begin() as conn:
            conn.execute(sa.delete(LoginAttempt).where(LoginAttempt.at <= now - self.window))
            conn.execute(
                sa.insert(LoginAttempt),
                [{"subject": subject, "at": now} for subject in _subjects(name, address)],
            )

    def succeeded(self, name: str) -> None:
        """A correct password clears the name's failures (never the address's)."""
        with self.engine.begin() as conn:
            conn.execute(
                sa.delete(LoginAttempt).where(LoginAttempt.subject == _subjects(name, "")[0])
            )
