"""The one Celery app of evidence-check, configured from ``config.settings.Settings``.

Start workers with ``evidence-check workers`` or ``celery -A workers worker -Q fast,ocr``.
Results go to the database (``DATABASE_URL``), not to a result backend; messages are JSON.

Durability: tasks are acknowledged after they finish (``acks_late``) and a task whose worker
process died is put back (``task_reject_on_worker_lost``); each worker process reserves one
message at a time (prefetch multiplier 1), so a crash loses at most the messages in hand — and
those come back by the broker's visibility timeout or, sooner, by the dispatcher's watchdog
(``evidence.dispatch``).
"""

from __future__ import annotations

import logging
from typing import Any

from celery import Celery
from celery.signals import worker_process_init, worker_process_shutdown
from kombu import Exchange, Queue

from config.settings import Settings, get_settings

log = logging.getLogger(__name__)

FAST_QUEUE = "fast"
OCR_QUEUE = "ocr"
DEFAULT_BROKER = "redis://127.0.0.1:6379/0"


def visibility_timeout(settings: Settings) -> int:
    """Longer than the longest task (OCR), so that a running task is never handed out twice."""
    return max(3600, 2 * settings.ocr_time_limit)


def configure(app: Celery, settings: Settings) -> None:
    app.conf.update(
        broker_url=settings.broker_url or DEFAULT_BROKER,
        broker_connection_retry_on_startup=True,
        broker_transport_options={"visibility_timeout": visibility_timeout(settings)},
        result_backend=None,
        task_ignore_result=True,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        event_serializer="json",
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        # A broker restart must not kill the tasks in hand: they write to the database and
        # their messages are re-published by the dispatcher's watchdog anyway.
        worker_cancel_long_running_tasks_on_connection_loss=False,
        # Each queue its own direct exchange and routing key: a message goes to one queue only.
        task_queues=(
            Queue(FAST_QUEUE, Exchange(FAST_QUEUE, type="direct"), routing_key=FAST_QUEUE),
            Queue(OCR_QUEUE, Exchange(OCR_QUEUE, type="direct"), routing_key=OCR_QUEUE),
        ),
        task_default_queue=FAST_QUEUE,
        task_default_exchange=FAST_QUEUE,
        task_default_routing_key=FAST_QUEUE,
        task_routes={
            "evidence.check_item": {"queue": FAST_QUEUE},
            "evidence.check_chunk": {"queue": FAST_QUEUE},
            "evidence.check_item_ocr": {"queue": OCR_QUEUE},
        },
        # Task events cost a few Redis round trips per task; Flower switches them on while it
        # runs (its --enable-events default), so they are off otherwise.
        task_send_sent_event=False,
        worker_send_task_events=False,
        worker_max_tasks_per_child=500,  # bounds leaks of native extractors
        timezone="UTC",
    )


app = Celery("evidence", include=["workers.tasks"])
configure(app, get_settings())


@worker_process_init.connect
def _warm(**_: Any) -> None:
    """Build the checking machinery once per worker process (dictionaries, catalogue, clients)."""
    from workers import runtime

    runtime.init_process(get_settings(), app.conf.broker_url)


@worker_process_shutdown.connect
def _close(**_: Any) -> None:
    from workers import runtime

    runtime.close_process()
