"""Generate sample documents in every format the extractor reads (no pytest here).

``build_sample(kind, text)`` renders ``text`` (lines separated by ``\\n``) into a document of
the given ``FileKind``; ``scan=True`` renders it as a noisy photographed page instead (images
and PDF only), ``angle`` tilts that page by so many degrees. The classification tests and the
demo reuse this module, so keep the signature stable.

Legacy ``.doc`` has no writer here (``ValueError``); the tests use the real documents under
``/work/shared/realworld`` for it. ``.xls`` needs ``xlwt`` (a dev dependency).

``build_rich_docx``, ``build_zip_bomb``, ``build_docx_bomb``, ``build_encrypted_pdf`` and
``build_blank_scan`` make the special samples of the failure tests; ``write_corpus`` writes a
labelled corpus (file name -> expected phrases) to a directory.
"""

from __future__ import annotations

import io
import json
import os
import random
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from evidence.models import FileKind

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_SERIF = FONT_DIR / "DejaVuSerif.ttf"

ORDER_TEXT = (
    "МБОУ «Средняя общеобразовательная школа № 7»\n"
    "ПРИКАЗ\n"
    "от 12.09.2024 № 145-од\n"
    "О внедрении целевой модели наставничества\n"
    "В целях реализации целевой модели наставничества педагогических работников\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о системе наставничества.\n"
    "2. Назначить куратором наставничества Иванову Марию Петровну.\n"
    "Директор школы А. Б. Сидоров"
)

AGREEMENT_TEXT = (
    "ДОГОВОР о сетевом взаимодействии № 3\n"
    "г. Самара «05» октября 2024 г.\n"
    "1. Предмет договора\n"
    "1.1. Стороны организуют наставничество педагогических работников.\n"
    "2. Права и обязанности сторон"
)

# A4 at 200 dpi: the page size of the rendered scans.
_PAGE_PX = (1654, 2339)
_SCAN_DPI = 200


# --- the public entry point ---------------------------------------------------------------


def build_sample(kind: FileKind, text: str, *, scan: bool = False, angle: float = 0.0) -> bytes:
    """Render ``text`` as a document of ``kind`` and return its bytes."""
    if kind.is_image:
        image = render_page(text, scan=scan, angle=angle)
        return _save_image(image, kind)
    builder = _BUILDERS.get(kind)
    if builder is None:
        raise ValueError(f"no sample writer for {kind.value}")
    if kind is FileKind.PDF and (scan or angle):
        pages = _paginate(text)
        return _image_pdf(
            [render_page(p, scan=True, angle=angle, seed=7 + i) for i, p in enumerate(pages)]
        )
    return builder(text)


# --- images ---------------------------------------------------------------------------------


def _paginate(text: str, font_px: int = 34) -> list[str]:
    """Split ``text`` into the pages :func:`render_page` fills, so a long scan keeps its end
    (the signature and date block of a справка under its tables)."""
    per_page = (_PAGE_PX[1] - 200 - 160) // int(font_px * 1.7)
    width = int(70 * 34 / font_px)
    pages: list[list[str]] = [[]]
    used = 0
    for line in text.split("\n"):
        rows = max(1, sum(1 for _ in _wrap(line, width)))
        if used + rows > per_page and pages[-1]:
            pages.append([])
            used = 0
        pages[-1].append(line)
        used += rows
    return ["\n".join(p) for p in pages]


