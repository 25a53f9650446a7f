"""Caps of one extraction; frozen and passed in (domain code never reads settings)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from config.settings import Settings

# Bump when extractor changes would change the text of an already cached document.
EXTRACTOR_VERSION = 1
# ``ocr_region``: OCR whole pages, or only the top of the first one (stage 1 of staged OCR).
FULL = "full"
TOP = "top"


@dataclass(frozen=True)
class ExtractLimits:
    ocr: bool = True  # False = never OCR (fast queue); the result then has flag "needs_ocr"
    ocr_pages: int = 3  # OCR only the first N pages (enough for a two-page order)
    ocr_dpi: int = 200
    ocr_languages: str = "rus+eng"
    max_pages: int = 30  # pages read from a text layer
    max_unpacked_bytes: int = 100 * 1024 * 1024  # ZIP/DOCX bomb guard
    timeout: float = 120.0  # wall time per document
    memory_mb: int = 1536  # address-space limit of the isolated extraction process
    # "top": stage 1 of staged OCR (only the top of page 1 is OCR'd); "full": every page.
    ocr_region: str = FULL
    ocr_staged: bool = True  # the pipeline tries stage 1 before OCR of the whole scan

    @classmethod
    def from_settings(cls, settings: Settings) -> ExtractLimits:
        return cls(
            ocr_pages=settings.ocr_pages,
            ocr_dpi=settings.ocr_dpi,
            ocr_languages=settings.ocr_languages,
            max_pages=settings.max_pages,
            max_unpacked_bytes=settings.max_unpacked_bytes,
            timeout=settings.extract_timeout,
            memory_mb=settings.extract_memory_mb,
            ocr_staged=settings.ocr_staged,
        )

    def signature(self) -> str:
        """Short hash of the limits that change the extracted text (the cache key part)."""
        relevant = asdict(self)
        del relevant["timeout"], relevant["memory_mb"], relevant["ocr_staged"]
        if relevant["ocr_region"] == FULL:  # full OCR keeps the cache entries it always had
            del relevant["ocr_region"]
        relevant["version"] = EXTRACTOR_VERSION
        blob = json.dumps(relevant, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]

    def to_dict(self) -> dict[str, object]:
        return asdict(self)
