"""Command line: ``evidence-check run | demo | check-url | evaluate`` (+ distributed commands).

A thin adapter: parses options, builds the configuration, calls ``evidence.pipeline`` and
``evidence.reports``, and talks to the terminal. The contract (DESIGN.md) is
``evidence-check run BATCH --year Y --out DIR [--allow-private]``.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from config.settings import Settings, get_settings
from evidence.cli_spravka import MunicipalityOption, TargetsOption, read_targets
from evidence.errors import BatchError, EvidenceError, ReportWriteError
from evidence.models import BatchItem, ItemResult, Verdict

if TYPE_CHECKING:
    from evidence.runner import BatchOutcome

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Проверка ссылок на подтверждающие документы мониторинга ЦМН.",
)
console = Console(stderr=True)


def _fail(message: str, code: int = 2) -> typer.Exit:
    """One line on stderr, non-zero exit."""
    print(f"evidence-check: ошибка: {message}", file=sys.stderr)
    return typer.Exit(code)


def _settings(allow_private: bool) -> Settings:
    settings = get_settings()
    if allow_private and not settings.allow_private:
        settings = settings.model_copy(update={"allow_private": True})
    return settings


YearOption = Annotated[int, typer.Option("--year", "-y", help="Отчётный год, например 2024.")]


@app.command()
def run(
    batch: Annotated[Path, typer.Argument(help="Файл пакета: CSV или XLSX (или папка форм XLSX).")],
    year: YearOption,
    out: Annotated[Path, typer.Option("--out", "-o", help="Папка для отчётов.")],
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Разрешить адреса внутренней сети (тесты).")
    ] = False,
    broker: Annotated[
        str | None,
        typer.Option("--broker", help="Брокер Celery (redis://…): выполнить на воркерах."),
    ] = None,
    concurrency: Annotated[
        int | None, typer.Option("--concurrency", "-j", help="Параллельных проверок.")
    ] = None,
    previous: Annotated[
        Path | None,
        typer.Option("--previous", help="Пакет прошлого года: показать, что изменилось."),
    ] = None,
    previous_results: Annotated[
        Path | None,
        typer.Option("--previous-results", help="results.jsonl прошлого года (замена документов)."),
    ] = None,
    municipality: MunicipalityOption = "",
    targets: TargetsOption = None,
) -> None:
    """Проверить пакет: results.jsonl, report.html, report.xlsx, справка в папке --out."""
    from evidence.batch import load_batch

    if targets is not None:
        read_targets(targets)  # a bad targets file stops the run before anything is fetched
    settings = _settings(allow_private)
    try:
        loaded = load_batch(batch)
        previous_items = _read(previous) if previous else None
    except BatchError as exc:
        raise _fail(str(exc)) from None
    for note in loaded.notes[:10]:
        console.print(f"Внимание: {note}", markup=False)
    if len(loaded.notes) > 10:
        console.print(f"… и ещё {len(loaded.notes) - 10} нераспознанных строк (см. отчёт)")
    items = loaded.items
    broker_url = broker or settings.broker_url
    try:
        results = _check(items, settings, year, out, broker_url, concurrency)
    except EvidenceError as exc:
        raise _fail(str(exc)) from None
    _write_and_summarise(
        items,
        results,
        year=year,
        out=out,
        source=batch.name,
        previous_items=previous_items,
        previous_results=previous_results,
        notes=loaded.notes,
        municipality=municipality,
        targets=targets,
    )


def _read(path: Path) -> list[BatchItem]:
    from evidence.batch import read_batch

    return read_batch(path)


def _check(
    items: list[BatchItem],
    settings: Settings,
    year: int,
    out: Path,
    broker_url: str | None,
    concurrency: int | None,
) -> list[ItemResult]:
    from evidence.pipeline import CheckConfig
    from evidence.progress import BatchProgress

    config = CheckConfig.from_settings(settings, year)
    if broker_url:
        from evidence.dispatch import run_distributed

        with BatchProgress(len(items), label="Проверка (воркеры)") as progress:
            return run_distributed(
                items,
                config,
                broker_url,
                database_url=settings.database_url,
                progress=lambda done, total: progress.update(done),
                on_submitted=lambda batch_id: console.print(
                    f"Пакет поставлен в очередь: {batch_id} "
                    f"(evidence-check status {batch_id} — состояние с любой машины)"
                ),
            )
    return run_in_process(items, config, out, concurrency or settings.concurrency)


def run_in_process(
    items: Sequence[BatchItem], config: Any, out: Path, concurrency: int
) -> list[ItemResult]:
    from evidence.progress import BatchProgress
    from evidence.runner import run_in_process as run_here

    with BatchProgress(len(items)) as progress:
        results, resumed = run_here(items, config, out, concurrency=concurrency, progress=progress)
    if resumed:
        console.print(f"Продолжена прерванная проверка: {resumed} строк были готовы раньше.")
    return results


def _write_and_summarise(
    items: list[BatchItem],
    results: list[ItemResult],
    *,
    year: int,
    out: Path,
    source: str,
    previous_items: list[BatchItem] | None = None,
    previous_results: Path | None = None,
    notes: Sequence[str] = (),
    municipality: str = "",
    targets: Path | None = None,
) -> None:
    from evidence.reports.jsonl import read_results_jsonl

    before = read_results_jsonl(previous_results) if previous_results else None
    outcome = write_outputs_or_fail(
        items,
        results,
        year=year,
        out=out,
        source=source,
        previous_items=previous_items,
        previous_results=before,
        notes=notes,
        municipality=municipality,
        targets=targets,
    )
    _print_summary(results, outcome.findings)
    console.print("Отчёты:")
    for path in outcome.paths.values():
        console.print(f"  {path}", soft_wrap=True)


def write_outputs_or_fail(
    items: Sequence[BatchItem], results: Sequence[ItemResult], **options: Any
) -> BatchOutcome:
    """``write_outputs`` for a command: a report that cannot be written is one Russian line on
    stderr (the others are still written, exit 0); a folder where not even results.jsonl can
    be written ends the command with that line and exit code 1."""
    from evidence.runner import write_outputs

    _show_report_failures()
    try:
        return write_outputs(items, results, **options)
    except ReportWriteError as exc:
        raise _fail(str(exc), code=1) from None


class _OneLineHandler(logging.Handler):
    """A report that could not be written: one line on stderr, no traceback (exit stays 0)."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"evidence-check: ошибка: {record.getMessage()}", file=sys.stderr)


