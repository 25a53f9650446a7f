"""Russian wording of figures: rounding, plurals, the participation sentence."""

from __future__ import annotations

import pytest

from evidence.spravka.text import number, participation, pct, percent_number, plural, signed


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [(78, 123, 63), (1, 8, 13), (1, 3, 33), (2, 3, 67), (0, 5, 0), (3, 0, 0), (5, 5, 100)],
)
def test_percent_is_whole_and_rounded_half_up(part: int, whole: int, expected: int) -> None:
    assert percent_number(part, whole) == expected


def test_percent_keeps_its_sign_on_the_line() -> None:
    assert pct(78, 123) == "63\u00a0%"


@pytest.mark.parametrize(
    ("n", "word"),
    [(1, "организация"), (2, "организации"), (5, "организаций"), (11, "организаций"),
     (21, "организация"), (23, "организации"), (112, "организаций"), (123, "организации")],
)  # fmt: skip
def test_plural(n: int, word: str) -> None:
    assert plural(n, "организация", "организации", "организаций") == word


def test_participation_sentence_agrees_with_the_number() -> None:
    assert participation(1, [(1, "дошкольная")]) == (
        "В мониторинге приняла участие 1 образовательная организация (1 дошкольная)."
    )
    assert participation(123, [(68, "дошкольных"), (50, "общеобразовательных")]) == (
        "В мониторинге приняли участие 123 образовательные организации "
        "(68 дошкольных; 50 общеобразовательных)."
    )


def test_number_rounds_half_up_with_a_decimal_comma() -> None:
    assert [number(12), number(12.25), number(17.142857), number(0.05, 1)] == [
        "12", "12,3", "17,1", "0,1",
    ]  # fmt: skip


def test_signed_change() -> None:
    assert [signed(2, 0), signed(-3, 0), signed(0, 0), signed(-1.25)] == ["+2", "−3", "0", "−1,3"]
