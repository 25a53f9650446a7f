"""Scans: OCR of images and image-only PDFs, deskew, orientation. Kept few (1-3 s a page)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader

from evidence.extract import ExtractLimits, extract
from evidence.extract.ocr import estimate_skew, ocr_decision
from evidence.models import FileKind
from tests.extract.conftest import realworld
from tests.extract.corpus import ORDER_TEXT, build_sample, render_page


def test_photographed_order_jpeg_is_read(
    corpus: tuple[Path, dict[str, tuple[str, ...]]], limits: ExtractLimits
) -> None:
    directory, labels = corpus
    result = extract((directory / "order-scan.jpg").read_bytes(), FileKind.JPEG, limits)
    assert result.error is None
    assert "ocr" in result.flags
    assert result.ocr_pages == 1
    for phrase in labels["order-scan.jpg"]:
        assert phrase in result.text


def test_scanned_pdf_without_text_layer_is_ocrd(limits: ExtractLimits) -> None:
    data = build_sample(FileKind.PDF, ORDER_TEXT, scan=True, angle=-4.0)
    result = extract(data, FileKind.PDF, limits)
    assert result.error is None
    assert result.ocr_pages == 1
    assert "ПРИКАЗ" in result.text
    assert "наставничества" in result.text


def test_page_turned_sideways_is_read_upright(limits: ExtractLimits) -> None:
    page = render_page(ORDER_TEXT, scan=True).rotate(90, expand=True)
    data = build_png(page)
    result = extract(data, FileKind.PNG, limits)
    assert "ПРИКАЗ" in result.text
    assert "наставничества" in result.text


def test_ocr_disabled_flags_needs_ocr_instead(limits: ExtractLimits) -> None:
    data = build_sample(FileKind.PDF, ORDER_TEXT, scan=True)
    result = extract(data, FileKind.PDF, ExtractLimits(ocr=False))
    assert result.error is not None
    assert "needs_ocr" in result.flags
    assert result.ocr_pages == 0


def test_skew_estimate_finds_the_tilt() -> None:
    page = render_page(ORDER_TEXT).convert("L")
    assert estimate_skew(page) == 0.0
    for tilt in (5.0, -2.5, 9.0):
        assert estimate_skew(page.rotate(tilt, fillcolor=255)) == pytest.approx(tilt, abs=0.3)


def test_ocr_decision_on_thin_text_layers() -> None:
    assert ocr_decision("", 1)[0]
    assert ocr_decision("Стр. 1  Копия верна", 1)[0]
    assert not ocr_decision(ORDER_TEXT, 1)[0]


@pytest.mark.realworld
def test_real_scanned_order_first_page() -> None:
    path = realworld("dedoc-orders/with_applications.pdf")
    result = extract(path.read_bytes(), FileKind.PDF, ExtractLimits(ocr_pages=1))
    assert result.error is None
    assert result.pages == 4
    assert result.ocr_pages == 1
    assert "ocr_pages_capped" in result.flags
    assert "ПРИКАЗ" in result.text
    assert "2020" in result.text


@pytest.mark.realworld
def test_real_scan_with_ocr_disabled_needs_ocr() -> None:
    path = realworld("school-tselinny-docs/finansi.pdf")
    result = extract(path.read_bytes(), FileKind.PDF, ExtractLimits(ocr=False))
    assert "needs_ocr" in result.flags
    assert result.error is not None and "OCR" in result.error
    assert result.pages == 2


def build_png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_multipage_tiff_reads_only_the_first_ocr_pages() -> None:
    from tests.extract.corpus import build_multipage_tiff

    data = build_multipage_tiff([ORDER_TEXT, "Приложение к приказу о наставничестве"])
    result = extract(data, FileKind.TIFF, ExtractLimits(ocr_pages=1))
    assert result.pages == 2
    assert result.ocr_pages == 1
    assert "ocr_pages_capped" in result.flags
    assert "145-од" in result.text
    assert "Приложение" not in result.text


def test_scan_with_a_thin_text_layer_still_needs_ocr() -> None:
    # A scanner that stamps "Стр. 1" as text: the layer is too thin to stand for the page.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    image = render_page(ORDER_TEXT, scan=True)
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.drawImage(ImageReader(image), 0, 0, *A4)
    pdf.drawString(500, 20, "Page 1")
    pdf.save()
    fast = extract(out.getvalue(), FileKind.PDF, ExtractLimits(ocr=False))
    assert "needs_ocr" in fast.flags
    assert fast.error == "текст не извлечён: нужен распознаватель (OCR), а он отключён"
    full = extract(out.getvalue(), FileKind.PDF, ExtractLimits())
    assert "ПРИКАЗ" in full.text
    assert full.ocr_pages == 1
