"""``report.html`` for reviewers: one self-contained page (no external resources)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from evidence.models import DOC_KIND_TITLES, Verdict
from evidence.reports.atomic import atomic_path
from evidence.reports.data import ReportData
from evidence.reports.labels import VERDICT_COLOURS, VERDICT_EXPLANATIONS, flag_title


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("evidence.reports", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["flag_title"] = flag_title
    env.globals.update(
        Verdict=Verdict,
        colours=VERDICT_COLOURS,
        explanations=VERDICT_EXPLANATIONS,
        kind_titles=DOC_KIND_TITLES,
    )
    return env


def render_html(data: ReportData) -> str:
    return _environment().get_template("report.html.j2").render(data=data)


def write_html(path: Path, data: ReportData) -> None:
    html = render_html(data)
    with atomic_path(path) as tmp:
        tmp.write_text(html, encoding="utf-8")
