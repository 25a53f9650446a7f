"""Write monitoring forms in the form's own layout (seed 004 screenshots) as XLSX files.

Used by the tests of ``evidence.formlayout`` and reusable by demos: give an organisation name
and ``{code: (value, link, note)}``; codes «0.1»/«0.2» go to the title block. No pytest here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import yaml
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from config.settings import CONFIG_DIR
from evidence.criteria import code_sort_key, load_catalogue

Cell = tuple[object, str, str]  # value, link, note

UNIT_TEXT = {"flag": "1 - да / 0 - нет", "count": "количество", "percent": "процент"}
PARTNERS_ROW = "Список предприятий и организаций, с которыми заключено сотрудничество по вопросам наставничества"
HEADER = [
    "№ п/п",
    "Наименование критерия",
    "Критерий",
    None,
    "Источник информации",
    None,
    "Примечания",
]


@lru_cache(maxsize=1)
def _indicators() -> dict[str, dict[str, object]]:
    with open(CONFIG_DIR / "indicators.yaml", encoding="utf-8") as fh:
        data: dict[str, dict[str, object]] = yaml.safe_load(fh)["indicators"]
    return data


@lru_cache(maxsize=1)
def _sections() -> dict[int, str]:
    with open(CONFIG_DIR / "indicators.yaml", encoding="utf-8") as fh:
        return {int(k): v[0] for k, v in yaml.safe_load(fh)["sections"].items()}


def form_wording(code: str) -> str:
    """The form's full wording of an indicator (its first alias), as schools see it."""
    spec = _indicators()[code]
    aliases: list[str] = list(spec.get("aliases") or [spec["title"]])  # type: ignore[call-overload]
    return str(aliases[0])


def write_form(
    path: Path,
    org: str,
    values: Mapping[str, Cell],
    *,
    per_section_sheets: bool = False,
    column_offset: int = 0,
    wording: Mapping[str, str] | None = None,
    extra_rows: Sequence[tuple[int, str, object]] = (),
    hyperlinks: bool = False,
    all_rows: bool = True,
    org_id: str | None = None,
    partners: str | None = None,
) -> Path:
    """Write one organisation's form.

    per_section_sheets — a title sheet and one sheet per section (named «1. Нормативное…»),
    else one sheet with «Показатель N: …» headings; column_offset — empty columns on the left;
    wording — code -> criterion text to write instead of the form's wording; extra_rows —
    (section, text, value) rows that are not indicators; hyperlinks — links as «ссылка» cells
    with a hyperlink; all_rows — write every indicator of a section (empty when not given);
    partners — the text of the form's row «Список предприятий и организаций…» (section 2).
    """
    indicators = _indicators()
    catalogue = load_catalogue()
    wording = wording or {}
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Титульный лист"
    pad: list[object] = [None] * column_offset

    def put(ws: Worksheet, row: list[object]) -> None:
        ws.append(pad + row)

    put(
        sheet,
        [
            "М_НПриО Мониторинг целевой модели наставничества педагогических работников и обучающихся"
        ],
    )
    put(sheet, ["Наименование отчитывающейся организации", org])
    if org_id:
        put(sheet, ["ИНН", org_id])
    put(sheet, ["Ответственный по техническим вопросам", "Дьяконова Екатерина Николаевна"])
    put(sheet, ["Дата заполнения отчетной формы:", "25.10.2024"])
    put(sheet, ["Тип организации:", "Общеобразовательная организация"])
    for code, label in (
        ("0.1", "Общее количество педагогов:"),
        ("0.2", "Общее количество обучающихся:"),
    ):
        if code in values:
            put(sheet, [label, values[code][0]])
    put(sheet, [])

    by_section: dict[int, list[str]] = {}
    for code in sorted(indicators, key=code_sort_key):
        section = int(indicators[code]["section"])  # type: ignore[call-overload]
        if section and (all_rows or code in values):
            by_section.setdefault(section, []).append(code)
    extra_rows = list(extra_rows)
    if partners is not None:
        extra_rows.insert(0, (2, PARTNERS_ROW, partners))
    for section, _text, _value in extra_rows:
        by_section.setdefault(section, [])
    titles = _sections()
    for section in sorted(by_section):
        heading = f"{section}. {titles[section]}"
        if per_section_sheets:
            ws = workbook.create_sheet(heading[:31])
        else:
            ws = sheet
            put(ws, [])
            put(ws, [f"Показатель {section}: {titles[section].lower()}"])
        put(ws, list(HEADER))
        # as on the form's screen: «Критерий» and «Источник информации» span two columns each
        for first in (3, 5):
            column = column_offset + first
            ws.merge_cells(
                start_row=ws.max_row, start_column=column, end_row=ws.max_row, end_column=column + 1
            )
        rows: list[tuple[str, object, str, str, str]] = []
        for code in by_section[section]:
            value, link, note = values.get(code, (None, "", ""))
            unit = str(indicators[code]["unit"])
            criterion = catalogue.get(code)
            source = "ссылка на документ" if criterion and criterion.document else ""
            rows.append(
                (wording.get(code) or form_wording(code), value, link, note, unit + "|" + source)
            )
        for extra_section, text, value in extra_rows:
            if extra_section == section:
                rows.append((text, value, "", "", "count|"))
        for number, (text, value, link, note, meta) in enumerate(rows, start=1):
            unit, source = meta.split("|", 1)
            put(ws, [number, text, UNIT_TEXT[unit], value, source, link or None, note or None])
            if hyperlinks and link:
                cell = ws.cell(row=ws.max_row, column=column_offset + 6)
                cell.value = "ссылка"
                cell.hyperlink = link
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path
