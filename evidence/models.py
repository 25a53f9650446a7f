"""Typed values that flow through the pipeline.

batch row (BatchItem) -> fetch (FetchResult) -> sniff (FileKind) -> extract (Extraction)
-> classify (Decision) -> LinkResult -> ItemResult (one per input row) -> reports.

Everything here is plain data: frozen dataclasses and enums, JSON-serialisable through
``to_dict``. No I/O, no settings.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Verdict(enum.StrEnum):
    """Primary verdict of a link or a row; declaration order is severity order (worst first)."""

    NO_LINK = "no_link"
    NOT_A_URL = "not_a_url"
    BLOCKED = "blocked"
    UNREACHABLE = "unreachable"
    HTTP_ERROR = "http_error"
    SOFT_404 = "soft_404"
    WEB_PAGE = "web_page"
    UNREADABLE = "unreadable"
    WRONG_TYPE = "wrong_type"
    OFF_TOPIC = "off_topic"
    WRONG_DIRECTION = "wrong_direction"
    NO_DATE = "no_date"
    WRONG_YEAR = "wrong_year"
    OK = "ok"

    @property
    def severity(self) -> int:
        """0 is the most severe."""
        return _SEVERITY[self]

    @property
    def label(self) -> str:
        """Short Russian name of the verdict for reports."""
        return VERDICT_TITLES[self]

    @classmethod
    def worst(cls, verdicts: list[Verdict]) -> Verdict:
        return min(verdicts, key=lambda v: v.severity)


_SEVERITY = {v: i for i, v in enumerate(Verdict)}

VERDICT_TITLES: dict[Verdict, str] = {
    Verdict.NO_LINK: "Нет ссылки",
    Verdict.NOT_A_URL: "Не ссылка",
    Verdict.BLOCKED: "Адрес запрещён",
    Verdict.UNREACHABLE: "Сайт недоступен",
    Verdict.HTTP_ERROR: "Ошибка сервера",
    Verdict.SOFT_404: "Страница не найдена",
    Verdict.WEB_PAGE: "Страница, а не документ",
    Verdict.UNREADABLE: "Документ не читается",
    Verdict.WRONG_TYPE: "Не тот вид документа",
    Verdict.OFF_TOPIC: "Не по теме",
    Verdict.WRONG_DIRECTION: "Обратное направление",
    Verdict.NO_DATE: "Нет даты",
    Verdict.WRONG_YEAR: "Не тот год",
    Verdict.OK: "В порядке",
}


class DocKind(enum.StrEnum):
    """What a document is, judged from its own title and structure."""

    ORDER = "order"
    AGREEMENT = "agreement"
    REPORT = "report"
    REGULATION = "regulation"
    PROGRAMME = "programme"
    CERTIFICATE = "certificate"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Russian name of the document kind."""
        return DOC_KIND_TITLES[self]


DOC_KIND_TITLES: dict[DocKind, str] = {
    DocKind.ORDER: "приказ",
    DocKind.AGREEMENT: "соглашение / договор",
    DocKind.REPORT: "справка / отчёт",
    DocKind.REGULATION: "положение",
    DocKind.PROGRAMME: "программа",
    DocKind.CERTIFICATE: "удостоверение",
    DocKind.OTHER: "иной документ",
}


class FileKind(enum.StrEnum):
    """The kind of a fetched body, decided by ``evidence.sniff``.

    Each member knows its MIME types and file extensions (``meta``); ``is_document`` tells
    whether the pipeline hands the body to extraction (everything except HTML and unknown).
    To add a kind: a member here, its ``_FILE_KIND_META`` line, a magic-number rule in
    ``evidence.sniff`` and an extractor in ``evidence.extract``.
    """

    PDF = "pdf"
    DOCX = "docx"
    DOC = "doc"
    RTF = "rtf"
    ODT = "odt"
    XLSX = "xlsx"
    XLS = "xls"
    ODS = "ods"
    PPTX = "pptx"
    ZIP = "zip"
    JPEG = "jpeg"
    PNG = "png"
    TIFF = "tiff"
    GIF = "gif"
    BMP = "bmp"
    WEBP = "webp"
    TEXT = "text"
    HTML = "html"
    UNKNOWN = "unknown"

    @property
    def meta(self) -> FileKindMeta:
        return _FILE_KIND_META[self]

    @property
    def is_document(self) -> bool:
        return self not in (FileKind.HTML, FileKind.UNKNOWN)

    @property
    def is_image(self) -> bool:
        return self in (
            FileKind.JPEG,
            FileKind.PNG,
            FileKind.TIFF,
            FileKind.GIF,
            FileKind.BMP,
            FileKind.WEBP,
        )


