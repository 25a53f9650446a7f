"""What the decision steps share: the document, what is known about it, the problems found."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from classifiers.agreements import AgreementFacts
from classifiers.docdate import DocDate
from classifiers.doctype import KindResult, personal_paper
from classifiers.document import Doc
from classifiers.lexicon import Lexicon
from evidence.criteria import Criterion
from evidence.models import DOC_KIND_TITLES, Decision, DocKind, Verdict

Span = tuple[int, int]

# The documented order of verdicts (DESIGN.md), most severe first: the primary verdict of a
# document with several problems is the first of them in this order.
SEVERITY: tuple[Verdict, ...] = (
    Verdict.WRONG_TYPE,
    Verdict.OFF_TOPIC,
    Verdict.WRONG_DIRECTION,
    Verdict.NO_DATE,
    Verdict.WRONG_YEAR,
)


@dataclass(frozen=True)
class ClassifyContext:
    year: int  # the reporting year (a parameter of the batch)
    org: str | None = None  # the reporting organisation's name as typed in the form
    today: dt.date | None = None  # never call date.today() inside rules


@dataclass(frozen=True)
class Problem:
    """One reason the document does not prove the criterion, as a step found it."""

    verdict: Verdict
    message: str
    span: Span | None
    # the confidence and flags at the moment it was found: a later step's doubts are not its own
    confidence: float
    flags: tuple[str, ...]


def ru_date(d: dt.date) -> str:
    return d.strftime("%d.%m.%Y")


def found_kind(kind: KindResult) -> str:
    """The document's kind as reviewers read it («приказ», «постановление»)."""
    if (
        kind.subtype
        and kind.subtype != "приложение"
        and (kind.kind is DocKind.OTHER or kind.subtype != DOC_KIND_TITLES[kind.kind])
    ):
        return kind.subtype
    return DOC_KIND_TITLES[kind.kind]


@dataclass
class Assessment:
    """The state the steps read and add to, in order: kind → topic/agreement → issuer → date."""

    doc: Doc
    kind: KindResult
    date: DocDate
    criterion: Criterion
    ctx: ClassifyContext
    lex: Lexicon
    flags: list[str] = field(default_factory=list)
    confidence: float = 1.0
    details: dict[str, Any] = field(default_factory=dict)
    review: list[str] = field(default_factory=list)  # message keys of doubts (→ needs_review)
    problems: list[Problem] = field(default_factory=list)
    facts: AgreementFacts | None = None
    topic_span: Span | None = None

    def __post_init__(self) -> None:
        self.flags = list(self.kind.flags) + list(self.date.flags)
        self.confidence = self.kind.confidence
        self.details.update(
            kind_reason=self.kind.reason,
            kind_subtype=self.kind.subtype,
            date_source=self.date.how,
        )
        if self.date.skipped:
            self.details["cited_dates"] = list(self.date.skipped)
        if self.date.year and not self.date.date:
            key = "period_year" if self.date.how == "period" else "doc_year"
            self.details[key] = self.date.year
        if self.date.template:
            self.details["template"] = self.date.template

    @property
    def kind_ok(self) -> bool:
        return not self.criterion.kinds or (
            self.kind.kind in self.criterion.kinds and not self.personal_paper
        )

    @property
    def personal_paper(self) -> bool:
        """A participation certificate, a diploma, a грамота: issued to a person, it is never
        the «иной документ» a criterion accepts (9.3's association is proved by its own acts)."""
        return personal_paper(self.kind)

    def problem(self, verdict: Verdict, key: str, span: Span | None, **values: object) -> Problem:
        return Problem(
            verdict,
            self.lex.message(key, **values),
            span,
            self.confidence,
            tuple(self.flags),
        )

    def doubt(self, key: str, cost: float) -> None:
        """A reason for a human look: lowers the confidence; an ``ok`` names it and flags
        ``needs_review`` (a step that wants the flag under any verdict adds it itself)."""
        self.review.append(key)
        self.confidence -= cost

    def heading_span(self) -> Span | None:
        h = self.kind.heading
        return (h.start, h.end) if h else None

    def date_span(self) -> Span | None:
        h = self.date.hit
        return (h.start, h.end) if h else None

    def snippet(self, span: Span | None) -> str | None:
        if span is None:
            a = self.kind.title_start
            span = (a, min(len(self.doc.text), max(self.kind.title_end, a + 120)))
        return self.doc.snippet(span[0], span[1]) or None

    def decision(
        self,
        verdict: Verdict,
        message: str,
        span: Span | None,
        *,
        confidence: float | None = None,
        flags: tuple[str, ...] | None = None,
    ) -> Decision:
        conf = self.confidence if confidence is None else confidence
        out = list(self.flags if flags is None else flags)
        if conf < 0.6:
            out += ["needs_review", "low_confidence"]
        return Decision(
            verdict=verdict,
            message=message,
            doc_kind=self.kind.kind,
            doc_date=self.date.date.isoformat() if self.date.date else None,
            doc_number=self.date.number,
            evidence=self.snippet(span),
            flags=tuple(dict.fromkeys(out)),
            confidence=round(max(0.05, min(1.0, conf)), 2),
            details=self.details,
        )
