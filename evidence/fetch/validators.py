"""What a re-run needs to ask a server "has this document changed?" instead of fetching it.

For every URL that gave a document with an ``ETag`` or ``Last-Modified`` header, the cache
folder keeps those validators with the document's metadata (``validators/<hash of URL>.json``).
The next run sends ``If-None-Match`` / ``If-Modified-Since``; a ``304 Not Modified`` answer
means the same bytes, so the cached extraction (by SHA-256) is used without downloading the
body. Servers without validators are fetched in full as before (their extraction still comes
from the SHA-256 cache).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Known:
    """A document seen before at this URL and how to ask whether it changed."""

    url: str
    etag: str | None
    last_modified: str | None
    document: dict[str, Any]  # the Document's metadata (no body)

    def headers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


class ValidatorStore:
    """A folder of ``Known`` entries, one small JSON file per URL; thread- and process-safe."""

    def __init__(self, cache_dir: Path) -> None:
        self.root = Path(cache_dir) / "validators"

    def _path(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()
        return self.root / digest[:2] / f"{digest}.json"

    def get(self, url: str) -> Known | None:
        try:
            data = json.loads(self._path(url).read_text(encoding="utf-8"))
            known = Known(
                data["url"], data.get("etag"), data.get("last_modified"), data["document"]
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return known if known.url == url and (known.etag or known.last_modified) else None

    def put(self, known: Known) -> None:
        path = self._path(known.url)
        record = {
            "url": known.url,
            "etag": known.etag,
            "last_modified": known.last_modified,
            "document": known.document,
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(record, handle, ensure_ascii=False)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:  # a full or read-only disk costs the next run a download, nothing more
            return

    def forget(self, url: str) -> None:
        with contextlib.suppress(OSError):
            self._path(url).unlink()