@dataclass(frozen=True)
class FileKindMeta:
    mime_types: tuple[str, ...]
    extensions: tuple[str, ...]


_FILE_KIND_META: dict[FileKind, FileKindMeta] = {
    FileKind.PDF: FileKindMeta(("application/pdf", "application/x-pdf"), ("pdf",)),
    FileKind.DOCX: FileKindMeta(
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
        ("docx", "docm", "dotx"),
    ),
    FileKind.DOC: FileKindMeta(
        ("application/msword", "application/vnd.ms-word", "application/x-msword"),
        ("doc", "dot"),
    ),
    FileKind.RTF: FileKindMeta(("application/rtf", "text/rtf", "application/x-rtf"), ("rtf",)),
    FileKind.ODT: FileKindMeta(("application/vnd.oasis.opendocument.text",), ("odt",)),
    FileKind.XLSX: FileKindMeta(
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",), ("xlsx", "xlsm")
    ),
    FileKind.XLS: FileKindMeta(("application/vnd.ms-excel", "application/x-msexcel"), ("xls",)),
    FileKind.ODS: FileKindMeta(("application/vnd.oasis.opendocument.spreadsheet",), ("ods",)),
    FileKind.PPTX: FileKindMeta(
        ("application/vnd.openxmlformats-officedocument.presentationml.presentation",),
        ("pptx",),
    ),
    FileKind.ZIP: FileKindMeta(
        ("application/zip", "application/x-zip-compressed", "application/x-zip"), ("zip",)
    ),
    FileKind.JPEG: FileKindMeta(("image/jpeg", "image/pjpeg"), ("jpg", "jpeg", "jpe")),
    FileKind.PNG: FileKindMeta(("image/png",), ("png",)),
    FileKind.TIFF: FileKindMeta(("image/tiff",), ("tif", "tiff")),
    FileKind.GIF: FileKindMeta(("image/gif",), ("gif",)),
    FileKind.BMP: FileKindMeta(("image/bmp", "image/x-ms-bmp"), ("bmp",)),
    FileKind.WEBP: FileKindMeta(("image/webp",), ("webp",)),
    FileKind.TEXT: FileKindMeta(("text/plain",), ("txt",)),
    FileKind.HTML: FileKindMeta(
        ("text/html", "application/xhtml+xml"), ("html", "htm", "php", "asp", "aspx")
    ),
    FileKind.UNKNOWN: FileKindMeta((), ()),
}


@dataclass(frozen=True)
class BatchItem:
    """One data row of a batch, as typed by the school (links not yet split)."""

    row: int  # 1-based data row
    org: str
    criterion: str
    url: str = ""
    value: str = ""
    note: str = ""
    org_id: str = ""
    org_type: str = ""  # optional column «Тип ОО»; empty: decided from the name (spravka)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if not self.org_type:  # keeps fingerprints and stored rows of older batches stable
            del data["org_type"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BatchItem:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class Candidate:
    """A document link found on a web page, scored against the criterion."""

    url: str
    text: str
    score: float


@dataclass(frozen=True)
class Extraction:
    """Text extracted from a document body, or the reason there is none.

    ``error`` is a Russian sentence when no usable text came out (the pipeline turns it
    into the verdict ``unreadable``); ``flags`` records caps hit and methods used
    (``ocr``, ``pages_capped``, ``bytes_capped``, ``time_capped``...).
    """

    text: str
    kind: FileKind
    pages: int | None = None
    ocr_pages: int = 0
    flags: tuple[str, ...] = ()
    error: str | None = None
    sha256: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.text.strip())


