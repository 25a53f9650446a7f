"""The service's state, built once per app: settings, database, runner, limits, data folder."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from config.settings import Settings
from evidence.store import get_engine, repo
from evidence.web.ratelimit import MemoryBucket, RateLimiter, RedisWindow
from evidence.web.runner import CeleryRunner, LocalRunner, Runner
from evidence.web.tokens import env_tokens

log = logging.getLogger(__name__)


@dataclass
class ServiceState:
    settings: Settings
    engine: Engine
    runner: Runner
    limiter: RateLimiter
    regional_tokens: list[str]
    data_dir: Path
    stop: threading.Event = field(default_factory=threading.Event)
    threads: list[threading.Thread] = field(default_factory=list)

    @property
    def broker_url(self) -> str | None:
        return self.settings.broker_url

    def callback_hosts(self) -> set[str]:
        return {h.strip().lower() for h in self.settings.callback_hosts.split(",") if h.strip()}

    def start(self, batch_id: str, pending: Sequence[repo.Pending], config: dict[str, Any]) -> None:
        """Hand rows to the runner; when the broker is away the watchdog publishes them later."""
        try:
            self.runner.submit(batch_id, pending, config)
        except Exception as exc:
            log.warning("batch %s recorded but not queued yet: %s", batch_id, exc)

    def close(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=5)
        self.runner.close()


def database_url(settings: Settings) -> str:
    """DATABASE_URL, else the embedded SQLite file in the data folder."""
    return settings.database_url or f"sqlite:///{settings.data_dir / 'evidence.sqlite3'}"


def build_state(settings: Settings) -> ServiceState:
    # The service keeps a copy of every fetched document for reviewers (data_dir/documents).
    settings = settings.model_copy(update={"keep_documents": True})
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = get_engine(database_url(settings))
    runner: Runner
    limiter: RateLimiter
    if settings.broker_url:
        runner = CeleryRunner(settings.broker_url)
        limiter = RedisWindow(settings.broker_url, settings.api_rate_per_minute)
    else:
        runner = LocalRunner(engine, settings)
        limiter = MemoryBucket(settings.api_rate_per_minute)
    return ServiceState(
        settings=settings,
        engine=engine,
        runner=runner,
        limiter=limiter,
        regional_tokens=env_tokens(settings.api_tokens),
        data_dir=settings.data_dir,
    )
