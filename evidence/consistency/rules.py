"""Load ``config/consistency.yaml`` into frozen rules, checked against the kinds registry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from config.settings import CONFIG_DIR
from config.yamlfile import DuplicateKeyError, load_yaml
from evidence.consistency.finding import ERROR, SEVERITIES
from evidence.errors import ConfigError

DEFAULT_PATH = CONFIG_DIR / "consistency.yaml"
_COMMON = {"id", "kind", "severity", "message", "note_downgrades", "variants", "description"}


@dataclass(frozen=True)
class Variant:
    severity: str
    message: str


@dataclass(frozen=True)
class Rule:
    """One rule: ``params`` holds the kind-specific fields (operands, options) as in the YAML."""

    id: str
    kind: str
    severity: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)
    note_downgrades: bool = False
    variants: Mapping[str, Variant] = field(default_factory=dict)

    def variant(self, name: str | None) -> Variant:
        if name is None:
            return Variant(self.severity, self.message)
        return self.variants.get(name) or Variant(self.severity, self.message)


@dataclass(frozen=True)
class YoyOptions:
    drop_ratio: float = 0.5
    rise_ratio: float = 1.0
    min_abs: float = 3


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    messages: Mapping[str, str] = field(default_factory=dict)
    yoy: YoyOptions = field(default_factory=YoyOptions)

    def order(self, rule_id: str) -> int:
        for index, rule in enumerate(self.rules):
            if rule.id == rule_id:
                return index
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def _severity(value: Any, where: str) -> str:
    severity = str(value or ERROR)
    if severity not in SEVERITIES:
        raise ConfigError(f"{where}: severity должна быть error или warning, указано {severity!r}")
    return severity


def parse_rules(data: Mapping[str, Any], source: str = "consistency.yaml") -> RuleSet:
    from evidence.consistency.kinds import KINDS, check_template  # the registry imports us

    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list):
        raise ConfigError(f"{source}: нет списка rules")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_rules, start=1):
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("kind"):
            raise ConfigError(f"{source}: правило №{index} без id или kind")
        rule_id, kind = str(raw["id"]), str(raw["kind"])
        where = f"{source}: правило {rule_id}"
        if rule_id in seen:
            raise ConfigError(f"{where}: id повторяется")
        seen.add(rule_id)
        if kind not in KINDS:
            raise ConfigError(
                f"{where}: неизвестный вид правила {kind!r} (есть: {', '.join(KINDS)})"
            )
        if not raw.get("message"):
            raise ConfigError(f"{where}: нет message")
        variants = {
            str(name): Variant(_severity(v.get("severity"), where), str(v["message"]))
            for name, v in (raw.get("variants") or {}).items()
        }
        params = {k: v for k, v in raw.items() if k not in _COMMON}
        rule = Rule(
            id=rule_id,
            kind=kind,
            severity=_severity(raw.get("severity"), where),
            message=str(raw["message"]),
            params=params,
            note_downgrades=bool(raw.get("note_downgrades", False)),
            variants=variants,
        )
        KINDS[kind].validate(rule, where)
        for template in (rule.message, *(v.message for v in variants.values())):
            check_template(template, where)
        rules.append(rule)
    try:
        yoy = YoyOptions(**(data.get("yoy") or {}))
    except TypeError as exc:
        raise ConfigError(f"{source}: раздел yoy: {exc}") from exc
    return RuleSet(tuple(rules), dict(data.get("messages") or {}), yoy)


def load_rules(path: Path | None = None) -> RuleSet:
    """The rules of ``path`` (default ``config/consistency.yaml``); re-read when the file changes."""
    path = Path(path or DEFAULT_PATH)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise ConfigError(f"{path}: не удалось прочитать правила: {exc}") from exc
    return _load_rules(path, stamp)


@lru_cache(maxsize=8)
def _load_rules(path: Path, stamp: int) -> RuleSet:
    try:
        data = load_yaml(path) or {}
    except (OSError, yaml.YAMLError, DuplicateKeyError) as exc:
        raise ConfigError(f"{path}: не удалось прочитать правила: {exc}") from exc
    return parse_rules(data, source=path.name)
