"""One decision per (document, criterion): kind, topic, direction, date — most severe first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from classifiers import agreements
from classifiers.docdate import DocDate, own_date
from classifiers.doctype import IMPERATIVE, KindResult, detect_kind
from classifiers.document import Doc, cited_titles
from classifiers.lexicon import Lexicon, load_lexicon
from classifiers.topics import TopicResult, check_topic
from evidence.criteria import Criterion, DateRule
from evidence.models import DOC_KIND_TITLES, Decision, DocKind, Verdict


@dataclass(frozen=True)
class ClassifyContext:
    year: int  # the reporting year (a parameter of the batch)
    org: str | None = None  # the reporting organisation's name as typed in the form
    today: dt.date | None = None  # never call date.today() inside rules


def _ru_date(d: dt.date) -> str:
    return d.strftime("%d.%m.%Y")


def _expected(criterion: Criterion) -> str:
    return " или ".join(DOC_KIND_TITLES[k] for k in criterion.kinds) or "документ"


def _found(kind: KindResult) -> str:
    if (
        kind.subtype
        and kind.subtype != "приложение"
        and (kind.kind is DocKind.OTHER or kind.subtype != DOC_KIND_TITLES[kind.kind])
    ):
        return kind.subtype
    return DOC_KIND_TITLES[kind.kind]


class _Builder:
    def __init__(self, doc: Doc, kind: KindResult, date: DocDate, lex: Lexicon) -> None:
        self.doc, self.kind, self.date, self.lex = doc, kind, date, lex
        self.flags: list[str] = list(kind.flags) + list(date.flags)
        self.confidence = kind.confidence
        self.details: dict[str, Any] = {
            "kind_reason": kind.reason,
            "kind_subtype": kind.subtype,
            "date_source": date.how,
        }
        if date.skipped:
            self.details["cited_dates"] = list(date.skipped)
        if date.year and not date.date:
            self.details["doc_year"] = date.year
        if date.template:
            self.details["template"] = date.template

    def snippet(self, span: tuple[int, int] | None) -> str | None:
        if span is None:
            a = self.kind.title_start
            span = (a, min(len(self.doc.text), max(self.kind.title_end, a + 120)))
        return self.doc.snippet(span[0], span[1]) or None

    def date_span(self) -> tuple[int, int] | None:
        h = self.date.hit
        return (h.start, h.end) if h else None

    def make(self, verdict: Verdict, message: str, span: tuple[int, int] | None) -> Decision:
        if self.confidence < 0.6 and "needs_review" not in self.flags:
            self.flags.append("needs_review")
        if self.confidence < 0.6:
            self.flags.append("low_confidence")
        return Decision(
            verdict=verdict,
            message=message,
            doc_kind=self.kind.kind,
            doc_date=self.date.date.isoformat() if self.date.date else None,
            doc_number=self.date.number,
            evidence=self.snippet(span),
            flags=tuple(dict.fromkeys(self.flags)),
            confidence=round(max(0.05, min(1.0, self.confidence)), 2),
            details=self.details,
        )


def classify(text: str, criterion: Criterion, ctx: ClassifyContext) -> Decision:
    """Decide what the document is and whether it proves the criterion."""
    lex = load_lexicon()
    doc = Doc.of(text, lex)
    kind = detect_kind(doc.text)
    date = own_date(doc.text, kind, ctx.year)
    b = _Builder(doc, kind, date, lex)
    doc.set_exclusions(_foreign_spans(doc.text, kind))
    heading_span = (kind.heading.start, kind.heading.end) if kind.heading else None

    # 1. wrong_type
    if criterion.kinds and kind.kind not in criterion.kinds:
        key = {
            "постановление": "wrong_type_resolution",
            "пользовательское соглашение": "wrong_type_user_agreement",
            "согласие на обработку данных": "wrong_type_user_agreement",
            "сертификат": "wrong_type_seminar",
            "диплом": "wrong_type_seminar",
        }.get(kind.subtype, "wrong_type")
        msg = lex.message(key, found=_found(kind), expected=_expected(criterion))
        return b.make(Verdict.WRONG_TYPE, msg, heading_span)

    # 2. off_topic / 3. wrong_direction
    review: list[str] = []
    if kind.confidence < 0.8:
        review.append("review_kind")
    facts: agreements.AgreementFacts | None = None
    topic_span: tuple[int, int] | None = None
    if criterion.topic == "mentoring_agreement":
        facts = agreements.analyse(doc.text, ctx.org, date.date, ctx.year)
        b.details.update(_agreement_details(facts))
        if not facts.subject_mentoring:
            if len(doc.hits("mentoring")) >= 3:
                review.append("review_subject")
                b.confidence -= 0.2
            else:
                span = facts.subject_span
                return b.make(
                    Verdict.OFF_TOPIC,
                    lex.message("off_topic_agreement"),
                    (span[0], min(span[1], span[0] + 300)) if span else None,
                )
        if not facts.mutual:
            if facts.provider is not None and facts.ours is not None:
                if facts.ours_how == "name":
                    # the reporting party guessed from the names: say so
                    b.confidence = min(b.confidence, 0.7)
                    b.details["reporting_party_guessed"] = True
                if facts.provider == facts.ours:
                    if facts.ours_how != "org":
                        b.confidence = min(b.confidence, 0.65)
                        b.flags.append("needs_review")
                    p = facts.parties[facts.provider]
                    return b.make(
                        Verdict.WRONG_DIRECTION,
                        lex.message("wrong_direction", provider=f"«{p.designation}»"),
                        facts.provider_span,
                    )
            else:
                # the provider is unknown, or known but not which party is the reporting one
                review.append(
                    "review_direction" if facts.provider is None else "review_reporting_party"
                )
                b.confidence -= 0.35
        topic_span = facts.provider_span or facts.subject_span
    else:
        topic: TopicResult = check_topic(doc, kind, criterion.topic)
        b.details.update(topic.details)
        if not topic.ok:
            return b.make(
                Verdict.OFF_TOPIC, lex.message(topic.message_key, **topic.values), topic.span
            )
        if topic.review:
            review.append(topic.review)
            b.confidence -= 0.3
        topic_span = topic.span

    issuer = _foreign_issuer(doc.text, kind, ctx.org)
    if issuer:
        b.flags.append("issuer_not_reporting_org")
        b.details["issuer"] = issuer
        review.append("review_issuer")
        b.confidence -= 0.2

    if date.how == "signature" and kind.kind is DocKind.ORDER:
        b.flags.append("date_from_signature")
        b.confidence -= 0.15

    # 4. no_date / 5. wrong_year
    rule = criterion.date_rule
    if rule is not DateRule.NONE:
        if rule is DateRule.IN_FORCE and facts is not None:
            if date.date is None and facts.start is None and facts.end is None:
                return _no_date(b, lex)
            ok, why = agreements.in_force(facts, ctx.year)
            if facts.prolongation:
                b.flags.append("auto_prolongation")
            if facts.end and facts.end < dt.date(ctx.year, 1, 1) and not ok:
                b.flags.append("agreement_expired")
            if not ok:
                span = facts.term_span or b.date_span()
                if why == "expired" and facts.end:
                    msg = lex.message("wrong_year_expired", end=_ru_date(facts.end), year=ctx.year)
                else:
                    start = facts.start or date.date
                    msg = lex.message(
                        "wrong_year_not_started",
                        start=_ru_date(start) if start else "?",
                        year=ctx.year,
                    )
                return b.make(Verdict.WRONG_YEAR, msg, span)
            if facts.end is None and not facts.indefinite and not facts.prolongation:
                b.flags.append("term_unknown")
                b.confidence -= 0.1
        else:
            if date.date is None:
                if date.year is None:
                    return _no_date(b, lex)
                review.append("review_year_only")
                b.confidence -= 0.3
            year = date.date.year if date.date else date.year
            assert year is not None
            shown = _ru_date(date.date) if date.date else f"{year} г."
            if rule is DateRule.NOT_AFTER and year > ctx.year:
                return b.make(
                    Verdict.WRONG_YEAR,
                    lex.message("wrong_year_not_after", date=shown, year=ctx.year),
                    b.date_span(),
                )
            if rule is DateRule.IN_YEAR and year != ctx.year:
                return b.make(
                    Verdict.WRONG_YEAR,
                    lex.message("wrong_year_in_year", date=shown, year=ctx.year),
                    b.date_span(),
                )

    if ctx.today and date.date and date.date > ctx.today:
        b.flags.append("date_in_future")
        review.append("review_future")

    # 6. ok
    date_txt = ""
    if date.date:
        date_txt = f" от {_ru_date(date.date)}" + (f" № {date.number}" if date.number else "")
    kind_txt = _found(kind)
    if review:
        b.flags.append("needs_review")
        why = "; ".join(lex.message(r) for r in dict.fromkeys(review))
        msg = lex.message("ok_review", kind=kind_txt, date=date_txt, why=why)
    else:
        msg = lex.message("ok", kind=kind_txt, date=date_txt)
    span = topic_span
    if span is None or (kind.title_start <= span[0] < kind.title_end + 200):
        span = None
    return b.make(Verdict.OK, msg, span)


_AUTHORITY = re.compile(
    r"(министерств\w*|управлени\w*\s+образовани\w*|отдел\w*\s+образовани\w*|администраци\w*|департамент\w*|"
    r"комитет\w*|правительств\w*)",
    re.IGNORECASE,
)


def _foreign_issuer(text: str, kind: KindResult, org: str | None) -> str | None:
    """An order issued by an authority (ministry, education department) rather than by the
    reporting organisation: its letterhead names the authority and not the organisation."""
    if kind.kind is not DocKind.ORDER or not org or kind.heading is None:
        return None
    header = text[max(0, kind.heading.start - 400) : kind.heading.start]
    m = _AUTHORITY.search(header)
    if not m:
        return None
    if fuzz.partial_ratio(org.lower(), header.lower()) >= 75:
        return None
    if re.search(
        r"(школ|гимнази|лице[йя]|детск\w+\s+сад|учреждени|колледж|техникум)", header, re.IGNORECASE
    ):
        return None  # the organisation's own letterhead, which names its founder too
    return " ".join(header.split())[-150:]


def _foreign_spans(text: str, kind: KindResult) -> list[tuple[int, int]]:
    """Where the document speaks of other acts: quoted titles of cited acts, an order's preamble."""
    spans = [s for s in cited_titles(text) if not (kind.title_start <= s[0] < kind.title_end)]
    if kind.kind is DocKind.ORDER:
        imp = IMPERATIVE.search(text, kind.title_end)
        if imp and imp.start() - kind.title_end < 5000:
            spans.append((kind.title_end, imp.start()))
    return spans


def _no_date(b: _Builder, lex: Lexicon) -> Decision:
    if b.date.template:
        return b.make(Verdict.NO_DATE, lex.message("no_date_template"), None)
    return b.make(Verdict.NO_DATE, lex.message("no_date"), None)


def _agreement_details(f: agreements.AgreementFacts) -> dict[str, Any]:
    return {
        "parties": [{"name": p.name, "designation": p.designation} for p in f.parties],
        "subject": " ".join(f.subject.split())[:300],
        "subject_mentoring": f.subject_mentoring,
        "mentor_provider": f.parties[f.provider].designation if f.provider is not None else None,
        "mutual": f.mutual,
        "reporting_party": f.parties[f.ours].designation if f.ours is not None else None,
        "reporting_party_by": f.ours_how or None,
        "term": {
            "start": f.start.isoformat() if f.start else None,
            "end": f.end.isoformat() if f.end else None,
            "indefinite": f.indefinite,
            "auto_prolongation": f.prolongation,
            "text": f.term_text or None,
        },
    }
