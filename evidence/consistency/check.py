"""Run the rules over every organisation of a batch."""

from __future__ import annotations

from collections.abc import Sequence

from evidence.consistency.finding import Finding
from evidence.consistency.form import group_forms
from evidence.consistency.kinds import KINDS, Context
from evidence.consistency.rules import RuleSet, load_rules
from evidence.criteria import Catalogue, load_catalogue
from evidence.models import BatchItem, ItemResult


def check_consistency(
    items: Sequence[BatchItem],
    results: Sequence[ItemResult] | None = None,
    *,
    rules: RuleSet | None = None,
    catalogue: Catalogue | None = None,
) -> list[Finding]:
    """Findings of all organisations: by org (first appearance), then by rule order in the YAML.

    ``results`` (link verdicts, matched to items by ``row``) enable the rules that count
    valid documents; without them those rules only look at the links as typed.
    """
    ruleset = rules or load_rules()
    ctx = Context(catalogue=catalogue or load_catalogue(), messages=ruleset.messages)
    findings: list[Finding] = []
    for form in group_forms(items, results):
        for rule in ruleset.rules:
            findings.extend(KINDS[rule.kind].check(rule, form, ctx))
    return findings
