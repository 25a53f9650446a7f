"""DOCX: paragraphs, tables, headers/footers and text boxes, in document order.

The package is inflated through ``SafeZip`` first (bomb guard), then opened with python-docx,
which finds the main part and the header/footer parts through the package relationships.
Text comes from walking the XML: python-docx's ``paragraph.text`` would skip text boxes
(``w:txbxContent``) and its ``tables`` list loses the order of tables among paragraphs.
Table cells of one row go on one line separated by tabs, because orders often put the date
and the number in the two cells of a table row.
"""

from __future__ import annotations

import io

from lxml import etree

from evidence.errors import ExtractionError
from evidence.extract.base import CORRUPT, Context, Text
from evidence.extract.safezip import SafeZip
from evidence.extract.xmlparse import local, parse_xml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
_FOOTER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
_SKIP = {"txbxContent", "Fallback", "delText", "instrText", "rPr", "pPr"}


def extract_docx(data: bytes, ctx: Context) -> Text:
    members = SafeZip(data, ctx).read_all()
    body, headers, footers = _parts(data, members)
    lines: list[str] = []
    for blob in headers:
        lines += block_lines(parse_xml(blob))
    root = parse_xml(body)
    body_el = root.find(f"{W}body")
    lines += block_lines(body_el if body_el is not None else root)
    for blob in footers:
        lines += block_lines(parse_xml(blob))
    return Text("\n".join(_dedupe_repeats(lines)))


def _parts(data: bytes, members: dict[str, bytes]) -> tuple[bytes, list[bytes], list[bytes]]:
    """Main document, header and footer XML; by relationships, or by name as a fallback."""
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        main = document.part
        headers, footers = [], []
        for part in main.package.iter_parts():
            if part.content_type == _HEADER_TYPE:
                headers.append((str(part.partname), part.blob))
            elif part.content_type == _FOOTER_TYPE:
                footers.append((str(part.partname), part.blob))
        body = members.get(str(main.partname).lstrip("/")) or main.blob
        return body, [b for _, b in sorted(headers)], [b for _, b in sorted(footers)]
    except Exception:
        # python-docx refuses unusual content types (e.g. templates); read by name.
        if "word/document.xml" not in members:
            raise ExtractionError(CORRUPT) from None
        return (
            members["word/document.xml"],
            [members[n] for n in sorted(members) if n.startswith("word/header")],
            [members[n] for n in sorted(members) if n.startswith("word/footer")],
        )


def block_lines(container: etree._Element) -> list[str]:
    """Lines of a body, cell, header or text box: paragraphs and table rows in order."""
    lines: list[str] = []
    for child in container:
        tag = local(child.tag)
        if tag == "p":
            lines.extend(_paragraph_lines(child))
        elif tag == "tbl":
            for row in child.iter(f"{W}tr"):
                if _ancestor_table(row) is not child:
                    continue  # a nested table's row: read inside its cell
                cells = [" ".join(block_lines(cell)) for cell in row.findall(f"{W}tc")]
                line = "\t".join(c for c in cells if c.strip())
                if line:
                    lines.append(line)
        elif tag in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "hdr", "ftr", "body"):
            lines.extend(block_lines(child))
    return lines


def _paragraph_lines(paragraph: etree._Element) -> list[str]:
    parts: list[str] = []
    _run_text(paragraph, parts)
    lines = ["".join(parts)]
    for box in paragraph.iter(f"{W}txbxContent"):
        if _inside_skipped(box, paragraph):
            continue
        lines.extend(block_lines(box))
    return [line for line in lines if line.strip()]


def _run_text(node: etree._Element, out: list[str]) -> None:
    for child in node:
        tag = local(child.tag)
        if tag == "t":
            out.append(child.text or "")
        elif tag == "tab":
            out.append("\t")
        elif tag in ("br", "cr"):
            out.append("\n")
        elif tag == "noBreakHyphen":
            out.append("-")
        elif tag and tag not in _SKIP:
            _run_text(child, out)


def _inside_skipped(box: etree._Element, paragraph: etree._Element) -> bool:
    """A text box inside a VML fallback (duplicate) or inside another text box."""
    node = box.getparent()
    while node is not None and node is not paragraph:
        if local(node.tag) in ("Fallback", "txbxContent"):
            return True
        node = node.getparent()
    return False


def _ancestor_table(row: etree._Element) -> etree._Element | None:
    node = row.getparent()
    while node is not None and local(node.tag) != "tbl":
        node = node.getparent()
    return node


def _dedupe_repeats(lines: list[str]) -> list[str]:
    """Drop a line repeated right after itself (linked headers of several sections)."""
    out: list[str] = []
    for line in lines:
        if not out or out[-1] != line:
            out.append(line)
    return out