def render_page(
    text: str, *, scan: bool = False, angle: float = 0.0, seed: int = 7, font_px: int = 34
) -> Image.Image:
    """Draw ``text`` on a white A4 page at 200 dpi; ``scan`` adds noise, blur and a tilt.

    ``font_px`` 34 is 12 pt at 200 dpi; 25 is 9 pt (the small print of stamps and footers).
    """
    page = Image.new("L", _PAGE_PX, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT_SERIF), font_px)
    title_font = ImageFont.truetype(str(FONT_SERIF), int(font_px * 1.3))
    y = 160
    for index, line in enumerate(text.split("\n")):
        use = title_font if index == 0 and line.isupper() else font
        for chunk in _wrap(line, int(70 * 34 / font_px)):
            draw.text((150, y), chunk, fill=0, font=use)
            y += int(font_px * 1.7)
        if y > _PAGE_PX[1] - 200:
            break
    if not scan and not angle:
        return page
    rng = random.Random(seed)
    if scan:
        # A stamp-blue circle and a signature scrawl, as on a signed and stamped order.
        draw.ellipse((1000, y + 40, 1300, y + 340), outline=90, width=6)
        draw.line(
            [(300 + i * 40, y + 150 + rng.randint(-25, 25)) for i in range(12)], fill=40, width=4
        )
    if angle:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if scan:
        page = page.filter(ImageFilter.GaussianBlur(0.7))
        page = ImageChops.add(page, _noise(_PAGE_PX, 16, seed), 1.0, -128)
        page = page.point(lambda v: int(v * 0.9 + 12))  # greyish paper
        speckles = ImageDraw.Draw(page)
        for _ in range(900):
            speckles.point((rng.randrange(_PAGE_PX[0]), rng.randrange(_PAGE_PX[1])), fill=30)
    return page


def _noise(size: tuple[int, int], sigma: float, seed: int) -> Image.Image:
    """Gaussian scanner noise around grey 128, the same for the same seed. PIL's
    ``Image.effect_noise`` draws from an unseeded C generator: a scan rendered twice differed,
    and so did its OCR — a fresh clone's evaluation did not match a cached one."""
    import numpy as np

    grain = np.random.default_rng(seed).normal(128.0, sigma, (size[1], size[0]))
    return Image.fromarray(grain.clip(0, 255).astype(np.uint8), "L")


def build_blank_scan(kind: FileKind = FileKind.PDF) -> bytes:
    """A white page with scanner noise and no text: the "blank scan" failure."""
    page = Image.new("L", _PAGE_PX, 250)
    page = Image.blend(page, _noise(_PAGE_PX, 6, 0), 0.05)
    if kind is FileKind.PDF:
        return _image_pdf([page])
    return _save_image(page, kind)


def _save_image(image: Image.Image, kind: FileKind) -> bytes:
    out = io.BytesIO()
    if kind is FileKind.JPEG:
        image.convert("RGB").save(out, "JPEG", quality=70, dpi=(_SCAN_DPI, _SCAN_DPI))
    elif kind is FileKind.PNG:
        image.save(out, "PNG", dpi=(_SCAN_DPI, _SCAN_DPI))
    elif kind is FileKind.TIFF:
        image.save(out, "TIFF", compression="tiff_lzw", dpi=(_SCAN_DPI, _SCAN_DPI))
    elif kind is FileKind.GIF:
        image.save(out, "GIF")
    elif kind is FileKind.BMP:
        image.save(out, "BMP")
    elif kind is FileKind.WEBP:
        image.save(out, "WEBP", quality=80)
    else:  # pragma: no cover - guarded by is_image
        raise ValueError(kind.value)
    return out.getvalue()


def _image_pdf(pages: list[Image.Image]) -> bytes:
    """An image-only PDF (no text layer), one JPEG per page, as a scanner writes it."""
    out = io.BytesIO()
    rgb = [page.convert("RGB") for page in pages]
    rgb[0].save(
        out, "PDF", resolution=float(_SCAN_DPI), save_all=True, append_images=rgb[1:], quality=75
    )
    return out.getvalue()


def _wrap(line: str, width: int) -> Iterable[str]:
    words, current = line.split(" "), ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            yield current
            current = word
        else:
            current = f"{current} {word}" if current else word
    yield current


# --- text formats ---------------------------------------------------------------------------


