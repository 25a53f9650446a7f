"""The report files of a batch (``evidence.runner.write_outputs``), written on demand into the
data folder and kept until the batch's results or decisions change."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from evidence.models import BatchItem, ItemResult
from evidence.store import repo
from evidence.web.queries import decisions_of, results_stamp

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The files of a batch offered as downloads (API and workspace), with their content types.
DOWNLOADS: dict[str, str] = {
    "report.xlsx": XLSX,
    "spravka.docx": DOCX,
    "recommendations.docx": DOCX,
}

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()
_COMPLETE = ".complete"


def _lock(batch_id: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(batch_id, threading.Lock())


def _checked(engine: Engine, batch_id: str) -> tuple[list[BatchItem], list[ItemResult]]:
    items = repo.load_items(engine, batch_id)
    results = repo.load_results(engine, batch_id)
    done = [item for item in items if item.row in results]
    return done, [results[item.row] for item in done]


def report_folder(engine: Engine, data_dir: Path, row: Any) -> Path:
    """The folder holding ``results.jsonl``, ``report.html``, ``report.xlsx``,
    ``consistency.jsonl``, ``spravka.docx``, ``recommendations.docx`` (and ``changes.jsonl``
    with a previous batch) of this batch now; the справка is titled with the batch's
    municipality when it has one."""
    from evidence.runner import write_outputs

    batch_id: str = row.id
    decisions = decisions_of(engine, batch_id)
    stamp = json.dumps(
        [results_stamp(engine, batch_id), decisions, row.previous_batch],
        sort_keys=True,
        default=str,
    )
    key = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    base = data_dir / "reports" / batch_id
    out = base / key
    if (out / _COMPLETE).exists():
        return out
    with _lock(batch_id):
        if (out / _COMPLETE).exists():
            return out
        items, results = _checked(engine, batch_id)
        previous_items = previous_results = None
        if row.previous_batch:
            try:
                previous_items, previous_results = _checked(engine, row.previous_batch)
            except Exception:  # the previous batch was deleted: no year-over-year part
                previous_items = previous_results = None
        tmp = base / f"{key}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        write_outputs(
            items,
            results,
            year=row.year,
            out=tmp,
            source=row.source,
            previous_items=previous_items,
            previous_results=previous_results,
            decisions=decisions,
            municipality=row.municipality or "",
        )
        (tmp / _COMPLETE).write_text(stamp, encoding="utf-8")
        for old in base.iterdir():
            if old != tmp:
                shutil.rmtree(old, ignore_errors=True)
        tmp.rename(out)
    return out


def download_name(batch_id: str, name: str) -> str:
    """``spravka.docx`` of batch X downloads as ``spravka-X.docx``."""
    stem, _, extension = name.partition(".")
    return f"{stem}-{batch_id}.{extension}"
