"""PDF: the text layer by pypdfium2 (fast path); pages without one are rendered and OCR'd.

pypdfium2 was measured against poppler ``pdftotext`` and pdfplumber on the same pages
(bench/bench_extract.py): it is the fastest of the three and needs no subprocess, and
plain text is all the classifiers use, so pdfplumber's layout analysis is not used.
PDFium is not thread-safe: every call into it holds ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from evidence.errors import ExtractionError
from evidence.extract.base import (
    BLANK_SCAN,
    CORRUPT,
    ENCRYPTED,
    NEEDS_OCR,
    NO_TEXT,
    Context,
    Text,
    TimeLimitError,
    log,
)
from evidence.extract.limits import TOP
from evidence.extract.ocr import MIN_OCR_LETTERS, meaningful_letters, ocr_decision, ocr_image

PDFIUM_LOCK = threading.RLock()
# A4 at 300 dpi is 8.7 Mpx; pages far larger than that are rendered at a lower dpi.
MAX_RENDER_PIXELS = 40_000_000


def extract_pdf(data: bytes, ctx: Context) -> Text:
    limits = ctx.limits
    with PDFIUM_LOCK:
        pdf = _open(data)
    try:
        with PDFIUM_LOCK:
            total = len(pdf)
        if total == 0:
            raise ExtractionError(CORRUPT)
        if total > limits.max_pages:
            ctx.flag("pages_capped")
        texts: list[str] = []
        scanned = 0
        for index in range(min(total, limits.max_pages)):
            try:
                ctx.check_time()
                page_text, was_scan = _page_text(pdf, index, ctx)
            except TimeLimitError:
                if not any(t.strip() for t in texts):
                    raise
                ctx.flag("time_capped")
                log.info("time cap after %d pages", index)
                break
            texts.append(page_text)
            scanned += was_scan
        text = "\n\f\n".join(t.strip() for t in texts)
        empty_reason = BLANK_SCAN if scanned else NO_TEXT
        if "needs_ocr" in ctx.flags and meaningful_letters(text) < MIN_OCR_LETTERS:
            empty_reason = NEEDS_OCR
        return Text(text, pages=total, empty_reason=empty_reason)
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ExtractionError(ENCRYPTED) from exc
        raise ExtractionError(CORRUPT) from exc


def _page_text(pdf: pdfium.PdfDocument, index: int, ctx: Context) -> tuple[str, bool]:
    """The text of page ``index`` and whether it was a scan (its layer was missing/thin)."""
    limits = ctx.limits
    with PDFIUM_LOCK:
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            layer = textpage.get_text_bounded()
            textpage.close()
            needed, _reason = ocr_decision(layer, index + 1)
            if not needed:
                return layer, False
            if not limits.ocr:
                ctx.flag("needs_ocr")
                return layer, True
            if limits.ocr_region == TOP and index > 0:  # stage 1 reads the top of page 1 only
                ctx.flag("ocr_top")
                return layer, True
            if ctx.ocr_pages >= limits.ocr_pages:
                ctx.flag("ocr_pages_capped")
                return layer, True
            width, height = page.get_size()  # points
            scale = limits.ocr_dpi / 72
            pixels = width * height * scale * scale
            if pixels > MAX_RENDER_PIXELS:  # a poster-sized page: render it smaller
                scale *= (MAX_RENDER_PIXELS / pixels) ** 0.5
            image = page.render(scale=scale, grayscale=True).to_pil()
        finally:
            page.close()
    ctx.flag("ocr")
    if limits.ocr_region == TOP:
        ctx.flag("ocr_top")
    ocr_text = ocr_image(image, ctx, dpi=limits.ocr_dpi, region=limits.ocr_region)
    best = ocr_text if meaningful_letters(ocr_text) >= meaningful_letters(layer) else layer
    return best, True
