"""Spreadsheets (XLSX by openpyxl read-only, XLS by xlrd): one line per row, cells by tabs.

A list of mentors and mentees is sometimes given as a spreadsheet; rows past ``MAX_ROWS``
are not read (flag ``rows_capped``).
"""

from __future__ import annotations

import contextlib
import datetime
import io
import warnings
from collections.abc import Iterable, Sequence

from evidence.errors import ExtractionError
from evidence.extract.base import CORRUPT, Context, Text
from evidence.extract.safezip import SafeZip

MAX_ROWS = 5000
ENCRYPTED_FILE = "файл защищён паролем"


def extract_xlsx(data: bytes, ctx: Context) -> Text:
    import openpyxl

    SafeZip(data, ctx).read_all()  # bomb guard before openpyxl inflates anything
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken packages
        raise ExtractionError(CORRUPT) from exc
    try:
        sheets = [(ws.title, ws.iter_rows(values_only=True)) for ws in book.worksheets]
        return Text(_rows_text(sheets, ctx), pages=len(sheets))
    finally:
        book.close()


def extract_xls(data: bytes, ctx: Context) -> Text:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise ExtractionError(ENCRYPTED_FILE) from exc
        raise ExtractionError(CORRUPT) from exc
    except Exception as exc:
        raise ExtractionError(CORRUPT) from exc
    try:
        sheets = []
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows = (_xls_row(sheet.row(r), book.datemode) for r in range(sheet.nrows))
            sheets.append((sheet.name, rows))
        return Text(_rows_text(sheets, ctx), pages=book.nsheets)
    finally:
        book.release_resources()


def _rows_text(sheets: Sequence[tuple[str, Iterable[Iterable[object]]]], ctx: Context) -> str:
    lines: list[str] = []
    count = 0
    for title, rows in sheets:
        lines.append(f"[{title}]")
        for row in rows:
            count += 1
            if count > MAX_ROWS:
                ctx.flag("rows_capped")
                return "\n".join(lines)
            cells = [_cell(value) for value in row]
            line = "\t".join(c for c in cells if c)
            if line:
                lines.append(line)
        ctx.check_time()
    return "\n".join(lines)


def _xls_row(cells: list[object], datemode: int) -> list[object]:
    import xlrd

    values: list[object] = []
    for cell in cells:
        value = cell.value  # type: ignore[attr-defined]
        if cell.ctype == xlrd.XL_CELL_DATE:  # type: ignore[attr-defined]
            with contextlib.suppress(ValueError, OverflowError, xlrd.XLDateError):
                value = xlrd.xldate_as_datetime(value, datemode)
        values.append(value)
    return values


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
