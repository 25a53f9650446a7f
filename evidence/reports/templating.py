"""One Jinja environment shape for every server-rendered page: the report and the workspace.

Both render verdicts, flags and document kinds the same way, so they share the filters and the
globals; a caller adds its own globals (the workspace: actions, its URL prefix).
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from evidence.models import DOC_KIND_TITLES, Verdict
from evidence.reports.labels import VERDICT_COLOURS, VERDICT_EXPLANATIONS, flag_title


def make_environment(package: str, **extra_globals: Any) -> Environment:
    """An autoescaping environment over ``<package>/templates`` with the shared vocabulary."""
    env = Environment(
        loader=PackageLoader(package, "templates"),
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
        **extra_globals,
    )
    return env
