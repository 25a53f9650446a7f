"""Running rows on a thread pool so that waiting for a host never occupies a thread.

Every row is keyed by the host of its (first) link. At most ``per_key`` rows of one key are
handed to the pool at a time; the others wait in their host's queue — not in a thread
blocked on the host's semaphore — so a slow or dead host holds ``per_key`` threads at most
and every other host keeps the rest busy. Hosts take turns (round robin in the order they
first appear), which also keeps the order of completion close to the input order. Rows
without a key (no link, not a URL) are not limited.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def run_by_key(
    rows: Sequence[T],
    work: Callable[[T], R],
    *,
    key: Callable[[T], Hashable | None],
    per_key: int,
    concurrency: int,
    thread_name_prefix: str = "check",
) -> Iterator[R]:
    """Run ``work`` on every row; yields the results as they complete."""
    queues: dict[Hashable, deque[T]] = {}
    free: deque[T] = deque()  # rows without a key
    for row in rows:
        k = key(row)
        if k is None:
            free.append(row)
        else:
            queues.setdefault(k, deque()).append(row)
    in_flight: dict[Hashable, int] = dict.fromkeys(queues, 0)
    ready: deque[Hashable] = deque(queues)  # keys with rows waiting and a free slot
    limit = max(1, per_key)
    workers = max(1, concurrency)
    running: dict[Future[R], Hashable | None] = {}

    def next_row() -> tuple[T, Hashable | None] | None:
        while ready:
            k = ready.popleft()
            queue = queues[k]
            if not queue or in_flight[k] >= limit:
                continue
            in_flight[k] += 1
            row = queue.popleft()
            if queue and in_flight[k] < limit:
                ready.append(k)
            return row, k
        if free:
            return free.popleft(), None
        return None

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix=thread_name_prefix) as pool:
        while True:
            while len(running) < workers:
                picked = next_row()
                if picked is None:
                    break
                row, k = picked
                running[pool.submit(work, row)] = k
            if not running:
                return
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                k = running.pop(future)
                if k is not None:
                    in_flight[k] -= 1
                    if queues[k] and in_flight[k] == limit - 1:
                        ready.append(k)
                yield future.result()


def interleave_by_key(rows: Sequence[T], *, key: Callable[[T], Hashable | None]) -> list[T]:
    """``rows`` reordered host by host: the first row of every key, then the second, and so on
    (keys in order of first appearance; rows without a key count as one key each)."""
    queues: dict[Hashable, deque[T]] = {}
    for i, row in enumerate(rows):
        k = key(row)
        queues.setdefault(("", i) if k is None else k, deque()).append(row)
    out: list[T] = []
    active = list(queues.values())
    while active:
        out.extend(queue.popleft() for queue in active)
        active = [queue for queue in active if queue]
    return out