def _fitted(line: str, width: float) -> Iterable[str]:
    """A line cut at spaces into pieces that fit ``width`` points in 12 pt DejaVu, as a word
    processor wraps it (no text runs past the page's edge, where no reader would see it)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    current = ""
    for word in line.split(" "):
        wider = f"{current} {word}" if current else word
        if current and stringWidth(wider, "DejaVuSans", 12) > width:
            yield current
            current = word
        else:
            current = wider
    yield current


def _pdf(text: str) -> bytes:
    """A text PDF (reportlab, DejaVu for Cyrillic); ``\\f`` in ``text`` starts a new page."""
    out = io.BytesIO()
    pdf = _canvas(out, invariant=1)
    _draw_pdf_text(pdf, text)
    pdf.save()
    return out.getvalue()


def build_encrypted_pdf(text: str, password: str = "secret") -> bytes:
    """A text PDF that needs a user password to open."""
    from reportlab.lib import pdfencrypt

    out = io.BytesIO()
    enc = pdfencrypt.StandardEncryption(password, ownerPassword=password + "-owner", strength=128)
    pdf = _canvas(out, encrypt=enc)
    _draw_pdf_text(pdf, text)
    pdf.save()
    return out.getvalue()


def _canvas(out: io.BytesIO, **options: Any) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_REGULAR)))
    return canvas.Canvas(out, pagesize=A4, **options)


def _draw_pdf_text(pdf: Any, text: str) -> None:
    from reportlab.lib.pagesizes import A4

    top = A4[1] - 72
    for page_text in text.split("\f"):
        pdf.setFont("DejaVuSans", 12)
        y = top
        for line in page_text.split("\n"):
            for chunk in _fitted(line, A4[0] - 2 * 72):
                pdf.drawString(72, y, chunk)
                y -= 18
                if y < 72:
                    pdf.showPage()
                    pdf.setFont("DejaVuSans", 12)
                    y = top
        pdf.showPage()


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build_rich_docx(
    *,
    header: str = "МБОУ «СОШ № 7» г. Самара",
    title: str = "ПРИКАЗ",
    date_cell: str = "от 12.09.2024",
    number_cell: str = "№ 145-од",
    body: str = "О внедрении целевой модели наставничества",
    text_box: str = "Согласовано: председатель профкома",
    footer: str = "Исполнитель: Петрова Н. В.",
) -> bytes:
    """A DOCX shaped like real orders: header, a date/number table, a text box, a footer."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    document.add_paragraph(title)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = date_cell
    table.rows[0].cells[1].text = number_cell
    document.add_paragraph(body)
    anchor = document.add_paragraph("Текст перед надписью.")
    box = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
        f"<w:txbxContent><w:p><w:r><w:t>{escape(text_box)}</w:t></w:r></w:p></w:txbxContent>"
        "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent><w:p><w:r><w:t>{escape(text_box)}</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    anchor._p.append(parse_xml(box))
    document.add_paragraph("Директор школы А. Б. Сидоров")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _rtf(text: str) -> bytes:
    """RTF as Word writes Russian: \\ansicpg1251 with \\'xx escapes."""
    parts = [r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fswiss\fcharset204 Arial;}}\f0\fs24 "]
    for index, line in enumerate(text.split("\n")):
        if index:
            parts.append("\\par\n")
        for char in line:
            if char in "\\{}":
                parts.append("\\" + char)
            elif ord(char) < 128:
                parts.append(char)
            else:
                try:
                    parts.append("".join(f"\\'{b:02x}" for b in char.encode("cp1251")))
                except UnicodeEncodeError:
                    parts.append(f"\\u{ord(char) if ord(char) < 32768 else ord(char) - 65536}?")
    parts.append("\\par\n}")
    return "".join(parts).encode("ascii")


def _odf(text: str, mimetype: str, body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first, as ODF requires
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        archive.writestr(
            "content.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
            f"<office:body>{body}</office:body></office:document-content>",
        )
    return out.getvalue()


def _odt(text: str) -> bytes:
    paragraphs = "".join(
        f'<text:p text:style-name="Standard">{_odf_line(line)}</text:p>'
        for line in text.split("\n")
    )
    return _odf(
        text, "application/vnd.oasis.opendocument.text", f"<office:text>{paragraphs}</office:text>"
    )


def _ods(text: str) -> bytes:
    rows = "".join(
        "<table:table-row>"
        + "".join(
            f"<table:table-cell><text:p>{escape(cell)}</text:p></table:table-cell>"
            for cell in line.split("\t")
        )
        + "</table:table-row>"
        for line in text.split("\n")
    )
    return _odf(
        text,
        "application/vnd.oasis.opendocument.spreadsheet",
        f'<office:spreadsheet><table:table table:name="Лист1">{rows}</table:table></office:spreadsheet>',
    )


def _odf_line(line: str) -> str:
    # Runs of spaces are <text:s/> in ODF; write one to exercise it.
    return escape(line).replace("  ", ' <text:s text:c="1"/>')


def _xlsx(text: str) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Список"
    for line in text.split("\n"):
        sheet.append(line.split("\t"))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xls(text: str) -> bytes:
    """Legacy Excel (BIFF8) by xlwt, with a real date cell in the last column."""
    import datetime

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Список")
    date_style = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    for row, line in enumerate(text.split("\n")):
        for col, cell in enumerate(line.split("\t")):
            sheet.write(row, col, cell)
    sheet.write(0, 10, datetime.date(2024, 9, 12), date_style)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def build_multipage_tiff(texts: list[str]) -> bytes:
    """A multi-page TIFF scan (fax-style scanners write these), one text per page."""
    pages = [render_page(text) for text in texts]
    out = io.BytesIO()
    pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw",
                  dpi=(_SCAN_DPI, _SCAN_DPI))  # fmt: skip
    return out.getvalue()


