"""Reading ZIP containers (DOCX, ODT, XLSX, PPTX, ZIP) without falling for bombs.

Declared sizes are checked first (cheap), then every member is inflated in chunks through
one counter shared by the whole document (nested archives included), so the total stops as
soon as it passes ``max_unpacked_bytes`` — never unpacked fully. A member that understates
its size is cut at the declared size by ``zipfile`` and fails its CRC: reported as damaged.
"""

from __future__ import annotations

import io
import zipfile

from evidence.errors import ExtractionError
from evidence.extract.base import BOMB, CORRUPT, Context

_CHUNK = 1024 * 1024
_MAX_MEMBERS = 10_000


class SafeZip:
    """A ZIP archive whose reads count against the document's unpacked-bytes budget."""

    def __init__(self, data: bytes, ctx: Context) -> None:
        self.ctx = ctx
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            infos = self.archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise ExtractionError(CORRUPT) from exc
        if len(infos) > _MAX_MEMBERS:
            raise ExtractionError(BOMB)
        declared = sum(info.file_size for info in infos)
        if ctx.unpacked + declared > ctx.limits.max_unpacked_bytes:
            raise ExtractionError(BOMB)
        self.infos = [info for info in infos if not info.is_dir()]

    def names(self) -> list[str]:
        return [info.filename for info in self.infos]

    def has(self, name: str) -> bool:
        return any(info.filename == name for info in self.infos)

    def read(self, name: str) -> bytes:
        """Inflate one member through the shared counter."""
        limit = self.ctx.limits.max_unpacked_bytes
        out = io.BytesIO()
        try:
            with self.archive.open(name) as member:
                while chunk := member.read(_CHUNK):
                    self.ctx.unpacked += len(chunk)
                    if self.ctx.unpacked > limit:
                        raise ExtractionError(BOMB)
                    out.write(chunk)
                    self.ctx.check_time()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError) as exc:
            raise ExtractionError(CORRUPT) from exc
        except RuntimeError as exc:  # encrypted member
            raise ExtractionError("архив защищён паролем") from exc
        return out.getvalue()

    def read_all(self) -> dict[str, bytes]:
        """Every member, inflated safely (for handing a verified package to a library)."""
        return {info.filename: self.read(info.filename) for info in self.infos}


def repack(members: dict[str, bytes]) -> bytes:
    """A stored (uncompressed) ZIP of already verified members, for libraries that take a file."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return out.getvalue()
