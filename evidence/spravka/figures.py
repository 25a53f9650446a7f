"""Declared vs confirmed, per criterion and per organisation type.

Declared: the organisation typed a value above 0 (1 for a flag, a count), or a link with no
value. Confirmed: the row's verdict is ``ok`` — or a reviewer overruled the verdict
(``overruled_rows``). For a counted criterion (2.1: one agreement per link) the confirmed count
is the number of valid documents, never more than declared; for other counts (3.x: one typical
programme proves the row) a confirmed row confirms its whole declared count.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from config.settings import CONFIG_DIR
from config.yamlfile import load_yaml
from evidence.consistency.form import Cell, OrgForm, group_forms
from evidence.criteria import Catalogue, Criterion, Unit, code_sort_key
from evidence.models import BatchItem, ItemResult, Verdict
from evidence.spravka.orgtypes import OrgTypes


@dataclass
class Org:
    name: str
    org_id: str
    type: str
    form: OrgForm


@dataclass(frozen=True)
class Status:
    """One organisation, one criterion."""

    declared: int  # 0: not declared; 1 for a flag; the count for a count
    confirmed: int
    rows: tuple[int, ...]


@dataclass
class Tally:
    """Who declared and who confirmed one criterion, with the sums of counts."""

    participants: int
    declared_orgs: list[str] = field(default_factory=list)
    confirmed_orgs: list[str] = field(default_factory=list)
    declared_sum: int = 0
    confirmed_sum: int = 0
    declared_rows: list[int] = field(default_factory=list)
    confirmed_rows: list[int] = field(default_factory=list)

    @property
    def declared(self) -> int:
        return len(self.declared_orgs)

    @property
    def confirmed(self) -> int:
        return len(self.confirmed_orgs)

    def add(self, org: str, status: Status) -> None:
        if status.declared:
            self.declared_orgs.append(org)
            self.declared_sum += status.declared
            self.declared_rows.extend(status.rows)
        if status.confirmed:
            self.confirmed_orgs.append(org)
            self.confirmed_sum += status.confirmed
            self.confirmed_rows.extend(status.rows)


@dataclass
class CriterionFigures:
    code: str
    title: str  # short title for tables and the chart
    full_title: str
    section: int
    counts: bool  # the value is a count: sums are shown next to organisations
    total: Tally
    by_type: dict[str, Tally]


def items_from_results(results: Sequence[ItemResult]) -> list[BatchItem]:
    """The batch rows as typed, rebuilt from ``results.jsonl`` (it keeps every input column)."""
    return [
        BatchItem(
            row=r.row,
            org=r.org,
            criterion=r.criterion,
            url=r.url,
            value=r.value,
            note=r.note,
            org_id=r.org_id,
            org_type=r.org_type,
        )
        for r in results
    ]


def collect_orgs(
    items: Sequence[BatchItem], results: Sequence[ItemResult] | None, orgtypes: OrgTypes
) -> list[Org]:
    declared_types: dict[int, str] = {i.row: i.org_type for i in items if i.org_type}
    orgs: list[Org] = []
    for form in group_forms(items, results):
        declared = next(
            (declared_types[r] for c in form.cells.values() for r in c.rows if r in declared_types),
            "",
        )
        orgs.append(Org(form.org, form.org_id, orgtypes.classify(form.org, declared), form))
    return orgs


def _declared(cell: Cell, criterion: Criterion) -> int:
    parsed = cell.parsed
    if parsed.number is None:
        return 1 if parsed.missing and cell.links else 0
    if parsed.number <= 0:
        return 0
    return 1 if criterion.unit is Unit.FLAG else int(parsed.number)


def cell_status(cell: Cell | None, criterion: Criterion, overruled: Collection[int]) -> Status:
    if cell is None:
        return Status(0, 0, ())
    declared = _declared(cell, criterion)
    rows = tuple(cell.rows)
    if not declared:
        return Status(0, 0, rows)
    if any(row in overruled for row in rows):
        return Status(declared, declared, rows)
    if criterion.counted:
        return Status(declared, min(declared, cell.valid_links), rows)
    ok = any(
        r.verdict is Verdict.OK and "value_zero_with_link" not in r.flags for r in cell.results
    )
    return Status(declared, declared if ok else 0, rows)


def document_criteria(catalogue: Catalogue) -> list[Criterion]:
    criteria = [c for c in catalogue.criteria.values() if c.document]
    return sorted(criteria, key=lambda c: code_sort_key(c.code))


def criterion_figures(
    orgs: Sequence[Org],
    criteria: Sequence[Criterion],
    type_order: Sequence[str],
    short_title: dict[str, str],
    overruled: Collection[int] = frozenset(),
) -> list[CriterionFigures]:
    participants: dict[str, int] = {t: sum(1 for o in orgs if o.type == t) for t in type_order}
    out: list[CriterionFigures] = []
    for criterion in criteria:
        total = Tally(len(orgs))
        by_type = {t: Tally(n) for t, n in participants.items() if n}
        for org in orgs:
            status = cell_status(org.form.cell(criterion.code), criterion, overruled)
            total.add(org.name, status)
            by_type[org.type].add(org.name, status)
        out.append(
            CriterionFigures(
                code=criterion.code,
                title=short_title.get(criterion.code) or criterion.title,
                full_title=criterion.title,
                section=criterion.section or int(criterion.code.split(".")[0]),
                counts=criterion.unit is Unit.COUNT,
                total=total,
                by_type=by_type,
            )
        )
    return out


def load_section_titles(config_dir: Path = CONFIG_DIR) -> dict[int, str]:
    """Headings of the form's sections (``sections`` of config/indicators.yaml)."""
    sections = load_yaml(config_dir / "indicators.yaml").get("sections") or {}
    return {int(k): str(v[0] if isinstance(v, list) else v) for k, v in sections.items()}
