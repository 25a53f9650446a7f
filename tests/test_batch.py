"""Batch input: encodings, delimiters, Russian headers, XLSX, and one-line refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from evidence.batch import read_batch
from evidence.errors import BatchError

ROWS = [
    ["МБОУ «СОШ № 5»", "1.1", "1", "https://school5.ru/prikaz.pdf", ""],
    ["МБОУ «СОШ № 5»", "2,1", "3", "https://a.ru/1.pdf; https://a.ru/2.pdf", "два соглашения"],
    ["МБОУ «СОШ № 5»", "5", "320", "", ""],
]


def _csv(path: Path, header: list[str], rows: list[list[str]], *, sep: str, encoding: str) -> Path:
    lines = [sep.join(header)] + [sep.join(f'"{c}"' for c in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "sep"),
    [
        pytest.param("utf-8", ",", id="utf8_comma"),
        pytest.param("utf-8-sig", ";", id="utf8_bom_semicolon"),
        pytest.param("cp1251", ";", id="excel_cp1251"),
    ],
)
def test_csv_in_the_encodings_excel_writes(tmp_path: Path, encoding: str, sep: str) -> None:
    header = ["Организация", "Критерий", "Значение", "Ссылка", "Примечание"]
    items = read_batch(_csv(tmp_path / "b.csv", header, ROWS, sep=sep, encoding=encoding))
    assert [i.org for i in items] == ["МБОУ «СОШ № 5»"] * 3
    assert [i.criterion for i in items] == ["1.1", "2.1", "5.0"]
    assert items[1].url == "https://a.ru/1.pdf; https://a.ru/2.pdf"
    assert items[1].note == "два соглашения"
    assert [i.row for i in items] == [1, 2, 3]


def test_english_headers_and_source_column_alias(tmp_path: Path) -> None:
    header = ["org", "criterion", "value", "Источник информации", "note"]
    items = read_batch(_csv(tmp_path / "b.csv", header, ROWS, sep=",", encoding="utf-8"))
    assert items[0].url == "https://school5.ru/prikaz.pdf"


def test_xlsx_with_a_title_row_above_the_header(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Выгрузка мониторинга ЦМН за 2024 год"])
    ws.append(["Организация", "ИНН / Код", "Показатель", "Значение", "Ссылка"])
    ws.append(["Детский сад № 3", 1831000003, 1.1, 1, "https://ds3.ru/p.pdf"])
    ws.append([None, None, None, None, None])
    ws.append(["Детский сад № 3", 1831000003, 3.0, 20, None])
    wb.save(tmp_path / "b.xlsx")
    items = read_batch(tmp_path / "b.xlsx")
    assert [(i.criterion, i.value, i.org_id) for i in items] == [
        ("1.1", "1", "1831000003"),
        ("3.0", "20", "1831000003"),
    ]


@pytest.mark.parametrize(
    ("header", "rows", "words"),
    [
        pytest.param(["org", "url"], [["A", "x"]], "Критерий", id="missing_criterion"),
        pytest.param(
            ["org", "criterion", "colour"], [["A", "1.1", "red"]], "colour", id="unknown_column"
        ),
        pytest.param(["org", "criterion"], [["A", "1.9"]], "строка 1", id="unknown_code"),
        pytest.param(["org", "criterion"], [["A", "1.1"], ["", "1.2"]], "строка 2", id="empty_org"),
        pytest.param(["org", "criterion"], [], "нет строк", id="no_rows"),
    ],
)
def test_bad_batch_is_refused_with_one_line(
    tmp_path: Path, header: list[str], rows: list[list[str]], words: str
) -> None:
    path = _csv(tmp_path / "bad.csv", header, rows, sep=",", encoding="utf-8")
    with pytest.raises(BatchError) as info:
        read_batch(path)
    message = str(info.value)
    assert "\n" not in message
    assert words in message and "bad.csv" in message


def test_broken_xlsx_and_missing_file_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(BatchError, match=r"broken\.xlsx"):
        read_batch(broken)
    with pytest.raises(BatchError, match="не найден"):
        read_batch(tmp_path / "absent.csv")
