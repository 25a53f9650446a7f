"""JSON Lines writers (atomic: a reader never sees half a file)."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from evidence.models import ItemResult


def write_results_jsonl(path: Path, results: Sequence[ItemResult]) -> None:
    write_jsonl(path, (result.to_dict() for result in results))


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_results_jsonl(path: Path) -> list[ItemResult]:
    with open(path, encoding="utf-8") as fh:
        return [ItemResult.from_dict(json.loads(line)) for line in fh if line.strip()]
