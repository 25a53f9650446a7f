"""Read monitoring forms laid out like the form itself (seed 004 screenshots) into batch items.

A form-layout XLSX has a title block («Наименование отчитывающейся организации», «Общее
количество педагогов», «Общее количество обучающихся») and, per section, a table
«№ п/п | Наименование критерия | Критерий | значение | Источник информации | ссылка | Примечания»
(columns may shift; sections may be on one sheet under headings or one sheet each). Each row is
mapped to an indicator code by fuzzy-matching its wording against ``config/indicators.yaml``
(titles and ``aliases``), preferring the section the row sits in; rows that match nothing are
reported as ``UnmappedRow``, never dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet
from rapidfuzz import fuzz

from config.settings import CONFIG_DIR
from config.yamlfile import load_yaml
from evidence.errors import BatchError
from evidence.inputcaps import MAX_CELL_CHARS, check_cell, check_xlsx_parts
from evidence.models import BatchItem

MATCH_THRESHOLD = 80.0
STRONG_MATCH = 92.0
FORM_SUFFIXES = (".xlsx", ".xlsm")
_MAX_FORM_SHEET_BYTES = 32 * 1024 * 1024  # one organisation's form; read whole (hyperlinks)
_ORG_LABEL = "наименование отчитывающейся организации"
_ORG_ID_LABELS = ("инн", "код организации", "код оо")
_LONG_FORMAT_HEADERS = {"org", "org id", "организация", "инн", "код", "criterion", "url"}
_TITLE_LABELS = {"общее количество педагогов": "0.1", "общее количество обучающихся": "0.2"}
_HEADING = re.compile(r"^(?:показатель|раздел)?\s*(\d{1,2})\s*[.:)]\s*(\D.*)$", re.IGNORECASE)
_SHEET_HEADING = re.compile(r"(?:^|\s)(\d{1,2})\s*[.:)]\s*\D")
_UNIT_TEXT = re.compile(r"1 да 0 нет|количество|кол во|процент|%|единиц|чел(?:овек)?")
_DIGITS = re.compile(r"\d+")
_URLISH = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_PUNCT = re.compile(r"[«»\"“”„'`.,:;!?()\[\]/\\\-–—_*…]+")


@dataclass(frozen=True)
class UnmappedRow:
    """A form row whose wording matched no indicator (``best_guess`` scored below threshold)."""

    file: str
    sheet: str
    row: int
    text: str
    best_guess: str | None
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def message(self) -> str:
        guess = f"; похоже на {self.best_guess} ({self.score:.0f}%)" if self.best_guess else ""
        return (
            f"{self.file}, лист «{self.sheet}», строка {self.row}: "
            f"не удалось определить показатель для «{self.text}»{guess}"
        )


@dataclass(frozen=True)
class FormLocation:
    """Where a batch item came from in the form files."""

    file: str
    sheet: str
    row: int
    score: float


@dataclass
class FormBatch:
    items: list[BatchItem] = field(default_factory=list)
    unmapped: list[UnmappedRow] = field(default_factory=list)
    locations: list[FormLocation] = field(default_factory=list)  # parallel to items

    def extend(self, other: FormBatch) -> None:
        offset = len(self.items)
        self.items.extend(
            BatchItem(**{**item.to_dict(), "row": offset + n})
            for n, item in enumerate(other.items, start=1)
        )
        self.unmapped.extend(other.unmapped)
        self.locations.extend(other.locations)


# --- the vocabulary of the form --------------------------------------------------------------


def normalise_text(text: str) -> str:
    text = str(text).replace("ё", "е").replace("Ё", "Е").replace("\u00a0", " ").lower()
    return " ".join(_PUNCT.sub(" ", text).split())


@dataclass(frozen=True)
class Vocabulary:
    wordings: Mapping[str, tuple[str, ...]]  # code -> normalised title and aliases
    sections: Mapping[str, int]  # code -> section
    headings: Mapping[int, tuple[str, ...]]  # section -> normalised headings
    ignored: tuple[str, ...]

    def match(self, text: str, section: int | None = None) -> tuple[str | None, float, str | None]:
        """(code, score, best guess): the code is None below the threshold."""
        norm = normalise_text(text)
        if not norm:
            return None, 0.0, None
        if any(_score(norm, w) >= MATCH_THRESHOLD for w in self.ignored):
            return "", 100.0, None
        if section is not None:
            local = [c for c in self.wordings if self.sections[c] == section]
            code, score = self._best(norm, local, loose=True)
            if score >= MATCH_THRESHOLD:
                return code, score, code
            # a row placed under another section's heading: only a near-exact wording moves it
            other, other_score = self._best(norm, self._table_codes(), loose=False)
            if other_score >= STRONG_MATCH:
                return other, other_score, other
            return None, score, code
        code, score = self._best(norm, self._table_codes(), loose=False)
        return (code if score >= MATCH_THRESHOLD else None), score, code

    def _table_codes(self) -> list[str]:
        return [c for c in self.wordings if self.sections[c] != 0]

    def _best(self, norm: str, codes: Iterable[str], *, loose: bool) -> tuple[str | None, float]:
        best: tuple[str | None, float] = (None, 0.0)
        for code in codes:
            score = max(_score(norm, w, loose=loose) for w in self.wordings[code])
            if score > best[1]:
                best = (code, score)
        return best

    def heading(self, text: str, *, anywhere: bool = False) -> int | None:
        """The section number of a heading row (or, ``anywhere``, of a sheet name such as
        «Вкладка 1. Нормативное обеспеч»), or None."""
        norm = normalise_text(text)
        flat = " ".join(str(text).split())
        match = _HEADING.match(flat) or (_SHEET_HEADING.search(flat) if anywhere else None)
        if match and 0 <= int(match.group(1)) <= 11:
            return int(match.group(1))
        for number, headings in self.headings.items():
            if any(fuzz.ratio(norm, h) >= 90 for h in headings):
                return number
        return None


def _score(norm: str, wording: str, *, loose: bool = False) -> float:
    """Similarity 0–100. ``loose`` (within a known section) also accepts a shortened wording
    whose words are a subset of the form's, slightly discounted."""
    score = max(fuzz.ratio(norm, wording), fuzz.token_sort_ratio(norm, wording))
    if loose:
        score = max(score, 0.95 * fuzz.token_set_ratio(norm, wording))
    # «от 10 до 19 лет» and «от 15 до 19 лет» differ by one number: numbers must agree
    numbers = set(_DIGITS.findall(norm))
    if numbers and numbers != set(_DIGITS.findall(wording)):
        score *= 0.8
    return float(score)


