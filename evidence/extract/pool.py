"""``Extractor``: the content cache plus a pool of warm, isolated worker processes.

Each extraction runs in a ``python -m evidence.extract.worker`` subprocess (plain
``subprocess.Popen``, so it also works inside daemonic Celery prefork children, which may not
start multiprocessing children). A worker is reused for up to ``MAX_TASKS`` documents, so
the import cost is paid once, not per file. A worker that overruns the wall time is killed
with its whole process group (tesseract included); one that dies is replaced. Thread-safe:
each call borrows an idle worker (or starts one) under a lock, at most ``workers`` at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import evidence
from evidence.extract.base import log, time_exceeded
from evidence.extract.cache import ExtractionCache
from evidence.extract.codec import from_dict
from evidence.extract.limits import FULL, TOP, ExtractLimits
from evidence.extract.protocol import HEADER, READY, frame
from evidence.models import Extraction, FileKind

MAX_TASKS = 200
STARTUP_TIMEOUT = 60.0  # imports of a cold worker on a busy machine
CRASHED = "извлечение текста прервано: сбой процесса обработки документа ({detail})"


TMP_PREFIX = "evidence-extract-"


def _owner_tag() -> str:
    """``<pid>@<host>``: pids are only comparable on one host (or container)."""
    return f"{os.getpid()}@{socket.gethostname()}"


def remove_leftovers(root: Path | None = None) -> list[Path]:
    """Delete the workers' temporary folders of processes that no longer exist (``kill -9``).

    A folder is ``evidence-extract-<pid>@<host>-<random>``; one of another host, one whose
    ``pid`` is alive (any process, even an unrelated one that reused the number) and one without
    an owner tag are left alone.
    """
    host = socket.gethostname()
    removed: list[Path] = []
    for entry in Path(root or tempfile.gettempdir()).glob(f"{TMP_PREFIX}*@*"):
        owner = entry.name.removeprefix(TMP_PREFIX).rpartition("-")[0]
        pid, _, owner_host = owner.partition("@")
        if owner_host == host and pid.isdigit() and not _alive(int(pid)) and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


class WorkerFailure(Exception):
    """The worker overran its time or died; ``reason`` is the Russian message."""

    def __init__(self, reason: str, *, timed_out: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.timed_out = timed_out


class _Worker:
    def __init__(self, memory_mb: int) -> None:
        env = dict(os.environ)
        root = str(Path(evidence.__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        env.setdefault("OPENBLAS_NUM_THREADS", "1")  # numpy's BLAS would reserve GBs of VM
        env.setdefault("OMP_THREAD_LIMIT", "1")
        # A private temporary directory: removed with the worker even when it is killed; named
        # for this process, so that a later start removes it if this process is killed.
        self.tmpdir = tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{_owner_tag()}-")
        env["TMPDIR"] = self.tmpdir
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "evidence.extract.worker", "--memory-mb", str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            start_new_session=True,  # its own process group: killing it kills tesseract too
        )
        self.tasks = 0
        self.ready = False

    def wait_ready(self) -> None:
        """Wait for the worker's imports (not counted in any document's time limit)."""
        if self.ready:
            return
        deadline = time.monotonic() + STARTUP_TIMEOUT
        try:
            (size,) = HEADER.unpack(self._read(HEADER.size, deadline, STARTUP_TIMEOUT))
            ok = self._read(size, deadline, STARTUP_TIMEOUT) == READY
        except WorkerFailure:
            if self.alive():
                raise WorkerFailure(CRASHED.format(detail="не запустился")) from None
            raise WorkerFailure(self._death()) from None
        if not ok:
            raise WorkerFailure(CRASHED.format(detail="нарушен протокол"))
        self.ready = True

    def run(self, data: bytes, kind: FileKind, limits: ExtractLimits, timeout: float) -> Extraction:
        self.wait_ready()
        deadline = time.monotonic() + timeout
        header = json.dumps({"kind": kind.value, "limits": limits.to_dict()}).encode()
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(frame(header))
            self.proc.stdin.write(HEADER.pack(len(data)))
            self.proc.stdin.write(data)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise WorkerFailure(self._death()) from exc
        (size,) = HEADER.unpack(self._read(HEADER.size, deadline, limits.timeout))
        self.tasks += 1
        return from_dict(json.loads(self._read(size, deadline, limits.timeout)))

    def _read(self, size: int, deadline: float, limit: float) -> bytes:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        chunks: list[bytes] = []
        remaining = size
        while remaining:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([fd], [], [], wait)[0]:
                raise WorkerFailure(time_exceeded(limit), timed_out=True)
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                raise WorkerFailure(self._death())
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)

    def _death(self) -> str:
        try:
            code = self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return CRASHED.format(detail="нет ответа")
        if code < 0:
            name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
            return CRASHED.format(detail=f"сигнал {name}")
        return CRASHED.format(detail=f"код {code}")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        """Close stdin (the worker exits); kill the process group if it lingers."""
        try:
            if self.proc.stdin:
                self.proc.stdin.close()
            self.proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            self.kill()
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            log.error("extraction worker %d did not die", self.proc.pid)
        shutil.rmtree(self.tmpdir, ignore_errors=True)
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                if stream:
                    stream.close()
            except OSError:
                pass


class _Pending:
    """An extraction in flight: threads asking for the same content wait for its result."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.result: Extraction | None = None


