"""Recognising a member of a ZIP archive: the same sniffing as fetched bodies (magic bytes
first, the member's name as the last hint), minus what is not a readable document."""

from __future__ import annotations

from evidence.models import FileKind
from evidence.sniff import sniff

_TEXT_EXTENSIONS = (".txt", ".csv")


def sniff_member(name: str, data: bytes) -> FileKind | None:
    """The kind of an archive member, or None when it is not a document we read."""
    kind = sniff(data, url=name or None)
    if kind in (FileKind.HTML, FileKind.UNKNOWN):
        return None
    if kind is FileKind.TEXT and not name.lower().endswith(_TEXT_EXTENSIONS):
        return None  # programs, logs and other text-like members are not evidence
    return kind
