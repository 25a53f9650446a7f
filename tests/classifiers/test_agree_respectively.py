"""Parties designated all at once, after the last of them: «далее – Компания и Колледж соответственно».

A preamble may name every party with its representative first and only then give their
designations in one list closed by «соответственно» («…, далее – Предприятие и Техникум
соответственно, договорились …», «(далее — «Школа» и «Колледж» соответственно)», «именуемые в
дальнейшем Лицей, Колледж и Комитет соответственно»). The names go to the parties in the order
the preamble names them: the first to the first. The list's first name is not the designation
of the party said just before it (the last one). Both directions are read: the designated
partner provides the mentors (ok) or the reporting organisation's staff mentor the partner's
people (wrong_direction)."""

from __future__ import annotations

import pytest

from classifiers.agreements import find_parties
from evidence.models import Verdict
from evidence.textnorm import normalise

FIRM = "Общество с ограниченной ответственностью «Волжские цифровые системы» (ООО «ВЦС»)"
COLLEGE = (
    "государственное автономное профессиональное образовательное учреждение Ладожской области "
    "«Ладожский техникум связи и информатики»"
)
LYCEUM = "муниципальное бюджетное общеобразовательное учреждение «Лицей № 9»"
OFFICE = "Комитет образования администрации Ладожского муниципального района"

ORGS = {
    FIRM: "ООО Волжские цифровые системы",
    COLLEGE: "ГАПОУ ЛО Ладожский техникум связи и информатики",
    LYCEUM: "МБОУ Лицей № 9",
}

HEAD = """СОГЛАШЕНИЕ О НАСТАВНИЧЕСТВЕ № 4/24
г. Ладога                                                               «11» апреля 2024 г.

"""

BODY = """
1. Предмет соглашения
1.1. Стороны совместно организуют наставничество над обучающимися и молодыми работниками.
2. Обязанности сторон
2.1. {giver} выделяет из числа своих опытных работников наставников для студентов {taker_gen}.
2.2. {taker} отбирает наставляемых и ведёт учёт встреч с наставниками.
3. Срок
3.1. Соглашение действует с даты подписания до 31 декабря 2025 года.
"""

_REPS = (
    "{p1}, в лице генерального директора Соколова Игоря Петровича, действующего на основании "
    "Устава, и {p2}, в лице директора Лебедевой Ольги Николаевны, действующей на основании Устава, "
)

_LISTS = {
    "dash": "далее – {d1} и {d2} соответственно, договорились о следующем.",
    "bracket_quoted": "(далее — «{d1}» и «{d2}» соответственно), заключили настоящее соглашение о "
    "нижеследующем:",
    "named": "именуемые в дальнейшем «{d1}» и «{d2}» соответственно, заключили настоящее соглашение "
    "о нижеследующем:",
    "word_first": "далее соответственно – {d1} и {d2}, заключили настоящее соглашение о "
    "нижеследующем:",
}

_PAIRS = [
    pytest.param("Компания", "Компании", "Техникум", "Техникума", id="company_college"),
    pytest.param("Сторона 1", "Стороны 1", "Сторона 2", "Стороны 2", id="side_numbers"),
]


def _text(preamble: str, giver: str, taker: str, taker_gen: str) -> str:
    return HEAD + preamble + "\n" + BODY.format(giver=giver, taker=taker, taker_gen=taker_gen)


@pytest.mark.parametrize("shape", list(_LISTS))
@pytest.mark.parametrize(("d1", "g1", "d2", "g2"), _PAIRS)
def test_a_list_of_designations_goes_to_the_parties_in_order(
    judge, shape: str, d1: str, g1: str, d2: str, g2: str
) -> None:
    preamble = _REPS.format(p1=FIRM, p2=COLLEGE) + _LISTS[shape].format(d1=d1, d2=d2)
    text = _text(preamble, d1, d2, g2)
    parties = find_parties(normalise(text))
    assert [p.designation for p in parties] == [d1, d2]
    assert "Волжские цифровые системы" in parties[0].name
    assert "(" not in parties[0].name
    assert "техникум связи" in parties[1].name
    # (an agreement that only «договорились» is of a kind less sure: reviewed, not for its parties)
    sure = "заключили" in preamble
    # the firm (the first named) gives the mentors to the college
    d = judge(text, "2.1", year=2024, org=ORGS[COLLEGE])
    assert d.verdict is Verdict.OK
    assert not sure or "needs_review" not in d.flags
    assert judge(text, "2.1", year=2024, org=ORGS[FIRM]).verdict is Verdict.WRONG_DIRECTION
    # the college gives them to the firm
    text = _text(preamble, d2, d1, g1)
    assert judge(text, "2.1", year=2024, org=ORGS[COLLEGE]).verdict is Verdict.WRONG_DIRECTION
    d = judge(text, "2.1", year=2024, org=ORGS[FIRM])
    assert d.verdict is Verdict.OK
    assert not sure or "needs_review" not in d.flags


