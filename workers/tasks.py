"""Celery tasks: thin adapters over ``workers.runtime`` (and through it the pipeline).

``check_chunk`` carries a chunk of rows (the dispatcher's normal message: one broker round
trip and a few database statements per chunk, not per row); ``check_item`` one row (older
messages, re-published single rows); ``check_item_ocr`` one row that needs OCR.

JSON in (the batch id, ``BatchItem.to_dict()``, ``CheckConfig.to_dict()``), one domain call
that checks the row and writes its result to the database, a small JSON summary out. Retry
policy lives in the decorators: transient errors only (broker, Redis, database away).
"""

from __future__ import annotations

from typing import Any

from config.settings import get_settings
from workers.celery_app import OCR_QUEUE, app
from workers.runtime import TRANSIENT_ERRORS, run_chunk, run_item

_settings = get_settings()
_RETRY = {
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": 2,
    "retry_backoff_max": 60,
    "retry_jitter": True,
    "max_retries": 8,
    "acks_late": True,
    "reject_on_worker_lost": True,
}


@app.task(
    name="evidence.check_item",
    queue="fast",
    soft_time_limit=int(_settings.task_time_limit * 0.9),
    time_limit=_settings.task_time_limit,
    **_RETRY,
)
def check_item(batch_id: str, item: dict[str, Any], config: dict[str, Any]) -> dict[str, Any]:
    """Fetch and read a row without OCR; rows that need OCR move on to the ``ocr`` queue."""
    outcome = run_item(batch_id, item, config, ocr=False)
    if outcome.get("queue") == OCR_QUEUE:
        check_item_ocr.apply_async((batch_id, item, config), queue=OCR_QUEUE)
    return outcome


@app.task(
    name="evidence.check_chunk",
    queue="fast",
    soft_time_limit=int(_settings.task_time_limit * 0.9),
    time_limit=_settings.task_time_limit,
    **_RETRY,
)
def check_chunk(
    batch_id: str, items: list[dict[str, Any]], config: dict[str, Any]
) -> dict[str, Any]:
    """The fast pass over a chunk of rows; rows that need OCR move on to the ``ocr`` queue."""
    outcome = run_chunk(batch_id, items, config)
    for item in outcome.pop("ocr"):
        check_item_ocr.apply_async((batch_id, item, config), queue=OCR_QUEUE)
    return outcome


@app.task(
    name="evidence.check_item_ocr",
    queue=OCR_QUEUE,
    soft_time_limit=int(_settings.ocr_time_limit * 0.9),
    time_limit=_settings.ocr_time_limit,
    **_RETRY,
)
def check_item_ocr(batch_id: str, item: dict[str, Any], config: dict[str, Any]) -> dict[str, Any]:
    """Check a row with OCR (scans without a text layer)."""
    return run_item(batch_id, item, config, ocr=True)