@lru_cache(maxsize=4)
def load_vocabulary(config_dir: Path = CONFIG_DIR) -> Vocabulary:
    data = load_yaml(config_dir / "indicators.yaml")
    wordings: dict[str, tuple[str, ...]] = {}
    sections: dict[str, int] = {}
    for code, spec in data["indicators"].items():
        texts = [spec["title"], *(spec.get("aliases") or ())]
        wordings[code] = tuple(dict.fromkeys(normalise_text(t) for t in texts))
        sections[code] = int(spec["section"])
    headings = {
        int(n): tuple(normalise_text(h) for h in hs)
        for n, hs in (data.get("sections") or {}).items()
    }
    ignored = tuple(normalise_text(t) for t in data.get("ignored_rows") or ())
    return Vocabulary(wordings, sections, headings, ignored)


# --- cells --------------------------------------------------------------------------------


def cell_text(cell: Cell | Any) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return " ".join(str(value).split()) if "\n" in str(value) else str(value).strip()


def link_text(cell: Cell | Any) -> str:
    """The link in a cell: the hyperlink target when the cell shows other text."""
    text = cell_text(cell)
    hyperlink = getattr(cell, "hyperlink", None)
    target = getattr(hyperlink, "target", None) if hyperlink else None
    if target and target not in text:
        return f"{target}" if not _URLISH.search(text) else f"{text} {target}"
    return text


@dataclass
class Columns:
    name: int
    value: int | None = None
    unit: int | None = None
    source: int | None = None
    link: int | None = None
    note: int | None = None


def header_columns(texts: Sequence[str]) -> Columns | None:
    """Columns of a table header row, or None when the row is not a header."""
    norm = [normalise_text(t) for t in texts]
    if any(t in _LONG_FORMAT_HEADERS for t in norm):
        return None  # the header of a long batch (one row per item), not of the form's table

    def find(*needles: str, exact: bool = False) -> int | None:
        for index, text in enumerate(norm):
            if any((text == n) if exact else (n in text) for n in needles):
                return index
        return None

    name = find("наименование критерия", "наименование показателя")
    unit = find("единица измерения")
    source = find("источник информации")
    if name is None:
        name = find("критерий", exact=True)
        if name is None or (unit is None and source is None):
            return None
    elif unit is None:
        unit = next((i for i, t in enumerate(norm) if t == "критерий" and i != name), None)
    value = find("значение")
    if value is None:
        anchor = unit if unit is not None else name
        value = anchor + 1 if anchor + 1 < len(norm) and not norm[anchor + 1] else None
    note = find("примечан")
    link = find("ссылка", exact=True)
    if link is None and source is not None:
        following = source + 1
        link = following if following < len(norm) and not norm[following] else source
    return Columns(name=name, value=value, unit=unit, source=source, link=link, note=note)


