"""OCR with the ``tesseract`` CLI: deskew, orientation fix, and the one OCR decision.

``ocr_decision`` is the only place that decides whether a PDF page needs OCR (text layer
missing or too thin) and logs why. ``ocr_image`` straightens a page (small-angle deskew by
projection profile; 90/180/270 turns by tesseract OSD when the first pass reads poorly) and
runs tesseract on it. With ``region="top"`` only the top of the (straightened) page is read:
stage 1 of staged OCR, where an order's or a report's title, number and date sit.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import tempfile
from collections.abc import Iterator
from typing import Any

import numpy as np
from PIL import Image

from evidence.extract.base import Context, log
from evidence.extract.limits import FULL, TOP
from evidence.extract.tools import run_tool

# A text layer with fewer letters than this on a page is "too thin": the page is a scan
# (maybe with a typed stamp or a scanner's page number). paperless uses a similar cut.
MIN_LAYER_LETTERS = 50
# Pages read by OCR with fewer meaningful letters than this are blank or noise.
MIN_OCR_LETTERS = 12

_WORDS = re.compile(r"[^\W\d_]{3,}")
_CYRILLIC_WORD = re.compile(r"[а-яё]+")
# Tilts below this are left to tesseract's own layout analysis (rotating costs ~0.1 s).
MIN_DESKEW = 0.5
# Stage 1 of staged OCR reads this share of the first page's height from the top.
TOP_SHARE = 0.4
# Tesseract runs one page per process; its OpenMP threads only add overhead on a busy box.
_TESSERACT_ENV = {"OMP_THREAD_LIMIT": "1"}


def meaningful_letters(text: str, enough: int | None = None) -> int:
    """Letters in words of three or more letters (noise and stray marks do not count).

    With ``enough``, counting stops once that many are found (a full page need not be scanned).
    """
    total = 0
    for match in _WORDS.finditer(text):
        total += match.end() - match.start()
        if enough is not None and total >= enough:
            break
    return total


def ocr_decision(layer_text: str, page_number: int) -> tuple[bool, str]:
    """Decide whether page ``page_number`` (1-based) needs OCR, with the reason."""
    letters = meaningful_letters(layer_text, enough=MIN_LAYER_LETTERS)
    if not layer_text.strip():
        reason = "no text layer"
    elif letters < MIN_LAYER_LETTERS:
        reason = f"text layer too thin ({letters} letters < {MIN_LAYER_LETTERS})"
    else:
        log.debug("page %d: text layer has %d+ letters, OCR not needed", page_number, letters)
        return False, f"text layer has {letters}+ letters"
    log.info("page %d: OCR because %s", page_number, reason)
    return True, reason


def ocr_image(image: Image.Image, ctx: Context, *, dpi: int, region: str = FULL) -> str:
    """OCR one page image, straightening it first; returns the raw tesseract text.

    ``region="top"`` reads only the top ``TOP_SHARE`` of the straightened page and skips the
    orientation retry (a turned page reads poorly there, and stage 2 reads it in full).
    """
    ctx.ocr_pages += 1
    gray = _prepare(image)
    angle = estimate_skew(gray)
    if angle:
        log.info("page tilted by %.1f degrees: straightened", angle)
        gray = gray.rotate(-angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    if region == TOP:
        return tesseract(top_part(gray), ctx, dpi=dpi)
    text = tesseract(gray, ctx, dpi=dpi)
    if _reads_well(text):
        return text
    turn = detect_orientation(gray, ctx, dpi=dpi)
    if not turn:
        return text
    log.info("page turned by %d degrees (tesseract OSD)", turn)
    turned = gray.rotate(-turn, expand=True, fillcolor=255)
    angle = estimate_skew(turned)
    if angle:
        turned = turned.rotate(
            -angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255
        )
    second = tesseract(turned, ctx, dpi=dpi)
    return second if _known_words(second) > _known_words(text) else text


def top_part(gray: Image.Image) -> Image.Image:
    """The top ``TOP_SHARE`` of a page, cut in the blankest row near that line (not through
    a line of text)."""
    target = int(gray.height * TOP_SHARE)
    band = max(int(gray.height * 0.03), 1)  # look for a gap within ±3 % of the page height
    rows = np.asarray(gray.crop((0, target - band, gray.width, target + band)))
    ink = (rows < 128).sum(axis=1)
    cut = target - band + int(np.argmin(ink)) if len(ink) else target
    return gray.crop((0, 0, gray.width, max(cut, 1)))


def tesseract(image: Image.Image, ctx: Context, *, dpi: int, psm: int = 3) -> str:
    """Run the tesseract CLI on a greyscale image (an uncompressed PGM in a temporary file)."""
    with _image_file(image) as path:
        args = ["tesseract", path, "stdout", "-l", ctx.limits.ocr_languages, "--psm", str(psm)]
        result = run_tool([*args, "--dpi", str(dpi)], ctx, env=_TESSERACT_ENV)
    if result.returncode != 0:
        log.warning("tesseract failed: %s", result.stderr.decode(errors="replace")[-300:])
        return ""
    return result.stdout.decode("utf-8", errors="replace")


def detect_orientation(image: Image.Image, ctx: Context, *, dpi: int) -> int:
    """Degrees (0/90/180/270, clockwise) to turn the page upright, by tesseract OSD."""
    small = image.reduce(2) if min(image.size) > 1200 else image
    with _image_file(small) as path:
        args = ["tesseract", path, "stdout", "--psm", "0", "-l", "osd", "--dpi", str(dpi // 2)]
        result = run_tool(args, ctx, env=_TESSERACT_ENV)
    out = result.stdout.decode(errors="replace")
    rotate = re.search(r"Rotate:\s*(\d+)", out)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not rotate or not confidence or float(confidence.group(1)) < 1.5:
        return 0
    return int(rotate.group(1)) % 360


def estimate_skew(gray: Image.Image, max_angle: float = 10.0) -> float:
    """The tilt of a text page in degrees, counter-clockwise positive (as PIL's ``rotate``);
    ``image.rotate(-tilt)`` straightens it. 0 when unsure or below ``MIN_DESKEW``.

    Projection profile: the row sums of ink are sharpest when text lines are horizontal.
    The ink pixels of a ~800 px wide copy are sheared (not the image rotated) for each
    candidate angle and binned by row: a 0.5-degree sweep, then a 0.1-degree refinement.
    """
    scale = 800 / max(gray.width, 1)
    small = gray.resize((800, max(int(gray.height * scale), 1))) if scale < 1 else gray
    ink = np.asarray(small) < 128
    ys, xs = np.nonzero(ink)
    if len(ys) < 200:
        return 0.0
    offsets = xs - small.width / 2  # shear about the vertical centre line
    height = small.height

    def score(angle: float) -> float:
        rows = np.rint(ys + offsets * np.tan(np.radians(angle))).astype(np.int64)
        profile = np.bincount(rows[(rows >= 0) & (rows < height)], minlength=height)
        return float(np.sum(np.diff(profile).astype(np.float64) ** 2))

    coarse = {float(a): score(float(a)) for a in np.arange(-max_angle, max_angle + 0.01, 0.5)}
    best = max(coarse, key=lambda a: coarse[a])
    fine = {round(best + d, 2): score(best + d) for d in np.arange(-0.4, 0.41, 0.1)}
    best = max(fine, key=lambda a: fine[a])
    # Not sure (a flat profile: a photo, a blank page) or too small to matter: leave it.
    if fine[best] < coarse.get(0.0, 0.0) * 1.05 or abs(best) < MIN_DESKEW:
        return 0.0
    return best


def _prepare(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "P"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    return image.convert("L")


def _reads_well(text: str) -> bool:
    """Mostly dictionary words: the page was upright (a turned page reads as gibberish)."""
    words = [w.lower() for w in _WORDS.findall(text)]
    russian = [w for w in words if _CYRILLIC_WORD.fullmatch(w)]
    if len(russian) < 5:
        # Latin text or next to none: judge by the share of letters among visible characters.
        return len(words) >= 8 and sum(map(len, words)) >= 0.5 * len(re.sub(r"\s", "", text))
    return _known_words(text) >= 0.6 * len(russian)


def _known_words(text: str) -> int:
    """Russian words of three letters or more that the dictionary knows."""
    morph = _morph()
    words = (w.lower() for w in _WORDS.findall(text))
    return sum(1 for w in words if _CYRILLIC_WORD.fullmatch(w) and morph.word_is_known(w))


@functools.lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@contextlib.contextmanager
def _image_file(image: Image.Image) -> Iterator[str]:
    """The image as a binary PGM file: no compression cost, and tesseract reads a file
    faster than its stdin."""
    fd, path = tempfile.mkstemp(prefix="evidence-ocr-", suffix=".pgm")
    try:
        with os.fdopen(fd, "wb") as handle:
            image.save(handle, "PPM")  # mode L -> binary PGM
        yield path
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
