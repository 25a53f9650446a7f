"""Size caps for batch input files (CSV, XLSX batches, per-organisation form XLSX).

A batch comes from strangers too: one 300 MB cell must be refused with one line naming the
file, the row and the column, not read into gigabytes of memory. XLSX parts are checked in
the ZIP directory before openpyxl inflates anything (openpyxl reads the shared-string table
whole, even in read-only mode); each cell is then checked against Excel's own limit.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from evidence.errors import BatchError

MAX_CELL_CHARS = 32_767  # Excel's own cell limit: a real form never has more
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024  # every distinct text of the workbook, inflated
MAX_CSV_BYTES = 128 * 1024 * 1024


def check_xlsx_parts(path: Path, *, max_sheet_bytes: int) -> None:
    """Refuse an XLSX whose inflated shared strings or sheets exceed the caps (ZIP directory
    sizes only: nothing is inflated here). Not-a-ZIP files are left to openpyxl's error."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        return
    for info in infos:
        name = info.filename.lower()
        if name.endswith("sharedstrings.xml"):
            cap = MAX_SHARED_STRINGS_BYTES
        elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
            cap = max_sheet_bytes
        else:
            continue
        if info.file_size > cap:
            raise BatchError(
                f"{path}: в файле слишком большие ячейки или листы ({_mb(info.file_size)} текста "
                f"в {info.filename}, допустимо до {_mb(cap)}) / cells too large"
            )


def check_cell(path: Path | str, row: int | str, column: str, text: str) -> None:
    """Raise BatchError naming the file, row and column when ``text`` exceeds the cell cap."""
    if len(text) > MAX_CELL_CHARS:
        raise BatchError(
            f"{path}: строка {row}, столбец {column}: в ячейке {_n(len(text))} символов, "
            f"допустимо не больше {_n(MAX_CELL_CHARS)} / cell too long"
        )


def check_csv_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise BatchError(
            f"{path}: файл слишком большой ({_mb(size)}, допустимо до {_mb(MAX_CSV_BYTES)})"
        )


def _n(number: int) -> str:
    return f"{number:,}".replace(",", "\u00a0")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} МБ"