def guess_columns(texts: Sequence[str]) -> Columns | None:
    """Columns of a data row without a header: the form's unit cell («1 - да / 0 - нет»,
    «количество», «процент») anchors it — criterion wording on its left, the value on its right,
    then «Источник информации» boilerplate and the link. None when the row has no unit cell."""
    norm = [normalise_text(t) for t in texts]
    unit = next((i for i, t in enumerate(norm) if _UNIT_TEXT.fullmatch(t)), None)
    if unit is None or unit == 0:
        return None
    name = max(range(unit), key=lambda i: len(texts[i]))
    if len(texts[name]) < 10:
        return None
    value = unit + 1
    source = next((i for i in range(value + 1, len(norm)) if norm[i].startswith("ссылка")), None)
    link = next((i for i in range(value + 1, len(texts)) if _URLISH.search(texts[i])), None)
    if link is None:
        link = source + 1 if source is not None else value + 1
    # without a header the note is the last filled cell right of the link, if any
    note = next((i for i in range(len(texts) - 1, link, -1) if texts[i]), None)
    return Columns(name=name, value=value, unit=unit, source=source, link=link, note=note)


# --- reading ------------------------------------------------------------------------------


@dataclass
class _Sheet:
    """Rows of a sheet as texts, with the cells kept for hyperlinks."""

    title: str
    rows: list[tuple[int, list[Cell]]]


def _sheets(path: Path) -> list[_Sheet]:
    # Full mode (hyperlinks are needed), so the parts are capped before anything is inflated.
    check_xlsx_parts(path, max_sheet_bytes=_MAX_FORM_SHEET_BYTES)
    try:
        workbook = load_workbook(path, data_only=True)
    except Exception as exc:
        raise BatchError(f"{path.name}: не удалось открыть файл формы как XLSX ({exc})") from exc
    sheets = []
    for sheet in workbook.worksheets:
        if not isinstance(sheet, Worksheet):
            continue
        rows = [
            (cells[0].row, list(cells))
            for cells in sheet.iter_rows()
            if cells and any(c.value not in (None, "") for c in cells)
        ]
        for _, cells in rows:
            for c in cells:
                if isinstance(c.value, str) and len(c.value) > MAX_CELL_CHARS:
                    workbook.close()
                    check_cell(
                        path.name, c.row, f"{c.column_letter} (лист «{sheet.title}»)", c.value
                    )
        sheets.append(_Sheet(sheet.title, rows))
    workbook.close()
    return sheets


def _first_value_after(cells: Sequence[Cell], index: int) -> str:
    return next((t for c in cells[index + 1 :] if (t := cell_text(c))), "")


def _title_block(sheets: Sequence[_Sheet]) -> tuple[str, str]:
    org = org_id = ""
    for sheet in sheets:
        for _row, cells in sheet.rows:
            for index, cell in enumerate(cells):
                label = normalise_text(cell_text(cell))
                if not org and label.startswith(_ORG_LABEL):
                    # «Наименование …: МБОУ СОШ № 1» in one cell, or the name in a cell to the right
                    inline = (
                        cell_text(cell).split(":", 1)[1].strip() if ":" in cell_text(cell) else ""
                    )
                    org = inline or _first_value_after(cells, index)
                elif not org_id and label in _ORG_ID_LABELS:
                    org_id = _first_value_after(cells, index)
    return org, org_id


