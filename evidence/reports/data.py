"""What every report shows, computed once: rows grouped by organisation, counts, findings."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from evidence.models import BatchItem, ItemResult, Verdict


@dataclass
class OrgSection:
    org: str
    org_id: str
    results: list[ItemResult] = field(default_factory=list)
    findings: list[Any] = field(default_factory=list)
    changes: list[Any] = field(default_factory=list)

    @property
    def problems(self) -> int:
        return sum(1 for r in self.results if r.verdict is not Verdict.OK or _review(r))

    @property
    def counts(self) -> Counter[Verdict]:
        return Counter(r.verdict for r in self.results)


def _review(result: ItemResult) -> bool:
    return "needs_review" in result.flags or "count_mismatch" in result.flags


@dataclass
class ReportData:
    year: int
    results: list[ItemResult]
    findings: list[Any]
    changes: list[Any] | None
    orgs: list[OrgSection]
    counts: Counter[Verdict]
    generated: str
    meta: dict[str, Any]
    spravka: Any = None  # the run's справка (evidence.spravka.Spravka), built once for all

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if getattr(f, "severity", "") == "error")

    def decision_text(self, row: int) -> str:
        """The reviewer's decision on a row (``meta["decisions"]``: row -> ``Decision.to_dict``)."""
        d = (self.meta.get("decisions") or {}).get(row)
        if not d:
            return ""
        comment = f" «{d['comment']}»" if d.get("comment") else ""
        who = f" — {d.get('author', '')}, {str(d.get('decided_at', ''))[:10]}"
        if d.get("dropped"):
            return f"{d['dropped']} (было: {d.get('action_title', d.get('action'))}{comment})"
        checked = ""
        if d.get("action") == "overrule" and d.get("verdict") in Verdict.__members__.values():
            checked = f" (вердикт проверки: {Verdict(d['verdict']).label})"
        return f"{d.get('action_title', d.get('action'))}{checked}{comment}{who}"


def build_report_data(
    items: Sequence[BatchItem],
    results: Sequence[ItemResult],
    *,
    year: int,
    findings: Sequence[Any] | None = None,
    changes: Sequence[Any] | None = None,
    meta: dict[str, Any] | None = None,
) -> ReportData:
    if findings is None:
        findings = _consistency(items, results)
    sections: dict[str, OrgSection] = {}

    def section(org: str, org_id: str = "") -> OrgSection:
        key = org_id or org
        if key not in sections:
            sections[key] = OrgSection(org=org, org_id=org_id)
        return sections[key]

    for result in results:
        section(result.org, result.org_id).results.append(result)
    for finding in findings:
        section(finding.org, getattr(finding, "org_id", "")).findings.append(finding)
    for change in changes or []:
        section(change.org, getattr(change, "org_id", "")).changes.append(change)
    return ReportData(
        year=year,
        results=list(results),
        findings=list(findings),
        changes=list(changes) if changes is not None else None,
        orgs=list(sections.values()),
        counts=Counter(r.verdict for r in results),
        generated=dt.datetime.now().strftime("%d.%m.%Y %H:%M"),
        meta=dict(meta or {}),
    )


def _consistency(items: Sequence[BatchItem], results: Sequence[ItemResult]) -> list[Any]:
    from evidence.consistency import check_consistency

    return list(check_consistency(items, results))
