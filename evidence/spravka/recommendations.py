"""Адресные рекомендации: for each organisation, what to fix, grouped by urgency.

Built from the organisation's verdicts (a declared document that is not confirmed), row flags
(fewer valid agreements than declared, broken extra links) and consistency findings; the
wording is data (``config/recommendations.yaml``: verdict × criterion group, with the year).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from evidence.consistency.finding import Finding
from evidence.criteria import Criterion
from evidence.models import DocKind, ItemResult, Verdict
from evidence.spravka.figures import Org, cell_status
from evidence.spravka.phrases import Phrases

_TYPED_LIMIT = 80


@dataclass(frozen=True)
class Advice:
    urgency: str  # a key of ``urgency`` in the phrases file
    code: str
    text: str
    rows: tuple[int, ...] = ()


@dataclass
class OrgAdvice:
    org: str
    org_id: str
    type: str
    declared: int  # document criteria declared
    confirmed: int  # of them confirmed
    items: list[Advice] = field(default_factory=list)

    def grouped(self, phrases: Phrases, year: int) -> list[tuple[str, list[Advice]]]:
        """(urgency title, advice) in the order of the phrases file; empty groups left out."""
        out: list[tuple[str, list[Advice]]] = []
        deadline = phrases.deadline.format(year=year)
        for level in phrases.urgency:
            chosen = [a for a in self.items if a.urgency == level.key]
            if chosen:
                out.append((level.title.format(deadline=deadline, year=year), chosen))
        return out

    def count(self, urgency: str) -> int:
        return sum(1 for a in self.items if a.urgency == urgency)


def _date(iso: str | None) -> str:
    if not iso or len(iso) != 10:
        return iso or "без даты"
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def _typed(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TYPED_LIMIT else text[: _TYPED_LIMIT - 1] + "…"


def _render(template: str, result: ItemResult | None, code: str, year: int, **extra: object) -> str:
    found = result.doc_kind.label if result and result.doc_kind else DocKind.OTHER.label
    return template.format(
        code=code,
        year=year,
        typed=_typed(result.url) if result else "",
        found=found,
        date=_date(result.doc_date) if result else "",
        **extra,
    )


def org_advice(
    org: Org,
    criteria: Sequence[Criterion],
    findings: Sequence[Finding],
    phrases: Phrases,
    year: int,
    overruled: Collection[int] = frozenset(),
) -> OrgAdvice:
    """What ``org`` should fix; ``findings``: the consistency findings of this organisation."""
    advice = OrgAdvice(org.name, org.org_id, org.type, 0, 0)
    for criterion in criteria:
        code = criterion.code
        cell = org.form.cell(code)
        status = cell_status(cell, criterion, overruled)
        document = phrases.document(code, year)
        if not status.declared:
            # Only a «0» typed in the form: a row absent from the batch may be an excerpt.
            typed_zero = cell is not None and cell.number == 0
            urgency = phrases.not_declared_urgency
            template = phrases.phrase("not_declared", code)
            if typed_zero and code in phrases.not_declared_codes and urgency and template:
                advice.items.append(
                    Advice(urgency, code, template.format(document=document, year=year))
                )
            continue
        advice.declared += 1
        advice.confirmed += bool(status.confirmed)
        result = cell.results[0] if cell and cell.results else None
        if result is None or any(row in overruled for row in status.rows):
            continue
        keys: list[tuple[str, str]] = []  # (phrase key, urgency)
        if not status.confirmed and result.verdict is not Verdict.OK:
            urgency = phrases.urgency_of(verdict=result.verdict.value)
            if urgency:
                keys.append((result.verdict.value, urgency))
        if status.confirmed < status.declared and criterion.counted:
            urgency = phrases.urgency_of(flag="count_mismatch")
            if urgency and (status.confirmed or not keys):
                keys.append(("count_mismatch", urgency))
        for flag in result.flags:
            urgency = phrases.urgency_of(flag=flag)
            if urgency and flag != "count_mismatch" and status.confirmed:
                keys.append((flag, urgency))
        for key, urgency in keys:
            template = phrases.phrase(key, code)
            if template:
                text = _render(
                    template,
                    result,
                    code,
                    year,
                    document=document,
                    declared=status.declared,
                    confirmed=status.confirmed,
                )
                advice.items.append(Advice(urgency, code, text, status.rows))
    advised = {a.code for a in advice.items}
    for finding in findings:
        if set(finding.criteria) <= advised:  # the verdict's advice already says it
            continue
        urgency = phrases.urgency_of(finding=finding.severity)
        template = phrases.phrase(f"finding_{finding.severity}", "")
        if urgency and template:
            codes = ", ".join(finding.criteria)
            text = template.format(codes=codes, message=finding.message.rstrip("."), year=year)
            advice.items.append(Advice(urgency, "", text.rstrip(".") + ".", tuple(finding.rows)))
    order = {level.key: i for i, level in enumerate(phrases.urgency)}
    advice.items.sort(key=lambda a: order.get(a.urgency, len(order)))
    return advice
