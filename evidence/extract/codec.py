"""Extraction <-> JSON-ready dict (the worker protocol and the cache files)."""

from __future__ import annotations

from typing import Any

from evidence.models import Extraction, FileKind

# Errors that depend on the run, not on the bytes: never cached.
TRANSIENT_PREFIXES = ("извлечение текста прервано", "не установлена программа")


def to_dict(extraction: Extraction) -> dict[str, Any]:
    return {
        "text": extraction.text,
        "kind": extraction.kind.value,
        "pages": extraction.pages,
        "ocr_pages": extraction.ocr_pages,
        "flags": list(extraction.flags),
        "error": extraction.error,
        "sha256": extraction.sha256,
    }


def from_dict(data: dict[str, Any]) -> Extraction:
    return Extraction(
        text=str(data.get("text") or ""),
        kind=FileKind(data["kind"]),
        pages=data.get("pages"),
        ocr_pages=int(data.get("ocr_pages") or 0),
        flags=tuple(data.get("flags") or ()),
        error=data.get("error"),
        sha256=data.get("sha256"),
    )


def is_transient(extraction: Extraction) -> bool:
    """True when a re-run could give another result (time/memory caps, crash, missing tool)."""
    if "time_capped" in extraction.flags:
        return True
    return bool(extraction.error and extraction.error.startswith(TRANSIENT_PREFIXES))
