"""The municipal справка with адресные рекомендации, generated from a checked batch.

Public API::

    build_spravka(items, results, *, year, findings=None, municipality="", targets=None,
                  overruled_rows=(), previous_items=None, previous_results=None) -> Spravka
    write_documents(out_dir, spravka) -> dict[str, Path]   # spravka.docx, recommendations.docx
    run_spravka(items, results, *, year, ...) -> Spravka | None  # once per run, for every report
    summary_html(results, findings, year, spravka=None) -> str    # the top of report.html
    summary_rows(results, findings, year, spravka=None) -> list[list[str]]  # «Цифры справки»

Data: config/orgtypes.yaml (organisation type from the name), config/targets.yaml (Р-145
targets and a municipal schedule), config/recommendations.yaml (every phrase).
"""

from evidence.spravka.build import Spravka, build_spravka
from evidence.spravka.output import (
    SHEET_TITLE,
    report_spravka,
    run_spravka,
    summary_html,
    summary_rows,
    write_documents,
    write_run_documents,
)

__all__ = [
    "SHEET_TITLE",
    "Spravka",
    "build_spravka",
    "report_spravka",
    "run_spravka",
    "summary_html",
    "summary_rows",
    "write_documents",
    "write_run_documents",
]
