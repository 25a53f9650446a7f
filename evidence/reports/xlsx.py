"""``report.xlsx`` for coordinators: results with filters, a summary per organisation,
contradicting numbers, year-over-year changes and a legend.

Written in one pass with openpyxl's write-only mode (rows stream to the file; styles and
hyperlinks ride on ``WriteOnlyCell``). Every string comes from strangers, so it is cleaned
(``sanitize.xml_safe``), capped at Excel's cell limit and stored as text with an explicit data
type: ``=HYPERLINK(…)`` typed as an organisation name stays text, never a live formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeAlias

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from evidence.flags import Flag
from evidence.models import DOC_KIND_TITLES, Verdict
from evidence.reports.atomic import atomic_path
from evidence.reports.data import ReportData
from evidence.reports.labels import VERDICT_COLOURS, VERDICT_EXPLANATIONS, flag_title
from evidence.reports.sanitize import xml_safe

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE3EE")
_WRAP = Alignment(wrap_text=True, vertical="top")
_FILLS = {v: PatternFill("solid", fgColor=c) for v, c in VERDICT_COLOURS.items()}
_CELL_LIMIT = 32000  # Excel's cell limit is 32,767 characters

_RESULT_COLUMNS = (
    ("Строка", 7),
    ("Организация", 36),
    ("ИНН / Код", 14),
    ("Критерий", 9),
    ("Наименование критерия", 40),
    ("Значение", 9),
    ("Ссылка", 40),
    ("Итоговый адрес", 40),
    ("Вердикт", 22),
    ("Код вердикта", 14),
    ("Пояснение", 60),
    ("Вид документа", 16),
    ("Дата документа", 12),
    ("Номер", 10),
    ("Фрагмент документа", 60),
    ("Отметки", 30),
    ("Уверенность", 11),
    ("Примечание", 30),
    ("Решение проверяющего", 40),
)
_WRAPPED_RESULT_COLUMNS = frozenset({5, 7, 11, 15})


def write_xlsx(path: Path, data: ReportData) -> None:
    workbook = Workbook(write_only=True)
    _results_sheet(workbook.create_sheet("Результаты"), data)
    _summary_sheet(workbook.create_sheet("Сводка"), data)
    _findings_sheet(workbook.create_sheet("Противоречия"), data.findings)
    if data.changes is not None:
        _changes_sheet(workbook.create_sheet("Изменения"), data.changes)
    if data.meta.get("notes"):
        _notes_sheet(workbook.create_sheet("Входные данные"), data.meta["notes"])
    from evidence.spravka import SHEET_TITLE, summary_rows  # whom each figure of the справка counts

    figures = summary_rows(data.results, data.findings, data.year, data.spravka)
    sheet = workbook.create_sheet(SHEET_TITLE)
    _header(sheet, [(title, 34) for title in figures[0]], len(figures) - 1, {})
    for values in figures[1:]:
        sheet.append(_row(sheet, values))
    _legend_sheet(workbook.create_sheet("Справка"))
    with atomic_path(path) as tmp:
        workbook.save(tmp)


# ---- cells -------------------------------------------------------------------------------
Sheet: TypeAlias = WriteOnlyWorksheet


def _cell(
    sheet: Sheet,
    value: Any,
    *,
    column: int = 0,
    fill: PatternFill | None = None,
    font: Font | None = None,
    alignment: Alignment | None = None,
    hyperlink: str | None = None,
) -> WriteOnlyCell:
    """A styled cell; a string is cleaned, capped and typed as text (never a formula).

    A write-only row is written when it is appended, so one cell per sheet, column and style
    is made once and reused (style lookups dominate otherwise).
    """
    styled: dict[tuple[int, int, int, int], WriteOnlyCell] = sheet.__dict__.setdefault(
        "_evidence_styled", {}
    )
    key = (column, id(fill), id(font), id(alignment))
    cell = styled.get(key)
    if cell is None:
        cell = WriteOnlyCell(sheet)
        if fill is not None:
            cell.fill = fill
        if font is not None:
            cell.font = font
        if alignment is not None:
            cell.alignment = alignment
        styled[key] = cell
    if isinstance(value, str):
        cell.value = _text(value)
        cell.data_type = "s"
    else:
        cell.value = value
    cell.hyperlink = _text(hyperlink) if hyperlink else None
    return cell


def _value(sheet: Sheet, value: Any) -> Any:
    """A plain value for ``append``; text that openpyxl would store as a formula or an error
    code becomes an explicit text cell."""
    if not isinstance(value, str):
        return value
    text = _text(value)
    if (len(text) > 1 and text[0] == "=") or text in ERROR_CODES:
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text


def _text(value: str) -> str:
    value = xml_safe(value)
    if len(value) > _CELL_LIMIT:
        return value[: _CELL_LIMIT - 1] + "…"
    return value


def _row(sheet: Sheet, values: Sequence[Any]) -> list[Any]:
    """Values for ``append``: strings cleaned and never formulas, the rest as they are."""
    return [_value(sheet, v) for v in values]


def _header(
    sheet: Sheet,
    columns: Sequence[tuple[str, int]],
    rows: int | None,
    fills: dict[int, PatternFill],
) -> None:
    """Column widths, frozen header, a filter over ``rows`` data rows (None: no filter), and
    the header row. Write-only sheets need all of it before the first row."""
    for index, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    if rows is not None:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows + 1}"
    sheet.append(
        [
            _cell(
                sheet,
                title,
                column=index,
                font=_HEADER_FONT,
                fill=fills.get(index, _HEADER_FILL),
                alignment=_WRAP,
            )
            for index, (title, _) in enumerate(columns, start=1)
        ]
    )


# ---- sheets ------------------------------------------------------------------------------
def _results_sheet(sheet: Sheet, data: ReportData) -> None:
    _header(sheet, _RESULT_COLUMNS, len(data.results), {})
    for r in data.results:
        values: list[Any] = [
            r.row,
            r.org,
            r.org_id,
            r.criterion,
            r.criterion_title,
            r.value,
            r.url,
            r.final_url or "",
            r.verdict.label,
            r.verdict.value,
            r.message,
            DOC_KIND_TITLES[r.doc_kind] if r.doc_kind else "",
            _ru_date(r.doc_date),
            r.doc_number or "",
            r.evidence or "",
            "; ".join(flag_title(f) for f in r.flags),
            round(r.confidence, 2) if r.confidence is not None else "",
            r.note,
            data.decision_text(r.row),
        ]
        cells = _row(sheet, values)
        cells[8] = _cell(sheet, values[8], column=9, fill=_FILLS[r.verdict])
        for column in _WRAPPED_RESULT_COLUMNS:
            cells[column - 1] = _cell(sheet, values[column - 1], column=column, alignment=_WRAP)
        if r.final_url:
            cells[7] = _cell(sheet, r.final_url, column=8, hyperlink=r.final_url)
        sheet.append(cells)


def _ru_date(iso: str | None) -> str:
    if not iso or len(iso) != 10:
        return iso or ""
    return f"{iso[8:10]}.{iso[5:7]}.{iso[0:4]}"


def _summary_sheet(sheet: Sheet, data: ReportData) -> None:
    verdicts = [v for v in Verdict if data.counts[v]]
    columns = [
        ("Организация", 40),
        ("ИНН / Код", 14),
        ("Строк", 8),
        ("С замечаниями", 14),
        ("Противоречий в числах", 14),
        *[(v.label, 14) for v in verdicts],
    ]
    fills = {index: _FILLS[v] for index, v in enumerate(verdicts, start=6)}
    _header(sheet, columns, len(data.orgs), fills)
    for section in data.orgs:
        counts = section.counts
        sheet.append(
            _row(
                sheet,
                [
                    section.org,
                    section.org_id,
                    len(section.results),
                    section.problems,
                    len(section.findings),
                    *[counts[v] or "" for v in verdicts],
                ],
            )
        )
    sheet.append([])
    totals = [
        "",
        data.total,
        sum(s.problems for s in data.orgs),
        len(data.findings),
        *[data.counts[v] for v in verdicts],
    ]
    sheet.append([_cell(sheet, "Итого", column=1, font=_HEADER_FONT), *_row(sheet, totals)])


def _findings_sheet(sheet: Sheet, findings: Sequence[Any]) -> None:
    columns = [
        ("Организация", 40),
        ("Правило", 22),
        ("Показатели", 22),
        ("Значения", 40),
        ("Серьёзность", 14),
        ("Сообщение", 80),
    ]
    _header(sheet, columns, len(findings), {})
    for f in findings:
        values = ", ".join(f"{k}={'—' if v is None else v}" for k, v in f.values.items())
        severity = "ошибка" if f.severity == "error" else "предупреждение"
        cells = _row(sheet, [f.org, f.rule, ", ".join(f.criteria), values, severity])
        sheet.append([*cells, _cell(sheet, f.message, column=6, alignment=_WRAP)])


def _changes_sheet(sheet: Sheet, changes: Sequence[Any]) -> None:
    columns = [
        ("Организация", 40),
        ("Показатель", 12),
        ("Изменение", 20),
        ("Было", 30),
        ("Стало", 30),
        ("Сообщение", 70),
    ]
    _header(sheet, columns, len(changes), {})
    for c in changes:
        sheet.append(
            _row(sheet, [c.org, c.criterion, c.kind, _plain(c.before), _plain(c.after), c.message])
        )


def _plain(value: Any) -> Any:
    return value if isinstance(value, (int, float, str)) or value is None else str(value)


def _notes_sheet(sheet: Sheet, notes: Sequence[str]) -> None:
    _header(sheet, [("Замечание к входным данным", 140)], None, {})
    for note in notes:
        sheet.append(_row(sheet, [note]))


def _legend_sheet(sheet: Sheet) -> None:
    _header(sheet, [("Вердикт", 26), ("Код", 16), ("Что значит", 90)], None, {})
    for verdict in Verdict:
        sheet.append(
            [
                _cell(sheet, verdict.label, column=1, fill=_FILLS[verdict]),
                *_row(sheet, [verdict.value, VERDICT_EXPLANATIONS[verdict]]),
            ]
        )
    sheet.append([])
    sheet.append(
        [
            _cell(sheet, t, column=n, font=_HEADER_FONT)
            for n, t in enumerate(("Отметка", "Код", ""), start=1)
        ]
    )
    for flag in Flag:
        sheet.append(_row(sheet, [flag.label, flag.value, ""]))
