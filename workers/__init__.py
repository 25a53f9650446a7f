"""Celery workers of evidence-check: ``celery -A workers worker -Q fast,ocr`` finds ``app`` here."""

from workers.celery_app import app

__all__ = ["app"]
