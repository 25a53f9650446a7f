"""``evidence-check spravka OUT_DIR``: rebuild only the справка and the рекомендации of a run.

Reads ``results.jsonl`` of the output folder (it keeps every input column, and the
organisation type when the batch gave one) and writes ``spravka.docx`` and
``recommendations.docx`` beside it; nothing is fetched again.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
import yaml

from evidence.models import BatchItem, ItemResult

if TYPE_CHECKING:
    from evidence.spravka.targets import TargetSet

_TITLE_YEAR = re.compile(r"мониторинг ЦМН, (\d{4}) год")


def _fail(message: str) -> typer.Exit:
    print(f"evidence-check: ошибка: {message}", file=sys.stderr)
    return typer.Exit(2)


def _year_of(out_dir: Path) -> int | None:
    """The reporting year written in the run's report.html heading."""
    report = out_dir / "report.html"
    if not report.is_file():
        return None
    match = _TITLE_YEAR.search(report.read_text("utf-8", errors="replace")[:20000])
    return int(match.group(1)) if match else None


def _results(folder: Path) -> list[ItemResult]:
    from evidence.reports.jsonl import read_results_jsonl

    path = folder / "results.jsonl"
    if not path.is_file():
        raise _fail(f"{path}: файл не найден — укажите папку отчётов проверки")
    try:
        return read_results_jsonl(path)
    except (ValueError, KeyError) as exc:
        raise _fail(f"{path}: не читается ({exc})") from None


def read_targets(path: Path) -> TargetSet:
    """The target indicators of ``--targets FILE``, or one line on stderr and exit 2."""
    from evidence.spravka.targets import load_targets

    try:
        return load_targets(path)
    except (OSError, ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        reason = " ".join(str(exc).split())  # YAML errors span lines: the message is one
        raise _fail(f"{path}: целевые показатели не читаются ({reason})") from None


MunicipalityOption = Annotated[
    str, typer.Option("--municipality", help="Муниципалитет, например «Город Ижевск».")
]
TargetsOption = Annotated[
    Path | None, typer.Option("--targets", help="Свои целевые показатели (YAML).")
]


def spravka(
    out_dir: Annotated[Path, typer.Argument(help="Папка отчётов проверки (с results.jsonl).")],
    municipality: MunicipalityOption = "",
    targets: TargetsOption = None,
    year: Annotated[
        int | None, typer.Option("--year", "-y", help="Отчётный год (по умолчанию из отчёта).")
    ] = None,
    previous: Annotated[
        Path | None,
        typer.Option("--previous", help="Папка отчётов прошлого года: показать изменения."),
    ] = None,
) -> None:
    """Пересобрать spravka.docx и recommendations.docx из папки отчётов."""
    from evidence.spravka import build_spravka, write_documents

    results = _results(out_dir)
    year = year or _year_of(out_dir)
    if year is None:
        raise _fail("не удалось определить отчётный год — укажите --year")
    target_set = read_targets(targets) if targets is not None else None
    before = _results(previous) if previous else None
    s = build_spravka(
        None,
        results,
        year=year,
        municipality=municipality,
        targets=target_set,
        previous_items=_items(before) if before is not None else None,
        previous_results=before,
    )
    written = write_documents(out_dir, s)
    if len(written) < 2:
        raise _fail(f"не все документы записаны в {out_dir} (см. сообщения выше)")
    for path in written.values():
        print(path, file=sys.stderr)


def _items(results: list[ItemResult]) -> list[BatchItem]:
    from evidence.spravka.figures import items_from_results

    return items_from_results(results)


def register(app: typer.Typer) -> None:
    """Add ``spravka`` to the ``evidence-check`` app."""
    app.command("spravka")(spravka)
