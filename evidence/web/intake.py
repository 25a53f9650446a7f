"""Turning a submitted batch (an uploaded CSV/XLSX, a ZIP of form files, or JSON rows) into
``BatchItem``s with the CLI's readers and messages, before anything is queued."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from evidence.batch import Batch, load_batch
from evidence.errors import BatchError
from evidence.web.problems import Problem

BATCH_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")
ZIP_SUFFIX = ".zip"
_MAX_ZIP_MEMBERS = 2000
_SAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)
_WHERE = re.compile(r"^(?P<file>[^:]+): (?:строка (?P<row>\d+), )?(?:столбец «(?P<column>[^»]+)»)?")


def safe_name(name: str, default: str = "batch.csv") -> str:
    base = PurePosixPath((name or "").replace("\\", "/")).name
    base = _SAFE_NAME.sub("_", base).strip("._")[:120]
    return base or default


def batch_problem(message: str) -> Problem:
    """A refused batch: 422 naming file, row and column, like the CLI's one line."""
    extra: dict[str, Any] = {}
    match = _WHERE.match(message)
    if match:
        extra["file"] = match.group("file")
        if match.group("row"):
            extra["row"] = int(match.group("row"))
        if match.group("column"):
            extra["column"] = match.group("column")
    return Problem(422, message, title="Пакет не принят", **extra)


def _load(path: Path, root: Path) -> Batch:
    try:
        return load_batch(path)
    except BatchError as exc:
        raise batch_problem(str(exc).replace(f"{root}/", "")) from None


def _unzip(data: Path, into: Path, max_unpacked: int) -> Path:
    """The form files of a ZIP (XLSX only, flat names), with size and count caps."""
    folder = into / "forms"
    folder.mkdir()
    try:
        with zipfile.ZipFile(data) as archive:
            members = [
                m
                for m in archive.infolist()
                if not m.is_dir()
                and m.filename.lower().endswith((".xlsx", ".xlsm"))
                and not PurePosixPath(m.filename).name.startswith(("._", "~$"))
            ]
            if len(members) > _MAX_ZIP_MEMBERS:
                raise batch_problem(f"{data.name}: в архиве больше {_MAX_ZIP_MEMBERS} файлов форм")
            if sum(m.file_size for m in members) > max_unpacked:
                raise batch_problem(f"{data.name}: архив слишком велик в распакованном виде")
            for n, member in enumerate(members):
                name = f"{n:04d}_{safe_name(member.filename, 'form.xlsx')}"
                with archive.open(member) as src, open(folder / name, "wb") as dst:
                    left = member.file_size + 1
                    while chunk := src.read(1 << 16):
                        left -= len(chunk)
                        if left < 0:
                            raise batch_problem(f"{data.name}: архив повреждён")
                        dst.write(chunk)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise batch_problem(f"{data.name}: архив ZIP не читается ({exc})") from None
    if not members:
        raise batch_problem(f"{data.name}: в архиве нет файлов форм XLSX")
    return folder


def read_upload(filename: str, content: bytes, max_unpacked: int) -> Batch:
    name = safe_name(filename)
    suffix = Path(name).suffix.lower()
    if suffix not in (*BATCH_SUFFIXES, ZIP_SUFFIX):
        raise batch_problem(
            f"{name}: неподдерживаемый формат «{suffix or 'без расширения'}», "
            "нужен CSV, XLSX или ZIP с формами XLSX"
        )
    with tempfile.TemporaryDirectory(prefix="evidence-upload-") as tmp:
        root = Path(tmp)
        path = root / name
        path.write_bytes(content)
        if suffix == ZIP_SUFFIX:
            return _load(_unzip(path, root, max_unpacked), root)
        return _load(path, root)


def read_rows(rows: Sequence[dict[str, Any]]) -> Batch:
    """JSON rows (keys: the batch columns, English or Russian) through the CSV reader."""
    if not rows:
        raise batch_problem("rows: в пакете нет строк с данными / no data rows")
    header: list[str] = []
    for row in rows:
        for key in row:
            if str(key) not in header:
                header.append(str(key))
    with tempfile.TemporaryDirectory(prefix="evidence-rows-") as tmp:
        root = Path(tmp)
        path = root / "rows.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            for row in rows:
                writer.writerow(["" if row.get(k) is None else str(row.get(k)) for k in header])
        try:
            return load_batch(path)
        except BatchError as exc:
            raise batch_problem(str(exc).replace(f"{path}", "rows")) from None


def request_hash(parts: dict[str, Any], content: bytes = b"") -> str:
    """What makes two submits the same request (for ``Idempotency-Key``)."""
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode())
    digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()
