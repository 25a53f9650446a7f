"""The criteria catalogue (``config/criteria.yaml``) and indicator codes, as frozen values."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from config.settings import CONFIG_DIR
from config.yamlfile import load_yaml
from evidence.models import DocKind


class DateRule(enum.StrEnum):
    NONE = "none"
    NOT_AFTER = "not_after"  # dated not after the reporting year
    IN_YEAR = "in_year"  # dated in the reporting year
    IN_FORCE = "in_force"  # an agreement in force during the reporting year


class Unit(enum.StrEnum):
    FLAG = "flag"
    COUNT = "count"
    PERCENT = "percent"


@dataclass(frozen=True)
class Criterion:
    code: str
    title: str
    document: bool = False
    kinds: tuple[DocKind, ...] = ()
    date_rule: DateRule = DateRule.NONE
    counted: bool = False
    query: str = ""
    topic: str | None = None
    unit: Unit = Unit.COUNT
    section: int | None = None


@dataclass(frozen=True)
class Catalogue:
    criteria: dict[str, Criterion]

    def get(self, code: str) -> Criterion | None:
        return self.criteria.get(normalise_code(code))

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and normalise_code(code) in self.criteria

    def codes(self) -> list[str]:
        return sorted(self.criteria, key=code_sort_key)


def normalise_code(code: str) -> str:
    """'1,1' / ' 1.1. ' / '2.10' -> canonical dotted code; '5' -> '5.0'."""
    text = code.strip().replace(",", ".").rstrip(".").strip()
    if text.isdigit():
        return f"{int(text)}.0"
    parts = text.split(".")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{int(parts[0])}.{int(parts[1])}"
    return text


def code_sort_key(code: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in code.split("."))
    except ValueError:
        return (9999,)


@lru_cache(maxsize=4)
def load_catalogue(config_dir: Path = CONFIG_DIR) -> Catalogue:
    docs = load_yaml(config_dir / "criteria.yaml")["criteria"]
    indicators = load_yaml(config_dir / "indicators.yaml")["indicators"]
    criteria: dict[str, Criterion] = {}
    for code in set(docs) | set(indicators):
        doc = docs.get(code) or {}
        ind = indicators.get(code) or {}
        criteria[code] = Criterion(
            code=code,
            title=str(doc.get("title") or ind.get("title") or code),
            document=bool(doc.get("document", False)),
            kinds=tuple(DocKind(k) for k in doc.get("kinds") or ()),
            date_rule=DateRule(doc.get("date_rule", "none")),
            counted=bool(doc.get("counted", False)),
            query=str(doc.get("query") or ""),
            topic=doc.get("topic"),
            unit=Unit(ind.get("unit", "count")),
            section=ind.get("section"),
        )
    return Catalogue(criteria)
