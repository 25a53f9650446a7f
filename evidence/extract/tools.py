"""Running system tools (tesseract, catdoc, antiword) under the document's deadline."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess

from evidence.errors import MissingToolError
from evidence.extract.base import Context, TimeLimitError, time_exceeded

# tool -> Debian package that provides it
PACKAGES = {
    "tesseract": "tesseract-ocr tesseract-ocr-rus",
    "catdoc": "catdoc",
    "antiword": "antiword",
    "pdftotext": "poppler-utils",
}


def run_tool(
    args: list[str], ctx: Context, *, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``args`` with ``stdin``; kill its whole process group when the deadline passes."""
    ctx.check_time()
    try:
        proc = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # so a timeout kills the tool and anything it started
            env={**os.environ, **(env or {})},
        )
    except FileNotFoundError as exc:
        package = PACKAGES.get(args[0], args[0])
        raise MissingToolError(
            f"не установлена программа {args[0]} (пакет Debian: {package})"
        ) from exc
    try:
        out, err = proc.communicate(stdin, timeout=max(ctx.remaining(), 0.01))
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise TimeLimitError(time_exceeded(ctx.limits.timeout)) from None
    except BaseException:
        _kill(proc)
        raise
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
