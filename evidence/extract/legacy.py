"""Legacy Word ``.doc`` (OLE2) by ``catdoc -d utf-8`` with ``antiword`` as the fallback.

catdoc converts the document's own code page (cp1251 in Russian files) to UTF-8 itself;
``-w`` keeps paragraphs on one line instead of wrapping them at 72 columns.
"""

from __future__ import annotations

import os
import tempfile

from evidence.errors import ExtractionError, MissingToolError
from evidence.extract.base import CORRUPT, Context, Text, log
from evidence.extract.tools import run_tool

# catdoc sometimes prints list-numbering and field records as stray Latin-1/CJK characters.
MAX_JUNK = 0.002
# More junk than this in the best output: not a Word document at all.
MAX_GARBAGE = 0.05
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_BOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
ENCRYPTED_DOCUMENT = "документ защищён паролем"
_TYPOGRAPHY = set("«»№–—‘’“”„…•●·§©®°±×€¤\u00a0\u00ad\ufffd")


def extract_doc(data: bytes, ctx: Context) -> Text:
    """catdoc first; antiword when catdoc is missing, fails or prints binary junk."""
    if not data.startswith(_OLE):
        return _not_ole(data, ctx)
    if _ENCRYPTED_PACKAGE in data:  # a password-protected DOCX/XLSX is an OLE2 container
        raise ExtractionError(ENCRYPTED_DOCUMENT)
    if _WORD_STREAM not in data and any(s in data for s in _BOOK_STREAMS):
        from evidence.extract.sheets import extract_xls  # an .xls served as .doc

        return extract_xls(data, ctx)
    catdoc_text = ""
    missing: MissingToolError | None = None
    try:
        result = run_tool(["catdoc", "-d", "utf-8", "-w"], ctx, stdin=data)
        if result.returncode == 0:
            catdoc_text = result.stdout.decode("utf-8", errors="replace")
    except MissingToolError as exc:
        missing = exc
    if catdoc_text.strip() and junk_ratio(catdoc_text) <= MAX_JUNK:
        return Text(catdoc_text)
    log.info("catdoc output unusable (junk %.3f), trying antiword", junk_ratio(catdoc_text))
    try:
        antiword_text = _antiword(data, ctx)
    except MissingToolError:
        if missing is not None:
            raise
        antiword_text = ""
    candidates = [t for t in (catdoc_text, antiword_text) if t.strip()]
    best = min(candidates, key=junk_ratio) if candidates else ""
    if not best or junk_ratio(best) > MAX_GARBAGE:
        raise ExtractionError(CORRUPT)
    return Text(best)


def _not_ole(data: bytes, ctx: Context) -> Text:
    """A ".doc" that is really RTF, DOCX... (Word saves those under .doc too): read as such."""
    from evidence.extract.members import sniff_member
    from evidence.extract.registry import get_extractor

    kind = sniff_member("", data)
    extractor = get_extractor(kind) if kind and kind.value != "doc" else None
    if extractor is None:
        raise ExtractionError(CORRUPT)
    return extractor(data, ctx)


def junk_ratio(text: str) -> float:
    """Share of characters that are neither Russian, ASCII nor common typography."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 1.0
    junk = sum(
        1 for c in visible if not (c < "\x7f" or "\u0400" <= c <= "\u04ff" or c in _TYPOGRAPHY)
    )
    return junk / len(visible)


def _antiword(data: bytes, ctx: Context) -> str:
    # antiword seeks in its input, so it needs a file rather than a pipe.
    fd, path = tempfile.mkstemp(suffix=".doc")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        result = run_tool(["antiword", "-m", "UTF-8.txt", "-w", "0", path], ctx)
        return result.stdout.decode("utf-8", errors="replace") if result.returncode == 0 else ""
    finally:
        os.unlink(path)
