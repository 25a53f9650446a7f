"""Round-36 shapes of an agreement: who provides the mentors, and which party reports.

The preamble may give a party two designations («именуемое далее «Центр» или «Сторона 1»»), the
text calling it by either. Where the mentoring is done may stand between the mentors and the
verb that names their people («Наставниками в проекте выступают …»), and the people's
qualifiers between them and their party («обучающиеся 10–11 классов инженерного профиля
Школы»). The form types the organisation its own way: a number glued to the abbreviation
(«СОШ3»), a town cut to its initial after the name («Н.Уренгой»), the legal form shortened
around a proper name in quotes («МБУ ДО СШ «Олимп»»)."""

from __future__ import annotations

import datetime as dt

from classifiers.agreements import _ABBREVIATED_PLACE, AgreementFacts, _quoted_party, analyse
from evidence.models import Verdict
from evidence.textnorm import normalise

HEAD = """ДОГОВОР О СЕТЕВОМ ВЗАИМОДЕЙСТВИИ
в сфере наставничества

г. Тайгинск                                                        «20» февраля 2024 г.

"""

CENTRE = "Муниципальное автономное учреждение дополнительного образования «Центр «Галактика»»"
SCHOOL = (
    "муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 8»"
)
SCHOOL_17 = "муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 17»"

TAIL = """
4. СРОК ДЕЙСТВИЯ
4.1. Договор действует с момента подписания до 31 мая 2025 года.
"""


def facts(text: str, org: str | None = None) -> AgreementFacts:
    return analyse(normalise(text), org, dt.date(2024, 2, 20), 2024)


# --- two designations of one party: «именуемое далее «Центр» или «Сторона 1»» ---


def either(first: str = "«Центр» или «Сторона 1»", second: str = "«Школа» или «Сторона 2»") -> str:
    return (
        HEAD + f"{CENTRE}, именуемое далее {first}, в лице директора Лебедева Ильи Петровича, "
        f"действующего на основании Устава, и {SCHOOL}, именуемое далее {second}, в лице "
        "директора Зуевой Марии Олеговны, действующего на основании Устава, договорились о "
        "следующем:\n\n1. ПРЕДМЕТ ДОГОВОРА\n1.1. Стороны реализуют программу наставничества "
        "«Исследователь».\n1.2. Наставниками являются педагоги Центра.\n\n"
        "2. ОБЯЗАННОСТИ СТОРОНЫ 1\n2.1. Закрепить за обучающимися Стороны 2 наставников из "
        "числа своих педагогов.\n\n3. ОБЯЗАННОСТИ СТОРОНЫ 2\n3.1. Отобрать обучающихся.\n" + TAIL
    )


def test_second_designation_names_the_party() -> None:
    f = facts(either())
    assert [p.designation for p in f.parties] == ["Центр", "Школа"]
    assert f.parties[0].aliases == ["Сторона 1"]
    assert f.provider == 0


def test_second_designation_direction_both_ways(judge) -> None:
    text = either()
    assert judge(text, "2.1", org="МБОУ СОШ № 8").verdict is Verdict.OK
    assert judge(text, "2.1", org="МАУ ДО Центр Галактика").verdict is Verdict.WRONG_DIRECTION


def test_one_designation_each_unchanged() -> None:
    f = facts(either("«Центр»", "«Школа»"))
    assert [p.designation for p in f.parties] == ["Центр", "Школа"]
    assert f.parties[0].aliases == []
    assert f.provider == 0


# --- where the mentoring is done, between the mentors and their people ---


def setting(subject: str, school: str = SCHOOL) -> str:
    return (
        HEAD + f"{CENTRE} (далее – Центр) в лице директора Лебедева Ильи Петровича и {school} "
        "(далее – Школа) в лице директора Зуевой Марии Олеговны заключили настоящий договор.\n\n"
        "1. ПРЕДМЕТ ДОГОВОРА\n1.1. Стороны реализуют сетевой проект наставничества «ученик – "
        "ученик».\n" + subject + "\n\n2. ОБЯЗАННОСТИ ЦЕНТРА\n2.1. Предоставить лаборатории.\n\n"
        "3. ОБЯЗАННОСТИ ШКОЛЫ\n3.1. Обеспечить подвоз.\n" + TAIL
    )


SETTING = (
    "1.2. Наставниками в проекте выступают обучающиеся 10–11 классов инженерного профиля\n"
    "Школы, прошедшие отбор."
)


def test_setting_between_mentors_and_verb() -> None:
    f = facts(setting(SETTING))
    assert f.provider == 1
    assert f.votes[1] == 2


def test_setting_direction_both_ways(judge) -> None:
    text = setting(SETTING)
    assert judge(text, "2.1", org="МБОУ СОШ № 8").verdict is Verdict.WRONG_DIRECTION
    assert judge(text, "2.1", org="МАУ ДО Центр Галактика").verdict is Verdict.OK


