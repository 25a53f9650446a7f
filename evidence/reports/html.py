"""``report.html`` for reviewers: one self-contained page (no external resources)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from evidence.reports.atomic import atomic_path
from evidence.reports.data import ReportData
from evidence.reports.sanitize import xml_safe
from evidence.reports.templating import make_environment


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return make_environment("evidence.reports")


def render_html(data: ReportData) -> str:
    from evidence.spravka import summary_html  # the справка's figures, charts as inline SVG

    spravka = Markup(summary_html(data.results, data.findings, data.year, data.spravka))
    # Control characters and lone surrogates from documents cannot reach a UTF-8 page.
    return xml_safe(
        _environment().get_template("report.html.j2").render(data=data, spravka=spravka)
    )


def write_html(path: Path, data: ReportData) -> None:
    html = render_html(data)
    with atomic_path(path) as tmp:
        tmp.write_text(html, encoding="utf-8")
