"""Atomic file replacement: a reader never sees half a report."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Debug hook for tests/workers/test_faults.py: ``NAME[:SECONDS]`` — the file NAME, fully
# written under its temporary name, waits (a minute by default) before it replaces the target,
# so a test can kill the run or fill the disk while the reports are being written.
HOLD_ENV = "EVIDENCE_DEBUG_HOLD_FILE"


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it replaces ``path`` when the block succeeds."""
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        name, _, seconds = os.environ.get(HOLD_ENV, "").partition(":")
        if name == path.name:
            time.sleep(float(seconds or 60))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
