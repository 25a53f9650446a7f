"""JSON Lines writers (atomic: a reader never sees half a file)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from evidence.models import ItemResult
from evidence.reports.atomic import atomic_path
from evidence.reports.sanitize import clean


def write_results_jsonl(path: Path, results: Sequence[ItemResult]) -> None:
    write_jsonl(path, (result.to_dict() for result in results))


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with atomic_path(Path(path)) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        for row in rows:
            # clean: a lone surrogate from a document would make the UTF-8 write fail.
            fh.write(json.dumps(clean(row), ensure_ascii=False) + "\n")


def read_results_jsonl(path: Path) -> list[ItemResult]:
    with open(path, encoding="utf-8") as fh:
        return [ItemResult.from_dict(json.loads(line)) for line in fh if line.strip()]