def test_setting_then_mentees_preposition_is_no_party_of_mentors() -> None:
    # the party after «для» is the mentees': no vote for it from the mentors' phrase
    f = facts(
        setting(
            "1.2. Наставниками в проекте выступают педагоги высшей квалификационной категории\n"
            "и методисты для обучающихся Школы."
        )
    )
    assert f.votes[1] == 0


def test_mentors_without_people_named_give_no_vote() -> None:
    f = facts(setting("1.2. Наставники в проекте выступают с докладами на конференции."))
    assert f.provider is None


# --- the people's long qualifiers before their party ---


def test_qualifiers_before_the_party() -> None:
    f = facts(
        setting(
            "1.2. Наставниками являются обучающиеся 10–11 классов инженерно-технологического "
            "профиля Центра."
        )
    )
    assert f.provider == 0


def test_qualifiers_cut_at_the_clause() -> None:
    # the party after the comma is in another clause: not the people's own
    f = facts(
        setting(
            "1.2. Наставниками являются студенты старших курсов профильных направлений "
            "подготовки, закреплённые за классами Школы."
        )
    )
    assert f.votes[1] == 0


# --- the form's name: a glued number, an abbreviated town, a proper name in quotes ---


def two_schools() -> str:
    return (
        HEAD
        + f"{SCHOOL} (далее - Сторона 1) в лице директора Лебедева Ильи Петровича и {SCHOOL_17} "
        "(далее - Сторона 2) в лице директора Зуевой Марии Олеговны заключили настоящий "
        "договор.\n\n1. ПРЕДМЕТ ДОГОВОРА\n1.1. Стороны реализуют программы наставничества "
        "педагогов.\n1.2. Сторона 1 предоставляет педагогов-наставников для сопровождения "
        "молодых специалистов Стороны 2.\n" + TAIL
    )


def test_number_glued_to_abbreviation() -> None:
    f = facts(two_schools(), "СОШ8")
    assert (f.ours, f.ours_how) == (0, "org")


def test_glued_number_and_abbreviated_town(judge) -> None:
    text = two_schools()
    for org in ("СОШ8 Т.Тайгинск", "СОШ №8 Н. Тайгинск", "СОШ8 С.-Тайгинск"):
        assert facts(text, org).ours == 0, org
        assert judge(text, "2.1", org=org).verdict is Verdict.WRONG_DIRECTION, org
    assert judge(text, "2.1", org="СОШ17 Н.Тайгинск").verdict is Verdict.OK


def test_glued_number_is_not_another_number() -> None:
    # «СОШ1» is neither «СОШ № 8» nor «СОШ № 17»
    assert facts(two_schools(), "СОШ1 Н.Тайгинск").ours is None


def test_person_initials_are_no_town() -> None:
    assert _ABBREVIATED_PLACE.search("СОШ3 Н.Уренгой")
    assert _ABBREVIATED_PLACE.search("Лицей 2 С.-Петербург")
    assert not _ABBREVIATED_PLACE.search("Гимназия им. А. С. Пушкина")
    assert not _ABBREVIATED_PLACE.search("СОШ им. Н. Островского")
    assert not _ABBREVIATED_PLACE.search("МБОУ СОШ № 3")


def olimp(second: str = "«Спортивная школа «Олимп»»") -> str:
    return (
        HEAD + f"{SCHOOL} (далее – Организация 1) в лице директора Лебедева Ильи Петровича и "
        f"муниципальное бюджетное учреждение дополнительного образования {second} (далее – "
        "Организация 2) в лице директора Зуевой Марии Олеговны заключили настоящее соглашение.\n\n"
        "1. Предмет соглашения\n1.1. Стороны реализуют программу наставничества.\n"
        "1.2. Организация 2 закрепляет за молодыми учителями Организации 1 наставников из числа "
        "своих тренеров-преподавателей.\n" + TAIL
    )


def test_quoted_proper_name_of_the_form(judge) -> None:
    f = facts(olimp(), "МБУ ДО СШ «Олимп»")
    assert (f.provider, f.ours, f.ours_how) == (1, 1, "org")
    assert judge(olimp(), "2.1", org="МБУ ДО СШ «Олимп»").verdict is Verdict.WRONG_DIRECTION


def test_quoted_name_in_no_party() -> None:
    assert facts(olimp(), "МБУ ДО СШ «Орион»").ours is None


def test_quoted_name_in_both_parties() -> None:
    text = olimp("«Спортивная школа «Средняя общеобразовательная школа № 8»»")
    # both parties write the quoted words: the quotes tell nothing (the other rules decide)
    assert _quoted_party("МБОУ «СОШ № 8»", facts(text).parties) is None
