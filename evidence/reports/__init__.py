"""Reports of a checked batch: ``results.jsonl`` (the contract), ``report.html`` (reviewers),
``report.xlsx`` (coordinators), ``consistency.jsonl`` (contradicting numbers) and, when last
year's batch is given, ``changes.jsonl``.

Every writer takes the same ``ReportData``; adding a report is a module with one
``write_*(path, data)`` function and a line in ``write_reports``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evidence.models import BatchItem, ItemResult
from evidence.reports.data import ReportData, build_report_data
from evidence.reports.html import write_html
from evidence.reports.jsonl import write_jsonl, write_results_jsonl
from evidence.reports.xlsx import write_xlsx

__all__ = ["ReportData", "ReportPaths", "build_report_data", "write_reports"]


class ReportPaths(dict[str, Path]):
    """Name -> path of each file written."""


def write_reports(
    out_dir: Path,
    items: Sequence[BatchItem],
    results: Sequence[ItemResult],
    *,
    year: int,
    findings: Sequence[Any] | None = None,
    changes: Sequence[Any] | None = None,
    meta: dict[str, Any] | None = None,
) -> ReportPaths:
    """Write all reports into ``out_dir`` (created); files are replaced atomically."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = build_report_data(
        items, results, year=year, findings=findings, changes=changes, meta=meta
    )
    paths = ReportPaths(
        results=out_dir / "results.jsonl",
        consistency=out_dir / "consistency.jsonl",
        html=out_dir / "report.html",
        xlsx=out_dir / "report.xlsx",
    )
    write_results_jsonl(paths["results"], data.results)
    write_jsonl(paths["consistency"], [f.to_dict() for f in data.findings])
    if data.changes is not None:
        paths["changes"] = out_dir / "changes.jsonl"
        write_jsonl(paths["changes"], [c.to_dict() for c in data.changes])
    write_html(paths["html"], data)
    write_xlsx(paths["xlsx"], data)
    return paths