def _pptx(text: str) -> bytes:
    ns = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    paragraphs = "".join(
        f"<a:p><a:r><a:t>{escape(line)}</a:t></a:r></a:p>" for line in text.split("\n")
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "ppt/slides/slide1.xml",
            f"<p:sld {ns}><p:cSld><p:spTree><p:sp><p:txBody>{paragraphs}</p:txBody></p:sp>"
            "</p:spTree></p:cSld></p:sld>",
        )
    return out.getvalue()


def _text(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("cp1251")


def _html(text: str) -> bytes:
    body = "".join(f"<p>{escape(line)}</p>" for line in text.split("\n"))
    return (
        '<html><head><meta charset="windows-1251"><title>Документ</title>'
        "<style>p{color:red}</style><script>var x = 'скрипт';</script></head>"
        f"<body>{body}</body></html>"
    ).encode("cp1251")


def _zip(text: str) -> bytes:
    """A ZIP holding the text as a DOCX and as a cp1251 .txt, plus an unsupported member."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Приказ.docx", _docx(text))
        archive.writestr("readme.txt", _text("Скан приказа во вложении"))
        archive.writestr("program.exe", b"MZ\x90\x00" + bytes(200))
    return out.getvalue()


_BUILDERS = {
    FileKind.PDF: _pdf,
    FileKind.DOCX: _docx,
    FileKind.RTF: _rtf,
    FileKind.ODT: _odt,
    FileKind.ODS: _ods,
    FileKind.XLSX: _xlsx,
    FileKind.XLS: _xls,
    FileKind.PPTX: _pptx,
    FileKind.TEXT: _text,
    FileKind.HTML: _html,
    FileKind.ZIP: _zip,
}


# --- hostile samples ------------------------------------------------------------------------


def build_zip_bomb(unpacked_mb: int = 200, honest_sizes: bool = True) -> bytes:
    """A ZIP whose member inflates to ``unpacked_mb`` MiB of zeros (built in streaming mode).

    With ``honest_sizes=False`` the central directory claims 1 KiB per member, so only the
    streaming counter can catch it.
    """
    out = io.BytesIO()
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        info = zipfile.ZipInfo("zeros.txt")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            for _ in range(unpacked_mb):
                member.write(chunk)
    data = out.getvalue()
    return data if honest_sizes else _lie_about_sizes(data)


def build_docx_bomb(unpacked_mb: int = 200, honest_sizes: bool = True) -> bytes:
    """A valid-looking DOCX with a huge ``word/document.xml`` (whitespace inflating to MiBs)."""
    base = zipfile.ZipFile(io.BytesIO(_docx("ПРИКАЗ")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for item in base.infolist():
            if item.filename == "word/document.xml":
                continue
            archive.writestr(item, base.read(item.filename))
        xml = base.read("word/document.xml")
        head, tail = xml.split(b"<w:body>", 1)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            member.write(head + b"<w:body>")
            pad = b" " * (1024 * 1024)
            for _ in range(unpacked_mb):
                member.write(pad)
            member.write(tail)
    data = out.getvalue()
    return data if honest_sizes else _lie_about_sizes(data)


def _lie_about_sizes(data: bytes) -> bytes:
    """Rewrite the central directory so every member claims a tiny uncompressed size."""
    buf = bytearray(data)
    sig = b"PK\x01\x02"
    pos = buf.find(sig)
    while pos != -1:
        # uncompressed size at offset 24 of the central header; 0xFFFFFFFF means zip64 extra.
        size = int.from_bytes(buf[pos + 24 : pos + 28], "little")
        if size != 0xFFFFFFFF:
            buf[pos + 24 : pos + 28] = (1024).to_bytes(4, "little")
        else:
            name_len = int.from_bytes(buf[pos + 28 : pos + 30], "little")
            extra_at = pos + 46 + name_len
            # zip64 extra: header id 0x0001, size, then uncompressed size (8 bytes) first.
            if buf[extra_at : extra_at + 2] == b"\x01\x00":
                buf[extra_at + 4 : extra_at + 12] = (1024).to_bytes(8, "little")
        pos = buf.find(sig, pos + 4)
    return bytes(buf)


# --- a labelled corpus on disk ----------------------------------------------------------------

# name -> (kind, builder args, phrases the extracted text must contain)
CORPUS: dict[str, tuple[FileKind, dict[str, object], tuple[str, ...]]] = {
    "order.pdf": (FileKind.PDF, {"text": ORDER_TEXT}, ("ПРИКАЗ", "от 12.09.2024 № 145-од")),
    "agreement.pdf": (FileKind.PDF, {"text": AGREEMENT_TEXT}, ("Предмет договора",)),
    "order.docx": (FileKind.DOCX, {"text": ORDER_TEXT}, ("ПРИКАЗ", "от 12.09.2024 № 145-од")),
    "agreement.rtf": (FileKind.RTF, {"text": AGREEMENT_TEXT}, ("Предмет договора",)),
    "order.odt": (FileKind.ODT, {"text": ORDER_TEXT}, ("ПРИКАЗ", "от 12.09.2024 № 145-од")),
    "list.xlsx": (
        FileKind.XLSX,
        {"text": "ФИО наставника\tФИО наставляемого\nИванова М. П.\tПетров С. С."},
        ("Иванова М. П.", "Петров С. С."),
    ),
    "list.xls": (
        FileKind.XLS,
        {"text": "ФИО наставника\tФИО наставляемого\nИванова М. П.\tПетров С. С."},
        ("Иванова М. П.", "Петров С. С.", "12.09.2024"),
    ),
    "list.ods": (
        FileKind.ODS,
        {"text": "ФИО наставника\tФИО наставляемого\nИванова М. П.\tПетров С. С."},
        ("Иванова М. П.",),
    ),
    "slides.pptx": (FileKind.PPTX, {"text": AGREEMENT_TEXT}, ("Предмет договора",)),
    "order.txt": (FileKind.TEXT, {"text": ORDER_TEXT}, ("ПРИКАЗ", "от 12.09.2024 № 145-од")),
    "order.zip": (FileKind.ZIP, {"text": ORDER_TEXT}, ("ПРИКАЗ", "Скан приказа")),
    "order-scan.jpg": (
        FileKind.JPEG,
        {"text": ORDER_TEXT, "scan": True, "angle": 2.0},
        ("ПРИКАЗ", "12.09.2024"),
    ),
}


def write_corpus(directory: Path) -> dict[str, tuple[str, ...]]:
    """Write the labelled corpus plus ``labels.json``; return name -> expected phrases."""
    directory.mkdir(parents=True, exist_ok=True)
    labels: dict[str, tuple[str, ...]] = {}
    for name, (kind, args, phrases) in CORPUS.items():
        target = directory / name
        if not target.exists():
            body = build_sample(
                kind,
                str(args["text"]),
                scan=bool(args.get("scan", False)),
                angle=float(args.get("angle", 0.0)),  # type: ignore[arg-type]
            )
            write_atomic(target, body)
        labels[name] = phrases
    index = {
        name: {"kind": CORPUS[name][0].value, "phrases": list(p)} for name, p in labels.items()
    }
    write_atomic(
        directory / "labels.json", json.dumps(index, ensure_ascii=False, indent=1).encode()
    )
    return labels


def write_atomic(target: Path, body: bytes) -> None:
    """Write via a temporary file and rename: parallel test workers may write the same file."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_bytes(body)
    os.replace(tmp, target)
