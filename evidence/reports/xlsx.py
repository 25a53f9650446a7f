"""``report.xlsx`` for coordinators: results with filters, a summary per organisation,
contradicting numbers, year-over-year changes and a legend."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from evidence.models import DOC_KIND_TITLES, Verdict
from evidence.reports.atomic import atomic_path
from evidence.reports.data import ReportData
from evidence.reports.labels import VERDICT_COLOURS, VERDICT_EXPLANATIONS, flag_title

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE3EE")
_WRAP = Alignment(wrap_text=True, vertical="top")
_FILLS = {v: PatternFill("solid", fgColor=c) for v, c in VERDICT_COLOURS.items()}
_CELL_LIMIT = 32000  # Excel's cell limit is 32,767 characters


def write_xlsx(path: Path, data: ReportData) -> None:
    workbook = Workbook()
    _results_sheet(workbook.active, data)
    _summary_sheet(workbook.create_sheet("Сводка"), data)
    _findings_sheet(workbook.create_sheet("Противоречия"), data.findings)
    if data.changes is not None:
        _changes_sheet(workbook.create_sheet("Изменения"), data.changes)
    if data.meta.get("notes"):
        _notes_sheet(workbook.create_sheet("Входные данные"), data.meta["notes"])
    _legend_sheet(workbook.create_sheet("Справка"))
    with atomic_path(path) as tmp:
        workbook.save(tmp)


def _header(sheet: Worksheet, titles: Sequence[str], widths: Sequence[int]) -> None:
    sheet.append(list(titles))
    for index, width in enumerate(widths, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _WRAP
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"


def _text(value: Any) -> Any:
    if isinstance(value, str) and len(value) > _CELL_LIMIT:
        return value[: _CELL_LIMIT - 1] + "…"
    return value


def _results_sheet(sheet: Worksheet, data: ReportData) -> None:
    sheet.title = "Результаты"
    _header(
        sheet,
        [
            "Строка",
            "Организация",
            "ИНН / Код",
            "Критерий",
            "Наименование критерия",
            "Значение",
            "Ссылка",
            "Итоговый адрес",
            "Вердикт",
            "Код вердикта",
            "Пояснение",
            "Вид документа",
            "Дата документа",
            "Номер",
            "Фрагмент документа",
            "Отметки",
            "Уверенность",
            "Примечание",
        ],
        [7, 36, 14, 9, 40, 9, 40, 40, 22, 14, 60, 16, 12, 10, 60, 30, 11, 30],
    )
    for r in data.results:
        sheet.append(
            [
                r.row,
                r.org,
                r.org_id,
                r.criterion,
                r.criterion_title,
                r.value,
                _text(r.url),
                r.final_url or "",
                r.verdict.label,
                r.verdict.value,
                _text(r.message),
                DOC_KIND_TITLES[r.doc_kind] if r.doc_kind else "",
                _ru_date(r.doc_date),
                r.doc_number or "",
                _text(r.evidence or ""),
                "; ".join(flag_title(f) for f in r.flags),
                round(r.confidence, 2) if r.confidence is not None else "",
                r.note,
            ]
        )
        row = sheet.max_row
        sheet.cell(row=row, column=9).fill = _FILLS[r.verdict]
        for column in (5, 7, 11, 15):
            sheet.cell(row=row, column=column).alignment = _WRAP
        if r.final_url:
            sheet.cell(row=row, column=8).hyperlink = r.final_url
    sheet.auto_filter.ref = sheet.dimensions


def _ru_date(iso: str | None) -> str:
    if not iso or len(iso) != 10:
        return iso or ""
    return f"{iso[8:10]}.{iso[5:7]}.{iso[0:4]}"


def _summary_sheet(sheet: Worksheet, data: ReportData) -> None:
    verdicts = [v for v in Verdict if data.counts[v]]
    _header(
        sheet,
        [
            "Организация",
            "ИНН / Код",
            "Строк",
            "С замечаниями",
            "Противоречий в числах",
            *[v.label for v in verdicts],
        ],
        [40, 14, 8, 14, 14, *[14 for _ in verdicts]],
    )
    for section in data.orgs:
        counts = section.counts
        sheet.append(
            [
                section.org,
                section.org_id,
                len(section.results),
                section.problems,
                len(section.findings),
                *[counts[v] or "" for v in verdicts],
            ]
        )
    sheet.append([])
    sheet.append(
        [
            "Итого",
            "",
            data.total,
            sum(s.problems for s in data.orgs),
            len(data.findings),
            *[data.counts[v] for v in verdicts],
        ]
    )
    sheet.cell(row=sheet.max_row, column=1).font = _HEADER_FONT
    for index, verdict in enumerate(verdicts, start=6):
        sheet.cell(row=1, column=index).fill = _FILLS[verdict]
    sheet.auto_filter.ref = f"A1:{get_column_letter(5 + len(verdicts))}{len(data.orgs) + 1}"


def _findings_sheet(sheet: Worksheet, findings: Sequence[Any]) -> None:
    _header(
        sheet,
        ["Организация", "Правило", "Показатели", "Значения", "Серьёзность", "Сообщение"],
        [40, 22, 22, 40, 14, 80],
    )
    for f in findings:
        values = ", ".join(f"{k}={'—' if v is None else v}" for k, v in f.values.items())
        sheet.append(
            [
                f.org,
                f.rule,
                ", ".join(f.criteria),
                values,
                "ошибка" if f.severity == "error" else "предупреждение",
                f.message,
            ]
        )
        sheet.cell(row=sheet.max_row, column=6).alignment = _WRAP
    sheet.auto_filter.ref = sheet.dimensions


def _changes_sheet(sheet: Worksheet, changes: Sequence[Any]) -> None:
    _header(
        sheet,
        ["Организация", "Показатель", "Изменение", "Было", "Стало", "Сообщение"],
        [40, 12, 20, 30, 30, 70],
    )
    for c in changes:
        sheet.append([c.org, c.criterion, c.kind, _plain(c.before), _plain(c.after), c.message])
    sheet.auto_filter.ref = sheet.dimensions


def _plain(value: Any) -> Any:
    return value if isinstance(value, (int, float, str)) or value is None else str(value)


def _notes_sheet(sheet: Worksheet, notes: Sequence[str]) -> None:
    _header(sheet, ["Замечание к входным данным"], [140])
    for note in notes:
        sheet.append([note])


def _legend_sheet(sheet: Worksheet) -> None:
    _header(sheet, ["Вердикт", "Код", "Что значит"], [26, 16, 90])
    for verdict in Verdict:
        sheet.append([verdict.label, verdict.value, VERDICT_EXPLANATIONS[verdict]])
        sheet.cell(row=sheet.max_row, column=1).fill = _FILLS[verdict]
