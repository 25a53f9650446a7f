"""Every format yields the text later classification depends on (in-process ``extract``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.extract import ExtractLimits, extract, html_to_text
from evidence.models import FileKind
from tests.extract.conftest import realworld
from tests.extract.corpus import (
    AGREEMENT_TEXT,
    CORPUS,
    ORDER_TEXT,
    build_rich_docx,
    build_sample,
)

TEXT_CORPUS = [name for name, (kind, _, _) in CORPUS.items() if not kind.is_image]


@pytest.mark.parametrize("name", TEXT_CORPUS)
def test_corpus_document_yields_its_phrases(
    corpus: tuple[Path, dict[str, tuple[str, ...]]], limits: ExtractLimits, name: str
) -> None:
    directory, labels = corpus
    kind = CORPUS[name][0]
    result = extract((directory / name).read_bytes(), kind, limits)
    assert result.error is None
    assert result.ok
    for phrase in labels[name]:
        assert phrase in result.text
    assert "ocr" not in result.flags
    assert result.sha256 and len(result.sha256) == 64


def test_docx_reads_header_table_text_box_and_footer_in_order(limits: ExtractLimits) -> None:
    result = extract(build_rich_docx(), FileKind.DOCX, limits)
    lines = result.text.split("\n")
    assert lines[0] == "МБОУ «СОШ № 7» г. Самара"  # header first
    assert lines[1] == "ПРИКАЗ"
    # The date and the number sit in two cells of one table row: one line.
    assert lines[2] == "от 12.09.2024 № 145-од"
    assert (
        lines.index("Согласовано: председатель профкома")
        == lines.index("Текст перед надписью.") + 1
    )
    assert result.text.count("Согласовано") == 1  # the VML fallback copy is not read twice
    assert lines[-1] == "Исполнитель: Петрова Н. В."  # footer last


def test_text_in_cp1251_and_utf8_bom(limits: ExtractLimits) -> None:
    for data in (
        ORDER_TEXT.encode("cp1251"),
        b"\xef\xbb\xbf" + ORDER_TEXT.encode(),
        ORDER_TEXT.encode("koi8_r", "replace"),
    ):
        result = extract(data, FileKind.TEXT, limits)
        assert "ПРИКАЗ" in result.text
        assert "Назначить куратором наставничества" in result.text


def test_rtf_escapes_decode_to_russian(limits: ExtractLimits) -> None:
    data = build_sample(FileKind.RTF, AGREEMENT_TEXT)
    assert b"\\'cf" in data  # «П» escaped in cp1251, as Word writes it
    result = extract(data, FileKind.RTF, limits)
    assert result.text.split("\n")[2] == "1. Предмет договора"


def test_zip_joins_members_under_their_names_and_skips_programs(limits: ExtractLimits) -> None:
    result = extract(build_sample(FileKind.ZIP, ORDER_TEXT), FileKind.ZIP, limits)
    assert "=== Приказ.docx ===" in result.text
    assert "от 12.09.2024 № 145-од" in result.text
    assert "zip_members:2" in result.flags
    assert "program.exe" not in result.text


def test_text_pdf_page_cap_reads_first_pages_and_says_so() -> None:
    pages = "\f".join(
        f"Страница {n}\nПРИКАЗ о наставничестве, текст страницы номер {n}" for n in range(1, 6)
    )
    result = extract(build_sample(FileKind.PDF, pages), FileKind.PDF, ExtractLimits(max_pages=2))
    assert result.pages == 5
    assert "Страница 2" in result.text
    assert "Страница 3" not in result.text
    assert "pages_capped" in result.flags


def test_html_helper_drops_scripts_and_decodes_cp1251() -> None:
    text = html_to_text(build_sample(FileKind.HTML, ORDER_TEXT))
    assert "ПРИКАЗ\nот 12.09.2024 № 145-од" in text
    assert "скрипт" not in text
    assert "color" not in text


# --- real documents, in place ------------------------------------------------------------------


@pytest.mark.realworld
@pytest.mark.parametrize(
    ("relative", "kind", "phrases"),
    [
        pytest.param("school-tselinny-docs/priem.doc", FileKind.DOC,
                     ("ПОРЯДКЕ ПРИЕМА ГРАЖДАН", "приказом от «12» февраля 2016 года"), id="doc_priem"),
        pytest.param("school-tselinny-docs/polozhenie_ob_uchebnikakh.doc", FileKind.DOC,
                     ("ПОЛОЖЕНИЕ", "От 12 февраля 2016г."), id="doc_uchebniki"),
        pytest.param("school-tselinny-docs/Polozhenie_o_promezhutochnoy_attestatsii (1).rtf",
                     FileKind.RTF, ("Положение", "промежуточной аттестации", "«12» февраль 2016 г."),
                     id="rtf_cp1251"),
        pytest.param("school-tselinny-docs/Polozhenie_o_vnutrishkolnom_kontrole.docx", FileKind.DOCX,
                     ("ПОЛОЖЕНИЕ", "о внутришкольном контроле", "«12» февраля 2016 г."), id="docx_kontrol"),
        pytest.param("school-tselinny-docs/Polozhenie_o_poryadke_priema_grazhdan_1 (1).docx",
                     FileKind.DOCX, ("Положение", "Приказ № от «12 » февраля 2016 г."), id="docx_priem"),
        pytest.param("school-tselinny-docs/struktura.pdf", FileKind.PDF,
                     ("СТРУКТУРА И ОРГАНЫ УПРАВЛЕНИЯ",), id="pdf_text_layer"),
        pytest.param("shkola-pk-agreements/Пользовательское_соглашение.docx", FileKind.DOCX,
                     ("Пользовательское соглашение",), id="docx_agreement"),
    ],
)  # fmt: skip
def test_real_documents(
    relative: str, kind: FileKind, phrases: tuple[str, ...], limits: ExtractLimits
) -> None:
    result = extract(realworld(relative).read_bytes(), kind, limits)
    assert result.error is None
    for phrase in phrases:
        assert phrase in result.text
    assert "Ã" not in result.text and "Ð" not in result.text  # no UTF-8-as-Latin-1 mojibake
    assert "ocr" not in result.flags


@pytest.mark.parametrize(
    "kind", [FileKind.GIF, FileKind.BMP, FileKind.WEBP, FileKind.TIFF, FileKind.PNG]
)
def test_every_image_kind_decodes(kind: FileKind) -> None:
    # Without OCR (the fast queue): the image is decoded and marked as needing OCR.
    result = extract(build_sample(kind, ORDER_TEXT), kind, ExtractLimits(ocr=False))
    assert result.error == "текст не извлечён: нужен распознаватель (OCR), а он отключён"
    assert result.flags == ("needs_ocr",)
    assert result.pages == 1


def test_from_settings_carries_the_extraction_settings() -> None:
    from config.settings import Settings

    settings = Settings(ocr_pages=1, ocr_dpi=150, extract_timeout=9.5, extract_memory_mb=800)
    limits = ExtractLimits.from_settings(settings)
    assert (limits.ocr_pages, limits.ocr_dpi, limits.timeout, limits.memory_mb) == (
        1,
        150,
        9.5,
        800,
    )
    assert limits.signature() != ExtractLimits().signature()
    assert ExtractLimits(timeout=1).signature() == ExtractLimits().signature()


def test_spreadsheet_or_rtf_served_as_doc_is_still_read(limits: ExtractLimits) -> None:
    # Sites label whatever Word saved as ".doc"; the OLE2 streams / magic bytes decide.
    xls = extract(
        build_sample(FileKind.XLS, "Наставник\tНаставляемый\nИванова\tПетров"), FileKind.DOC, limits
    )
    assert "Иванова Петров" in xls.text
    rtf = extract(build_sample(FileKind.RTF, AGREEMENT_TEXT), FileKind.DOC, limits)
    assert "Предмет договора" in rtf.text


def test_html_delivered_as_a_document_yields_its_visible_text() -> None:
    page = (
        "<html><head><meta charset='windows-1251'><title>Приказ</title>"
        "<script>var x = 'ПРИКАЗЫВАЮ';</script></head><body><h1>ПРИКАЗ</h1>"
        "<p>от 12.09.2024 № 145-од</p><p>О наставничестве</p></body></html>"
    ).encode("cp1251")

    result = extract(page, FileKind.HTML, ExtractLimits())
    assert result.ok
    assert "ПРИКАЗ" in result.text and "от 12.09.2024 № 145-од" in result.text
    assert "var x" not in result.text
