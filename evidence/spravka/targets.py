"""Target indicators (Р-145; a municipal schedule per year) from ``config/targets.yaml``.

The municipal value of a share is Σ part / Σ whole over the organisations the indicator
applies to (type listed in ``applies_to`` and whole above 0) — never an average of
percentages. Organisations whose numbers for the indicator contradict each other (a
consistency finding of severity ``error`` on one of its codes) or that left the part empty are
counted apart and named, not mixed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from config.settings import CONFIG_DIR
from config.yamlfile import load_yaml
from evidence.consistency.finding import ERROR, Finding
from evidence.consistency.form import OrgForm
from evidence.criteria import normalise_code
from evidence.spravka.figures import Org

SHARE = "share"
# Used when a municipality's own targets file does not list them (config/targets.yaml does).
CONTRADICTION_KINDS = (
    "parse",
    "conflict",
    "range",
    "sum",
    "part_le_whole",
    "equal",
    "requires_zero",
)
WEIGHTED = "weighted_percent"


@dataclass(frozen=True)
class Target:
    id: str
    title: str
    short: str
    kind: str
    part: str  # share: the part; weighted_percent: the percentage
    whole: str  # share: the whole; weighted_percent: the weight
    applies_to: tuple[str, ...]
    baseline_year: int
    baseline: float
    target_year: int
    target: float
    schedule: dict[int, float]

    def planned(self, year: int) -> float:
        """The value planned for ``year``: the schedule, else linear from baseline to target."""
        if year in self.schedule:
            return self.schedule[year]
        if year >= self.target_year:
            return self.target
        if year <= self.baseline_year:
            return self.baseline
        span = self.target_year - self.baseline_year
        return self.baseline + (self.target - self.baseline) * (year - self.baseline_year) / span

    @property
    def codes(self) -> tuple[str, str]:
        return (self.part, self.whole)


@dataclass(frozen=True)
class TargetSet:
    source: str
    targets: tuple[Target, ...]
    contradiction_kinds: frozenset[str] = frozenset()


def parse_targets(data: dict[str, Any]) -> TargetSet:
    targets: list[Target] = []
    for index, spec in enumerate(data.get("indicators") or [], start=1):
        kind = spec.get("kind", SHARE)
        if kind not in (SHARE, WEIGHTED):
            raise ValueError(f"targets: показатель {index}: неизвестный вид «{kind}»")
        part = spec["part"] if kind == SHARE else spec["value"]
        whole = spec["whole"] if kind == SHARE else spec["weight"]
        targets.append(
            Target(
                id=str(spec.get("id") or index),
                title=str(spec["title"]),
                short=str(spec.get("short") or spec["title"]),
                kind=kind,
                part=normalise_code(str(part)),
                whole=normalise_code(str(whole)),
                applies_to=tuple(spec.get("applies_to") or ()),
                baseline_year=int(spec["baseline"]["year"]),
                baseline=float(spec["baseline"]["value"]),
                target_year=int(spec["target"]["year"]),
                target=float(spec["target"]["value"]),
                schedule={int(y): float(v) for y, v in (spec.get("schedule") or {}).items()},
            )
        )
    kinds = frozenset(str(k) for k in data.get("contradiction_kinds") or CONTRADICTION_KINDS)
    return TargetSet(str(data.get("source") or ""), tuple(targets), kinds)


@lru_cache(maxsize=8)
def load_targets(path: Path = CONFIG_DIR / "targets.yaml") -> TargetSet:
    return parse_targets(load_yaml(path))


@dataclass(frozen=True)
class OrgValue:
    org: str
    type: str
    part: float
    whole: float
    shortfall: float  # people (or weighted points) missing to reach the planned value
    rows: tuple[int, ...]

    @property
    def percent(self) -> float:
        return 100 * self.part / self.whole if self.whole else 0.0


@dataclass
class TargetFigure:
    target: Target
    planned: float
    value: float | None  # percent, None when no organisation counts
    part_sum: float
    whole_sum: float
    included: list[OrgValue]
    by_type: dict[str, float | None]
    contradictory: list[tuple[str, str]] = field(default_factory=list)  # (org, message)
    missing: list[str] = field(default_factory=list)  # applies, but the part is empty
    not_applicable: int = 0

    @property
    def gap(self) -> float | None:
        """Percentage points below the planned value (negative: above the plan)."""
        return None if self.value is None else self.planned - self.value

    def pulling_down(self, limit: int = 3) -> list[OrgValue]:
        behind = [v for v in self.included if v.shortfall > 0]
        return sorted(behind, key=lambda v: -v.shortfall)[:limit]


def findings_by_org(findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for finding in findings:
        out.setdefault(finding_key(finding.org, finding.org_id), []).append(finding)
    return out


def finding_key(org: str, org_id: str) -> str:
    """The same key as ``evidence.consistency.form.org_key`` for a finding or an org."""
    if org_id.strip():
        return "id:" + org_id.strip()
    return "name:" + " ".join(org.split()).casefold()


def _rows(form: OrgForm, codes: Sequence[str]) -> tuple[int, ...]:
    return tuple(row for code in codes if (c := form.cell(code)) for row in c.rows)


def _contradictions(findings: Sequence[Finding], kinds: frozenset[str]) -> list[Finding]:
    """Error findings of rules whose kind says the numbers contradict each other."""
    from evidence.consistency.rules import load_rules

    kind_of = {rule.id: rule.kind for rule in load_rules().rules}
    return [f for f in findings if f.severity == ERROR and kind_of.get(f.rule, f.rule) in kinds]


def target_figures(
    orgs: Sequence[Org], findings: Sequence[Finding], targets: TargetSet, year: int
) -> list[TargetFigure]:
    by_org = findings_by_org(_contradictions(findings, targets.contradiction_kinds))
    out: list[TargetFigure] = []
    for target in targets.targets:
        planned = target.planned(year)
        figure = TargetFigure(target, planned, None, 0.0, 0.0, [], {})
        type_sums: dict[str, list[float]] = {}
        for org in orgs:
            whole = org.form.number(target.whole)
            if org.type not in target.applies_to or not whole or whole <= 0:
                figure.not_applicable += 1
                continue
            errors = [
                f
                for f in by_org.get(finding_key(org.name, org.org_id), ())
                if set(map(normalise_code, f.criteria)) & set(target.codes)
            ]
            if errors:
                figure.contradictory.append((org.name, errors[0].message))
                continue
            part = org.form.number(target.part)
            if part is None:
                figure.missing.append(org.name)
                continue
            # For a weighted percentage the «part» is percent × weight: Σ / Σ weight is the mean.
            weighted = part * whole / 100 if target.kind == WEIGHTED else part
            shortfall = planned * whole / 100 - weighted
            figure.included.append(
                OrgValue(
                    org.name,
                    org.type,
                    weighted,
                    whole,
                    shortfall,
                    _rows(org.form, target.codes),
                )
            )
            figure.part_sum += weighted
            figure.whole_sum += whole
            sums = type_sums.setdefault(org.type, [0.0, 0.0])
            sums[0] += weighted
            sums[1] += whole
        if figure.whole_sum:
            figure.value = 100 * figure.part_sum / figure.whole_sum
        figure.by_type = {t: 100 * p / w if w else None for t, (p, w) in type_sums.items()}
        out.append(figure)
    return out
