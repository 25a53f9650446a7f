"""PPTX: the text of every slide in order (``a:p`` paragraphs of ``a:t`` runs)."""

from __future__ import annotations

import re

from evidence.extract.base import Context, Text
from evidence.extract.safezip import SafeZip
from evidence.extract.xmlparse import local, parse_xml

_SLIDE = re.compile(r"^ppt/slides/slide(\d+)\.xml$")


def extract_pptx(data: bytes, ctx: Context) -> Text:
    archive = SafeZip(data, ctx)
    slides = sorted(
        (int(m.group(1)), name) for name in archive.names() if (m := _SLIDE.match(name))
    )
    if len(slides) > ctx.limits.max_pages:
        ctx.flag("pages_capped")
    lines: list[str] = []
    for _, name in slides[: ctx.limits.max_pages]:
        root = parse_xml(archive.read(name))
        for paragraph in root.iter():
            if local(paragraph.tag) != "p" or not paragraph.tag.startswith(
                "{http://schemas.openxmlformats.org/drawingml"
            ):
                continue
            text = "".join(t.text or "" for t in paragraph.iter() if local(t.tag) == "t")
            if text.strip():
                lines.append(text)
        lines.append("")
    return Text("\n".join(lines), pages=len(slides))
