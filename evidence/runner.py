"""Running a whole batch in this process and writing its reports.

Shared by ``evidence-check run`` and the demo. Resumable: each finished row goes to a
checkpoint in the output folder, so an interrupted run picks up where it stopped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from evidence.checkpoint import Checkpoint, batch_fingerprint
from evidence.models import BatchItem, ItemResult
from evidence.pipeline import CheckConfig, Checker, check_batch


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
    """Check a batch here; returns the results (input order) and how many were resumed."""
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
    checkpoint.finish()
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
) -> BatchOutcome:
    """Consistency findings, year-over-year changes, and every report file."""
    from evidence.consistency import check_consistency
    from evidence.reports import write_reports

    findings = list(check_consistency(items, results))
    changes = None
    if previous_items is not None:
        from evidence.yoy import compare_years

        changes = list(compare_years(previous_items, items, previous_results, results))
    paths = write_reports(
        out,
        items,
        results,
        year=year,
        findings=findings,
        changes=changes,
        meta={"source": source, "notes": list(notes)},
    )
    return BatchOutcome(list(results), findings, changes, dict(paths))
