"""Per-host politeness: at most N requests at a time to one host, and a minimum interval.

``HostLimiter`` is the protocol ``LinkChecker`` uses around every HTTP request. The local
implementation works across the threads of one process; a distributed one (e.g. Redis-backed,
for Celery workers) only has to provide ``slot(host)`` as a context manager that blocks until
the host may be contacted and releases on exit.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Protocol

# Second-level zones sold like top-level ones: "school.com.ru" belongs to "school", not "com".
_SHARED_SLD = frozenset(
    {
        "com.ru",
        "net.ru",
        "org.ru",
        "pp.ru",
        "msk.ru",
        "spb.ru",
        "edu.ru",
        "ru.net",
        "com.ua",
        "org.ua",
        "edu.ua",
        "co.uk",
        "org.uk",
        "com.by",
        "edu.kz",
        "org.kz",
    }
)


def platform_key(host: str) -> str:
    """The politeness key of ``host``: its registrable domain (``a.uralschool.ru`` → ``uralschool.ru``).

    School sites mostly live on shared platforms (``*.uralschool.ru``, ``*.gosweb.gosuslugi.ru``,
    ``*.edusite.ru``): every school subdomain is the same server, so the limit is per platform.
    IP literals are their own key.
    """
    h = host.strip("[]").lower().rstrip(".")
    if ":" in h or h.replace(".", "").isdigit():
        return h
    labels = h.split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in _SHARED_SLD:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


class HostLimiter(Protocol):
    def slot(self, host: str) -> AbstractContextManager[None]: ...


class LocalHostLimiter:
    """A semaphore per host (``per_host_concurrency``) plus ``per_host_interval`` seconds between starts."""

    def __init__(self, per_host_concurrency: int = 2, per_host_interval: float = 0.0) -> None:
        self._limit = max(1, per_host_concurrency)
        self._interval = max(0.0, per_host_interval)
        self._lock = threading.Lock()
        self._semaphores: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    def _semaphore(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            sem = self._semaphores.get(host)
            if sem is None:
                sem = self._semaphores[host] = threading.BoundedSemaphore(self._limit)
            return sem

    @contextlib.contextmanager
    def slot(self, host: str) -> Iterator[None]:
        host = host.lower()
        sem = self._semaphore(host)
        with sem:
            if self._interval:
                with self._lock:
                    now = time.monotonic()
                    start = max(now, self._next_start.get(host, 0.0))
                    self._next_start[host] = start + self._interval
                if start > now:
                    time.sleep(start - now)
            yield


class HostHealth:
    """Hosts that keep timing out, given up for the rest of the run.

    After ``limit`` links in a row on one host (``platform_key``) ended in a timeout, the
    caller that crossed the limit is told to probe the host once; a host that fails the probe
    too is given up: its remaining links are answered at once with the reason instead of each
    waiting for its own timeouts (one dead server must not hold a batch for many minutes).
    Any answer from the host resets its count. Thread-safe.
    """

    def __init__(self, limit: int = 2) -> None:
        self._limit = max(1, limit)
        self._lock = threading.Lock()
        self._timeouts: dict[str, int] = {}
        self._probing: set[str] = set()
        self._given_up: dict[str, str] = {}

    def given_up(self, key: str) -> str | None:
        """The reason ``key`` was given up, or ``None`` while it is still tried."""
        with self._lock:
            return self._given_up.get(key)

    def answered(self, key: str) -> None:
        with self._lock:
            self._timeouts.pop(key, None)

    def timed_out(self, key: str) -> bool:
        """Count a link that timed out; True when the caller should now probe the host."""
        with self._lock:
            count = self._timeouts[key] = self._timeouts.get(key, 0) + 1
            if count < self._limit or key in self._probing or key in self._given_up:
                return False
            self._probing.add(key)
            return True

    def probed(self, key: str, failure: str | None) -> None:
        """The probe's outcome: ``failure`` (the Russian reason) gives the host up."""
        with self._lock:
            self._probing.discard(key)
            if failure is None:
                self._timeouts.pop(key, None)
            else:
                self._given_up[key] = failure


def url_key(url: str) -> str:
    """``platform_key`` of a URL's host ("" when the URL has none or cannot be parsed)."""
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url).hostname
    except ValueError:  # e.g. "http://[bad/": the fetch reports it; the key does not matter
        return ""
    return platform_key(host or "")
