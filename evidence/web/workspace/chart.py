"""Verdicts per criterion as a server-side SVG chart (no JavaScript, no external resources)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from markupsafe import Markup, escape

from evidence.criteria import code_sort_key
from evidence.models import Verdict
from evidence.reports.labels import VERDICT_COLOURS

_BAR_WIDTH = 520
_ROW_HEIGHT = 22
_LABEL_WIDTH = 60
_COUNT_WIDTH = 50


def verdict_chart(per_criterion: Mapping[str, Counter[Verdict]]) -> Markup:
    """One stacked horizontal bar per criterion, segments coloured by verdict (worst first).

    Every segment carries a ``<title>`` (the verdict and its count) for a tooltip and screen
    readers; the whole chart has a Russian ``aria-label``.
    """
    codes = sorted(per_criterion, key=code_sort_key)
    width = _LABEL_WIDTH + _BAR_WIDTH + _COUNT_WIDTH
    height = max(1, len(codes)) * _ROW_HEIGHT + 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" '
        'aria-label="Вердикты по критериям">'
    ]
    for index, code in enumerate(codes):
        counts = per_criterion[code]
        total = sum(counts.values()) or 1
        y = index * _ROW_HEIGHT + 2
        parts.append(
            f'<text x="0" y="{y + 15}" font-size="12" font-family="sans-serif">'
            f"{escape(code)}</text>"
        )
        x = float(_LABEL_WIDTH)
        for verdict in Verdict:
            n = counts.get(verdict, 0)
            if not n:
                continue
            w = _BAR_WIDTH * n / total
            parts.append(
                f'<rect class="seg" data-v="{verdict.value}" x="{x:.1f}" y="{y}" '
                f'width="{max(w, 1):.1f}" height="{_ROW_HEIGHT - 4}" '
                f'fill="#{VERDICT_COLOURS[verdict]}" stroke="#fff">'
                f"<title>{escape(code)}: {escape(verdict.label)} — {n}</title></rect>"
            )
            x += w
        parts.append(
            f'<text x="{_LABEL_WIDTH + _BAR_WIDTH + 6}" y="{y + 15}" font-size="12" '
            f'font-family="sans-serif">{sum(counts.values())}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
