"""Per-token rate limit: an in-memory token bucket, or a Redis window shared by several service
processes when a broker is configured. ``hit(subject)`` returns None (go on) or the seconds to
wait (``429`` with ``Retry-After``)."""

from __future__ import annotations

import logging
import math
import threading
import time
from typing import Any, Protocol

log = logging.getLogger(__name__)


class RateLimiter(Protocol):
    def hit(self, subject: str) -> float | None: ...


class MemoryBucket:
    """``per_minute`` tokens refilled continuously; a burst of up to ``per_minute`` requests."""

    def __init__(self, per_minute: int) -> None:
        self.capacity = float(max(1, per_minute))
        self.rate = self.capacity / 60.0
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def hit(self, subject: str) -> float | None:
        now = time.monotonic()
        with self._lock:
            tokens, then = self._state.get(subject, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - then) * self.rate)
            if tokens < 1.0:
                self._state[subject] = (tokens, now)
                return (1.0 - tokens) / self.rate
            self._state[subject] = (tokens - 1.0, now)
            return None


class RedisWindow:
    """A fixed one-minute window per subject in Redis; falls back to memory when Redis is away."""

    def __init__(
        self, redis_url: str, per_minute: int, prefix: str = "evidence:ratelimit:"
    ) -> None:
        import redis

        self.client: Any = redis.Redis.from_url(
            redis_url, socket_timeout=2, socket_connect_timeout=2
        )
        self.limit = max(1, per_minute)
        self.prefix = prefix
        self.fallback = MemoryBucket(per_minute)

    def hit(self, subject: str) -> float | None:
        now = time.time()
        window = math.floor(now / 60)
        key = f"{self.prefix}{subject}:{window}"
        try:
            pipe = self.client.pipeline()
            pipe.incr(key)
            pipe.expire(key, 120)
            count = int(pipe.execute()[0])
        except Exception as exc:
            log.warning("rate limit store unavailable (%s); limiting in memory", exc)
            return self.fallback.hit(subject)
        if count > self.limit:
            return max(1.0, (window + 1) * 60 - now)
        return None
