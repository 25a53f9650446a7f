"""The chart of the справка: declared and confirmed shares of participants per criterion.

Drawn twice from the same bars: a PNG with Pillow for the DOCX and an inline SVG for
report.html (no matplotlib, no external resources).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from evidence.spravka.build import Spravka
from evidence.spravka.text import percent_number

DECLARED_COLOUR = "#B8C7DC"
CONFIRMED_COLOUR = "#2E6B3A"
TEXT_COLOUR = "#222222"
_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
)
_FONT_FILES = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf")


@dataclass(frozen=True)
class Bar:
    label: str
    declared: int  # percent of participants
    confirmed: int | None  # None when links were not checked


def bars(s: Spravka) -> list[Bar]:
    """One bar pair per criterion some organisation declared (all criteria when none did)."""
    chosen = [c for c in s.criteria if c.total.declared] or s.criteria
    return [
        Bar(
            f"{c.code} {c.title}",
            percent_number(c.total.declared, c.total.participants),
            percent_number(c.total.confirmed, c.total.participants) if s.checked else None,
        )
        for c in chosen
    ]


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for folder in _FONT_DIRS:
        for name in _FONT_FILES:
            if (folder / name).exists():
                return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default()


# Geometry in pixels of the PNG (drawn at 2x for a sharp print at 16 cm width).
_W, _LABEL_W, _ROW, _TOP, _PAD = 1600, 780, 84, 100, 20


def chart_png(s: Spravka) -> bytes:
    items = bars(s)
    height = _TOP + _ROW * len(items) + _PAD
    image = Image.new("RGB", (_W, height), "white")
    draw = ImageDraw.Draw(image)
    font, small = _font(30), _font(28)
    scale = (_W - _LABEL_W - 120) / 100
    _legend_png(draw, small, s.checked)
    for index, bar in enumerate(items):
        y = _TOP + index * _ROW
        label = _fit(draw, bar.label, font, _LABEL_W - 2 * _PAD)
        draw.text((_PAD, y + 22), label, fill=TEXT_COLOUR, font=font)
        x0 = _LABEL_W
        draw.rectangle((x0, y + 6, x0 + bar.declared * scale, y + 38), fill=DECLARED_COLOUR)
        draw.text((x0 + bar.declared * scale + 8, y + 6), f"{bar.declared} %", fill=TEXT_COLOUR,
                  font=small)  # fmt: skip
        if bar.confirmed is not None:
            draw.rectangle((x0, y + 40, x0 + bar.confirmed * scale, y + 72), fill=CONFIRMED_COLOUR)
            draw.text((x0 + bar.confirmed * scale + 8, y + 40), f"{bar.confirmed} %",
                      fill=TEXT_COLOUR, font=small)  # fmt: skip
        draw.line((x0, y + 2, x0, y + 76), fill="#888888", width=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _fit(
    draw: ImageDraw.ImageDraw,
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    width: int,
) -> str:
    """``text`` cut with «…» to fit ``width`` pixels."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _legend_png(draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
                checked: bool) -> None:  # fmt: skip
    draw.text((_PAD, 24), "Доля участников мониторинга, %", fill=TEXT_COLOUR, font=font)
    x = _LABEL_W
    draw.rectangle((x, 28, x + 40, 56), fill=DECLARED_COLOUR)
    draw.text((x + 50, 24), "заявлено", fill=TEXT_COLOUR, font=font)
    if checked:
        draw.rectangle((x + 220, 28, x + 260, 56), fill=CONFIRMED_COLOUR)
        draw.text((x + 270, 24), "подтверждено", fill=TEXT_COLOUR, font=font)


def chart_svg(s: Spravka) -> str:
    """The same chart as inline SVG (text is escaped; sizes in CSS pixels)."""
    items = bars(s)
    width, label_w, row, top = 900, 400, 34, 40
    scale = (width - label_w - 60) / 100
    height = top + row * len(items) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="spravka-chart" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Заявлено и подтверждено по критериям, % участников" '
        f'font-family="sans-serif" font-size="12">',
        f'<rect x="{label_w}" y="8" width="18" height="10" fill="{DECLARED_COLOUR}"/>'
        f'<text x="{label_w + 24}" y="17">заявлено</text>',
    ]
    if s.checked:
        parts.append(
            f'<rect x="{label_w + 110}" y="8" width="18" height="10" fill="{CONFIRMED_COLOUR}"/>'
            f'<text x="{label_w + 134}" y="17">подтверждено документом</text>'
        )
    for index, bar in enumerate(items):
        y = top + index * row
        label = bar.label if len(bar.label) <= 58 else bar.label[:57] + "…"
        parts.append(
            f'<text x="4" y="{y + 16}">{escape(label)}<title>{escape(bar.label)}</title></text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 2}" width="{bar.declared * scale:.1f}" height="12" '
            f'fill="{DECLARED_COLOUR}"><title>заявлено {bar.declared} %</title></rect>'
            f'<text x="{label_w + bar.declared * scale + 4:.1f}" y="{y + 12}">'
            f"{bar.declared} %</text>"
        )
        if bar.confirmed is not None:
            parts.append(
                f'<rect x="{label_w}" y="{y + 15}" width="{bar.confirmed * scale:.1f}" '
                f'height="12" fill="{CONFIRMED_COLOUR}"><title>подтверждено {bar.confirmed} %'
                f'</title></rect><text x="{label_w + bar.confirmed * scale + 4:.1f}" '
                f'y="{y + 26}">{bar.confirmed} %</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
