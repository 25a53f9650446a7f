"""Per-host politeness across every worker process on every machine, kept in Redis.

Each host has a sorted set of slot leases (member: a random token, score: the time the lease
expires, by the Redis server's clock) and a "next start" key for the minimum interval between
two requests. Acquiring is one Lua script, so it is atomic across clients: drop expired leases,
and if fewer than ``per_host_concurrency`` remain and the interval has passed, add ours. A
worker killed while holding a slot cannot hold it for long: a thread of the holder renews its
leases every ``lease_seconds / 3``, so a slot outlives a dead holder by ``lease_seconds`` at
most, however long a request may legitimately take.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import redis

log = logging.getLogger(__name__)

# KEYS[1] slots zset, KEYS[2] next-start key; ARGV: limit, lease_ms, interval_ms, token.
# Returns 0 when the slot is ours, else the milliseconds worth waiting.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local lease = tonumber(ARGV[2])
local interval = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  local wait = 50
  if first[2] then wait = math.min(wait, tonumber(first[2]) - now) end
  return math.max(wait, 1)
end
if interval > 0 then
  local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
  if nxt > now then return nxt - now end
  redis.call('SET', KEYS[2], now + interval, 'PX', interval + 1000)
end
redis.call('ZADD', KEYS[1], now + lease, ARGV[4])
redis.call('PEXPIRE', KEYS[1], lease + 1000)
return 0
"""


# KEYS[1] slots zset; ARGV: token, lease_ms. Extends a lease still held; 0 when it is gone.
_RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + 1000)
  return 1
end
return 0
"""


class HostLimitUnavailable(RuntimeError):
    """Redis stayed unreachable longer than ``unavailable_timeout`` while waiting for a slot."""


class RedisHostLimiter:
    """``HostLimiter`` whose limits hold across processes and machines sharing one Redis."""

    def __init__(
        self,
        redis_url: str,
        per_host_concurrency: int = 2,
        per_host_interval: float = 0.0,
        *,
        lease_seconds: float = 30.0,
        prefix: str = "evidence:host",
        unavailable_timeout: float = 120.0,
    ) -> None:
        self._redis = redis.Redis.from_url(
            redis_url, socket_timeout=10, socket_connect_timeout=5, health_check_interval=30
        )
        self._limit = max(1, per_host_concurrency)
        self._interval_ms = max(0, round(per_host_interval * 1000))
        self._lease_ms = max(1000, round(lease_seconds * 1000))
        self._prefix = prefix
        self._unavailable_timeout = unavailable_timeout
        self._acquire = self._redis.register_script(_ACQUIRE)
        self._renew = self._redis.register_script(_RENEW)
        self._held: dict[str, str] = {}  # token -> slots key
        self._held_lock = threading.Lock()
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def _start_renewer(self) -> None:
        with self._held_lock:
            if self._renewer is None:
                self._renewer = threading.Thread(
                    target=self._renew_loop, name="hostlimit-renew", daemon=True
                )
                self._renewer.start()

    def _renew_loop(self) -> None:
        while not self._stop.wait(self._lease_ms / 3000):
            with self._held_lock:
                held = list(self._held.items())
            for token, key in held:
                try:
                    self._renew(keys=[key], args=[token, self._lease_ms])
                except redis.RedisError as exc:  # Redis away: the next round tries again
                    log.warning("host limiter: lease renewal failed (%s)", exc)

    def _keys(self, host: str) -> list[str]:
        host = host.lower()
        return [f"{self._prefix}:{host}:slots", f"{self._prefix}:{host}:next"]

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a Redis call, riding out a restart of Redis for up to ``unavailable_timeout``."""
        deadline = time.monotonic() + self._unavailable_timeout
        delay = 0.1
        while True:
            try:
                return fn(*args, **kwargs)
            except (redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError) as exc:
                if time.monotonic() > deadline:
                    raise HostLimitUnavailable(
                        f"Redis недоступен для ограничения запросов к сайтам: {exc}"
                    ) from exc
                log.warning("host limiter: Redis unavailable (%s), retrying", exc)
                time.sleep(delay)
                delay = min(delay * 2, 2.0)

    @contextlib.contextmanager
    def slot(self, host: str) -> Iterator[None]:
        keys = self._keys(host)
        token = uuid.uuid4().hex
        while True:
            wait_ms = int(
                self._call(
                    self._acquire,
                    keys=keys,
                    args=[self._limit, self._lease_ms, self._interval_ms, token],
                )
            )
            if wait_ms <= 0:
                break
            # A little jitter so that waiting clients do not knock in lockstep.
            time.sleep(min(wait_ms, 200) / 1000 * random.uniform(0.8, 1.2))
        with self._held_lock:
            self._held[token] = keys[0]
        self._start_renewer()
        try:
            yield
        finally:
            with self._held_lock:
                self._held.pop(token, None)
            with contextlib.suppress(HostLimitUnavailable):
                self._call(self._redis.zrem, keys[0], token)

    def close(self) -> None:
        self._stop.set()
        self._redis.close()
