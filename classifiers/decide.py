"""One decision per (document, criterion): the steps of ``classifiers.steps`` in order, and
the most severe problem they found as the verdict (DESIGN.md order), naming the others too."""

from __future__ import annotations

from dataclasses import replace

from classifiers.assessment import SEVERITY, Assessment, ClassifyContext, found_kind
from classifiers.assessment import ru_date as _ru_date
from classifiers.docdate import DocDate, own_date
from classifiers.doctype import KindResult, detect_kind, imperative
from classifiers.document import Doc, cited_titles
from classifiers.esign import signing_date
from classifiers.lexicon import load_lexicon
from classifiers.steps import STEPS
from evidence.criteria import Criterion
from evidence.models import Decision, DocKind, Verdict

__all__ = ["ClassifyContext", "classify"]


def classify(text: str, criterion: Criterion, ctx: ClassifyContext) -> Decision:
    """Decide what the document is and whether it proves the criterion."""
    lex = load_lexicon()
    doc = Doc.of(text, lex)
    kind = detect_kind(doc.text)
    date = _with_signing_date(own_date(doc.text, kind, ctx.year), text)
    doc.set_exclusions(_foreign_spans(doc.text, kind))
    a = Assessment(doc, kind, date, criterion, ctx, lex)
    for step in STEPS:
        problem = step(a)
        if problem is not None:
            a.problems.append(problem)
    if a.problems:
        return _verdict(a)
    return _ok(a)


def _with_signing_date(date: DocDate, text: str) -> DocDate:
    """A document with no date line of its own (no date, no blank, no typed year) signed
    electronically is dated by its stamp's «Дата подписания» — the day it was signed; a reviewer
    checks it (``date_step``). The stamp itself is blanked from ``doc.text``."""
    if date.date or date.year or date.template or date.typed_year:
        return date
    signed = signing_date(text)
    if signed is None:
        return date
    return replace(date, date=signed.date, hit=None, how="esign")


def _verdict(a: Assessment) -> Decision:
    """The most severe problem decides; the message names every other one after it."""
    ranked = sorted(a.problems, key=lambda p: SEVERITY.index(p.verdict))
    first, others = ranked[0], ranked[1:]
    message = first.message
    for other in others:
        message = a.lex.message("also", message=message, other=_lower_first(other.message))
    if a.review and first.verdict is not Verdict.WRONG_TYPE:
        why = "; ".join(a.lex.message(k) for k in dict.fromkeys(a.review))
        message = a.lex.message("also_review", message=message, why=why)
    if others:
        a.details["other_problems"] = [p.verdict.value for p in others]
    return a.decision(
        first.verdict, message, first.span, confidence=first.confidence, flags=first.flags
    )


def _ok(a: Assessment) -> Decision:
    date_txt = ""
    if a.date.date:
        date_txt = f" от {_ru_date(a.date.date)}" + (f" № {a.date.number}" if a.date.number else "")
    kind_txt = found_kind(a.kind)
    if a.review:
        a.flags.append("needs_review")
        why = "; ".join(a.lex.message(r) for r in dict.fromkeys(a.review))
        msg = a.lex.message("ok_review", kind=kind_txt, date=date_txt, why=why)
    else:
        msg = a.lex.message("ok", kind=kind_txt, date=date_txt)
    span = a.topic_span
    if span is None or (a.kind.title_start <= span[0] < a.kind.title_end + 200):
        span = None
    return a.decision(Verdict.OK, msg, span)


def _lower_first(message: str) -> str:
    """«Документ датирован …» → «документ датирован …» (not «ВСОКО», «SWOT»)."""
    if len(message) > 1 and message[0].isupper() and not message[1].isupper():
        return message[0].lower() + message[1:]
    return message


def _foreign_spans(text: str, kind: KindResult) -> list[tuple[int, int]]:
    """Where the document speaks of other acts: quoted titles of cited acts, an order's preamble."""
    spans = [s for s in cited_titles(text) if not (kind.title_start <= s[0] < kind.title_end)]
    if kind.kind is DocKind.ORDER:
        imp = imperative().search(text, kind.title_end)
        if imp and imp.start() - kind.title_end < 5000:
            spans.append((kind.title_end, imp.start()))
    return spans
