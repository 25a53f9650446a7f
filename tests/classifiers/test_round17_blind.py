"""Round 17 misses of blind20/blind21 (personalised programmes, own dates), in texts of our own
wording."""

from __future__ import annotations

import datetime as dt

from classifiers.dates import find_dates
from evidence.models import DocKind, Verdict

# --- a pair's programme whose title a scan garbled: «План мероприятий» is its section ---

PAIR_PROGRAMME = """МАОУ «Лицей № 3» г. Северска

{title}

{pair}
Срок реализации: 2024/2025 учебный год.

Цель: адаптация молодого педагога в коллективе, освоение им приёмов работы с классом.

План мероприятий
Сентябрь – знакомство с локальными актами, посещение уроков наставника.
Октябрь – разработка технологической карты урока, взаимопосещение.
Декабрь – открытый урок молодого педагога, его анализ.
Май – итоговое собеседование, анкетирование.

Наставник ______ Р.Т. Галиев          Наставляемый ______ О.Д. Лаптева
"""

FIELDS = """Наставник: Галиев Ринат Тагирович, учитель физики, первая категория.
Наставляемый: Лаптева Ольга Дмитриевна, учитель физики, стаж 1 год."""


def test_pair_fields_above_a_plan_of_events_make_it_a_pair_programme(judge) -> None:
    d = judge(
        PAIR_PROGRAMME.format(
            title="Персонализи рованная программа наставничества\n(форма «учитель – учитель»)",
            pair=FIELDS,
        ),
        "3.2",
    )
    assert d.verdict is Verdict.OK
    assert d.doc_kind is DocKind.PROGRAMME


def test_pair_fields_with_dashes_and_no_title_at_all(judge) -> None:
    pair = (
        "Наставник – Шейко Анна Павловна, воспитатель высшей категории\n"
        "Наставляемый – Ковалёва Дарья Игоревна, воспитатель, молодой специалист"
    )
    d = judge(PAIR_PROGRAMME.format(title="", pair=pair), "3.2")
    assert d.verdict is Verdict.OK


def test_an_organisations_plan_of_events_without_a_pair_stays_off_topic(judge) -> None:
    text = PAIR_PROGRAMME.format(title="", pair="Ответственный: заместитель директора по УВР")
    d = judge(text, "3.2")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "план" in d.message


# --- the organisation's general programme spanning several forms ---

GENERAL_PROGRAMME = """МБОУ «Основная школа № 14»

УТВЕРЖДЕНА приказом от 30.08.2024 № 120

ПРОГРАММА
наставничества педагогов МБОУ «ОШ № 14» на 2024–2027 годы

1. Общие положения
Программа охватывает всех педагогов школы, которым нужна поддержка.

2. Формы наставничества
{forms}

3. Реализация
Закрепление пар оформляется приказом директора. Каждая пара составляет индивидуальный план
развития наставляемого на учебный год.
"""


def test_a_general_programme_of_two_forms_mentioning_individual_plans_is_off_topic(
    judge,
) -> None:
    forms = "«учитель – учитель» – для молодых специалистов;\n«руководитель – педагог» – для новых руководителей ШМО."
    d = judge(GENERAL_PROGRAMME.format(forms=forms), "3.4")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "общая программа" in d.message


def test_a_school_wide_programme_of_student_and_teacher_forms_is_off_topic(judge) -> None:
    text = GENERAL_PROGRAMME.format(
        forms="«ученик – ученик» (успевающий – неуспевающий);\n«учитель – ученик» (одарённые дети)."
    ).replace("педагогов", "обучающихся")
    d = judge(text, "3.1")
    assert d.verdict is Verdict.OFF_TOPIC


def test_a_one_form_programme_mentioning_its_individual_plan_stays_ok(judge) -> None:
    d = judge(GENERAL_PROGRAMME.format(forms="«руководитель – педагог»."), "3.4")
    assert d.verdict is Verdict.OK


def test_a_pair_programme_naming_two_forms_stays_ok(judge) -> None:
    forms = (
        "«учитель – учитель»; в отличие от формы «руководитель – педагог», наставник — коллега.\n"
        + FIELDS
    )
    d = judge(GENERAL_PROGRAMME.format(forms=forms), "3.2")
    assert d.verdict is Verdict.OK


