"""Numbers of the form that contradict each other (seed 004), as rules in config/consistency.yaml.

Public API::

    load_rules(path=None) -> RuleSet
    check_consistency(items, results=None, *, rules=None) -> list[Finding]

Rule kinds (the interpreter) live in ``evidence.consistency.kinds``; see its docstring to add one.
"""

from evidence.consistency.check import check_consistency
from evidence.consistency.finding import ERROR, WARNING, Finding
from evidence.consistency.rules import Rule, RuleSet, YoyOptions, load_rules, parse_rules
from evidence.consistency.values import Parsed, parse_value

__all__ = [
    "ERROR",
    "WARNING",
    "Finding",
    "Parsed",
    "Rule",
    "RuleSet",
    "YoyOptions",
    "check_consistency",
    "load_rules",
    "parse_rules",
    "parse_value",
]
