"""Per-stage CPU and wall-time sums for benchmarks (off by default, near-free when off).

    from evidence import timing
    with timing.stage("fetch"):
        ...
    timing.enable(); ...; timing.snapshot()  # {"fetch": {"calls": n, "cpu_s": ..., "wall_s": ...}}

CPU is the calling thread's (``time.thread_time``): work done in another process (the
extraction workers, tesseract) shows as wall time only. Enabled by ``enable()`` or by the
environment variable ``EVIDENCE_TIMING=1`` (read at import, so worker processes inherit it).
When off, ``stage`` costs one attribute read and a shared no-op context manager.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

_lock = threading.Lock()
_sums: dict[str, list[float]] = {}  # name -> [calls, cpu seconds, wall seconds, units]
_enabled = os.environ.get("EVIDENCE_TIMING", "") not in ("", "0")
_NOOP: AbstractContextManager[None] = contextlib.nullcontext()


def enable(on: bool = True) -> None:
    global _enabled
    _enabled = on


def enabled() -> bool:
    return _enabled


def reset() -> None:
    with _lock:
        _sums.clear()


def add(name: str, cpu: float, wall: float, units: float = 0.0) -> None:
    """Add one measured call of ``name`` (``units``: pages, bytes… whatever the stage counts)."""
    if not _enabled:
        return
    with _lock:
        entry = _sums.setdefault(name, [0.0, 0.0, 0.0, 0.0])
        entry[0] += 1
        entry[1] += cpu
        entry[2] += wall
        entry[3] += units


@contextlib.contextmanager
def _measure(name: str) -> Iterator[None]:
    cpu, wall = time.thread_time(), time.perf_counter()
    try:
        yield
    finally:
        add(name, time.thread_time() - cpu, time.perf_counter() - wall)


def stage(name: str) -> AbstractContextManager[None]:
    """Time the block as stage ``name`` (nested stages each count their own full time)."""
    return _measure(name) if _enabled else _NOOP


def snapshot() -> dict[str, dict[str, Any]]:
    """Sums so far: ``{stage: {"calls", "cpu_s", "wall_s", "units"}}``."""
    with _lock:
        return {
            name: {
                "calls": int(v[0]),
                "cpu_s": round(v[1], 4),
                "wall_s": round(v[2], 4),
                "units": v[3],
            }
            for name, v in sorted(_sums.items())
        }
