"""The deciding snippet with the words that matched marked (``<mark>``), everything escaped."""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup, escape

from evidence.models import DocKind, ItemResult

# Words too common to be worth marking (they are in almost every criterion's wording).
_STOP = frozenset({"приказ", "проведении", "утверждении", "итогам", "системе", "работы"})
_STEM = 6  # Russian endings vary: a word matches on its first letters


def _terms(result: ItemResult, query: str) -> list[str]:
    """Regex alternatives: the criterion's words (by stem), the document's date and number."""
    terms: list[str] = []
    for word in re.findall(r"[а-яёa-z]{5,}", query.lower()):
        if word not in _STOP:
            terms.append(re.escape(word[:_STEM]) + r"[а-яёa-z]*")
    if result.doc_kind is not None and result.doc_kind is not DocKind.OTHER:
        kind_word = result.doc_kind.label.split()[0]
        terms.append(re.escape(kind_word[:_STEM]) + r"[а-яё]*")
    if result.doc_number:
        terms.append(r"№\s*" + re.escape(result.doc_number))
    if result.doc_date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", result.doc_date):
        y, m, d = result.doc_date[:4], result.doc_date[5:7], result.doc_date[8:10]
        terms.append(rf"0?{int(d)}\.{m}\.{y}")
    return terms


def highlight(text: str | None, result: ItemResult, query: str = "") -> Markup:
    """``text`` escaped, with every match of the row's terms wrapped in ``<mark>``."""
    if not text:
        return Markup("")
    return mark(text, _terms(result, query))


def mark(text: str, patterns: Iterable[str]) -> Markup:
    alternatives = [p for p in patterns if p]
    if not alternatives:
        return escape(text)
    regex = re.compile("|".join(f"(?:{p})" for p in alternatives), re.IGNORECASE)
    out: list[str] = []
    last = 0
    for match in regex.finditer(text):
        if match.end() == match.start():
            continue
        out.append(str(escape(text[last : match.start()])))
        out.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))
