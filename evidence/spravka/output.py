"""Where the справка goes: the two DOCX files of a run, the top of report.html, an XLSX sheet.

A failure here never costs the other reports: ``write_run_documents`` logs it and returns what
it wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from html import escape
from pathlib import Path
from typing import Any

from evidence.consistency.finding import Finding
from evidence.models import BatchItem, ItemResult
from evidence.spravka.build import Spravka, build_spravka
from evidence.spravka.tables import TRACE_HEADER, Rows, criteria_rows, target_rows, trace_rows

log = logging.getLogger(__name__)

SPRAVKA_FILE = "spravka.docx"
RECOMMENDATIONS_FILE = "recommendations.docx"
SHEET_TITLE = "Цифры справки"


def write_documents(out_dir: Path, s: Spravka) -> dict[str, Path]:
    """Write spravka.docx and recommendations.docx; a file that fails is logged and skipped."""
    from evidence.spravka.recommendations_docx import write_recommendations_docx
    from evidence.spravka.spravka_docx import write_spravka_docx

    written: dict[str, Path] = {}
    for name, filename, writer in (
        ("spravka", SPRAVKA_FILE, write_spravka_docx),
        ("recommendations", RECOMMENDATIONS_FILE, write_recommendations_docx),
    ):
        path = Path(out_dir) / filename
        try:
            writer(path, s)
        except Exception:  # one broken document must not cost the run its other reports
            log.exception("не удалось записать %s", path)
            continue
        written[name] = path
    return written


def run_spravka(
    items: Sequence[BatchItem],
    results: Sequence[ItemResult],
    *,
    year: int,
    findings: Sequence[Finding] | None = None,
    previous_items: Sequence[BatchItem] | None = None,
    previous_results: Sequence[ItemResult] | None = None,
    municipality: str = "",
    targets: Path | None = None,
    overruled_rows: Collection[int] = frozenset(),
) -> Spravka | None:
    """The справка of a finished run, built once for every report that shows it (report.html,
    report.xlsx, the two DOCX); None, logged, when it cannot be made."""
    try:
        return build_spravka(
            items,
            results,
            year=year,
            findings=findings,
            municipality=municipality,
            targets=targets,
            overruled_rows=overruled_rows,
            previous_items=previous_items,
            previous_results=previous_results,
        )
    except Exception:  # the справка is an extra: the run's other reports are written without it
        log.exception("не удалось составить справку")
        return None


def write_run_documents(
    out_dir: Path,
    items: Sequence[BatchItem],
    results: Sequence[ItemResult],
    *,
    year: int,
    findings: Sequence[Finding] | None = None,
    previous_items: Sequence[BatchItem] | None = None,
    previous_results: Sequence[ItemResult] | None = None,
    municipality: str = "",
    targets: Path | None = None,
    overruled_rows: Collection[int] = frozenset(),
    spravka: Spravka | None = None,
) -> dict[str, Path]:
    """The DOCX of a finished run: of ``spravka`` when it is already built, else of the batch."""
    s = spravka or run_spravka(
        items,
        results,
        year=year,
        findings=findings,
        municipality=municipality,
        targets=targets,
        overruled_rows=overruled_rows,
        previous_items=previous_items,
        previous_results=previous_results,
    )
    return write_documents(out_dir, s) if s is not None else {}


def _from_report(results: Sequence[ItemResult], findings: Sequence[Any], year: int) -> Spravka:
    return build_spravka(None, results, year=year, findings=list(findings))


def report_spravka(
    results: Sequence[ItemResult], findings: Sequence[Any], year: int
) -> Spravka | None:
    """The справка of a report's results alone (no run options); None, logged, on failure."""
    try:
        return _from_report(results, findings, year)
    except Exception:
        log.exception("не удалось составить справку отчёта")
        return None


def summary_rows(
    results: Sequence[ItemResult],
    findings: Sequence[Any],
    year: int,
    spravka: Spravka | None = None,
) -> Rows:
    """The XLSX sheet «Цифры справки»: each figure and the organisations and rows it counts
    (only the header when the справка cannot be made: the workbook is written anyway).
    ``spravka``: the run's справка when already built."""
    try:
        return trace_rows(spravka or _from_report(results, findings, year))
    except Exception:
        log.exception("не удалось составить лист справки")
        return [list(TRACE_HEADER)]


def _table(rows: Rows, caption: str) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:]
    )
    return (
        f'<table class="spravka-table"><caption>{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def summary_html(
    results: Sequence[ItemResult],
    findings: Sequence[Any],
    year: int,
    spravka: Spravka | None = None,
) -> str:
    """The summary section at the top of report.html (escaped HTML with an inline SVG chart);
    ``spravka``: the run's справка when already built."""
    from evidence.spravka.chart import chart_svg
    from evidence.spravka.municipal import municipal_recommendations
    from evidence.spravka.spravka_docx import participation_text

    if not results:
        return ""
    try:
        s = spravka or _from_report(results, findings, year)
    except Exception:  # the summary is an extra: report.html must be written without it
        log.exception("не удалось составить сводку справки")
        return ""
    advice = "".join(f"<li>{escape(t)}</li>" for t in municipal_recommendations(s))
    return (
        '<section id="spravka" class="spravka"><details open><summary><b>Справка: заявлено и '
        "подтверждено</b></summary>"
        f"<p>{escape(participation_text(s))}</p>"
        f"{chart_svg(s)}"
        "<details><summary>Таблицы: по показателям и целевые показатели</summary>"
        f"{_table(criteria_rows(s), 'Заявлено и подтверждено по показателям')}"
        f"{_table(target_rows(s), 'Целевые показатели')}</details>"
        f"<p><b>Рекомендации муниципальному координатору</b></p><ol>{advice}</ol>"
        f"<p>Полный текст — spravka.docx и recommendations.docx в папке отчёта.</p>"
        "</details></section>"
    )
