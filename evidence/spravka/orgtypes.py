"""Type of an educational organisation from its name, by ordered rules in config/orgtypes.yaml.

The first rule whose pattern matches (and none of whose ``unless`` patterns does) decides; a
name no rule knows is ``other`` («иная») and the справка lists it for the coordinator. A value
typed in the batch column ``org_type`` / «Тип ОО» wins over the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from config.settings import CONFIG_DIR
from config.yamlfile import load_yaml

OTHER = "other"


@dataclass(frozen=True)
class OrgType:
    code: str
    title: str
    plural_genitive: str
    short: str
    aliases: tuple[str, ...]
    counted: tuple[str, str, str]  # after 1 / 2–4 / 5+: «1 дошкольная», «5 дошкольных»


@dataclass(frozen=True)
class TypeRule:
    type: str
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...] = ()

    def matches(self, name: str) -> bool:
        return any(p.search(name) for p in self.patterns) and not any(
            p.search(name) for p in self.unless
        )


@dataclass(frozen=True)
class OrgTypes:
    types: dict[str, OrgType]  # in the order of the file: the order of tables and lists
    rules: tuple[TypeRule, ...]

    def classify(self, name: str, declared: str = "") -> str:
        """The type code of an organisation: the batch column when it names a type, else the
        first matching rule, else ``other``."""
        if declared.strip():
            code = self.from_alias(declared)
            if code is not None:
                return code
        folded = _fold(name)
        for rule in self.rules:
            if rule.matches(folded):
                return rule.type
        return OTHER

    def from_alias(self, text: str) -> str | None:
        wanted = _fold(text).casefold().strip(" .")
        for org_type in self.types.values():
            names = {org_type.code, org_type.title, org_type.short, *org_type.aliases}
            if wanted in {n.casefold() for n in names}:
                return org_type.code
        return None

    def title(self, code: str) -> str:
        return self.types[code].title if code in self.types else code


def _fold(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split())


def _counted(spec: dict[str, object]) -> tuple[str, str, str]:
    forms = spec.get("counted")
    if isinstance(forms, list) and len(forms) == 3:
        return (str(forms[0]), str(forms[1]), str(forms[2]))
    many = str(spec.get("plural_genitive") or spec["title"])
    return (many, many, many)


def parse_orgtypes(data: dict[str, object]) -> OrgTypes:
    raw_types = data.get("types")
    raw_rules = data.get("rules")
    if not isinstance(raw_types, dict) or not isinstance(raw_rules, list):
        raise ValueError("orgtypes: нужны разделы types и rules")
    types: dict[str, OrgType] = {}
    for code, spec in raw_types.items():
        types[str(code)] = OrgType(
            code=str(code),
            title=str(spec["title"]),
            plural_genitive=str(spec.get("plural_genitive") or spec["title"]),
            short=str(spec.get("short") or code),
            aliases=tuple(str(a) for a in spec.get("aliases") or ()),
            counted=_counted(spec),
        )
    if OTHER not in types:
        raise ValueError(f"orgtypes: нет типа «{OTHER}»")
    rules: list[TypeRule] = []
    for index, spec in enumerate(raw_rules, start=1):
        if spec.get("type") not in types:
            raise ValueError(f"orgtypes: правило {index}: неизвестный тип «{spec.get('type')}»")
        rules.append(
            TypeRule(
                type=str(spec["type"]),
                patterns=tuple(re.compile(p, re.IGNORECASE) for p in spec["patterns"]),
                unless=tuple(re.compile(p, re.IGNORECASE) for p in spec.get("unless") or ()),
            )
        )
    return OrgTypes(types, tuple(rules))


@lru_cache(maxsize=4)
def load_orgtypes(path: Path = CONFIG_DIR / "orgtypes.yaml") -> OrgTypes:
    return parse_orgtypes(load_yaml(path))