@dataclass(frozen=True)
class Decision:
    """What the classifier decided about one document for one criterion."""

    verdict: Verdict
    message: str
    doc_kind: DocKind | None = None
    doc_date: str | None = None  # YYYY-MM-DD
    doc_number: str | None = None
    evidence: str | None = None
    flags: tuple[str, ...] = ()
    confidence: float = 1.0
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class LinkResult:
    """The outcome for one link of a row."""

    url: str
    verdict: Verdict
    message: str
    final_url: str | None = None
    status: int | None = None
    file_kind: FileKind | None = None
    content_type: str | None = None
    size: int | None = None
    sha256: str | None = None
    redirects: list[str] = field(default_factory=list)
    doc_kind: DocKind | None = None
    doc_date: str | None = None
    doc_number: str | None = None
    evidence: str | None = None
    flags: list[str] = field(default_factory=list)
    confidence: float | None = None
    candidates: list[Candidate] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    elapsed_ms: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = self.verdict.value
        data["file_kind"] = self.file_kind.value if self.file_kind else None
        data["doc_kind"] = self.doc_kind.value if self.doc_kind else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinkResult:
        data = dict(data)
        data["verdict"] = Verdict(data["verdict"])
        data["file_kind"] = FileKind(data["file_kind"]) if data.get("file_kind") else None
        data["doc_kind"] = DocKind(data["doc_kind"]) if data.get("doc_kind") else None
        data["candidates"] = [Candidate(**c) for c in data.get("candidates") or []]
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass
class ItemResult:
    """The outcome for one input row: the contract's ``results.jsonl`` line."""

    row: int
    org: str
    criterion: str
    url: str
    final_url: str | None
    verdict: Verdict
    flags: list[str]
    doc_kind: DocKind | None
    doc_date: str | None
    doc_number: str | None
    message: str
    evidence: str | None
    org_id: str = ""
    value: str = ""
    note: str = ""
    criterion_title: str = ""
    confidence: float | None = None
    links: list[LinkResult] = field(default_factory=list)
    org_type: str = ""  # the batch's «Тип ОО» when given; written only then

    def to_dict(self) -> dict[str, Any]:
        extra = {"org_type": self.org_type} if self.org_type else {}
        return {
            "row": self.row,
            "org": self.org,
            "org_id": self.org_id,
            "criterion": self.criterion,
            "criterion_title": self.criterion_title,
            "value": self.value,
            "note": self.note,
            "url": self.url,
            "final_url": self.final_url,
            "verdict": self.verdict.value,
            "flags": list(self.flags),
            "doc_kind": self.doc_kind.value if self.doc_kind else None,
            "doc_date": self.doc_date,
            "doc_number": self.doc_number,
            "message": self.message,
            "evidence": self.evidence,
            "confidence": self.confidence,
            "links": [link.to_dict() for link in self.links],
        } | extra

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ItemResult:
        return cls(
            row=int(data["row"]),
            org=data["org"],
            org_id=data.get("org_id", ""),
            criterion=data["criterion"],
            criterion_title=data.get("criterion_title", ""),
            value=data.get("value", ""),
            note=data.get("note", ""),
            url=data.get("url", ""),
            final_url=data.get("final_url"),
            verdict=Verdict(data["verdict"]),
            flags=list(data.get("flags") or []),
            doc_kind=DocKind(data["doc_kind"]) if data.get("doc_kind") else None,
            doc_date=data.get("doc_date"),
            doc_number=data.get("doc_number"),
            message=data.get("message", ""),
            evidence=data.get("evidence"),
            confidence=data.get("confidence"),
            links=[LinkResult.from_dict(link) for link in data.get("links") or []],
            org_type=data.get("org_type") or "",
        )
