"""Text that every report format can hold: the one place where untrusted strings are cleaned.

Document text and typed cells may carry characters that XML (XLSX, DOCX) cannot store at all
(C0 control characters such as ``\\x02`` from a PDF's text layer, ``\\x00``) and lone UTF-16
surrogates that no UTF-8 file can hold. Writers call ``xml_safe`` on every string they write
(``clean`` walks JSON-like values) so one odd character never costs a report.
"""

from __future__ import annotations

import re
from typing import Any

# XML 1.0 allows #x9, #xA, #xD, #x20-#xD7FF, #xE000-#xFFFD, #x10000-#x10FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Vertical tab and form feed separate lines (Word's manual line break, a PDF page break).
_AS_SPACE = frozenset("\x0b\x0c")


def _replace(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _AS_SPACE:
        return " "
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return ""


def xml_safe(text: str) -> str:
    """``text`` without characters XML 1.0 / UTF-8 cannot hold (lone surrogates become U+FFFD)."""
    return _ILLEGAL.sub(_replace, text)


def clean(value: Any) -> Any:
    """``xml_safe`` applied to every string inside a JSON-like value (dicts, lists, tuples)."""
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value
