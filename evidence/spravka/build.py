"""Everything the справка shows, computed once from a checked batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from evidence.consistency.finding import Finding
from evidence.criteria import Catalogue, load_catalogue
from evidence.models import BatchItem, ItemResult
from evidence.spravka.figures import (
    CriterionFigures,
    Org,
    collect_orgs,
    criterion_figures,
    document_criteria,
    items_from_results,
)
from evidence.spravka.orgtypes import OTHER, OrgTypes, load_orgtypes
from evidence.spravka.phrases import Phrases, load_phrases
from evidence.spravka.recommendations import OrgAdvice, org_advice
from evidence.spravka.targets import (
    TargetFigure,
    TargetSet,
    finding_key,
    findings_by_org,
    load_targets,
    target_figures,
)


@dataclass
class Spravka:
    year: int
    municipality: str
    orgs: list[Org]
    type_counts: dict[str, int]  # types present, in the order of config/orgtypes.yaml
    criteria: list[CriterionFigures]
    targets: list[TargetFigure]
    advice: list[OrgAdvice]
    checked: bool  # link verdicts known (confirmed figures mean something)
    orgtypes: OrgTypes
    phrases: Phrases
    target_source: str = ""
    generated: str = ""
    previous: Spravka | None = None
    overruled: frozenset[int] = field(default_factory=frozenset)

    @property
    def participants(self) -> int:
        return len(self.orgs)

    @property
    def unknown_type(self) -> list[str]:
        return [o.name for o in self.orgs if o.type == OTHER]

    def criterion(self, code: str) -> CriterionFigures | None:
        return next((c for c in self.criteria if c.code == code), None)

    def target(self, target_id: str) -> TargetFigure | None:
        return next((t for t in self.targets if t.target.id == target_id), None)

    @property
    def contradictory_orgs(self) -> list[str]:
        names: list[str] = []
        for figure in self.targets:
            names.extend(n for n, _ in figure.contradictory if n not in names)
        return names


def build_spravka(
    items: Sequence[BatchItem] | None,
    results: Sequence[ItemResult] | None,
    *,
    year: int,
    findings: Sequence[Finding] | None = None,
    municipality: str = "",
    targets: TargetSet | Path | None = None,
    overruled_rows: Collection[int] = frozenset(),
    previous_items: Sequence[BatchItem] | None = None,
    previous_results: Sequence[ItemResult] | None = None,
    catalogue: Catalogue | None = None,
    orgtypes: OrgTypes | None = None,
    phrases: Phrases | None = None,
) -> Spravka:
    """The справка of a batch. ``items`` may be None when only ``results`` are at hand (they
    keep every input column); ``findings`` are computed when not given; ``overruled_rows``
    are rows a reviewer confirmed against the verdict."""
    if items is None:
        if results is None:
            raise ValueError("build_spravka: нужны строки пакета или результаты")
        items = items_from_results(results)
    catalogue = catalogue or load_catalogue()
    orgtypes = orgtypes or load_orgtypes()
    phrases = phrases or load_phrases()
    if not isinstance(targets, TargetSet):
        targets = load_targets(targets) if targets else load_targets()
    if findings is None:
        from evidence.consistency import check_consistency

        findings = check_consistency(items, results)
    overruled = frozenset(overruled_rows)
    by_org = findings_by_org(findings)  # advice looks up an organisation's findings, not all
    orgs = collect_orgs(items, results, orgtypes)
    criteria = document_criteria(catalogue)
    type_counts = {t: n for t in orgtypes.types if (n := sum(1 for o in orgs if o.type == t))}
    previous = None
    if previous_items is not None:
        previous = build_spravka(
            previous_items,
            previous_results,
            year=year - 1,
            municipality=municipality,
            targets=targets,
            catalogue=catalogue,
            orgtypes=orgtypes,
            phrases=phrases,
        )
    return Spravka(
        year=year,
        municipality=municipality,
        orgs=orgs,
        type_counts=type_counts,
        criteria=criterion_figures(orgs, criteria, list(orgtypes.types), phrases.short, overruled),
        targets=target_figures(orgs, findings, targets, year),
        advice=[
            org_advice(
                org,
                criteria,
                by_org.get(finding_key(org.name, org.org_id), []),
                phrases,
                year,
                overruled,
            )
            for org in orgs
            if results is not None
        ],
        checked=results is not None,
        orgtypes=orgtypes,
        phrases=phrases,
        target_source=targets.source,
        generated=dt.date.today().strftime("%d.%m.%Y"),
        previous=previous,
        overruled=overruled,
    )
