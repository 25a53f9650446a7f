"""Commands of the distributed mode, added to ``evidence-check`` by ``register(app)``.

    evidence-check workers [--concurrency N] [--queues fast,ocr]   start Celery workers
    evidence-check submit BATCH --year Y [--broker URL]             queue a batch, do not wait
    evidence-check status [BATCH_ID]                                 progress (or recent batches)
    evidence-check report BATCH_ID --out DIR                         write the reports
    evidence-check cancel BATCH_ID                                   stop checking a batch
    evidence-check resume BATCH_ID [--out DIR]                       re-queue what is not done, wait

The broker comes from ``--broker`` or ``EVIDENCE_BROKER_URL``; the results database from
``--db`` or ``DATABASE_URL`` / ``EVIDENCE_DATABASE_URL`` (default: the embedded SQLite file).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from config.settings import get_settings
from evidence.errors import EvidenceError

BrokerOption = Annotated[
    str | None,
    typer.Option("--broker", help="Брокер Celery (redis://…); по умолчанию EVIDENCE_BROKER_URL."),
]
DbOption = Annotated[
    str | None,
    typer.Option("--db", help="База результатов; по умолчанию DATABASE_URL или файл SQLite."),
]
BatchIdArg = Annotated[str, typer.Argument(help="Номер пакета (его печатает run/submit).")]

_STATUS_RU = {"running": "выполняется", "done": "завершён", "cancelled": "отменён"}


def _fail(message: str, code: int = 2) -> typer.Exit:
    print(f"evidence-check: ошибка: {message}", file=sys.stderr)
    return typer.Exit(code)


def _broker(broker: str | None) -> str:
    url = broker or get_settings().broker_url
    if not url:
        raise _fail("брокер не задан: укажите --broker redis://… или EVIDENCE_BROKER_URL")
    return url


def _db(db: str | None) -> str | None:
    return db or get_settings().database_url


def _when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts)) if ts else "—"


def workers(
    concurrency: Annotated[
        int | None, typer.Option("--concurrency", "-c", help="Процессов-исполнителей.")
    ] = None,
    queues: Annotated[
        str, typer.Option("--queues", "-Q", help="Очереди: fast (загрузка), ocr (распознавание).")
    ] = "fast,ocr",
    pool: Annotated[
        str,
        typer.Option(
            "--pool", help="prefork (процессы, по умолчанию) или threads (потоки: много загрузок)."
        ),
    ] = "prefork",
    loglevel: Annotated[str, typer.Option("--loglevel", help="Уровень журнала.")] = "INFO",
) -> None:
    """Запустить воркеры Celery (то же, что celery -A workers worker)."""
    from workers import app as celery_app

    argv = ["worker", "-Q", queues, "--pool", pool, "--loglevel", loglevel]
    if concurrency:
        argv += ["--concurrency", str(concurrency)]
    celery_app.worker_main(argv)


def submit(
    batch: Annotated[Path, typer.Argument(help="Файл пакета: CSV или XLSX.")],
    year: Annotated[int, typer.Option("--year", "-y", help="Отчётный год.")],
    broker: BrokerOption = None,
    db: DbOption = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Разрешить адреса внутренней сети (тесты).")
    ] = False,
) -> None:
    """Поставить пакет в очередь и выйти (воркеры проверят его без вас)."""
    from evidence import dispatch
    from evidence.batch import read_batch
    from evidence.pipeline import CheckConfig

    settings = get_settings()
    if allow_private:
        settings = settings.model_copy(update={"allow_private": True})
    try:
        items = read_batch(batch)
        config = CheckConfig.from_settings(settings, year)
        batch_id = dispatch.submit(
            items, config, _broker(broker), database_url=_db(db), source=batch.name
        )
    except EvidenceError as exc:
        raise _fail(str(exc)) from None
    print(batch_id)
    print(
        f"Пакет поставлен в очередь: {len(items)} строк. Ход проверки: "
        f"evidence-check status {batch_id}; отчёты: evidence-check report {batch_id} --out ПАПКА",
        file=sys.stderr,
    )


def status(
    batch_id: Annotated[
        str | None, typer.Argument(help="Номер пакета; без него — последние пакеты.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Показать ход проверки пакета."""
    from evidence.store import get_engine, repo

    try:
        engine = get_engine(_db(db))
        if batch_id is None:
            batches = repo.list_batches(engine)
            if not batches:
                print("Пакетов в базе нет.")
            for b in batches:
                done = repo.count_done(engine, b.id)
                print(
                    f"{b.id}  {_when(b.created_at)}  {_STATUS_RU.get(b.status, b.status):<12}"
                    f"  {done}/{b.total}  {b.year}  {b.source}"
                )
            return
        info = repo.get_batch(engine, batch_id)
        state = repo.progress(engine, batch_id)
    except EvidenceError as exc:
        raise _fail(str(exc)) from None
    print(f"Пакет {info.id} ({info.source or 'без имени'}), отчётный год {info.year}")
    print(f"Состояние: {_STATUS_RU.get(state.status, state.status)}")
    print(f"Поставлен: {_when(info.created_at)}; завершён: {_when(info.finished_at)}")
    print(
        f"Готово {state.done} из {state.total}; в очереди {state.queued}, "
        f"проверяются {state.running}, отменено {state.cancelled}"
    )
    if state.verdicts:
        from evidence.models import VERDICT_TITLES

        titles = {v.value: t for v, t in VERDICT_TITLES.items()}
        print("Вердикты:")
        for code, n in sorted(state.verdicts.items(), key=lambda kv: -kv[1]):
            print(f"  {titles.get(code, code)} ({code}): {n}")


