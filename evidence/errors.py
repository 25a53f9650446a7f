"""The exception tree. Everything the core raises on purpose derives from ``EvidenceError``.

    EvidenceError
    ├── BatchError            the batch file cannot be used (message names file, row, column)
    ├── ConfigError           a data file in config/ is malformed
    ├── FetchError            a link could not be fetched; carries the link verdict
    │   ├── BlockedError      private/loopback/metadata address or disallowed scheme
    │   ├── UnreachableError  DNS, refused connection, TLS, timeout, redirect loop
    │   └── TooLargeError     the body exceeded the size cap (partial body kept)
    ├── ExtractionError       no text could be extracted (becomes ``unreadable``)
    │   └── MissingToolError  a system tool (tesseract, catdoc…) is not installed
    ├── StoreError            the results database is unusable
    └── ReportWriteError      a report file cannot be written (disk full, no permission)

Broken input is never a crash: the pipeline turns FetchError and ExtractionError into
verdicts; BatchError refuses the batch before any fetch; the rest are bugs or set-up.
"""

from __future__ import annotations


class EvidenceError(Exception):
    """Base of all deliberate errors."""


class BatchError(EvidenceError):
    """The batch file cannot be used. The message is one line, naming file, row and column."""


class ConfigError(EvidenceError):
    """A configuration data file is malformed."""


class FetchError(EvidenceError):
    """A link could not be fetched. ``message_ru`` is shown to users."""

    verdict = "unreachable"

    def __init__(self, message_ru: str, *, final_url: str | None = None) -> None:
        super().__init__(message_ru)
        self.message_ru = message_ru
        self.final_url = final_url


class BlockedError(FetchError):
    verdict = "blocked"


class UnreachableError(FetchError):
    verdict = "unreachable"


class TooLargeError(FetchError):
    verdict = "unreachable"


class ExtractionError(EvidenceError):
    """No text could be extracted; the message (Russian) becomes the ``unreadable`` reason."""


class MissingToolError(ExtractionError):
    """A system tool is missing; the message names the Debian package to install."""


class StoreError(EvidenceError):
    """The results database is unusable."""


class ReportWriteError(EvidenceError):
    """A report file cannot be written; the checked rows stay in the checkpoint."""