# --- a day split by OCR after a date label ---

CERTIFICATE = """ГАУ ДПО «Институт развития образования»

УДОСТОВЕРЕНИЕ
о повышении квалификации
Регистрационный номер 4410
{issue}

Настоящее удостоверение свидетельствует о том, что
Сафина Гульнара Ильдаровна
с 02.09.2024 по 13.09.2024 прошла обучение по программе
«Наставничество в образовательной организации» в объёме 36 часов

Директор ________ А.А. Мухаметов
"""


def test_a_day_split_by_a_space_after_the_issue_label_is_read_whole(judge) -> None:
    d = judge(CERTIFICATE.format(issue="Дата выдачи 2 7.09.2024"), "9.2")
    assert d.doc_date == "2024-09-27"
    assert d.verdict is Verdict.OK


def test_a_day_split_by_a_space_after_ot_is_read_whole() -> None:
    hits = find_dates("ПРИКАЗ\nот 1 4.10.2024 № 55\nО наставничестве")
    assert [h.date for h in hits] == [dt.date(2024, 10, 14)]


def test_a_row_number_before_a_date_is_no_part_of_the_day() -> None:
    hits = find_dates("№ | Дата | Мероприятие\n1 9.06.2023 Заседание совета наставников")
    assert [h.date for h in hits] == [dt.date(2023, 6, 9)]


# --- a column of orders' requisites in a справка's table ---

PROGRAMMES_REPORT = """МБОУ «СОШ № 40» г. Липецка

СПРАВКА
о персонализированных программах наставничества

Дана в том, что в 2024/2025 учебном году в школе реализуются программы:

Форма
Программ
Приказ о парах
ученик – ученик
3
{first}
учитель – учитель
2
{second}
Итого
5

Заместитель директора по УВР              Т.В. Огнева
07.10.2024
"""


def test_a_column_of_orders_in_a_table_is_not_the_reports_date(judge) -> None:
    d = judge(
        PROGRAMMES_REPORT.format(first="от 03.09.2024 № 210", second="от 05.09.2024 № 214"), "3.0"
    )
    assert d.doc_date == "2024-10-07"


def test_a_column_of_requisites_without_ot_is_not_the_reports_date(judge) -> None:
    d = judge(
        PROGRAMMES_REPORT.format(first="03.09.2024 г. № 210", second="03.09.2024 г. № 211"), "3.0"
    )
    assert d.doc_date == "2024-10-07"


def test_one_requisites_line_under_an_order_heading_still_dates_it(judge) -> None:
    text = """МБОУ «СОШ № 40»

ПРИКАЗ
г. Липецк
от 03.09.2024 № 210

О закреплении наставнических пар

В целях реализации целевой модели наставничества ПРИКАЗЫВАЮ:
1. Закрепить пары согласно приложению.

Директор ______ С.С. Белов

Приложение к приказу
от 03.09.2024 № 210
"""
    d = judge(text, "2.3")
    assert d.doc_date == "2024-09-03"


# --- a certificate whose registration number is a blank: no date of issue ---

UNISSUED = """ГАУ ДПО «Институт развития образования»

УДОСТОВЕРЕНИЕ
о повышении квалификации

{reg}

Настоящее удостоверение свидетельствует о том, что
Сафина Гульнара Ильдаровна
в период с 02 сентября 2024 г. по 13 сентября 2024 г.
прошла обучение по программе «Наставничество в образовательной организации»

Директор ________
"""


def test_a_blank_registration_number_leaves_the_certificate_undated(judge) -> None:
    d = judge(UNISSUED.format(reg="Регистрационный номер ___________"), "9.2")
    assert d.verdict is Verdict.NO_DATE
    assert d.doc_date is None


def test_a_blank_short_registration_number_leaves_it_undated(judge) -> None:
    d = judge(UNISSUED.format(reg="Рег. № ______"), "9.2")
    assert d.verdict is Verdict.NO_DATE


def test_a_filled_registration_number_keeps_the_period_date(judge) -> None:
    d = judge(UNISSUED.format(reg="Регистрационный номер 77-1402"), "9.2")
    assert d.doc_date == "2024-09-13"
    assert d.verdict is Verdict.OK
