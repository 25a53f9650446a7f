"""Text extraction from document bodies (PDF, scans, Word, RTF, ODF, spreadsheets, ZIP).

``extract(data, kind, limits)`` runs in-process and never raises for bad input: an
``Extraction`` with ``error`` (a Russian reason) comes back instead. ``Extractor`` is what
the pipeline uses: a SHA-256 content cache on disk plus isolation of every extraction in a
warm worker subprocess with a wall-time and an address-space limit. Formats are added in
``evidence.extract.registry``.
"""

from __future__ import annotations

from evidence.extract.core import extract
from evidence.extract.html import html_to_text
from evidence.extract.limits import ExtractLimits
from evidence.extract.pool import Extractor

__all__ = ["ExtractLimits", "Extractor", "extract", "html_to_text"]
