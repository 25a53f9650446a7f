"""Wording of the справка and of the адресные рекомендации: ``config/recommendations.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from config.settings import CONFIG_DIR
from config.yamlfile import load_yaml


@dataclass(frozen=True)
class Urgency:
    key: str
    title: str  # may hold {deadline}
    verdicts: frozenset[str]
    flags: frozenset[str]
    findings: frozenset[str]  # finding severities
    not_declared: bool


@dataclass(frozen=True)
class Phrases:
    short: dict[str, str]
    programme_forms: dict[str, str]
    count_units: dict[str, str]
    documents: dict[str, str]
    group_of: dict[str, str]  # criterion code -> group
    urgency: tuple[Urgency, ...]
    deadline: str
    phrases: dict[str, dict[str, str]]
    not_declared_codes: tuple[str, ...]
    municipality: dict[str, Any]
    letter_closing: str = ""

    def short_title(self, code: str, fallback: str = "") -> str:
        return self.short.get(code) or fallback or code

    def document(self, code: str, year: int) -> str:
        return self.documents.get(code, f"документ по показателю {code}").format(year=year)

    def phrase(self, key: str, code: str) -> str | None:
        """The phrase for a verdict/flag ``key`` and a criterion: by code, group, then «*»."""
        table = self.phrases.get(key) or {}
        group = self.group_of.get(code, "")
        return table.get(code) or table.get(group) or table.get("*")

    def urgency_of(self, *, verdict: str = "", flag: str = "", finding: str = "") -> str | None:
        for level in self.urgency:
            if (
                (verdict and verdict in level.verdicts)
                or (flag and flag in level.flags)
                or (finding and finding in level.findings)
            ):
                return level.key
        return None

    @property
    def not_declared_urgency(self) -> str | None:
        return next((u.key for u in self.urgency if u.not_declared), None)


def parse_phrases(data: dict[str, Any]) -> Phrases:
    group_of = {str(code): str(group) for group, codes in data["groups"].items() for code in codes}
    urgency = tuple(
        Urgency(
            key=str(key),
            title=str(spec["title"]),
            verdicts=frozenset(spec.get("verdicts") or ()),
            flags=frozenset(spec.get("flags") or ()),
            findings=frozenset(spec.get("findings") or ()),
            not_declared=bool(spec.get("not_declared", False)),
        )
        for key, spec in data["urgency"].items()
    )
    return Phrases(
        short={str(k): str(v) for k, v in data["short"].items()},
        programme_forms={str(k): str(v) for k, v in data["programme_forms"].items()},
        count_units={str(k): str(v) for k, v in data.get("count_units", {}).items()},
        documents={str(k): str(v) for k, v in data["documents"].items()},
        group_of=group_of,
        urgency=urgency,
        deadline=str(data["deadline"]),
        phrases={
            str(k): {str(g): str(p) for g, p in v.items()} for k, v in data["phrases"].items()
        },
        not_declared_codes=tuple(str(c) for c in data.get("not_declared_codes") or ()),
        municipality=dict(data["municipality"]),
        letter_closing=str(data.get("letter_closing") or ""),
    )


@lru_cache(maxsize=4)
def load_phrases(path: Path = CONFIG_DIR / "recommendations.yaml") -> Phrases:
    return parse_phrases(load_yaml(path))