def read_form_file(path: Path) -> FormBatch:
    """One organisation's form; raises ``BatchError`` when the file cannot be read."""
    path = Path(path)
    vocabulary = load_vocabulary()
    sheets = _sheets(path)
    org, org_id = _title_block(sheets)
    org = org or path.stem
    batch = FormBatch()

    def emit(code: str, value: str, url: str, note: str, where: tuple[str, int, float]) -> None:
        if not (value or url or note):
            return
        item = BatchItem(
            row=len(batch.items) + 1,
            org=org,
            org_id=org_id,
            criterion=code,
            value=value,
            url=url,
            note=note,
        )
        batch.items.append(item)
        batch.locations.append(FormLocation(path.name, where[0], where[1], where[2]))

    for sheet in sheets:
        section = vocabulary.heading(sheet.title, anywhere=True)
        columns: Columns | None = None
        for row, cells in sheet.rows:
            texts = [cell_text(c) for c in cells]
            filled = [t for t in texts if t]
            header = header_columns(texts)
            if header is not None:
                columns = header
                continue
            if len(filled) <= 2 and not any(_is_number(t) for t in filled[1:]):
                heading = vocabulary.heading(filled[0])
                if heading is not None and len(filled) == 1:
                    section, columns = heading, None
                    continue
            if columns is None:
                if section in (None, 0):
                    title = _title_row(texts)
                    if title is not None:
                        emit(title[0], title[1], "", "", (sheet.title, row, 100.0))
                        continue
                guessed = guess_columns(texts)  # a table pasted without its header row
                if guessed is not None:
                    _table_row(vocabulary, path, sheet, row, cells, guessed, section, emit, batch)
                continue
            _table_row(vocabulary, path, sheet, row, cells, columns, section, emit, batch)
    return batch


def _title_row(texts: Sequence[str]) -> tuple[str, str] | None:
    """«Общее количество педагогов: 54» in the title block."""
    for index, text in enumerate(texts):
        label = normalise_text(text)
        if label in _TITLE_LABELS:
            value = next((t for t in texts[index + 1 :] if t), "")
            return _TITLE_LABELS[label], value
        if label:
            return None
    return None


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"[\d\s.,%-]+", text))


def _table_row(
    vocabulary: Vocabulary,
    path: Path,
    sheet: _Sheet,
    row: int,
    cells: Sequence[Cell],
    columns: Columns,
    section: int | None,
    emit: Any,
    batch: FormBatch,
) -> None:
    def text_at(index: int | None) -> str:
        return cell_text(cells[index]) if index is not None and index < len(cells) else ""

    name = text_at(columns.name)
    if not re.search(r"[а-яa-z]{3}", name, re.IGNORECASE):
        return
    code, score, guess = vocabulary.match(name, section)
    if code == "":
        return  # a known row with nothing to check (e.g. the list of partners)
    if code is None:
        batch.unmapped.append(
            UnmappedRow(path.name, sheet.title, row, name, guess, round(score, 1))
        )
        return
    url = ""
    if columns.link is not None and columns.link < len(cells):
        url = link_text(cells[columns.link])
    if not url and columns.source is not None and columns.source != columns.link:
        source = link_text(cells[columns.source]) if columns.source < len(cells) else ""
        url = source if _URLISH.search(source) else ""
    if columns.link == columns.source and url and not _URLISH.search(url):
        url = ""  # the form's own «ссылка на приказ» boilerplate, not a link
    value = text_at(columns.value)
    if columns.value is None:
        # no value column in the header: the first number right of the criterion's wording
        taken = {columns.source, columns.link, columns.note}
        start = max(c for c in (columns.name, columns.unit) if c is not None) + 1
        value = next(
            (t for i in range(start, len(cells)) if i not in taken and _is_number(t := text_at(i))),
            "",
        )
    emit(code, value, url, text_at(columns.note), (sheet.title, row, score))


def read_form_folder(path: Path) -> FormBatch:
    """All form-layout XLSX files of a folder (sorted by name); rows numbered over the folder."""
    path = Path(path)
    if not path.is_dir():
        raise BatchError(f"{path}: папка с формами не найдена")
    files = sorted(
        p
        for p in path.iterdir()
        if p.suffix.lower() in FORM_SUFFIXES and not p.name.startswith("~$")
    )
    if not files:
        raise BatchError(f"{path}: в папке нет файлов XLSX")
    batch = FormBatch()
    for file in files:
        batch.extend(read_form_file(file))
    return batch


def looks_like_form(path: Path) -> bool:
    """True for an XLSX laid out like the form (title block or criterion table header)."""
    path = Path(path)
    if path.suffix.lower() not in FORM_SUFFIXES or not path.is_file():
        return False
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        return False
    try:
        for sheet in workbook.worksheets:
            for values in sheet.iter_rows(max_row=80, values_only=True):
                texts = ["" if v is None else str(v) for v in values]
                if any(normalise_text(t).startswith(_ORG_LABEL) for t in texts):
                    return True
                if header_columns(texts) is not None:
                    return True
    finally:
        workbook.close()
    return False
