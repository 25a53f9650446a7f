"""OpenDocument text and spreadsheets (ODT, ODS): ``content.xml`` and the page styles."""

from __future__ import annotations

from lxml import etree

from evidence.errors import ExtractionError
from evidence.extract.base import CORRUPT, Context, Text
from evidence.extract.safezip import SafeZip
from evidence.extract.xmlparse import local, parse_xml

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_BLOCKS = {"p", "h"}


def extract_odf(data: bytes, ctx: Context) -> Text:
    archive = SafeZip(data, ctx)
    if not archive.has("content.xml"):
        raise ExtractionError(CORRUPT)
    lines: list[str] = []
    if archive.has("styles.xml"):  # page headers and footers live in the master pages
        styles = parse_xml(archive.read("styles.xml"))
        for node in styles.iter():
            if local(node.tag) in ("header", "footer"):
                lines += _lines(node)
    body = parse_xml(archive.read("content.xml"))
    lines += _lines(body)
    return Text("\n".join(lines))


def _lines(container: etree._Element) -> list[str]:
    lines: list[str] = []
    for child in container:
        tag = local(child.tag)
        if tag in _BLOCKS:
            text = _inline(child)
            if text.strip():
                lines.append(text)
        elif tag == "table-row":
            cells = [" ".join(_lines(cell)) for cell in child if local(cell.tag) == "table-cell"]
            line = "\t".join(c for c in cells if c.strip())
            if line:
                lines.append(line)
        elif tag not in ("annotation", "tracked-changes", "notes"):
            lines += _lines(child)
    return lines


def _inline(node: etree._Element) -> str:
    parts = [node.text or ""]
    for child in node:
        tag = local(child.tag)
        if tag == "s":
            parts.append(" " * int(child.get(f"{{{_TEXT_NS}}}c", "1") or 1))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        elif tag not in ("note", "annotation", "bookmark", "soft-page-break"):
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
