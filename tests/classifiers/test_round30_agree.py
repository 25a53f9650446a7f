"""Round-30 agreement shapes, in own wording: a section numbered in Roman numerals
(«III. Обязательства Базового учреждения») names the party whose obligations follow; a role
said in lower case in a bracket after a party's name («… «Лицей № 12» (лицей-куратор) в лице
…») designates the party when the text goes on to call it so, and a number tells two schools
of one kind apart («Лицей № 12» is not «Лицей № 2»)."""

from __future__ import annotations

from evidence.models import Verdict

UNKNOWN = "не удалось определить, какая сторона"

# -- a section's number in Roman numerals -------------------------------------------------------


def _roman_sections(centre_part: str, school_part: str) -> str:
    return (
        "ДОГОВОР № 7/24\n"
        "о сетевом взаимодействии\n\n"
        "г. Тамбов                                                   2 сентября 2024 г.\n\n"
        "Тамбовское областное государственное бюджетное учреждение «Центр непрерывного "
        "повышения профессионального мастерства педагогических работников», именуемое в "
        "дальнейшем «Центр», в лице директора Рябовой Ольги Павловны, и муниципальное "
        "бюджетное общеобразовательное учреждение «Гимназия № 9», именуемое в дальнейшем "
        "«Базовое учреждение», в лице директора Сомова Олега Игоревича, заключили настоящий "
        "договор.\n\n"
        "I. Предмет договора\n"
        "1. Стороны совместно организуют стажировки учителей области в рамках региональной "
        "системы наставничества.\n\n"
        "II. Обязательства Центра\n"
        f"2. {centre_part}\n"
        "3. Выдавать удостоверения о повышении квалификации.\n\n"
        "III. Обязательства Базового учреждения\n"
        f"4. {school_part}\n"
        "5. Предоставлять учебные кабинеты для практических занятий.\n\n"
        "IV. Срок действия\n"
        "6. Договор действует до 31 августа 2025 года.\n\n"
        "Директор Центра ___________ О.П. Рябова\n"
        "Директор Гимназии ___________ О.И. Сомов\n"
    )


def test_a_roman_numbered_section_obliges_the_reporting_party(judge) -> None:
    text = _roman_sections(
        "Направлять слушателей курсов на практику в Базовое учреждение.",
        "Выделять из числа своих учителей наставников слушателей курсов.",
    )
    d = judge(text, "2.1", year=2024, org="МБОУ Гимназия № 9 г. Тамбов")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_kind.value == "agreement"
    assert d.doc_date == "2024-09-02"


def test_a_roman_numbered_section_obliges_the_partner(judge) -> None:
    text = _roman_sections(
        "Выделять из числа своих методистов наставников молодых учителей Базового учреждения.",
        "Обеспечивать участие молодых учителей в мероприятиях Центра.",
    )
    d = judge(text, "2.1", year=2024, org="МБОУ Гимназия № 9 г. Тамбов")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


# -- a role said in lower case in a bracket ---------------------------------------------------


def _lower_case_roles(remark: str = "") -> str:
    return (
        "СОГЛАШЕНИЕ\n"
        "о методическом партнёрстве\n\n"
        "г. Киров                                                      16 января 2024 года\n\n"
        "МБОУ «Лицей № 12» (лицей-куратор) в лице директора Ушаковой Веры Петровны и "
        f"МКОУ «Лицей № 2»{remark} (лицей-участник) в лице директора Кротова Ильи Андреевича "
        "заключили настоящее соглашение.\n\n"
        "1. Цель соглашения — повышение профессионального мастерства молодых учителей.\n\n"
        "2. Лицей-куратор:\n"
        "2.1. закрепляет своих опытных учителей наставниками молодых педагогов;\n"
        "2.2. проводит семинары по подготовке к ЕГЭ.\n\n"
        "3. Лицей-участник:\n"
        "3.1. направляет молодых педагогов на занятия;\n"
        "3.2. сообщает об их профессиональных затруднениях.\n\n"
        "4. Соглашение действует до 31 мая 2025 года.\n"
    )


def test_a_lower_case_role_in_brackets_designates_the_reporting_party(judge) -> None:
    d = judge(_lower_case_roles(), "2.1", year=2024, org="Лицей №12 г. Киров")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2024-01-16"


def test_the_school_numbered_alike_is_mentored(judge) -> None:
    # «Лицей № 2» is the mentored one; «Лицей № 12» provides the mentors
    d = judge(_lower_case_roles(), "2.1", year=2024, org="Лицей № 2 г. Киров")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_a_remark_in_brackets_beside_the_role_changes_nothing(judge) -> None:
    # a remark in brackets the text does not go on to call the party by is no designation:
    # the role after it still names the party
    d = judge(_lower_case_roles(" (юридический адрес)"), "2.1", year=2024, org="Лицей №12 г. Киров")
    assert d.verdict is Verdict.WRONG_DIRECTION
