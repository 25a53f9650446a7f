"""The registry of format extractors, keyed by ``FileKind``.

An extractor is a function ``(data: bytes, ctx: Context) -> Text``:

* it reads ``ctx.limits`` (pages, OCR, unpacked bytes) and records caps hit with
  ``ctx.flag("pages_capped")`` etc., returning what it did read;
* it raises ``ExtractionError("<Russian reason>")`` when no text can come out (use the
  reasons in ``evidence.extract.base``: ``CORRUPT``, ``ENCRYPTED``...), ``MissingToolError``
  naming the Debian package when a system tool is absent (``tools.run_tool`` does that), and
  lets ``TimeLimitError`` through (``ctx.check_time()`` between pages);
* ZIP-based formats must read members through ``safezip.SafeZip`` (the bomb guard);
* it returns raw text: ``evidence.extract.extract`` normalises it (``evidence.textnorm``).

To add a format: write ``evidence/extract/<format>.py`` with the function, add its line to
``EXTRACTORS`` below, a sample writer in ``tests/extract/corpus.py`` (``_BUILDERS``) and a
test in ``tests/extract/test_formats.py``. If the kind is new, add it to ``FileKind`` and to
``evidence.sniff`` (and to ``members.sniff_member`` to find it inside ZIPs).
"""

from __future__ import annotations

from collections.abc import Callable

from evidence.extract.archive import extract_zip
from evidence.extract.base import Context, Text
from evidence.extract.html import extract_html
from evidence.extract.image import extract_image
from evidence.extract.legacy import extract_doc
from evidence.extract.odf import extract_odf
from evidence.extract.pdf import extract_pdf
from evidence.extract.plaintext import extract_text
from evidence.extract.rtf import extract_rtf
from evidence.extract.sheets import extract_xls, extract_xlsx
from evidence.extract.slides import extract_pptx
from evidence.extract.word import extract_docx
from evidence.models import FileKind

Extractor = Callable[[bytes, Context], Text]

EXTRACTORS: dict[FileKind, Extractor] = {
    FileKind.PDF: extract_pdf,
    FileKind.DOCX: extract_docx,
    FileKind.DOC: extract_doc,
    FileKind.RTF: extract_rtf,
    FileKind.ODT: extract_odf,
    FileKind.ODS: extract_odf,
    FileKind.XLSX: extract_xlsx,
    FileKind.XLS: extract_xls,
    FileKind.PPTX: extract_pptx,
    FileKind.ZIP: extract_zip,
    FileKind.JPEG: extract_image,
    FileKind.PNG: extract_image,
    FileKind.TIFF: extract_image,
    FileKind.GIF: extract_image,
    FileKind.BMP: extract_image,
    FileKind.WEBP: extract_image,
    FileKind.TEXT: extract_text,
    FileKind.HTML: extract_html,
}


def get_extractor(kind: FileKind) -> Extractor | None:
    return EXTRACTORS.get(kind)