def report(
    batch_id: BatchIdArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Папка для отчётов.")],
    db: DbOption = None,
    partial: Annotated[
        bool, typer.Option("--partial", help="Записать отчёты по уже готовым строкам.")
    ] = False,
) -> None:
    """Записать отчёты пакета (results.jsonl, report.html, report.xlsx, справку) в папку."""
    from evidence.cli import write_outputs_or_fail  # the same one-line errors as ``run``
    from evidence.store import get_engine, repo

    try:
        engine = get_engine(_db(db))
        info = repo.get_batch(engine, batch_id)
        items = repo.load_items(engine, batch_id)
        results = repo.load_results(engine, batch_id)
    except EvidenceError as exc:
        raise _fail(str(exc)) from None
    missing = [item for item in items if item.row not in results]
    if missing and not partial:
        raise _fail(
            f"пакет {batch_id} ещё не готов: {len(items) - len(missing)} из {len(items)} строк; "
            "дождитесь завершения или укажите --partial"
        )
    done_items = [item for item in items if item.row in results]
    write_outputs_or_fail(done_items, [results[i.row] for i in done_items], year=info.year, out=out)
    print(f"Отчёты записаны в {out}: строк {len(done_items)} из {len(items)}.", file=sys.stderr)


def cancel(batch_id: BatchIdArg, db: DbOption = None) -> None:
    """Отменить пакет: непроверенные строки проверяться не будут."""
    from evidence import dispatch

    try:
        n = dispatch.cancel(batch_id, database_url=_db(db))
    except EvidenceError as exc:
        raise _fail(str(exc)) from None
    print(f"Пакет {batch_id} отменён; не будут проверены строк: {n}.", file=sys.stderr)


def resume(
    batch_id: BatchIdArg,
    broker: BrokerOption = None,
    db: DbOption = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Записать отчёты сюда по завершении.")
    ] = None,
    wait: Annotated[
        bool, typer.Option("--wait/--no-wait", help="Ждать завершения, показывая ход.")
    ] = True,
) -> None:
    """Продолжить пакет: снова поставить в очередь всё, что не готово."""
    from evidence import dispatch

    broker_url = _broker(broker)
    database_url = _db(db)
    try:
        n = dispatch.resume(batch_id, broker_url, database_url=database_url)
        print(f"Пакет {batch_id}: снова в очереди строк: {n}.", file=sys.stderr)
        if not wait:
            return
        from evidence.progress import BatchProgress
        from evidence.store import get_engine, repo

        total = repo.get_batch(get_engine(database_url), batch_id).total
        with BatchProgress(total, label="Проверка (воркеры)") as bar:
            dispatch.wait(
                batch_id,
                broker_url,
                database_url=database_url,
                progress=lambda done, _total: bar.update(done),
            )
    except EvidenceError as exc:
        raise _fail(str(exc)) from None
    print(f"Пакет {batch_id} проверен.", file=sys.stderr)
    if out is not None:
        report(batch_id, out, db=database_url)


def register(app: typer.Typer) -> None:
    """Add the distributed-mode commands to the ``evidence-check`` app."""
    app.command("workers")(workers)
    app.command("submit")(submit)
    app.command("status")(status)
    app.command("report")(report)
    app.command("cancel")(cancel)
    app.command("resume")(resume)
