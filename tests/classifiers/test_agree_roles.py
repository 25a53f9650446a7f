"""Which party is which when the preamble designates them late, not at all, or three ways.

A party's designation said after its representative and the basis of its authority, with no
brackets and no quotes («…, действующего на основании Устава, далее – Исполнитель, с одной
стороны, и …»); a quoted designation that ends where «и» opens the next party («…, именуемое
в дальнейшем «Сторона 2» и муниципальное …»); the last party given no designation of its own,
before «с другой стороны, совместно именуемые «Стороны», договорились о следующем:»; and the
third party of a tripartite agreement («с третьей стороны»), one of them only a coordinator.
In each shape both directions are read: the partner provides the mentors (ok) or the reporting
organisation does (wrong_direction)."""

from __future__ import annotations

import pytest

from classifiers.agreements import find_parties
from evidence.models import Verdict
from evidence.textnorm import normalise

COLLEGE = "Государственное бюджетное профессиональное образовательное учреждение «Озёрский колледж технологий и сервиса»"
PLANT = "Акционерное общество «Озёрский приборный завод»"
SCHOOL = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 11»"
LYCEUM = "муниципальное автономное общеобразовательное учреждение «Лицей № 6»"
OFFICE = "Комитет по образованию администрации Озёрского городского округа"

ORGS = {
    COLLEGE: "ГБПОУ Озёрский колледж технологий и сервиса",
    PLANT: "АО Озёрский приборный завод",
    SCHOOL: "МБОУ СОШ № 11",
    LYCEUM: "МАОУ Лицей № 6",
}

HEAD = """ДОГОВОР № 17-Н
о сетевом взаимодействии в сфере наставничества

г. Озёрск                                                          «16» февраля 2024 г.

"""

TAIL = """
1. Предмет договора
1.1. Предметом договора является совместная организация наставничества.
2. Обязанности сторон
2.1. {giver} обязуется направить из числа своих опытных работников наставников для молодых специалистов {taker_gen}.
2.2. {taker} обязуется определить наставляемых и согласовать план работы.
3. Срок действия договора
3.1. Договор вступает в силу с момента подписания и действует до 31 августа 2025 года.
"""


def _text(preamble: str, giver: str, taker: str, taker_gen: str) -> str:
    return HEAD + preamble + "\n" + TAIL.format(giver=giver, taker=taker, taker_gen=taker_gen)


# --- a designation without brackets or quotes, said after the representative ---------------------

_LATE = (
    "{p1}, в лице директора Кравцовой Е.В., действующей на основании Устава, далее – {d1}, с одной "
    "стороны, и {p2}, в лице генерального директора Шубина А.Г., действующего на основании "
    "Устава, далее – {d2}{end}"
)

_LATE_ENDS = {
    "sides_jointly": ", с другой стороны, совместно именуемые «Стороны», договорились о следующем:",
    "concluded": ", заключили настоящий договор о нижеследующем:",
    "jointly": ", совместно именуемые «Стороны», заключили настоящий договор о нижеследующем:",
}

_LATE_PAIRS = [
    # designations that name no kind of organisation: only the preamble tells the parties
    pytest.param(
        COLLEGE, "Исполнитель", "Исполнителя", PLANT, "Заказчик", "Заказчика", id="executor"
    ),
    pytest.param(
        COLLEGE, "Сторона 1", "Стороны 1", PLANT, "Сторона 2", "Стороны 2", id="side_numbers"
    ),
    # of several words, one of them hyphenated
    pytest.param(
        SCHOOL,
        "Базовая организация",
        "Базовой организации",
        COLLEGE,
        "Организация-партнёр",
        "Организации-партнёра",
        id="several_words",
    ),
]


@pytest.mark.parametrize("end", list(_LATE_ENDS))
@pytest.mark.parametrize(("p1", "d1", "g1", "p2", "d2", "g2"), _LATE_PAIRS)
def test_a_bare_designation_after_the_representative_names_its_party(
    judge, p1: str, d1: str, g1: str, p2: str, d2: str, g2: str, end: str
) -> None:
    preamble = _LATE.format(p1=p1, d1=d1, p2=p2, d2=d2, end=_LATE_ENDS[end])
    parties = find_parties(normalise(_text(preamble, d2, d1, g1)))
    assert [p.designation for p in parties] == [d1, d2]
    # the second party gives the mentors to the first
    text = _text(preamble, d2, d1, g1)
    d = judge(text, "2.1", year=2024, org=ORGS[p1])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags
    d = judge(text, "2.1", year=2024, org=ORGS[p2])
    assert d.verdict is Verdict.WRONG_DIRECTION
    # the first party gives them to the second
    text = _text(preamble, d1, d2, g2)
    d = judge(text, "2.1", year=2024, org=ORGS[p1])
    assert d.verdict is Verdict.WRONG_DIRECTION
    d = judge(text, "2.1", year=2024, org=ORGS[p2])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