class Extractor:
    """What the pipeline uses: SHA-256 content cache + isolation (subprocess with limits).

    The same bytes requested by several threads at once are extracted once (the regional
    order linked by many schools); later requests are served from the cache.
    """

    def __init__(
        self,
        limits: ExtractLimits,
        cache_dir: Path | None,
        *,
        workers: int | None = None,
        kill_grace: float = 5.0,
    ) -> None:
        self.limits = limits
        self.cache = ExtractionCache(cache_dir, limits) if cache_dir is not None else None
        # Stage 1 of staged OCR (the top of a scan's first page): its own cache entries.
        self.top_limits = replace(limits, ocr_region=TOP)
        self.top_cache = (
            ExtractionCache(cache_dir, self.top_limits) if cache_dir is not None else None
        )
        self.size = workers or max(1, os.cpu_count() or 1)
        # The worker enforces the time limit itself; the kill is for code that ignores it.
        self.kill_grace = kill_grace
        self._slots = threading.BoundedSemaphore(self.size)
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._inflight: dict[tuple[str, FileKind, str], _Pending] = {}
        self._closed = False
        for path in remove_leftovers():
            log.info("removed the temporary folder of a killed run: %s", path)

    def extract(self, data: bytes, kind: FileKind, *, region: str = FULL) -> Extraction:
        """``region="top"``: stage 1 of staged OCR (flag ``ocr_top`` when it left pages out)."""
        sha = hashlib.sha256(data).hexdigest()
        top = region == TOP
        limits, cache = (self.top_limits, self.top_cache) if top else (self.limits, self.cache)
        # The whole text, when cached, answers a stage-1 request too.
        for store in (self.cache, self.top_cache) if top else (self.cache,):
            hit = store.get(sha, kind) if store is not None else None
            if hit is not None:
                return hit
        key = (sha, kind, region)
        with self._lock:
            pending = self._inflight.get(key)
            owner = pending is None
            if pending is None:
                pending = self._inflight[key] = _Pending()
        if not owner:
            pending.done.wait()
            if pending.result is not None:
                return pending.result
            # the owner failed unexpectedly: try ourselves
            return self.extract(data, kind, region=region)
        try:
            result = self._isolated(data, kind, sha, limits)
            if top and "ocr_top" not in result.flags:  # nothing left unread: the whole text
                cache = self.cache
            if cache is not None:
                cache.put(result)
            pending.result = result
            return result
        finally:
            with self._lock:
                del self._inflight[key]
            pending.done.set()

    def _isolated(self, data: bytes, kind: FileKind, sha: str, limits: ExtractLimits) -> Extraction:
        with self._slots:
            worker = self._take()
            try:
                result = worker.run(data, kind, limits, limits.timeout + self.kill_grace)
            except WorkerFailure as failure:
                worker.kill()
                log.warning("extraction of %s %s: %s", kind.value, sha[:12], failure.reason)
                flags = ("time_capped",) if failure.timed_out else ("crashed",)
                return Extraction(text="", kind=kind, flags=flags, error=failure.reason, sha256=sha)
            except BaseException:
                worker.kill()
                raise
            self._give_back(worker)
            return result

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise RuntimeError("Extractor is closed")
            while self._idle:
                worker = self._idle.pop()
                if worker.alive():
                    return worker
                worker.kill()
        return _Worker(self.limits.memory_mb)

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed and worker.tasks < MAX_TASKS and worker.alive():
                self._idle.append(worker)
                return
        worker.stop()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
