"""A contradiction found among the numbers one organisation declared."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Value = float | int | str | None

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)


@dataclass(frozen=True)
class Finding:
    org: str
    rule: str  # rule id from config/consistency.yaml
    criteria: list[str]  # codes involved
    values: dict[str, Value]  # the numbers as declared
    severity: str  # "error" | "warning"
    message: str  # Russian, naming the numbers
    org_id: str = ""
    # batch rows involved (for links from a report to the rows); not part of ``to_dict``
    rows: list[int] = field(default_factory=list, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The ``consistency.jsonl`` line: org, org_id, rule, criteria, values, severity, message."""
        return {
            "org": self.org,
            "org_id": self.org_id,
            "rule": self.rule,
            "criteria": list(self.criteria),
            "values": dict(self.values),
            "severity": self.severity,
            "message": self.message,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(
            org=data["org"],
            rule=data["rule"],
            criteria=list(data.get("criteria") or []),
            values=dict(data.get("values") or {}),
            severity=data["severity"],
            message=data["message"],
            org_id=data.get("org_id", ""),
            rows=list(data.get("rows") or []),
        )
