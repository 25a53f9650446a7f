"""Reports of a checked batch: ``results.jsonl`` (the contract), ``report.html`` (reviewers),
``report.xlsx`` (coordinators), ``consistency.jsonl`` (contradicting numbers) and, when last
year's batch is given, ``changes.jsonl``.

Every writer takes the same ``ReportData``; adding a report is a module with one
``write_*(path, data)`` function and a line in ``write_reports``.

``results.jsonl`` is the contract and is written first; a failure of any other report is
logged (logger ``evidence.reports``, one Russian line naming the file) and recorded in
``ReportPaths.failures``, and never costs the other files. Strings from documents and typed
cells are cleaned by ``sanitize.xml_safe`` in every writer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from evidence.models import BatchItem, ItemResult
from evidence.reports.data import ReportData, build_report_data
from evidence.reports.html import write_html
from evidence.reports.jsonl import write_jsonl, write_results_jsonl
from evidence.reports.xlsx import write_xlsx

__all__ = ["ReportData", "ReportPaths", "build_report_data", "write_reports"]


log = logging.getLogger(__name__)


class ReportPaths(dict[str, Path]):
    """Name -> path of each file written; ``failures``: name -> Russian reason of a file not written."""

    def __init__(self, **paths: Path) -> None:
        super().__init__(**paths)
        self.failures: dict[str, str] = {}


def write_reports(
    out_dir: Path,
    items: Sequence[BatchItem],
    results: Sequence[ItemResult],
    *,
    year: int,
    findings: Sequence[Any] | None = None,
    changes: Sequence[Any] | None = None,
    meta: dict[str, Any] | None = None,
    spravka: Any = None,
) -> ReportPaths:
    """Write all reports into ``out_dir`` (created); files are replaced atomically.

    ``spravka``: the run's справка (``evidence.spravka.run_spravka``) shown by report.html and
    report.xlsx; built here, once for both, when not given."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = build_report_data(
        items, results, year=year, findings=findings, changes=changes, meta=meta
    )
    if spravka is None and data.results:
        from evidence.spravka import report_spravka

        spravka = report_spravka(data.results, data.findings, year)
    data.spravka = spravka
    paths = ReportPaths(
        results=out_dir / "results.jsonl",
        consistency=out_dir / "consistency.jsonl",
        html=out_dir / "report.html",
        xlsx=out_dir / "report.xlsx",
    )
    write_results_jsonl(paths["results"], data.results)
    writers: list[tuple[str, Callable[[Path], None]]] = [
        ("consistency", lambda p: write_jsonl(p, [f.to_dict() for f in data.findings])),
        ("html", lambda p: write_html(p, data)),
        ("xlsx", lambda p: write_xlsx(p, data)),
    ]
    if data.changes is not None:
        paths["changes"] = out_dir / "changes.jsonl"
        changes = data.changes
        writers.insert(1, ("changes", lambda p: write_jsonl(p, [c.to_dict() for c in changes])))
    for name, write in writers:
        try:
            write(paths[name])
        except Exception as exc:
            path = paths.pop(name)
            reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            paths.failures[name] = f"отчёт {path.name} не записан ({reason[:200].rstrip(': ')})"
            log.error("%s", paths.failures[name], exc_info=exc)
    return paths
