"""Images (JPEG, PNG, TIFF, GIF, BMP, WEBP): photographed or scanned pages, read by OCR.

Multi-page TIFF/GIF frames are pages; only the first ``ocr_pages`` are read (only the top of
the first one in stage 1 of staged OCR).
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError

from evidence.errors import ExtractionError
from evidence.extract.base import (
    BLANK_SCAN,
    CORRUPT,
    NEEDS_OCR,
    TOO_BIG_IMAGE,
    Context,
    Text,
    TimeLimitError,
)
from evidence.extract.limits import TOP
from evidence.extract.ocr import ocr_image

# A4 at 600 dpi is 35 Mpx; anything far larger is a decompression bomb, not a scan.
MAX_PIXELS = 60_000_000
A4_LONG_SIDE_INCHES = 11.7


def extract_image(data: bytes, ctx: Context) -> Text:
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise ExtractionError(TOO_BIG_IMAGE)
        frames = getattr(image, "n_frames", 1)
        if not ctx.limits.ocr:
            image.verify()
            ctx.flag("needs_ocr")
            return Text("", pages=frames, empty_reason=NEEDS_OCR)
        texts = _ocr_frames(image, frames, ctx)
    except Image.DecompressionBombError as exc:
        raise ExtractionError(TOO_BIG_IMAGE) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ExtractionError(CORRUPT) from exc
    return Text("\n\f\n".join(t.strip() for t in texts), pages=frames, empty_reason=BLANK_SCAN)


def _ocr_frames(image: Image.Image, frames: int, ctx: Context) -> list[str]:
    limits = ctx.limits
    if frames > limits.ocr_pages:
        ctx.flag("ocr_pages_capped")
    texts: list[str] = []
    count = min(frames, limits.ocr_pages)
    if limits.ocr_region == TOP:  # stage 1 of staged OCR: the top of the first frame
        count = 1
        ctx.flag("ocr_top")
    for index in range(count):
        image.seek(index)
        page = ImageOps.exif_transpose(image.copy())  # phones store the turn in EXIF
        page = _fit_dpi(page, limits.ocr_dpi, _dpi_of(image))
        ctx.flag("ocr")
        try:
            texts.append(ocr_image(page, ctx, dpi=limits.ocr_dpi, region=limits.ocr_region))
        except TimeLimitError:
            if not any(t.strip() for t in texts):
                raise
            ctx.flag("time_capped")
            break
    return texts


def _dpi_of(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else None
    except (TypeError, ValueError, IndexError):
        return None
    return value if value and 50 <= value <= 1200 else None


def _fit_dpi(page: Image.Image, dpi: int, source_dpi: float | None) -> Image.Image:
    """Scale a page down to about ``dpi``: more pixels cost OCR time and read no better.

    Photos carry no trustworthy dpi; the long side is then assumed to span an A4 page.
    """
    long_side = max(page.size)
    target = long_side * dpi / source_dpi if source_dpi else A4_LONG_SIDE_INCHES * dpi
    if long_side > target * 1.2:
        scale = target / long_side
        page = page.resize(
            (max(int(page.width * scale), 1), max(int(page.height * scale), 1)),
            Image.Resampling.LANCZOS,
        )
    return page
