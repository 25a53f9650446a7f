"""Whatever cannot yield text ends as an Extraction with a Russian reason, never a crash."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from evidence.extract import ExtractLimits, extract
from evidence.models import FileKind
from tests.extract.corpus import (
    ORDER_TEXT,
    build_blank_scan,
    build_docx_bomb,
    build_encrypted_pdf,
    build_sample,
    build_zip_bomb,
)

SMALL_UNPACK = ExtractLimits(max_unpacked_bytes=20 * 1024 * 1024)
REPO = Path(__file__).resolve().parents[2]


def test_empty_file(limits: ExtractLimits) -> None:
    for kind in (FileKind.PDF, FileKind.DOCX, FileKind.TEXT, FileKind.JPEG):
        result = extract(b"", kind, limits)
        assert result.error == "пустой файл"
        assert not result.ok


def test_password_protected_pdf(limits: ExtractLimits) -> None:
    result = extract(build_encrypted_pdf(ORDER_TEXT), FileKind.PDF, limits)
    assert result.error == "PDF защищён паролем"


@pytest.mark.parametrize(
    ("kind", "cut"),
    [
        pytest.param(FileKind.PDF, 0.5, id="pdf_half"),
        pytest.param(FileKind.DOCX, 0.6, id="docx_truncated"),
        pytest.param(FileKind.XLSX, 0.5, id="xlsx_truncated"),
        pytest.param(FileKind.ODT, 0.5, id="odt_truncated"),
        pytest.param(FileKind.ZIP, 0.3, id="zip_truncated"),
        pytest.param(FileKind.JPEG, 0.02, id="jpeg_header_only"),
        pytest.param(FileKind.PNG, 0.3, id="png_truncated"),
    ],
)
def test_truncated_files_are_reported_as_damaged(
    kind: FileKind, cut: float, limits: ExtractLimits
) -> None:
    data = build_sample(kind, ORDER_TEXT)
    result = extract(data[: int(len(data) * cut)], kind, limits)
    assert result.error == "файл повреждён или обрезан"


@pytest.mark.parametrize(
    "kind", [FileKind.PDF, FileKind.DOCX, FileKind.DOC, FileKind.XLS, FileKind.PNG, FileKind.RTF]
)
def test_garbage_bytes_are_reported_as_damaged(kind: FileKind, limits: ExtractLimits) -> None:
    result = extract(os.urandom(4096), kind, limits)
    assert result.error == "файл повреждён или обрезан"


def test_blank_white_scan(limits: ExtractLimits) -> None:
    result = extract(build_blank_scan(FileKind.PDF), FileKind.PDF, limits)
    assert result.error == "пустой скан: текст не распознан"
    assert result.pages == 1


BOMB = "архив превышает допустимый размер после распаковки"


def test_zip_bomb_is_refused_without_unpacking() -> None:
    result = extract(build_zip_bomb(64), FileKind.ZIP, SMALL_UNPACK)
    assert result.error == BOMB


def test_docx_bomb_is_refused() -> None:
    result = extract(build_docx_bomb(64), FileKind.DOCX, SMALL_UNPACK)
    assert result.error == BOMB


def test_bomb_nested_in_an_archive_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("приказ.docx", build_sample(FileKind.DOCX, ORDER_TEXT))
        archive.writestr("вложение.zip", build_zip_bomb(64))
    result = extract(out.getvalue(), FileKind.ZIP, SMALL_UNPACK)
    assert result.error == BOMB


@pytest.mark.parametrize("kind", [FileKind.ZIP, FileKind.DOCX])
def test_bomb_that_understates_its_size_is_cut_short(kind: FileKind) -> None:
    # The central directory claims 1 KiB: inflation stops there and the CRC check fails.
    data = (build_zip_bomb if kind is FileKind.ZIP else build_docx_bomb)(64, honest_sizes=False)
    result = extract(data, kind, SMALL_UNPACK)
    assert result.error == "файл повреждён или обрезан"


def test_zip_with_only_unsupported_members(limits: ExtractLimits) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("setup.exe", b"MZ" + bytes(100))
    result = extract(out.getvalue(), FileKind.ZIP, limits)
    assert result.error == "в архиве нет документов поддерживаемых форматов"


def test_zip_member_damage_is_named(limits: ExtractLimits) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("приказ.pdf", b"%PDF-1.4\n" + bytes(300))
    result = extract(out.getvalue(), FileKind.ZIP, limits)
    assert result.error == "приказ.pdf: файл повреждён или обрезан"


def test_unsupported_kind(limits: ExtractLimits) -> None:
    result = extract(b"\x00\x01 some binary blob", FileKind.UNKNOWN, limits)
    assert result.error is not None and "не поддерживается" in result.error


def test_time_limit_inside_the_extraction() -> None:
    data = build_sample(FileKind.PDF, ORDER_TEXT, scan=True)
    result = extract(data, FileKind.PDF, ExtractLimits(timeout=0.2))
    assert result.error == "извлечение текста прервано: превышено время (0.2 с)"
    assert "time_capped" in result.flags


def test_missing_tesseract_names_the_package(generated: Path) -> None:
    scan = generated / "missing-tool-scan.jpg"
    if not scan.exists():
        tmp = scan.with_name(f".{scan.name}.{os.getpid()}")
        tmp.write_bytes(build_sample(FileKind.JPEG, "ПРИКАЗ", scan=True))
        os.replace(tmp, scan)
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from evidence.extract import ExtractLimits, extract\n"
        "from evidence.models import FileKind\n"
        "r = extract(Path(sys.argv[1]).read_bytes(), FileKind.JPEG, ExtractLimits())\n"
        "print(json.dumps({'error': r.error}))\n"
    )
    # A real run with an empty PATH: tesseract cannot be found.
    env = {"PATH": "/nonexistent", "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(scan)], env=env, capture_output=True, check=True
    )
    error = json.loads(out.stdout)["error"]
    assert (
        error
        == "не установлена программа tesseract (пакет Debian: tesseract-ocr tesseract-ocr-rus)"
    )
