"""The batch's ``callback_url``: POSTed once (a JSON summary) when the batch is done.

Only to hosts on the allow-list (``EVIDENCE_CALLBACK_HOSTS``), through the fetch client's guard
(private addresses blocked unless ``allow_private``), no redirects followed; a failed call is
retried with a growing pause, at most ``MAX_ATTEMPTS`` times, then given up (logged).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from config.settings import Settings
from evidence.store.models import BATCH_CANCELLED, BATCH_DONE, Batch
from evidence.web.problems import Problem
from evidence.web.queries import batch_view

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
_FIRST_PAUSE = 1.0


def check_callback_url(url: str, allowed_hosts: set[str]) -> str:
    """The URL if it may be called back, else a 422 problem (Russian)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Problem(422, "callback_url: нужен адрес http или https", field="callback_url")
    if parts.username or parts.password:
        raise Problem(
            422, "callback_url: логин и пароль в адресе недопустимы", field="callback_url"
        )
    if parts.hostname.lower() not in allowed_hosts:
        raise Problem(
            422,
            f"callback_url: узел «{parts.hostname}» не входит в список разрешённых "
            "(EVIDENCE_CALLBACK_HOSTS)",
            field="callback_url",
        )
    return url


@dataclass
class CallbackSender:
    engine: Engine
    settings: Settings
    allowed_hosts: set[str]
    first_pause: float = _FIRST_PAUSE  # seconds before the first retry; doubled each time
    attempts: dict[str, int] = field(default_factory=dict)
    next_try: dict[str, float] = field(default_factory=dict)

    def due(self) -> list[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(Batch.id).where(
                    Batch.callback_url.is_not(None),
                    Batch.callback_sent_at.is_(None),
                    Batch.status.in_((BATCH_DONE, BATCH_CANCELLED)),
                )
            ).all()
        now = time.monotonic()
        return [r[0] for r in rows if self.next_try.get(r[0], 0.0) <= now]

    def _settle(self, batch_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                sa.update(Batch).where(Batch.id == batch_id).values(callback_sent_at=time.time())
            )
        self.attempts.pop(batch_id, None)
        self.next_try.pop(batch_id, None)

    def send(self, batch_id: str) -> bool:
        """One try; True when the batch's callback is settled (sent or given up)."""
        from evidence.fetch import FetchConfig
        from evidence.fetch.client import build_client

        with self.engine.connect() as conn:
            row = conn.execute(sa.select(Batch.__table__).where(Batch.id == batch_id)).one()
        url = row.callback_url
        try:
            check_callback_url(url, self.allowed_hosts)
        except Problem as exc:
            log.error("callback of batch %s not sent: %s", batch_id, exc.detail)
            self._settle(batch_id)
            return True
        summary = batch_view(self.engine, row)
        summary["event"] = "batch.finished"
        error: str
        try:
            with build_client(FetchConfig.from_settings(self.settings)) as client:
                response = client.post(url, json=summary, timeout=self.settings.read_timeout)
            if 200 <= response.status_code < 300:
                log.info("callback of batch %s sent to %s", batch_id, url)
                self._settle(batch_id)
                return True
            error = f"HTTP {response.status_code}"
        except Exception as exc:  # blocked address, refused, timeout
            error = f"{type(exc).__name__}: {exc}"
        tries = self.attempts.get(batch_id, 0) + 1
        self.attempts[batch_id] = tries
        if tries >= MAX_ATTEMPTS:
            log.error("callback of batch %s given up after %d tries: %s", batch_id, tries, error)
            self._settle(batch_id)
            return True
        log.warning(
            "callback of batch %s failed (%s); try %d of %d", batch_id, error, tries, MAX_ATTEMPTS
        )
        self.next_try[batch_id] = time.monotonic() + self.first_pause * 2 ** (tries - 1)
        return False

    def tick(self) -> None:
        for batch_id in self.due():
            self.send(batch_id)

    def run(self, stop: threading.Event, interval: float = 0.5) -> None:
        while not stop.wait(interval):
            try:
                self.tick()
            except Exception:
                log.exception("callback round failed; will retry")
