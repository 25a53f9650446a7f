"""Small python-docx helpers shared by the справка and the рекомендации: one look, safe text.

Every string goes through ``xml_safe`` (organisation names and typed links come from
strangers) and files are replaced atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from evidence.reports.atomic import atomic_path
from evidence.reports.sanitize import xml_safe

FONT = "Times New Roman"
TEXT_WIDTH_CM = 17.0  # A4 minus the margins below
_CM_PER_CHAR = 0.22  # a Cyrillic letter at 10 pt (LibreOffice's substitutes are wider)
_CELL_PADDING_CM = 0.45
_BOLD = 1.2  # a bold header letter is wider


def new_document() -> DocumentType:
    doc = Document()
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4, not Letter
        section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    for name in ("Normal", "List Bullet", "List Number", "Heading 1", "Heading 2", "Title"):
        style = doc.styles[name]
        font = style.font
        font.name = FONT
        style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        if name == "Normal":
            font.size = Pt(12)
            style.paragraph_format.space_after = Pt(4)
        elif name.startswith("Heading"):
            font.size = Pt(13 if name == "Heading 1" else 12)
            font.color.rgb = None
    doc.core_properties.language = "ru-RU"
    return doc


def paragraph(
    doc: DocumentType,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    align: str = "justify",
    style: str | None = None,
) -> Paragraph:
    para = add_paragraph(doc)
    if style:
        _set_style(doc, para, style)
    if text:
        run = para.add_run(xml_safe(text))
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
    para.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    return para


def add_paragraph(doc: DocumentType) -> Paragraph:
    """An empty paragraph at the end of the body — ``doc.add_paragraph()`` without its scan of
    every paragraph for the section properties (quadratic: minutes for a thousand letters)."""
    body = doc.element.body
    p = OxmlElement("w:p")
    last = next(body.iterchildren(reversed=True), None)  # len(body) would count every child
    if last is not None and last.tag == qn("w:sectPr"):
        last.addprevious(p)
    else:
        body.append(p)
    return Paragraph(p, doc._body)


def page_break(doc: DocumentType) -> None:
    add_paragraph(doc).add_run().add_break(WD_BREAK.PAGE)


def heading(doc: DocumentType, text: str, level: int = 1) -> Paragraph:
    para = add_paragraph(doc)
    _set_style(doc, para, f"Heading {level}")
    para.add_run(xml_safe(text))
    return para


_STYLE_IDS: dict[str, str] = {}  # every document here starts from python-docx's template


def _set_style(doc: DocumentType, para: Paragraph, name: str) -> None:
    """Set a paragraph style by its id: python-docx resolves a style name by scanning every
    style (about 1.5 ms a paragraph, minutes for a thousand organisations' letters)."""
    if name not in _STYLE_IDS:
        _STYLE_IDS[name] = doc.styles[name].style_id
    para._p.get_or_add_pPr().style = _STYLE_IDS[name]


def table(doc: DocumentType, rows: Sequence[Sequence[str]], widths: Sequence[float] = ()) -> None:
    """A grid table; the first row is the header (bold, repeated on every page)."""
    if not rows:
        return
    grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    sizes = list(widths) or column_widths(rows)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = grid.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(xml_safe(value))
            run.font.size = Pt(10)
            run.bold = r == 0 or None
            cell.width = Cm(sizes[c])
    for c, column in enumerate(grid.columns):  # LibreOffice reads the grid, Word the cells
        column.width = Cm(sizes[c])
    header = grid.rows[0]._tr.get_or_add_trPr()
    mark = header.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"})
    header.append(mark)


def column_widths(rows: Sequence[Sequence[str]], total: float = TEXT_WIDTH_CM) -> list[float]:
    """Column widths in cm: every column fits its longest word (10 pt), the rest of the line
    goes to the columns with long text."""
    minimum: list[float] = []
    extra: list[float] = []
    for c in range(len(rows[0])):
        cells = [row[c] for row in rows if c < len(row)]
        # words as a line breaker sees them: a no-break space keeps «70 %» together
        word = max((len(w) for cell in cells[1:] for w in cell.split(" ")), default=0)
        bold = max((len(w) for w in cells[0].split(" ")), default=0) * _BOLD
        longest = max((len(cell) for cell in cells[1:]), default=0)
        minimum.append(max(word, bold) * _CM_PER_CHAR + _CELL_PADDING_CM)
        extra.append(max(min(longest, 40) - max(word, bold), 0))
    spare = total - sum(minimum)
    if spare <= 0 or not sum(extra):
        scale = total / sum(minimum)
        return [m * scale for m in minimum]
    return [m + spare * e / sum(extra) for m, e in zip(minimum, extra, strict=True)]


def caption(doc: DocumentType, text: str) -> None:
    paragraph(doc, text, italic=True, size=11, align="left")


def save(doc: DocumentType, path: Path) -> None:
    with atomic_path(Path(path)) as tmp:
        doc.save(str(tmp))
