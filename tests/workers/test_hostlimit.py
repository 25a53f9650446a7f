"""RedisHostLimiter: limits shared by processes through Redis, leases that outlive no one."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import threading
import uuid
from pathlib import Path

from tests.workers.conftest import REPO, wait_for
from workers.hostlimit import RedisHostLimiter

HOLDER = """
import sys, time
from workers.hostlimit import RedisHostLimiter
lim = RedisHostLimiter(sys.argv[1], 1, 0.0, lease_seconds=1.0, prefix=sys.argv[2])
with lim.slot("school.example"):
    print("held", flush=True)
    time.sleep(3600)
"""

STARTER = """
import json, sys, time
from workers.hostlimit import RedisHostLimiter
lim = RedisHostLimiter(sys.argv[1], 4, 0.3, prefix=sys.argv[2])
starts = []
for _ in range(3):
    with lim.slot("school.example"):
        starts.append(time.time())
print(json.dumps(starts), flush=True)
"""


def _python(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def test_a_killed_holder_frees_its_slot_when_the_lease_expires(redis_url: str) -> None:
    prefix = f"test:{uuid.uuid4().hex}"
    holder = _python(HOLDER, redis_url, prefix)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
    finally:
        holder.kill()  # SIGKILL: the slot is never released by its owner
        holder.wait(timeout=10)

    limiter = RedisHostLimiter(redis_url, 1, 0.0, lease_seconds=1.0, prefix=prefix)
    got = threading.Event()

    def take() -> None:
        with limiter.slot("SCHOOL.example"):
            got.set()

    threading.Thread(target=take, daemon=True).start()
    wait_for(got.is_set, timeout=20, what="the expired slot to be taken")
    limiter.close()


def test_the_interval_holds_between_processes(redis_url: str, tmp_path: Path) -> None:
    prefix = f"test:{uuid.uuid4().hex}"
    procs = [_python(STARTER, redis_url, prefix) for _ in range(2)]
    starts: list[float] = []
    for proc in procs:
        out, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0
        starts += json.loads(out)
    starts.sort()
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(starts) == 6
    assert min(gaps) >= 0.3 - 0.02  # Redis keeps one "next start" for all clients


def test_concurrency_holds_between_clients(redis_url: str) -> None:
    prefix = f"test:{uuid.uuid4().hex}"
    limiters = [RedisHostLimiter(redis_url, 2, 0.0, prefix=prefix) for _ in range(3)]
    active = 0
    peak = 0
    lock = threading.Lock()
    release = threading.Event()
    entered = threading.Semaphore(0)

    def use(limiter: RedisHostLimiter) -> None:
        nonlocal active, peak
        with limiter.slot("school.example"):
            with lock:
                active += 1
                peak = max(peak, active)
            entered.release()
            release.wait(timeout=30)
            with lock:
                active -= 1

    threads = [threading.Thread(target=use, args=(lim,), daemon=True) for lim in limiters * 2]
    for t in threads:
        t.start()
    for _ in range(2):
        assert entered.acquire(timeout=20)
    with lock:
        assert active == 2  # two are in; the other four wait for a slot
    release.set()
    for t in threads:
        t.join(timeout=30)
    assert peak == 2 and active == 0
    for lim in limiters:
        lim.close()


def test_a_live_holder_keeps_its_slot_past_the_lease(redis_url: str) -> None:
    import redis

    prefix = f"test:{uuid.uuid4().hex}"
    client = redis.Redis.from_url(redis_url)
    key = f"{prefix}:school.example:slots"
    holder = _python(HOLDER.replace("lease_seconds=1.0", "lease_seconds=0.6"), redis_url, prefix)
    contender = RedisHostLimiter(redis_url, 1, 0.0, lease_seconds=0.6, prefix=prefix)
    got = threading.Event()

    def take() -> None:
        with contender.slot("school.example"):
            got.set()

    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        ((_, first_expiry),) = client.zrange(key, 0, -1, withscores=True)
        threading.Thread(target=take, daemon=True).start()

        def renewed_past_first_lease() -> bool:
            seconds, micros = client.time()
            now_ms = seconds * 1000 + micros // 1000
            scores = client.zrange(key, 0, -1, withscores=True)
            return now_ms > first_expiry + 200 and bool(scores) and scores[0][1] > first_expiry

        wait_for(renewed_past_first_lease, timeout=20, what="the lease to be renewed")
        assert not got.is_set()  # the first lease is over, yet the slot is still the holder's
    finally:
        holder.kill()
        holder.wait(timeout=10)
    wait_for(got.is_set, timeout=20, what="the slot after the holder died")
    contender.close()
    client.close()
