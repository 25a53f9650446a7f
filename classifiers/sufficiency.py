"""Whether a decision made on part of a document (the top of a scan's first page, stage 1 of
staged OCR) is final, or the rest of the document must be read first.

The rule list is deliberately strict: only a clean ``ok`` that the header alone settles is
final. Everything else (a problem, a doubt, a kind whose verdict depends on the body, an own
date not yet found — even where the criterion does not judge it, the report shows it) asks for
the whole text, so staged OCR never changes what the report says, it only skips work.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from evidence.criteria import Criterion, DateRule
from evidence.models import DocKind, Verdict

# Kinds whose verdict depends on the body: an agreement's parties, direction and term; a
# report's indicator results.
BODY_KINDS = frozenset({DocKind.AGREEMENT, DocKind.REPORT})


class Judged(Protocol):
    """A ``Decision`` or the ``LinkResult`` made of it."""

    @property
    def verdict(self) -> Verdict: ...
    @property
    def doc_kind(self) -> DocKind | None: ...
    @property
    def doc_date(self) -> str | None: ...
    @property
    def flags(self) -> Sequence[str]: ...


def needs_more_text(decision: Judged, criterion: Criterion) -> str | None:
    """Why the rest of the document must be read (English, for the log), or ``None``."""
    if decision.verdict is not Verdict.OK:
        return f"verdict {decision.verdict.value} may change with the rest of the text"
    if "needs_review" in decision.flags:
        return "the decision asks for review"
    if decision.doc_kind is None or decision.doc_kind is DocKind.OTHER:
        return "document kind unknown"
    if decision.doc_kind in BODY_KINDS:
        return f"a {decision.doc_kind.value}'s verdict depends on its body"
    if criterion.date_rule is DateRule.IN_FORCE or DocKind.AGREEMENT in criterion.kinds:
        return "the criterion judges an agreement's term"
    if decision.doc_date is None:
        # the approval line of a programme often stands at the foot of its title page
        return "own date not found"
    return None
