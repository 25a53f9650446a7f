"""Rows waiting for their host in a queue, not in a thread."""

from __future__ import annotations

import threading
import time
from collections import Counter

from evidence.schedule import interleave_by_key, run_by_key


def test_a_host_never_has_more_rows_in_flight_than_its_limit_and_others_go_on() -> None:
    rows = [("slow", i) for i in range(12)] + [("fast", i) for i in range(12)] + [(None, 0)]
    lock = threading.Lock()
    active: Counter[str | None] = Counter()
    peak: Counter[str | None] = Counter()
    finished: list[tuple[str | None, float]] = []
    started = time.monotonic()

    def work(row: tuple[str | None, int]) -> tuple[str | None, int]:
        with lock:
            active[row[0]] += 1
            peak[row[0]] = max(peak[row[0]], active[row[0]])
        time.sleep(0.2 if row[0] == "slow" else 0.01)
        with lock:
            active[row[0]] -= 1
            finished.append((row[0], time.monotonic() - started))
        return row

    done = list(run_by_key(rows, work, key=lambda r: r[0], per_key=2, concurrency=6))
    assert sorted(done, key=str) == sorted(rows, key=str)
    assert peak["slow"] == 2 and peak["fast"] == 2
    # The slow host's queue (12 × 0.2 s over 2 slots ≈ 1.2 s) does not hold the fast rows.
    assert max(t for k, t in finished if k == "fast") < 0.6


def test_interleave_deals_rows_host_by_host() -> None:
    rows = ["a1", "a2", "a3", "b1", "c1", "c2"]
    assert interleave_by_key(rows, key=lambda r: r[0]) == ["a1", "b1", "c1", "a2", "c2", "a3"]
    assert interleave_by_key(["x", "y"], key=lambda r: None) == ["x", "y"]
