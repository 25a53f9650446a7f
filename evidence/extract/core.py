"""In-process extraction: registry lookup, error mapping, normalisation, flags."""

from __future__ import annotations

import hashlib
import time

from evidence.errors import ExtractionError
from evidence.extract.base import (
    BLANK_SCAN,
    CORRUPT,
    EMPTY_FILE,
    Context,
    TimeLimitError,
    log,
    memory_exceeded,
    unsupported,
)
from evidence.extract.limits import ExtractLimits
from evidence.extract.ocr import MIN_OCR_LETTERS, meaningful_letters
from evidence.extract.registry import get_extractor
from evidence.models import Extraction, FileKind
from evidence.textnorm import normalise

MAX_TEXT_CHARS = 2_000_000


def extract(data: bytes, kind: FileKind, limits: ExtractLimits) -> Extraction:
    """In-process. Never raises for bad input: corrupt/encrypted/empty/blank -> ``error``."""
    sha = hashlib.sha256(data).hexdigest()
    ctx = Context.start(limits)
    started = time.monotonic()
    pages: int | None = None
    try:
        if not data.strip():
            raise ExtractionError(EMPTY_FILE)
        extractor = get_extractor(kind)
        if extractor is None:
            raise ExtractionError(unsupported(kind.value))
        part = extractor(data, ctx)
        pages = part.pages
        text = normalise(part.text)
        if len(text) > MAX_TEXT_CHARS:  # classifiers read headers; megabytes of rows add nothing
            text = text[:MAX_TEXT_CHARS]
            ctx.flag("text_capped")
        if not text:
            raise ExtractionError(part.empty_reason)
        scanned = "ocr" in ctx.flags or "needs_ocr" in ctx.flags
        if scanned and meaningful_letters(text) < MIN_OCR_LETTERS:
            # A scan whose OCR found (next to) nothing, or left unread: only stray marks.
            raise ExtractionError(part.empty_reason if part.empty_reason != CORRUPT else BLANK_SCAN)
    except TimeLimitError as exc:
        ctx.flag("time_capped")
        return _failed(str(exc), kind, ctx, sha, pages)
    except ExtractionError as exc:  # includes MissingToolError
        return _failed(str(exc), kind, ctx, sha, pages)
    except MemoryError:
        ctx.flag("memory_capped")
        return _failed(memory_exceeded(limits.memory_mb), kind, ctx, sha, pages)
    except RecursionError:
        return _failed(CORRUPT, kind, ctx, sha, pages)
    except Exception:  # a library choking on hostile bytes is still just a broken file
        log.exception("extractor for %s failed on %s", kind.value, sha[:12])
        return _failed(CORRUPT, kind, ctx, sha, pages)
    log.info(
        "extracted %s %s: %d chars, %s pages, %d OCR'd, %.2fs, flags=%s",
        kind.value, sha[:12], len(text), pages, ctx.ocr_pages, time.monotonic() - started,
        ",".join(ctx.flags),
    )  # fmt: skip
    return Extraction(
        text=text,
        kind=kind,
        pages=pages,
        ocr_pages=ctx.ocr_pages,
        flags=tuple(ctx.flags),
        sha256=sha,
    )


def _failed(reason: str, kind: FileKind, ctx: Context, sha: str, pages: int | None) -> Extraction:
    log.info("extraction of %s %s failed: %s", kind.value, sha[:12], reason)
    return Extraction(
        text="",
        kind=kind,
        pages=pages,
        ocr_pages=ctx.ocr_pages,
        flags=tuple(ctx.flags),
        error=reason,
        sha256=sha,
    )
