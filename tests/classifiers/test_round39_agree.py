"""Round-39 shapes of an agreement: the parties listed with semicolons («…, далее – Сторона 1;
бюджетное …»), so that «наставников Стороны 1» is read as the first party's, not as the mentors
attached by the party whose obligations these are; and the mentors' people listed at length
after a colon («в форме «ученик – ученик»: обучающиеся … Школы, члены отряда «…» и активисты …,
выступают наставниками»), their party named at the clause's start."""

from __future__ import annotations

import datetime as dt

from classifiers.agreements import AgreementFacts, analyse
from evidence.models import Verdict
from evidence.textnorm import normalise

HEAD = """ТРЁХСТОРОННИЙ ДОГОВОР
о сотрудничестве в сфере наставничества № 7

г. Верхнедольск                                                  «11» марта 2024 г.

"""

TAIL = """
5. СРОК ДЕЙСТВИЯ
5.1. Договор вступает в силу со дня подписания и действует два года.
"""


def facts(text: str, org: str | None = None) -> AgreementFacts:
    return analyse(normalise(text), org, dt.date(2024, 3, 11), 2024)


def three_parties(sep: str, body: str) -> str:
    return (
        HEAD + "Акционерное общество «Верхнедольский трубный завод», в лице генерального "
        f"директора Лаптева Олега Ивановича, действующего на основании Устава, далее – Сторона 1{sep} "
        "государственное профессиональное образовательное учреждение «Верхнедольский "
        "технологический техникум», в лице директора Зуевой Марины Петровны, действующего на "
        f"основании Устава, далее – Сторона 2{sep} муниципальное бюджетное общеобразовательное "
        "учреждение «Гимназия № 3», в лице директора Карпова Ильи Сергеевича, действующего на "
        "основании Устава, далее – Сторона 3, совместно именуемые Стороны, договорились о "
        "нижеследующем:\n\n1. ПРЕДМЕТ ДОГОВОРА\n1.1. Стороны реализуют программу "
        "наставничества для обучающихся 9–11 классов Стороны 3.\n" + body + TAIL
    )


OBLIGATIONS = (
    "2. ОБЯЗАННОСТИ СТОРОНЫ 1\n2.1. Выделить не менее пяти инженеров для работы с "
    "обучающимися.\n3. ОБЯЗАННОСТИ СТОРОНЫ 3\n3.1. Формировать группы наставляемых, "
    "закреплять наставников Стороны 1 за наставляемыми приказом директора.\n"
)
SEMICOLONS = three_parties(";", OBLIGATIONS)


# --- the parties listed with semicolons ---


def test_designations_before_semicolons_are_read() -> None:
    f = facts(SEMICOLONS)
    assert [p.designation for p in f.parties] == ["Сторона 1", "Сторона 2", "Сторона 3"]


def test_mentors_of_the_first_party_attached_by_the_third_are_the_firsts(judge) -> None:
    f = facts(SEMICOLONS)
    assert f.provider == 0
    assert judge(SEMICOLONS, "2.1", org="МБОУ Гимназия № 3").verdict is Verdict.OK


def test_semicolons_mirror_the_enterprise_reporting_is_reversed(judge) -> None:
    d = judge(SEMICOLONS, "2.1", org="АО Верхнедольский трубный завод")
    assert d.verdict is not Verdict.OK


def test_commas_between_the_parties_unchanged() -> None:
    f = facts(three_parties(",", OBLIGATIONS))
    assert [p.designation for p in f.parties] == ["Сторона 1", "Сторона 2", "Сторона 3"]
    assert f.provider == 0


def test_a_semicolon_before_a_lower_case_word_is_no_party_boundary() -> None:
    # «далее – Сторона 1; при этом …» is no list of parties: the designation is not taken
    # from a phrase that no party's name follows
    text = (
        HEAD + "Акционерное общество «Завод», далее – Сторона 1; при этом завод действует на "
        "основании Устава.\n"
    )
    assert all(p.designation != "Сторона 1" for p in facts(text).parties)


# --- the mentors' people listed at length after a colon ---


def two_parties(body: str) -> str:
    return (
        "СОГЛАШЕНИЕ\nо сотрудничестве по программе наставничества\n\nг. Заречный"
        "                                                   15 апреля 2024 г.\n\n"
        "Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 8» "
        "(далее — Школа) в лице директора Волковой Е.А. и государственное учреждение "
        "«Центр помощи детям «Радуга»» (далее — Центр) в лице директора Сомова П.О. заключили "
        "настоящее Соглашение.\n\n1. Предмет соглашения\n" + body + "\n2. Срок действия\n"
        "2.1. Соглашение действует бессрочно.\n"
    )


VOLUNTEERS = two_parties(
    "1.1. Предметом Соглашения является реализация программы наставничества «Опора» в форме "
    "«ученик – ученик»: обучающиеся 8–11 классов Школы, члены волонтёрского отряда «Доброе "
    "сердце» и активисты детского общественного объединения, выступают наставниками "
    "воспитанников "
    "Центра.\n"
)


def test_volunteers_listed_after_a_colon_are_their_schools(judge) -> None:
    assert facts(VOLUNTEERS).provider == 0
    d = judge(VOLUNTEERS, "2.1", org="МОУ СОШ № 8")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_volunteers_mirror_the_centre_reporting_counts(judge) -> None:
    d = judge(VOLUNTEERS, "2.1", org="ГУ Центр помощи детям Радуга")
    assert d.verdict is Verdict.OK


def test_the_other_partys_people_after_the_colon_are_theirs() -> None:
    text = two_parties(
        "1.1. Предметом Соглашения является реализация программы наставничества «Опора» в "
        "форме «педагог – ученик»: специалисты по социальной работе Центра, психологи и "
        "педагоги дополнительного образования с опытом не менее трёх лет, выступают "
        "наставниками обучающихся Школы.\n"
    )
    assert facts(text).provider == 1


def test_no_colon_the_far_party_is_not_taken() -> None:
    # without a colon the long stretch before the verb is not read as the doers' clause
    text = two_parties(
        "1.1. По итогам встреч с родителями обучающихся Школы и обсуждения на педагогическом "
        "совете программы «Опора» на ближайшие два учебных года приглашённые волонтёры "
        "выступают наставниками детей.\n"
    )
    assert facts(text).provider is None
