"""ZIP archives of documents: each readable member extracted, texts joined under their names.

Members are recognised by magic bytes (``members.sniff_member``); unsupported ones (programs,
HTML, unknown) are skipped. Nested archives are read one level deep. All members share the
document's unpacked-bytes budget, so a bomb anywhere stops the whole archive.
"""

from __future__ import annotations

from evidence.errors import ExtractionError
from evidence.extract.base import (
    BOMB,
    NO_SUPPORTED_MEMBERS,
    Context,
    Text,
    TimeLimitError,
    log,
)
from evidence.extract.members import sniff_member
from evidence.extract.safezip import SafeZip
from evidence.models import FileKind

MAX_MEMBERS = 20
MAX_DEPTH = 2


def extract_zip(data: bytes, ctx: Context) -> Text:
    from evidence.extract.registry import get_extractor

    archive = SafeZip(data, ctx)
    sections: list[str] = []
    pages = 0
    first_error: str | None = None
    read = 0
    for info in archive.infos:
        name = _member_name(info.filename, info.flag_bits)
        if _junk(name):
            continue
        if read >= MAX_MEMBERS:
            ctx.flag("zip_members_capped")
            break
        body = archive.read(info.filename)
        kind = sniff_member(name, body)
        extractor = get_extractor(kind) if kind else None
        if (
            kind is None
            or extractor is None
            or (kind is FileKind.ZIP and ctx.depth + 1 >= MAX_DEPTH)
        ):
            log.info("zip member %s skipped (unsupported)", name)
            continue
        ctx.depth += 1
        try:
            part = extractor(body, ctx)
        except TimeLimitError:
            if not sections:
                raise
            ctx.flag("time_capped")
            break
        except ExtractionError as exc:
            if str(exc) == BOMB:
                raise
            log.info("zip member %s unreadable: %s", name, exc)
            first_error = first_error or f"{name}: {exc}"
            continue
        finally:
            ctx.depth -= 1
        read += 1
        pages += part.pages or 0
        if part.text.strip():
            sections.append(f"=== {name} ===\n{part.text.strip()}")
    if ctx.depth == 0:
        ctx.flag(f"zip_members:{len(sections)}")
    if not sections and first_error:
        raise ExtractionError(first_error)
    return Text("\n\n".join(sections), pages=pages or None, empty_reason=NO_SUPPORTED_MEMBERS)


def _member_name(name: str, flag_bits: int) -> str:
    """Windows archivers store Russian names in cp866 without the UTF-8 flag."""
    if flag_bits & 0x800:
        return name
    try:
        return name.encode("cp437").decode("cp866")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return name


def _junk(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return name.startswith("__MACOSX/") or base.startswith((".", "~$")) or not base
