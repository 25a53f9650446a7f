"""Resumable in-process runs: each finished row is appended to ``DIR/.checkpoint.jsonl``.

If a run is interrupted (Ctrl-C, a crash, the laptop lid), running the same command again
with the same batch, year and output folder checks only the rows not yet done. The first line
holds a fingerprint of the batch and year; a different batch starts afresh.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Sequence
from pathlib import Path

from evidence.models import BatchItem, ItemResult

CHECKPOINT_NAME = ".checkpoint.jsonl"


def batch_fingerprint(items: Sequence[BatchItem], year: int) -> str:
    digest = hashlib.sha256(str(year).encode())
    for item in items:
        digest.update(json.dumps(item.to_dict(), ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()


class Checkpoint:
    def __init__(self, out_dir: Path, fingerprint: str) -> None:
        self.path = Path(out_dir) / CHECKPOINT_NAME
        self.fingerprint = fingerprint
        self._lock = threading.Lock()

    def load(self) -> dict[int, ItemResult]:
        """Rows already done by an earlier run of the same batch (empty otherwise)."""
        if not self.path.exists():
            return {}
        done: dict[int, ItemResult] = {}
        with open(self.path, encoding="utf-8") as fh:
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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"fingerprint": self.fingerprint}) + "\n")
            for result in done.values():
                fh.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")

    def append(self, result: ItemResult) -> None:
        line = json.dumps(result.to_dict(), ensure_ascii=False) + "\n"
        with self._lock, open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()

    def finish(self) -> None:
        self.path.unlink(missing_ok=True)