@pytest.mark.parametrize(
    "late",
    [
        pytest.param("(далее – {d})", id="bracket"),
        pytest.param("(далее по тексту – «{d}»)", id="bracket_quoted"),
        pytest.param("именуемое в дальнейшем «{d}»", id="named"),
    ],
)
def test_the_designations_read_before_stay_read(judge, late: str) -> None:
    """Near shapes that were read already: in brackets or in quotes, after the basis."""
    sep = "" if late.startswith("(") else ","
    preamble = (
        f"{COLLEGE}, в лице директора Кравцовой Е.В., действующей на основании Устава{sep} "
        f"{late.format(d='Исполнитель')}, с одной стороны, и {PLANT}, в лице генерального "
        f"директора Шубина А.Г., действующего на основании Устава{sep} "
        f"{late.format(d='Заказчик')}, с другой стороны, совместно именуемые «Стороны», "
        "заключили настоящий договор о нижеследующем:"
    )
    text = _text(preamble, "Заказчик", "Исполнитель", "Исполнителя")
    assert [p.designation for p in find_parties(normalise(text))] == ["Исполнитель", "Заказчик"]
    assert judge(text, "2.1", year=2024, org=ORGS[COLLEGE]).verdict is Verdict.OK
    assert judge(text, "2.1", year=2024, org=ORGS[PLANT]).verdict is Verdict.WRONG_DIRECTION


def test_a_dash_in_the_body_designates_no_party() -> None:
    """«далее – Положение» said of a document after the preamble names no party."""
    preamble = (
        f"{COLLEGE}, в лице директора Кравцовой Е.В., действующей на основании Устава, далее – "
        f"Исполнитель, с одной стороны, и {PLANT}, в лице генерального директора Шубина А.Г., "
        "действующего на основании Устава, далее – Заказчик, заключили настоящий договор о "
        "нижеследующем:"
    )
    text = _text(preamble, "Заказчик", "Исполнитель", "Исполнителя") + (
        "4. Наставники руководствуются положением о наставничестве Исполнителя, далее – "
        "Положение, и планом работы.\n"
    )
    assert [p.designation for p in find_parties(normalise(text))] == ["Исполнитель", "Заказчик"]


# --- the last party given no designation of its own -----------------------------------------------

_UNNAMED_LAST = (
    "{p1}, именуемое в дальнейшем «Школа», в лице директора Рябовой О.Н., действующей на "
    "основании Устава, с одной стороны, и {p2} в лице генерального директора Шубина А.Г., "
    "действующего на основании Устава, с другой стороны, совместно именуемые «Стороны», {verb}"
)


@pytest.mark.parametrize(
    "verb",
    [
        pytest.param("договорились о следующем:", id="agreed"),
        pytest.param("заключили настоящий договор о нижеследующем:", id="concluded"),
    ],
)
def test_the_last_party_without_a_designation_is_not_lost(judge, verb: str) -> None:
    preamble = _UNNAMED_LAST.format(p1=SCHOOL, p2=PLANT, verb=verb)
    text = _text(preamble, "Завод", "Школа", "Школы")
    parties = find_parties(normalise(text))
    assert len(parties) == 2
    assert "приборный завод" in parties[1].name
    # the plant (called by the head noun of its proper name) gives the mentors to the school
    d = judge(text, "2.1", year=2024, org=ORGS[SCHOOL])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags
    assert judge(text, "2.1", year=2024, org=ORGS[PLANT]).verdict is Verdict.WRONG_DIRECTION
    # the school gives them to the plant
    text = _text(preamble, "Школа", "Завод", "Завода")
    assert judge(text, "2.1", year=2024, org=ORGS[SCHOOL]).verdict is Verdict.WRONG_DIRECTION
    d = judge(text, "2.1", year=2024, org=ORGS[PLANT])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_a_designated_last_party_is_not_counted_twice() -> None:
    preamble = (
        f"{SCHOOL}, именуемое в дальнейшем «Школа», в лице директора Рябовой О.Н., с одной "
        f"стороны, и {PLANT}, именуемое в дальнейшем «Завод», в лице генерального директора "
        "Шубина А.Г., с другой стороны, совместно именуемые «Стороны», договорились о следующем:"
    )
    parties = find_parties(normalise(_text(preamble, "Завод", "Школа", "Школы")))
    assert [p.designation for p in parties] == ["Школа", "Завод"]


def test_a_preamble_without_designations_is_still_read_by_its_representatives() -> None:
    preamble = (
        f"{SCHOOL} в лице директора Рябовой О.Н., с одной стороны, и {PLANT} в лице "
        "генерального директора Шубина А.Г., с другой стороны, заключили настоящий договор."
    )
    parties = find_parties(normalise(_text(preamble, "Завод", "Школа", "Школы")))
    assert len(parties) == 2
    assert "№ 11" in parties[0].name
    assert "приборный завод" in parties[1].name


def test_an_undecided_reporting_organisation_still_needs_review(judge) -> None:
    """A form's name that is none of the parties tells nothing: the row needs a human look."""
    preamble = _UNNAMED_LAST.format(p1=SCHOOL, p2=PLANT, verb="договорились о следующем:")
    text = _text(preamble, "Завод", "Школа", "Школы")
    d = judge(text, "2.1", year=2024, org="МБОУ СОШ № 3")
    assert d.verdict is not Verdict.WRONG_DIRECTION
    assert "needs_review" in d.flags


