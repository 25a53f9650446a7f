"""On-disk cache of extractions keyed by content SHA-256, kind and the limits' signature.

``<cache_dir>/extract/ab/abcdef…-pdf-<sig>.json``; writes go to a temporary file in the same
directory and are renamed into place, so concurrent processes sharing the directory never
read a half-written entry (the last writer wins with identical content).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from evidence.extract.base import log
from evidence.extract.codec import from_dict, is_transient, to_dict
from evidence.extract.limits import ExtractLimits
from evidence.models import Extraction, FileKind


class ExtractionCache:
    def __init__(self, cache_dir: Path, limits: ExtractLimits) -> None:
        self.root = Path(cache_dir) / "extract"
        self.signature = limits.signature()

    def path(self, sha256: str, kind: FileKind) -> Path:
        return self.root / sha256[:2] / f"{sha256}-{kind.value}-{self.signature}.json"

    def get(self, sha256: str, kind: FileKind) -> Extraction | None:
        path = self.path(sha256, kind)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return from_dict(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("unusable cache entry %s: %s", path, exc)
            return None

    def put(self, extraction: Extraction) -> None:
        if extraction.sha256 is None or is_transient(extraction):
            return
        path = self.path(extraction.sha256, extraction.kind)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(to_dict(extraction), handle, ensure_ascii=False)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError as exc:  # a full or read-only disk must not fail the check
            log.warning("cannot write cache entry %s: %s", path, exc)
