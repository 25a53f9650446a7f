"""What a fetched body is: one function trying strategies in a fixed order.

1. magic numbers (the body does not lie): PDF (also after up to 1 KiB of junk), ZIP →
   DOCX/XLSX/PPTX/ODT/ODS by member names, OLE2 → DOC/XLS by stream names, RTF, images,
   HTML by markup;
2. the Content-Disposition file name;
3. the Content-Type;
4. the URL's extension.

Unknown is a value (``FileKind.UNKNOWN``), not an error. To add a kind: a ``FileKind`` member
(evidence/models.py) and a rule in ``_by_magic`` (or rely on its meta MIME types/extensions).
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from email.message import Message
from urllib.parse import unquote, urlsplit

from evidence.models import FileKind

_HEAD = 1024
_MIMETYPE_PREFIX = 200  # bytes of an ODF ``mimetype`` member ever inflated
_HTML_RE = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|script|div|iframe|p|a|h1|table|style|link)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|head)\b", re.IGNORECASE)


def sniff(
    body: bytes,
    *,
    content_type: str | None = None,
    content_disposition: str | None = None,
    url: str | None = None,
) -> FileKind:
    """The kind of ``body``; headers and URL are consulted only when the bytes say nothing."""
    for strategy in (
        lambda: _by_magic(body),
        lambda: _by_filename(filename_from_disposition(content_disposition)),
        lambda: _by_content_type(content_type),
        lambda: _by_filename(_url_filename(url)),
    ):
        kind = strategy()
        if kind is not None and kind is not FileKind.UNKNOWN:
            return kind
    if body and _looks_textual(body[:4096]):
        return FileKind.TEXT
    return FileKind.UNKNOWN


def kind_from_headers(content_type: str | None) -> FileKind | None:
    """The kind a Content-Type claims (``None`` for generic types such as octet-stream)."""
    return _by_content_type(content_type)


# Kinds a link can claim to be by name or Content-Type that are documents to read.
DOCUMENT_KINDS = frozenset(
    {
        FileKind.PDF,
        FileKind.DOC,
        FileKind.DOCX,
        FileKind.RTF,
        FileKind.ODT,
        FileKind.XLS,
        FileKind.XLSX,
        FileKind.ODS,
    }
)


def claimed_document(
    *,
    content_type: str | None = None,
    content_disposition: str | None = None,
    url: str | None = None,
) -> FileKind | None:
    """The document kind the file name, the Content-Type or the URL claims (first that does)."""
    for kind in (
        _by_filename(filename_from_disposition(content_disposition)),
        _by_content_type(content_type),
        _by_filename(_url_filename(url)),
    ):
        if kind in DOCUMENT_KINDS:
            return kind
    return None


def is_plain_text(body: bytes) -> bool:
    """No magic number of any kind and a line or more of text-like bytes (an error message
    saved as a file); a few stray bytes are left to extraction to call empty or corrupt."""
    head = body[:4096]
    return len(head.strip()) >= 16 and _by_magic(body) is None and _looks_textual(head)


def is_office_html(body: bytes) -> bool:
    """HTML written by Word or Excel ("save as web page", 1C exports): a document, not a page."""
    return b"urn:schemas-microsoft-com:office" in body[:16384]


# ---- magic numbers ---------------------------------------------------------------------
def _by_magic(body: bytes) -> FileKind | None:
    if not body:
        return None
    head = body[:_HEAD]
    if head.startswith(b"%PDF-") or b"%PDF-" in head:
        return FileKind.PDF
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(body)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_kind(body)
    if head.startswith(b"{\\rtf"):
        return FileKind.RTF
    if head.startswith(b"\xff\xd8\xff"):
        return FileKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind.PNG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return FileKind.TIFF
    if head.startswith((b"GIF87a", b"GIF89a")):
        return FileKind.GIF
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return FileKind.BMP
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return FileKind.WEBP
    text_head = _strip_bom(body[:4096])
    if _HTML_RE.match(text_head) or _HTML_ANYWHERE.search(text_head):
        return FileKind.HTML
    return None


def _strip_bom(data: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if data.startswith(bom):
            data = data[len(bom) :]
            if bom != b"\xef\xbb\xbf":
                data = data.replace(b"\x00", b"")
            return data
    return data


def _zip_kind(body: bytes) -> FileKind:
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as zf:
            names = zf.namelist()
            if "mimetype" in names:
                # A bounded prefix only: a 1 MB member can inflate to gigabytes (zip bomb),
                # and sniffing runs in the main process, outside the extraction sandbox.
                with zf.open("mimetype") as member:
                    mimetype = member.read(_MIMETYPE_PREFIX).decode("ascii", "replace").strip()
                for kind in (FileKind.ODT, FileKind.ODS):
                    if mimetype in kind.meta.mime_types:
                        return kind
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError, NotImplementedError):
        # A truncated archive has no central directory: fall back to local headers.
        names = [
            m.decode("utf-8", "replace")
            for m in re.findall(
                rb"PK\x03\x04.{26}([^\x00]{1,200}?)(?=[^\x20-\x7e]|$)", body[:65536], re.DOTALL
            )
        ]
        if body[30:38] == b"mimetype":
            if b"opendocument.text" in body[38:120]:
                return FileKind.ODT
            if b"opendocument.spreadsheet" in body[38:120]:
                return FileKind.ODS
    lowered = [n.lower() for n in names]
    if any(n.startswith("word/") for n in lowered):
        return FileKind.DOCX
    if any(n.startswith("xl/") for n in lowered):
        return FileKind.XLSX
    if any(n.startswith("ppt/") for n in lowered):
        return FileKind.PPTX
    return FileKind.ZIP


def _ole_kind(body: bytes) -> FileKind:
    # Directory entries store stream names in UTF-16LE; searching the bytes is enough to tell
    # Word from Excel without a full compound-file parser.
    if "WordDocument".encode("utf-16-le") in body:
        return FileKind.DOC
    if "Workbook".encode("utf-16-le") in body or "Book".encode("utf-16-le") in body:
        return FileKind.XLS
    return FileKind.DOC


def _looks_textual(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError:
        pass
    printable = sum(1 for b in head if b >= 0x20 or b in b"\r\n\t")
    return printable / max(1, len(head)) > 0.95


# ---- names and headers -------------------------------------------------------------------
def filename_from_disposition(value: str | None) -> str | None:
    """The file name of a Content-Disposition header (RFC 6266 ``filename*`` preferred)."""
    if not value:
        return None
    star = re.search(r"filename\*\s*=\s*([^']*)'[^']*'([^;]+)", value, re.IGNORECASE)
    if star:
        charset = star.group(1) or "utf-8"
        try:
            return unquote(star.group(2).strip().strip('"'), encoding=charset)
        except LookupError:
            return unquote(star.group(2).strip().strip('"'))
    msg = Message()
    msg["content-disposition"] = value
    name = msg.get_param("filename", header="content-disposition")
    if isinstance(name, tuple):
        name = name[2]
    if not name:
        return None
    name = str(name)
    # Servers often send raw UTF-8 bytes that were decoded as latin-1.
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        name = name.encode("latin-1").decode("utf-8")
    return unquote(name)


def _url_filename(url: str | None) -> str | None:
    if not url:
        return None
    path = urlsplit(url).path
    return unquote(path.rsplit("/", 1)[-1]) or None


_BY_EXTENSION = {ext: kind for kind in FileKind for ext in kind.meta.extensions}
_BY_MIME = {mime: kind for kind in FileKind for mime in kind.meta.mime_types}


def _by_filename(name: str | None) -> FileKind | None:
    if not name or "." not in name:
        return None
    ext = name.rsplit(".", 1)[-1].strip().lower()
    kind = _BY_EXTENSION.get(ext)
    # Script extensions (.php, .aspx) in a URL say nothing about what the script returns.
    if kind is FileKind.HTML and ext not in ("html", "htm"):
        return None
    return kind


def _by_content_type(value: str | None) -> FileKind | None:
    if not value:
        return None
    mime = value.split(";", 1)[0].strip().lower()
    return _BY_MIME.get(mime)
