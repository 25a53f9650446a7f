"""Running a whole batch in this process and writing its reports.

Shared by ``evidence-check run`` and the demo. Resumable: each finished row goes to a
checkpoint in the output folder, so an interrupted run picks up where it stopped. The
checkpoint outlives the check itself: ``write_outputs`` deletes it only once every report is
in place, so a kill while the reports are written loses nothing (the re-run fetches nothing
and only writes the reports).
"""

from __future__ import annotations

import errno
import gc
import logging
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from evidence.checkpoint import (
    CHECKPOINT_NAME,
    Checkpoint,
    batch_fingerprint,
    discard_checkpoint,
)
from evidence.errors import ReportWriteError
from evidence.models import BatchItem, ItemResult
from evidence.pipeline import CheckConfig, Checker, check_batch

log = logging.getLogger(__name__)


class ProgressSink(Protocol):
    def update(self, done: int) -> None: ...
    def advance(self, step: int = 1) -> None: ...


@dataclass
class BatchOutcome:
    results: list[ItemResult]
    findings: list[Any]
    changes: list[Any] | None
    paths: dict[str, Path]
    resumed: int = 0


def run_in_process(
    items: Sequence[BatchItem],
    config: CheckConfig,
    out: Path,
    *,
    concurrency: int,
    progress: ProgressSink | None = None,
) -> tuple[list[ItemResult], int]:
    """Check a batch here; returns the results (input order) and how many were resumed.

    The checkpoint is left in ``out``: ``write_outputs`` removes it after the reports.
    """
    out.mkdir(parents=True, exist_ok=True)
    checkpoint = Checkpoint(out, batch_fingerprint(items, config.year))
    done = checkpoint.load()
    checkpoint.start(done)
    if progress is not None:
        progress.update(len(done))

    def on_result(result: ItemResult) -> None:
        checkpoint.append(result)
        if progress is not None:
            progress.advance()

    with Checker(config) as checker:
        results = check_batch(
            items, checker, concurrency=concurrency, on_result=on_result, done=done
        )
    return results, len(done)


def write_outputs(
    items: Sequence[BatchItem],
    results: Sequence[ItemResult],
    *,
    year: int,
    out: Path,
    source: str = "",
    previous_items: Sequence[BatchItem] | None = None,
    previous_results: Sequence[ItemResult] | None = None,
    notes: Sequence[str] = (),
    decisions: Mapping[int, dict[str, Any]] | None = None,
    municipality: str = "",
    targets: Path | None = None,
) -> BatchOutcome:
    """Consistency findings, year-over-year changes, and every report file.

    ``decisions`` (row -> ``Decision.to_dict()``, the service's reviewers): an overruled row is
    written as ``ok`` flagged ``overruled``, and report.xlsx shows every decision.
    ``municipality`` and ``targets`` (a YAML file of target indicators) go to the справка.
    """
    from evidence.consistency import check_consistency
    from evidence.reports import write_reports

    if decisions:
        from evidence.store.decisions import Decision, apply_decisions

        results = apply_decisions(
            results, {int(r): Decision.from_dict(d) for r, d in decisions.items()}
        )

    findings = list(check_consistency(items, results))
    changes = None
    if previous_items is not None:
        from evidence.yoy import compare_years

        changes = list(compare_years(previous_items, items, previous_results, results))
    from evidence.spravka import run_spravka, write_documents  # the справка never raises

    spravka = run_spravka(  # once, for report.html, report.xlsx and the two DOCX
        items,
        results,
        year=year,
        findings=findings,
        previous_items=previous_items,
        previous_results=previous_results,
        municipality=municipality,
        targets=targets,
    )
    try:
        with _finalisers_logged():
            paths = write_reports(
                out,
                items,
                results,
                year=year,
                findings=findings,
                changes=changes,
                meta={"source": source, "notes": list(notes), "decisions": dict(decisions or {})},
                spravka=spravka,
            )
    except OSError as exc:
        raise ReportWriteError(_cannot_write(out, exc)) from exc
    complete = not paths.failures and set(REPORTS) <= paths.keys()
    if spravka is not None:
        with _finalisers_logged():  # never raises: the DOCX are extras
            paths.update(write_documents(out, spravka))
    if complete:
        discard_checkpoint(out)  # only now: a kill or a failed report loses no checked row
    return BatchOutcome(list(results), findings, changes, dict(paths))


REPORTS = ("results", "consistency", "html", "xlsx")


_OS_ERRORS = {
    errno.ENOSPC: "нет места на диске",
    errno.EDQUOT: "превышена дисковая квота",
    errno.EFBIG: "превышен допустимый размер файла",
    errno.EACCES: "нет прав на запись",
    errno.EPERM: "нет прав на запись",
    errno.EROFS: "файловая система только для чтения",
    errno.ENOTDIR: "в пути к папке файл, а не папка",
    errno.EEXIST: "на месте папки уже есть файл",
}


def _cannot_write(out: Path, exc: OSError) -> str:
    reason = _OS_ERRORS.get(exc.errno or 0, exc.strerror or str(exc))
    done = (Path(out) / CHECKPOINT_NAME).is_file()
    kept = (
        "; проверенные строки сохранены — повторный запуск той же команды только запишет отчёты"
        if done
        else ""
    )
    return f"не удалось записать отчёты в {out}: {reason}{kept}"


_hook_lock = threading.Lock()
_hook_users = 0
_saved_hook = sys.unraisablehook


def _log_unraisable(unraisable: Any) -> None:
    log.debug("after a failed report: %r", unraisable.exc_value)


@contextmanager
def _finalisers_logged() -> Iterator[None]:
    """Log, not print, the finaliser errors a failed writer leaves (openpyxl's open zip archive
    flushing again to the full disk at garbage collection): the user gets one line per report.

    Reference-counted, as the service writes reports from several threads at once.
    """
    global _hook_users, _saved_hook
    with _hook_lock:
        if _hook_users == 0:
            _saved_hook = sys.unraisablehook
            sys.unraisablehook = _log_unraisable
        _hook_users += 1
    try:
        yield
    finally:
        gc.collect()
        with _hook_lock:
            _hook_users -= 1
            if _hook_users == 0:
                sys.unraisablehook = _saved_hook