def _show_report_failures() -> None:
    for name in ("evidence.reports", "evidence.spravka"):  # every writer of the run's files
        logger = logging.getLogger(name)
        if not any(isinstance(h, _OneLineHandler) for h in logger.handlers):
            logger.addHandler(_OneLineHandler(logging.ERROR))
            logger.propagate = False


def _print_summary(results: Sequence[ItemResult], findings: Sequence[Any]) -> None:
    counts = Counter(r.verdict for r in results)
    table = Table(title=f"Итог: {len(results)} строк", show_lines=False)
    table.add_column("Вердикт")
    table.add_column("Код")
    table.add_column("Строк", justify="right")
    for verdict in Verdict:
        if counts[verdict]:
            table.add_row(verdict.label, verdict.value, str(counts[verdict]))
    console.print(table)
    if findings:
        errors = sum(1 for f in findings if f.severity == "error")
        console.print(
            f"Противоречия в числах: {len(findings)} (ошибок: {errors}, "
            f"предупреждений: {len(findings) - errors})"
        )


@app.command("check-url")
def check_url(
    url: Annotated[str, typer.Argument(help="Ссылка, как её ввела организация.")],
    criterion: Annotated[
        str, typer.Option("--criterion", "-c", help="Код критерия, например 1.3.")
    ],
    year: YearOption,
    org: Annotated[str, typer.Option("--org", help="Организация (для соглашений).")] = "",
    allow_private: Annotated[bool, typer.Option("--allow-private")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Вывести результат в JSON.")] = False,
) -> None:
    """Проверить одну ссылку и объяснить вердикт."""
    from evidence.criteria import load_catalogue, normalise_code
    from evidence.pipeline import CheckConfig, Checker

    code = normalise_code(criterion)
    if code not in load_catalogue():
        raise _fail(f"неизвестный код критерия «{criterion}»")
    config = CheckConfig.from_settings(_settings(allow_private), year)
    item = BatchItem(row=1, org=org or "—", criterion=code, url=url, value="1")
    with Checker(config) as checker:
        result = checker.check_item(item)
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_result(result)


def _print_result(result: ItemResult) -> None:
    out = Console()
    out.print(f"[bold]{result.verdict.label}[/bold] ({result.verdict.value})")
    out.print(result.message)
    if result.final_url and result.final_url != result.url:
        out.print(f"Итоговый адрес: {result.final_url}")
    if result.doc_kind or result.doc_date or result.doc_number:
        parts = [
            result.doc_kind.label if result.doc_kind else None,
            f"от {result.doc_date}" if result.doc_date else None,
            f"№ {result.doc_number}" if result.doc_number else None,
        ]
        out.print("Документ: " + ", ".join(p for p in parts if p))
    if result.evidence:
        out.print(f"Фрагмент: «{result.evidence}»")
    if result.flags:
        from evidence.reports.labels import flag_title

        out.print("Отметки: " + "; ".join(flag_title(f) for f in result.flags))
    for link in result.links:
        for candidate in link.candidates:
            out.print(
                f"  подходящий документ на странице: {candidate.url} ({candidate.score * 100:.0f}%)"
            )


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", "-o", help="Папка для отчётов.")] = Path("demo-out"),
) -> None:
    """Запустить встроенный демонстрационный сайт, проверить образец пакета, написать отчёты."""
    from evidence.demo import DemoSite, demo_config, write_demo_batch

    out.mkdir(parents=True, exist_ok=True)
    try:
        with DemoSite() as site:
            console.print(f"Демонстрационный сайт школы: {site.base_url}/sveden/nastavnichestvo/")
            batch_path = write_demo_batch(out / "demo-batch.csv", site)
            items = _read(batch_path)
            config = demo_config(_settings(False), site, cache_dir=out / ".cache")
            results = run_in_process(items, config, out, concurrency=4)
            _write_and_summarise(items, results, year=config.year, out=out, source=batch_path.name)
    except EvidenceError as exc:
        raise _fail(str(exc)) from None
    # soft_wrap: a long path stays on one line, so it can be copied (and found by scripts)
    console.print(f"Готово. Откройте в браузере: {(out / 'report.html').resolve()}", soft_wrap=True)


@app.command()
def evaluate(
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="Папка размеченного корпуса.")
    ] = None,
) -> None:
    """Оценить классификатор на размеченном корпусе: матрица ошибок, точность и полнота."""
    from evidence.evaluate import format_report, run_evaluation

    report = run_evaluation(corpus)
    print(format_report(report))


def _register_distributed() -> None:
    try:
        from evidence.cli_dist import register
    except ImportError:
        return
    register(app)


_register_distributed()


def _register_web() -> None:
    try:
        from evidence.cli_web import register
    except ImportError:  # the service's dependencies (fastapi, uvicorn) are not installed
        return
    register(app)


_register_web()

from evidence.cli_spravka import register as _register_spravka  # noqa: E402

_register_spravka(app)


def main() -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    app()


if __name__ == "__main__":
    main()
