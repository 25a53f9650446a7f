"""Stored copies of fetched documents, addressed by their SHA-256.

``root/ab/cdef…`` holds the bytes, ``root/ab/cdef….json`` what the server said about them
(content type, file name, final URL). Write-once: a body already stored is not written again;
a new one goes to a temporary file in the same folder and is renamed into place, so a reader
never sees half a file. Bodies larger than the fetch cap are never stored. Reviewers download
these copies when a school's site is down.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class BlobMeta:
    sha256: str
    size: int
    content_type: str | None
    filename: str | None
    final_url: str | None


class BlobStore:
    """A content-addressed folder of document bodies, capped at ``max_bytes`` each."""

    def __init__(self, root: Path, max_bytes: int) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes

    def _path(self, sha256: str) -> Path:
        if not _SHA256.match(sha256):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256[2:]

    def put(
        self,
        body: bytes,
        *,
        content_type: str | None = None,
        filename: str | None = None,
        final_url: str | None = None,
    ) -> str | None:
        """Store ``body`` (once); its SHA-256, or ``None`` when it is empty or over the cap."""
        if not body or len(body) > self.max_bytes:
            return None
        sha256 = hashlib.sha256(body).hexdigest()
        path = self._path(sha256)
        if path.exists():
            return sha256
        meta = BlobMeta(
            sha256,
            len(body),
            (content_type or None) and content_type[:255],
            (filename or None) and filename[:255],
            final_url,
        )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._write(path.with_name(path.name + ".json"), json.dumps(asdict(meta)).encode())
            self._write(path, body)
        except OSError as exc:  # a full disk costs the stored copy, never the check
            log.warning("stored copy of %s not written: %s", sha256, exc)
            return None
        return sha256

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def path(self, sha256: str) -> Path | None:
        """Where the stored copy is, or ``None`` (unknown digest, never stored)."""
        try:
            path = self._path(sha256)
        except ValueError:
            return None
        return path if path.is_file() else None

    def meta(self, sha256: str) -> BlobMeta | None:
        path = self.path(sha256)
        if path is None:
            return None
        try:
            data = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
            return BlobMeta(**data)
        except (OSError, ValueError, TypeError):
            return BlobMeta(sha256, path.stat().st_size, None, None, None)
