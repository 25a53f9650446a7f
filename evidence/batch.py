"""Batch input: CSV (UTF-8 with/without BOM, cp1251; comma or semicolon) and XLSX, English or
Russian column names; a folder (or one XLSX) in the form's own layout is read by
``evidence.formlayout``.

The whole file is validated before anything is fetched: a bad batch is refused with one line
naming the file, the row and the column, and nothing is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from evidence.criteria import Catalogue, load_catalogue, normalise_code
from evidence.errors import BatchError
from evidence.inputcaps import MAX_CELL_CHARS, check_cell, check_csv_size, check_xlsx_parts
from evidence.models import BatchItem

# Canonical column -> accepted header spellings (compared case-insensitively, spaces folded).
COLUMNS: dict[str, tuple[str, ...]] = {
    "org": (
        "org",
        "organisation",
        "organization",
        "организация",
        "наименование организации",
        "наименование отчитывающейся организации",
        "оо",
    ),
    "org_id": ("org_id", "inn", "code", "инн", "код", "код организации", "инн / код", "инн/код"),
    "criterion": (
        "criterion",
        "indicator",
        "критерий",
        "показатель",
        "код критерия",
        "код показателя",
        "критерий / показатель",
    ),
    "value": ("value", "значение", "значение показателя"),
    "url": (
        "url",
        "link",
        "links",
        "ссылка",
        "ссылки",
        "источник информации",
        "ссылка / источник информации",
        "источник",
    ),
    "note": ("note", "notes", "примечание", "примечания", "комментарий"),
    "org_type": ("org_type", "тип оо", "тип организации", "тип образовательной организации"),
}
REQUIRED = ("org", "criterion")
_RU_NAMES = {
    "org": "Организация",
    "org_id": "ИНН / Код",
    "criterion": "Критерий",
    "value": "Значение",
    "url": "Ссылка",
    "note": "Примечание",
    "org_type": "Тип ОО",
}
_ALIASES = {
    " ".join(alias.split()): canon for canon, aliases in COLUMNS.items() for alias in aliases
}
_MAX_HEADER_SCAN = 10
_MAX_SHEET_BYTES = 512 * 1024 * 1024  # inflated sheet XML of a batch (read-only: streamed)


@dataclass(frozen=True)
class Batch:
    """The rows to check, and notes about the input a coordinator should see (Russian)."""

    items: list[BatchItem]
    notes: list[str] = field(default_factory=list)


def read_batch(path: Path, catalogue: Catalogue | None = None) -> list[BatchItem]:
    """Read and validate a batch; raise BatchError (one line) if it cannot be used."""
    return load_batch(path, catalogue).items


def load_batch(path: Path, catalogue: Catalogue | None = None) -> Batch:
    """Like ``read_batch``, keeping the notes (form rows that matched no indicator)."""
    catalogue = catalogue or load_catalogue()
    path = Path(path)
    if not path.exists():
        raise BatchError(f"{path}: файл не найден / file not found")
    if path.is_dir():
        return _read_form_layout(path, folder=True)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
        header_index = _find_header(rows)
        if header_index is None:
            if _looks_like_form(path):
                return _read_form_layout(path, folder=False)
            raise BatchError(
                f"{path}: не найдена строка заголовков (нужны столбцы «Организация» и «Критерий»)"
                " / no header row with org and criterion columns"
            )
    elif suffix in (".csv", ".txt", ".tsv", ""):
        rows = _csv_rows(path)
        header_index = 0
    else:
        raise BatchError(f"{path}: неподдерживаемый формат «{suffix}», нужен CSV или XLSX")
    return Batch(_rows_to_items(path, rows, header_index, catalogue))


def _read_form_layout(path: Path, *, folder: bool) -> Batch:
    from evidence import formlayout

    batch = formlayout.read_form_folder(path) if folder else formlayout.read_form_file(path)
    if not batch.items:
        raise BatchError(f"{path}: в файлах формы не найдено ни одного показателя")
    return Batch(list(batch.items), [row.message for row in batch.unmapped])


def _looks_like_form(path: Path) -> bool:
    try:
        from evidence import formlayout
    except ImportError:
        return False
    return bool(formlayout.looks_like_form(path))


def _csv_rows(path: Path) -> list[list[str]]:
    check_csv_size(path)
    raw = path.read_bytes()
    if not raw.strip():
        raise BatchError(f"{path}: файл пуст / empty file")
    text = _decode(raw, path)
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    # The csv module's own limit (131,072) would refuse a long cell without naming its
    # column; the file is capped in size, so let it through and let ``_check_row`` say where.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:
        raise BatchError(
            f"{path}: CSV не читается (строка файла {reader.line_num}): {exc}"
        ) from exc


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Russian Excel exports CSV in cp1251; it decodes any byte sequence except 0x98.
    try:
        return raw.decode("cp1251")
    except UnicodeDecodeError as exc:
        raise BatchError(
            f"{path}: неизвестная кодировка файла (нужна UTF-8 или Windows-1251)"
        ) from exc


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    check_xlsx_parts(path, max_sheet_bytes=_MAX_SHEET_BYTES)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise BatchError(f"{path}: XLSX не читается ({type(exc).__name__}: {exc})") from exc
    try:
        sheet = workbook.worksheets[0]
        return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _find_header(rows: Sequence[Sequence[str]]) -> int | None:
    for index, row in enumerate(rows[:_MAX_HEADER_SCAN]):
        names = {_ALIASES.get(_fold(cell)) for cell in row}
        if all(req in names for req in REQUIRED):
            return index
    return None


def _fold(text: str) -> str:
    return " ".join(str(text).replace("\ufeff", "").lower().replace("ё", "е").split())


def _rows_to_items(
    path: Path, rows: list[list[str]], header_index: int, catalogue: Catalogue
) -> list[BatchItem]:
    if not rows:
        raise BatchError(f"{path}: файл пуст / empty file")
    header = rows[header_index]
    for position, cell in enumerate(header):
        check_cell(path, f"{header_index + 1} (заголовок)", f"{position + 1}", str(cell))
    columns: dict[str, int] = {}
    for position, cell in enumerate(header):
        name = _fold(cell)
        if not name:
            continue
        canon = _ALIASES.get(name)
        if canon is None:
            raise BatchError(
                f"{path}: неизвестный столбец «{cell}» (столбец {position + 1}); допустимы: "
                + ", ".join(f"{c}/{_RU_NAMES[c]}" for c in COLUMNS)
            )
        if canon in columns:
            raise BatchError(f"{path}: столбец «{cell}» повторяется (столбец {position + 1})")
        columns[canon] = position
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise BatchError(
            f"{path}: нет обязательного столбца "
            + ", ".join(f"«{_RU_NAMES[c]}» ({c})" for c in missing)
        )
    items: list[BatchItem] = []
    for offset, row in enumerate(rows[header_index + 1 :], start=1):
        if not any(str(cell).strip() for cell in row):
            continue
        _check_row(path, offset, row, header)
        items.append(_row_to_item(path, offset, row, columns, catalogue))
    if not items:
        raise BatchError(f"{path}: в файле нет строк с данными / no data rows")
    return items


def _check_row(path: Path, row_number: int, row: Sequence[str], header: Sequence[str]) -> None:
    for position, cell in enumerate(row):
        if len(cell) > MAX_CELL_CHARS:
            name = header[position] if position < len(header) and header[position] else ""
            column = f"{position + 1}" + (f" («{str(name)[:60]}»)" if name else "")
            check_cell(path, row_number, column, cell)


def _row_to_item(
    path: Path, row_number: int, row: Sequence[str], columns: dict[str, int], catalogue: Catalogue
) -> BatchItem:
    def get(name: str) -> str:
        position = columns.get(name)
        if position is None or position >= len(row):
            return ""
        return str(row[position]).strip()

    org = get("org")
    if not org:
        raise BatchError(f"{path}: строка {row_number}, столбец «{_RU_NAMES['org']}»: пусто")
    raw_code = get("criterion")
    if not raw_code:
        raise BatchError(f"{path}: строка {row_number}, столбец «{_RU_NAMES['criterion']}»: пусто")
    code = normalise_code(raw_code)
    if code not in catalogue:
        raise BatchError(
            f"{path}: строка {row_number}, столбец «{_RU_NAMES['criterion']}»: неизвестный код "
            f"«{raw_code}» (см. config/criteria.yaml и config/indicators.yaml)"
        )
    return BatchItem(
        row=row_number,
        org=org,
        org_id=get("org_id"),
        criterion=code,
        value=get("value"),
        url=get("url"),
        note=get("note"),
        org_type=get("org_type"),
    )


def write_batch_csv(path: Path, items: Iterable[BatchItem]) -> None:
    """Write items as a long CSV with English headers (used by the demo and tests)."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["org", "org_id", "criterion", "value", "url", "note"])
        for item in items:
            writer.writerow(
                [item.org, item.org_id, item.criterion, item.value, item.url, item.note]
            )