# --- three parties, one of them only a coordinator ------------------------------------------------

_TRIPARTITE = """ТРЁХСТОРОННЕЕ СОГЛАШЕНИЕ № 2
о наставничестве молодых педагогов

г. Озёрск                                                          «16» февраля 2024 г.

{preamble}

1. Предмет соглашения
1.1. Предметом соглашения является наставничество в отношении молодых педагогов.
2. Обязательства сторон
2.1. Сторона 1 координирует выполнение соглашения и проводит совещания с руководителями.
2.2. {giver} выделяет из числа своих опытных учителей наставников для молодых педагогов {taker_gen}.
2.3. {taker} определяет наставляемых из числа молодых педагогов.
3. Соглашение действует до 31 августа 2025 года.
"""

_THREE = {
    # the second party's quoted designation ends at the «и» before the third party's name
    "and_after_quotes": (
        f"{OFFICE}, в лице председателя Гусевой Т.П., действующей на основании Положения, "
        "именуемый в дальнейшем «Сторона 1», "
        f"{SCHOOL}, в лице директора Рябовой О.Н., действующей на основании Устава, именуемое в "
        f"дальнейшем «Сторона 2» и {LYCEUM}, в лице директора Лосева Д.К., действующего на "
        "основании Устава, именуемое в дальнейшем «Сторона 3», заключили настоящее соглашение о "
        "нижеследующем:"
    ),
    # bare designations after the basis, each party's side said, the third «с третьей стороны»
    "third_side": (
        f"{OFFICE}, в лице председателя Гусевой Т.П., действующей на основании Положения, далее – "
        f"Сторона 1, с одной стороны, {SCHOOL}, в лице директора Рябовой О.Н., действующей на "
        f"основании Устава, далее – Сторона 2, с другой стороны, и {LYCEUM}, в лице директора "
        "Лосева Д.К., действующего на основании Устава, далее – Сторона 3, с третьей стороны, "
        "совместно именуемые «Стороны», заключили настоящее соглашение о нижеследующем:"
    ),
    # bare designations after the basis, the parties listed with commas
    "commas": (
        f"{OFFICE}, в лице председателя Гусевой Т.П., действующей на основании Положения, далее – "
        f"Сторона 1, {SCHOOL}, в лице директора Рябовой О.Н., действующей на основании Устава, "
        f"далее – Сторона 2, и {LYCEUM}, в лице директора Лосева Д.К., действующего на основании "
        "Устава, далее – Сторона 3, заключили настоящее соглашение о нижеследующем:"
    ),
}


@pytest.mark.parametrize("shape", list(_THREE))
def test_three_parties_each_read_and_the_coordinator_apart(judge, shape: str) -> None:
    preamble = _THREE[shape]
    text = _TRIPARTITE.format(
        preamble=preamble, giver="Сторона 3", taker="Сторона 2", taker_gen="Стороны 2"
    )
    parties = find_parties(normalise(text))
    assert [p.designation for p in parties] == ["Сторона 1", "Сторона 2", "Сторона 3"]
    # the lyceum gives the mentors to the school; the committee only coordinates
    d = judge(text, "2.1", year=2024, org=ORGS[SCHOOL])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags
    assert judge(text, "2.1", year=2024, org=ORGS[LYCEUM]).verdict is Verdict.WRONG_DIRECTION
    # the school gives them to the lyceum
    text = _TRIPARTITE.format(
        preamble=preamble, giver="Сторона 2", taker="Сторона 3", taker_gen="Стороны 3"
    )
    assert judge(text, "2.1", year=2024, org=ORGS[SCHOOL]).verdict is Verdict.WRONG_DIRECTION
    d = judge(text, "2.1", year=2024, org=ORGS[LYCEUM])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_the_third_party_without_a_designation_is_not_lost(judge) -> None:
    preamble = (
        f"{OFFICE}, именуемый в дальнейшем «Сторона 1», в лице председателя Гусевой Т.П., {SCHOOL}, "
        "именуемое в дальнейшем «Сторона 2», в лице директора Рябовой О.Н., с другой стороны, и "
        f"{LYCEUM} в лице директора Лосева Д.К., с третьей стороны, совместно именуемые «Стороны», "
        "договорились о следующем:"
    )
    text = _TRIPARTITE.format(
        preamble=preamble, giver="Лицей", taker="Сторона 2", taker_gen="Стороны 2"
    )
    parties = find_parties(normalise(text))
    assert len(parties) == 3
    assert "Лицей № 6" in parties[2].name
    d = judge(text, "2.1", year=2024, org=ORGS[SCHOOL])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags
    assert judge(text, "2.1", year=2024, org=ORGS[LYCEUM]).verdict is Verdict.WRONG_DIRECTION
    text = _TRIPARTITE.format(
        preamble=preamble, giver="Сторона 2", taker="Лицей", taker_gen="Лицея"
    )
    assert judge(text, "2.1", year=2024, org=ORGS[SCHOOL]).verdict is Verdict.WRONG_DIRECTION
    d = judge(text, "2.1", year=2024, org=ORGS[LYCEUM])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags
