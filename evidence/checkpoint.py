"""Resumable in-process runs: each finished row is appended to ``DIR/.checkpoint.jsonl``.

If a run is interrupted (Ctrl-C, a crash, the laptop lid), running the same command again
with the same batch, year and output folder checks only the rows not yet done. The first line
holds a fingerprint of the batch and year; a different batch starts afresh. The file is
removed (``discard_checkpoint``) only after every report of the run is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path

from evidence.models import BatchItem, ItemResult
from evidence.reports.atomic import atomic_path
from evidence.reports.sanitize import clean

CHECKPOINT_NAME = ".checkpoint.jsonl"
log = logging.getLogger(__name__)


def batch_fingerprint(items: Sequence[BatchItem], year: int) -> str:
    digest = hashlib.sha256(str(year).encode())
    for item in items:
        line = json.dumps(item.to_dict(), ensure_ascii=False, sort_keys=True)
        digest.update(line.encode("utf-8", "surrogatepass"))  # a lone surrogate is a character too
    return digest.hexdigest()


class Checkpoint:
    def __init__(self, out_dir: Path, fingerprint: str) -> None:
        self.path = Path(out_dir) / CHECKPOINT_NAME
        self.fingerprint = fingerprint
        self._lock = threading.Lock()
        self.failures = 0  # rows that could not be recorded (disk full): they would run again

    def load(self) -> dict[int, ItemResult]:
        """Rows already done by an earlier run of the same batch (empty otherwise)."""
        if not self.path.exists():
            return {}
        done: dict[int, ItemResult] = {}
        # errors="replace": a line torn inside a character by a kill is still only a torn line
        with open(self.path, encoding="utf-8", errors="replace") as fh:
            header = fh.readline()
            try:
                if json.loads(header).get("fingerprint") != self.fingerprint:
                    return {}
            except (json.JSONDecodeError, AttributeError):
                return {}
            for line in fh:
                try:
                    result = ItemResult.from_dict(json.loads(line))
                except (json.JSONDecodeError, KeyError, ValueError):
                    break  # a torn last line from a killed run: everything before it counts
                if "needs_ocr" not in result.flags:
                    done[result.row] = result
        return done

    def start(self, done: dict[int, ItemResult]) -> None:
        """Rewrite the file with this batch's header and ``done``; a kill meanwhile keeps the old."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(self.path) as tmp, open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"fingerprint": self.fingerprint}) + "\n")
            for result in done.values():
                fh.write(_line(result))

    def append(self, result: ItemResult) -> None:
        """Add a finished row; a full disk costs the resumability of the row, not the run."""
        data = _line(result).encode("utf-8")
        with self._lock:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            except OSError as exc:
                self._failed(exc)
                return
            start = os.fstat(fd).st_size
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
            except OSError as exc:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, start)  # no torn line that would hide later rows
                self._failed(exc)
            finally:
                os.close(fd)

    def _failed(self, exc: OSError) -> None:
        if not self.failures:
            log.warning("cannot write the checkpoint %s: %s", self.path, exc)
        self.failures += 1


def _line(result: ItemResult) -> str:
    """One row as a JSON line; ``clean``: a lone surrogate from a document's text has no UTF-8
    (results.jsonl cleans the same way, so a resumed row reads as a checked one)."""
    return json.dumps(clean(result.to_dict()), ensure_ascii=False) + "\n"


def discard_checkpoint(out_dir: Path) -> None:
    """The run is complete, reports included: the next run of the batch starts afresh."""
    (Path(out_dir) / CHECKPOINT_NAME).unlink(missing_ok=True)