_THREE = (
    "{lyceum}, в лице директора Орловой Н.В., действующей на основании Устава, {college}, в лице "
    "директора Лебедевой О.Н., действующей на основании Устава, и {office}, в лице председателя "
    "Зуева А.А., действующего на основании Положения, {designations}, заключили настоящее "
    "соглашение о нижеследующем:"
)


@pytest.mark.parametrize(
    "designations",
    [
        pytest.param("именуемые в дальнейшем Лицей, Техникум и Комитет соответственно", id="bare"),
        pytest.param("(далее – «Лицей», «Техникум» и «Комитет» соответственно)", id="quoted"),
    ],
)
def test_three_parties_designated_in_one_list(judge, designations: str) -> None:
    preamble = _THREE.format(
        lyceum=LYCEUM, college=COLLEGE, office=OFFICE, designations=designations
    )
    text = _text(preamble, "Техникум", "Лицей", "Лицея")
    parties = find_parties(normalise(text))
    assert [p.designation for p in parties] == ["Лицей", "Техникум", "Комитет"]
    assert "Лицей № 9" in parties[0].name
    assert "Комитет образования" in parties[2].name
    d = judge(text, "2.1", year=2024, org=ORGS[LYCEUM])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags
    assert judge(text, "2.1", year=2024, org=ORGS[COLLEGE]).verdict is Verdict.WRONG_DIRECTION
    text = _text(preamble, "Лицей", "Техникум", "Техникума")
    assert judge(text, "2.1", year=2024, org=ORGS[LYCEUM]).verdict is Verdict.WRONG_DIRECTION
    d = judge(text, "2.1", year=2024, org=ORGS[COLLEGE])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_a_list_that_names_fewer_parties_is_not_the_last_partys_designation() -> None:
    """Two names for three parties: not read in order, and its first name is not the third
    party's own either."""
    preamble = _THREE.format(
        lyceum=LYCEUM,
        college=COLLEGE,
        office=OFFICE,
        designations="далее – Лицей и Техникум соответственно",
    )
    parties = find_parties(normalise(_text(preamble, "Техникум", "Лицей", "Лицея")))
    assert not any(p.designation == "Лицей" and "Комитет" in p.name for p in parties)


def test_an_ordinary_late_designation_is_still_read() -> None:
    """«…, далее – Техникум, с одной стороны, и …»: each party's own, no list."""
    preamble = (
        f"{COLLEGE}, в лице директора Лебедевой О.Н., действующей на основании Устава, далее – "
        f"Техникум, с одной стороны, и {FIRM}, в лице генерального директора Соколова И.П., "
        "действующего на основании Устава, далее – Компания, с другой стороны, совместно "
        "именуемые «Стороны», договорились о следующем:"
    )
    parties = find_parties(normalise(_text(preamble, "Компания", "Техникум", "Техникума")))
    assert [p.designation for p in parties] == ["Техникум", "Компания"]


def test_respectively_elsewhere_makes_no_list() -> None:
    """«соответственно» in the body, after the preamble, changes nothing."""
    preamble = (
        f"{COLLEGE}, именуемое в дальнейшем «Техникум», в лице директора Лебедевой О.Н., с одной "
        f"стороны, и {FIRM}, именуемое в дальнейшем «Компания», в лице генерального директора "
        "Соколова И.П., с другой стороны, заключили настоящее соглашение о нижеследующем:"
    )
    text = _text(preamble, "Компания", "Техникум", "Техникума") + (
        "4. Наставники и наставляемые, далее – Н и О соответственно, ведут дневник встреч.\n"
    )
    parties = find_parties(normalise(text))
    assert [p.designation for p in parties] == ["Техникум", "Компания"]
