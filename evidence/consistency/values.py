"""Parse a value as typed into the form: «1 002», «15,5», «12 чел.», «да», «-», empty."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Spaces a spreadsheet or a browser may put inside a number: NBSP, narrow NBSP, thin space.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_MISSING = {"", "-", "—", "–", "−", "н/д", "нд", "x", "х"}
_YES = {"да", "есть", "имеется", "yes"}
_NO = {"нет", "отсутствует", "no"}
_NUMBER = re.compile(
    r"^(?P<sign>[+-])?(?P<int>\d+)(?:[.,](?P<frac>\d+))?"
    r"\s*(?P<suffix>%|процент(?:а|ов)?|чел\.?|человек(?:а)?|шт\.?|ед\.?)?$"
)
# «1 002», «1 002» with NBSP: digit groups separated by single spaces.
_GROUPED = re.compile(r"^\d{1,3}(?: \d{3})+(?=$|[.,]\d|\s*\D)")


@dataclass(frozen=True)
class Parsed:
    """A typed value: ``number`` when it is one, ``missing`` for an empty cell, else invalid."""

    raw: str
    number: float | None = None
    missing: bool = False

    @property
    def invalid(self) -> bool:
        return not self.missing and self.number is None

    @property
    def display(self) -> int | float | str | None:
        """The value for reports: an int when whole, the raw text when not a number."""
        if self.missing:
            return None
        if self.number is None:
            return self.raw
        return as_display(self.number)


def as_display(number: float) -> int | float:
    return int(number) if float(number).is_integer() else number


def parse_value(raw: str | None) -> Parsed:
    text = _SPACES.sub(" ", str(raw or "")).strip()
    low = text.lower().rstrip(".").strip()
    if low in _MISSING:
        return Parsed(raw=text, missing=True)
    if low in _YES:
        return Parsed(raw=text, number=1.0)
    if low in _NO:
        return Parsed(raw=text, number=0.0)
    grouped = _GROUPED.match(low)
    if grouped:
        low = grouped.group(0).replace(" ", "") + low[grouped.end() :]
    match = _NUMBER.match(low)
    if not match:
        return Parsed(raw=text)
    number = float(f"{match['int']}.{match['frac'] or 0}")
    if match["sign"] == "-":
        number = -number
    return Parsed(raw=text, number=number)
