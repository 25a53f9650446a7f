"""Russian wording of figures: percentages, plurals, the participation sentence, changes."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from evidence.spravka.figures import Tally

NBSP = "\u00a0"


def percent_number(part: float, whole: float) -> int:
    """Whole percent, rounded half up (63.5 % -> 64 %), as the hand-written справки do."""
    if not whole:
        return 0
    return math.floor(100 * part / whole + 0.5)


def pct(part: float, whole: float) -> str:
    return f"{percent_number(part, whole)}{NBSP}%"


def pct_value(value: float | None, digits: int = 1) -> str:
    """A percentage that is already computed (12.345 -> «12,3 %»); None -> «нет данных»."""
    if value is None:
        return "нет данных"
    return f"{number(value, digits)}{NBSP}%"


def number(value: float, digits: int = 1) -> str:
    """12 -> «12», 12.25 -> «12,3» (decimal comma, half up like the percentages)."""
    quantum = Decimal(1).scaleb(-digits)
    rounded = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    if rounded == rounded.to_integral_value():
        return str(int(rounded))
    return f"{rounded:f}".replace(".", ",")


def plural(n: int, one: str, few: str, many: str) -> str:
    tail = n % 100
    if 11 <= tail <= 14:
        return many
    if n % 10 == 1:
        return one
    if 2 <= n % 10 <= 4:
        return few
    return many


def orgs_phrase(n: int) -> str:
    """«1 образовательная организация», «3 образовательные организации», «5 … организаций»."""
    return f"{n} " + plural(
        n,
        "образовательная организация",
        "образовательные организации",
        "образовательных организаций",
    )


def participation(total: int, parts: list[tuple[int, str]]) -> str:
    """«В мониторинге приняли участие 123 образовательных организации (68 дошкольных; …).»"""
    verb = "приняла" if plural(total, "1", "2", "5") == "1" else "приняли"
    inner = "; ".join(f"{n} {title}" for n, title in parts)
    tail = f" ({inner})" if inner else ""
    return f"В мониторинге {verb} участие {orgs_phrase(total)}{tail}."


def declared_confirmed(tally: Tally, *, checked: bool = True) -> str:
    """«заявлено 78 (63 %), подтверждено 52 (42 %)» — shares of all participants."""
    n = tally.participants
    text = f"заявлено {tally.declared} ({pct(tally.declared, n)})"
    if checked:
        text += f", подтверждено {tally.confirmed} ({pct(tally.confirmed, n)})"
    return text


def signed(delta: float, digits: int = 1, unit: str = "") -> str:
    """+3 / −2 / 0 (with a real minus sign) and an optional unit."""
    if abs(delta) < 10 ** (-digits) / 2:
        return "0" + unit
    sign = "+" if delta > 0 else "−"
    return f"{sign}{number(abs(delta), digits)}{unit}"
