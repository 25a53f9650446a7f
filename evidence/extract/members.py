"""Recognising a member of a ZIP archive by its magic bytes (the name only as a last hint)."""

from __future__ import annotations

import io
import zipfile

from evidence.models import FileKind

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_BOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
_ODF = {
    b"application/vnd.oasis.opendocument.text": FileKind.ODT,
    b"application/vnd.oasis.opendocument.spreadsheet": FileKind.ODS,
}
_TEXT_EXTENSIONS = (".txt", ".csv")


def sniff_member(name: str, data: bytes) -> FileKind | None:
    """The kind of an archive member, or None when it is not a document we read."""
    head = data[:16]
    if b"%PDF-" in data[:1024]:
        return FileKind.PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.startswith(_OLE):
        if _WORD_STREAM in data or "EncryptedPackage".encode("utf-16-le") in data:
            return FileKind.DOC
        if any(stream in data for stream in _BOOK_STREAMS):
            return FileKind.XLS
        return None
    if head.lstrip().startswith(b"{\\rtf"):
        return FileKind.RTF
    if head.startswith(b"\xff\xd8\xff"):
        return FileKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind.PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return FileKind.GIF
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return FileKind.TIFF
    if head.startswith(b"BM"):
        return FileKind.BMP
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileKind.WEBP
    if name.lower().endswith(_TEXT_EXTENSIONS) and b"\x00" not in data[:4096]:
        return FileKind.TEXT
    return None


def _zip_kind(data: bytes) -> FileKind | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size < 200:
                    return _ODF.get(archive.read("mimetype").strip())
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError):
        return None
    if "word/document.xml" in names:
        return FileKind.DOCX
    if any(n.startswith("xl/") for n in names):
        return FileKind.XLSX
    if any(n.startswith("ppt/") for n in names):
        return FileKind.PPTX
    return FileKind.ZIP
