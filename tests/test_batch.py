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


# ---- cell caps (issue 9, item 8): refused with file, row and column, memory bounded ----------
def _peak_rss_mb() -> float:
    """This process's peak RSS since the last ``_reset_peak`` (Linux /proc)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        line = next(x for x in fh if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _reset_peak() -> float:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")
    return _peak_rss_mb()


def _replace_in_xlsx(path: Path, placeholder: str, text: str) -> None:
    """Put ``text`` where ``placeholder`` is (openpyxl itself cuts cells to Excel's limit)."""
    import zipfile

    with zipfile.ZipFile(path) as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data.replace(placeholder.encode(), text.encode()))


def test_a_csv_cell_over_the_cap_names_row_and_column(tmp_path: Path) -> None:
    header = ["Организация", "Критерий", "Значение", "Ссылка", "Примечание"]
    rows = [ROWS[0], ["Школа", "1.3", "1", "https://s.ru/" + "a" * 200_000, ""]]
    with pytest.raises(BatchError) as info:
        read_batch(_csv(tmp_path / "long.csv", header, rows, sep=";", encoding="utf-8"))
    message = str(info.value)
    assert "long.csv" in message and "строка 2" in message and "«Ссылка»" in message
    assert "\n" not in message


def test_an_xlsx_cell_over_the_cap_names_row_and_column(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Организация", "Критерий", "Значение", "Ссылка"])
    ws.append(["Школа", "1.1", 1, "https://s.ru/p.pdf"])
    ws.append(["Школа", "1.3", 1, "LONG-CELL"])
    wb.save(tmp_path / "long.xlsx")
    _replace_in_xlsx(tmp_path / "long.xlsx", "LONG-CELL", "x" * 40_000)
    with pytest.raises(BatchError, match=r"long\.xlsx: строка 2, столбец 4 \(«Ссылка»\)"):
        read_batch(tmp_path / "long.xlsx")


def test_a_300_mb_xlsx_cell_is_refused_without_reading_it(tmp_path: Path) -> None:
    import zipfile

    wb = Workbook()
    ws = wb.active
    ws.append(["Организация", "Критерий", "Ссылка"])
    ws.append(["Школа", "1.1", "https://s.ru/p.pdf"])
    wb.save(tmp_path / "small.xlsx")
    big = tmp_path / "big.xlsx"
    with (
        zipfile.ZipFile(tmp_path / "small.xlsx") as src,
        zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        # A shared-string table holding one 300 MB text (the XLSX is ~300 KB).
        with dst.open("xl/sharedStrings.xml", "w") as member:
            member.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            member.write(b"<si><t>")
            chunk = b"x" * (1 << 20)
            for _ in range(300):
                member.write(chunk)
            member.write(b"</t></si></sst>")
    assert big.stat().st_size < 2_000_000
    before = _reset_peak()
    with pytest.raises(BatchError, match=r"big\.xlsx: .*слишком большие ячейки"):
        read_batch(big)
    assert _peak_rss_mb() - before < 50


def test_a_form_file_cell_over_the_cap_names_file_sheet_and_cell(tmp_path: Path) -> None:
    from tests.consistency.formfiles import write_form

    path = tmp_path / "forms" / "school.xlsx"
    path.parent.mkdir()
    write_form(path, "МБОУ СОШ № 1", {"1.1": (1, "https://s.ru/LONG-CELL", "")})
    _replace_in_xlsx(path, "LONG-CELL", "x" * 40_000)
    with pytest.raises(BatchError) as info:
        read_batch(path.parent)
    message = str(info.value)
    assert "school.xlsx" in message and "строка" in message and "столбец" in message
    assert "лист" in message
