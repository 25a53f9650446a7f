"""Round-20 shapes other than agreements, in own wording: an act on the letterhead of another
numbered school, gymnasium or kindergarten than the one the form names; an authority's order
checked without the form's name; «ЦМН» (the target model of mentoring) in an order's title; a
month written in Roman numerals («12.IX.2025»); a regulation on rewards and penalties; a
справка whose period's end stands before another act's number."""

from __future__ import annotations

from classifiers.dates import find_dates
from evidence.models import DocKind, Verdict

# -- another numbered school's act -----------------------------------------------------------

ORDER_BODY = (
    "ПРИКАЗ\n\n"
    "«02» сентября 2024 г.                                                 № 145-о\n\n"
    "Об утверждении Положения о наставничестве педагогических работников\n\n"
    "В соответствии со статьёй 47 Федерального закона «Об образовании в Российской Федерации»\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о наставничестве педагогических работников (приложение).\n"
    "2. Назначить куратором наставничества заместителя директора Орлову Н.С.\n"
    "3. Контроль исполнения приказа оставляю за собой.\n\n"
    "Директор                                              П.Р. Медведев\n"
)


def test_an_order_of_a_school_with_another_number_is_another_schools_act(judge) -> None:
    letterhead = (
        "Муниципальное бюджетное общеобразовательное учреждение\n"
        "«Средняя общеобразовательная школа № 7» г. Кургана\n\n"
    )
    d = judge(letterhead + ORDER_BODY, "1.1", year=2024, org="МБОУ СОШ 14 Курган")
    assert d.verdict is Verdict.OFF_TOPIC
    assert d.doc_kind is DocKind.ORDER
    assert "другой образовательной организацией" in d.message
    assert "№ 7" in d.message


def test_a_regulation_approved_by_another_kindergartens_head_is_not_the_reporting_ones(
    judge,
) -> None:
    text = (
        "Муниципальное автономное дошкольное образовательное учреждение\n"
        "«Детский сад общеразвивающего вида № 25 «Берёзка»\n\n"
        "СОГЛАСОВАНО                                   УТВЕРЖДЕНО\n"
        "педагогическим советом                        приказом заведующего МАДОУ № 25\n"
        "протокол от 28.08.2024 № 1                    от 30.08.2024 № 90\n\n"
        "ПОЛОЖЕНИЕ\n"
        "о методическом объединении наставников\n\n"
        "1. Методическое объединение наставников объединяет воспитателей, назначенных "
        "наставниками приказом заведующего.\n"
        "2. Заседания методического объединения наставников проводятся раз в квартал.\n"
    )
    d = judge(text, "9.3", year=2024, org="Детский сад 3 Тюмень")
    assert d.verdict is Verdict.OFF_TOPIC
    assert d.doc_kind is DocKind.REGULATION
    assert "другой образовательной организацией" in d.message


def test_the_schools_own_order_typed_colloquially_in_the_form_stays_ok(judge) -> None:
    letterhead = (
        "Муниципальное бюджетное общеобразовательное учреждение\n"
        "«Средняя общеобразовательная школа № 7» г. Кургана\n\n"
    )
    d = judge(letterhead + ORDER_BODY, "1.1", year=2024, org="школа №7 г. Кургана")
    assert d.verdict is Verdict.OK


def test_a_letterhead_naming_the_schools_numbered_unit_too_stays_its_own(judge) -> None:
    letterhead = (
        "Управление образования администрации Сосновского района\n"
        "МБОУ «СОШ № 4» — структурное подразделение «Детский сад № 11»\n\n"
    )
    d = judge(letterhead + ORDER_BODY, "1.1", year=2024, org="СОШ 4 Сосновка")
    assert d.verdict is Verdict.OK


def test_a_form_name_without_a_number_leaves_a_numbered_letterhead_alone(judge) -> None:
    letterhead = "МБДОУ «Детский сад № 5 «Ромашка»\n\n"
    d = judge(letterhead + ORDER_BODY, "1.1", year=2024, org="Детский сад Ромашка")
    assert d.verdict is Verdict.OK


# -- an authority's order checked without the form's name ------------------------------------

AUTHORITY_BODY = (
    "ПРИКАЗ\n"
    "от 14 февраля 2024 г. № 3/118\n\n"
    "Об утверждении Положения о системе наставничества педагогических работников "
    "в образовательных организациях области\n\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о системе наставничества педагогических работников "
    "образовательных организаций области.\n"
    "2. Руководителям образовательных организаций организовать наставничество.\n\n"
    "Министр                                                 Е.В. Громова\n"
)


def test_a_ministrys_order_is_off_topic_even_without_the_forms_name(judge) -> None:
    head = "МИНИСТЕРСТВО ОБРАЗОВАНИЯ\nОРЕНБУРГСКОЙ ОБЛАСТИ\n"
    d = judge(head + AUTHORITY_BODY, "1.1", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC
    assert "органом управления образованием" in d.message


def test_a_departments_order_on_a_portals_title_line_is_off_topic_without_the_forms_name(
    judge,
) -> None:
    head = (
        "Документы\nПоиск по реквизитам\n"
        "Приказ Департамента образования г. Вологды от 14.02.2024 № 3/118\n"
        "ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА ВОЛОГДЫ\n"
    )
    d = judge(head + AUTHORITY_BODY, "1.1", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC


def test_a_schools_order_naming_its_founder_stays_ok_without_the_forms_name(judge) -> None:
    head = (
        "Управление образования администрации Сосновского района\n"
        "МБОУ «Сосновская средняя общеобразовательная школа»\n\n"
    )
    d = judge(head + ORDER_BODY, "1.1", year=2024)
    assert d.verdict is Verdict.OK


# -- «ЦМН» in an order's title ----------------------------------------------------------------

MONITORING_HEAD = (
    "МБОУ «Юськинская СОШ»\n\n"
    "ПРИКАЗ\n\n"
    "11.11.2024                                                              № 174\n\n"
)


def test_an_order_on_monitoring_the_cmn_is_about_mentoring(judge) -> None:
    text = MONITORING_HEAD + (
        "О проведении мониторинга реализации ЦМН в 2024 году\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Провести мониторинг с 12.11.2024 по 29.11.2024.\n"
        "2. Ответственным назначить заместителя директора Белову А.А.\n"
        "3. Контроль оставляю за собой.\n\n"
        "Директор                                   С.А. Гусев\n"
    )
    d = judge(text, "1.3", year=2024)
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-11-11"


def test_a_cmn_monitoring_order_of_an_earlier_year_is_judged_by_its_date(judge) -> None:
    text = MONITORING_HEAD.replace("11.11.2024", "09.10.2023") + (
        "Об организации внутреннего мониторинга ЦМН\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Организовать сбор данных для мониторинга по формам региона.\n"
        "2. Контроль оставляю за собой.\n\n"
        "Директор                                   С.А. Гусев\n"
    )
    d = judge(text, "1.3", year=2024)
    assert d.verdict is Verdict.WRONG_YEAR


def test_a_monitoring_order_without_mentoring_or_cmn_stays_off_topic(judge) -> None:
    text = MONITORING_HEAD + (
        "О проведении мониторинга реализации ООП в 2024 году\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Провести мониторинг с 12.11.2024 по 29.11.2024.\n"
        "2. Контроль оставляю за собой.\n\n"
        "Директор                                   С.А. Гусев\n"
    )
    d = judge(text, "1.3", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC


# -- a month in Roman numerals -----------------------------------------------------------------

PROGRAMME_BODY = (
    "Персонализированная программа наставничества\n"
    "(форма «учитель – учитель»)\n\n"
    "Наставник: Кириллова Анна Петровна, учитель химии.\n"
    "Наставляемый: Соколов Илья Денисович, учитель химии, молодой специалист.\n"
    "Срок: 16.09.2024 – 30.05.2025.\n"
    "План работы: посещение уроков, разбор затруднений, открытый урок наставляемого.\n"
)


def test_a_programme_approved_on_a_roman_numeral_month_is_dated(judge) -> None:
    head = "МБОУ «СОШ № 5» г. Тотьмы\n\nУТВЕРЖДЕНА приказом директора от 5.XI.2024 № 150\n\n"
    d = judge(head + PROGRAMME_BODY, "3.2", year=2024)
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-11-05"


def test_a_roman_month_with_a_spaced_year_dates_an_order(judge) -> None:
    text = (
        "МБОУ «СОШ № 5» г. Тотьмы\n\nПРИКАЗ\n\nот 30.VIII. 2024                    № 77\n\n"
        "О закреплении наставнических пар\n\nПРИКАЗЫВАЮ:\n"
        "1. Закрепить наставником учителя химии Кириллову А.П. за учителем Соколовым И.Д.\n"
        "2. Контроль оставляю за собой.\n\nДиректор            В.В. Ершов\n"
    )
    d = judge(text, "2.3", year=2024)
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-08-30"


def test_roman_numerals_that_are_no_month_or_run_on_make_no_date() -> None:
    assert find_dates("см. пункт 2.IV.2024.1 раздела") == []
    assert find_dates("глава 13.XIII.2024") == []


# -- rewards named with penalties ----------------------------------------------------------------


def test_a_regulation_on_pupils_rewards_and_penalties_is_not_a_mentor_incentive_act(judge) -> None:
    text = (
        "УТВЕРЖДАЮ\nДиректор МБОУ «Лицей № 3»\nприказ от 10.01.2025 № 4\n\n"
        "ПОЛОЖЕНИЕ\nо поощрениях и взысканиях учащихся\n\n"
        "1. Учащиеся поощряются объявлением благодарности, грамотой, занесением на доску "
        "почёта.\n"
        "2. Основания: успехи в учёбе, победы в олимпиадах, работа наставником младших "
        "школьников.\n"
        "3. Меры взыскания: замечание, выговор.\n"
    )
    d = judge(text, "11.2", year=2025)
    assert d.verdict is Verdict.OFF_TOPIC
    assert "поощрение наставников" in d.message


def test_a_regulation_on_staff_rewards_and_disciplinary_penalties_is_off_topic(judge) -> None:
    text = (
        "МБОУ «Лицей № 3»\n\nУТВЕРЖДЕНО приказом от 10.01.2025 № 4\n\n"
        "ПОЛОЖЕНИЕ\nо мерах поощрения и дисциплинарного взыскания работников\n\n"
        "1. Настоящее Положение разработано в соответствии с Трудовым кодексом Российской "
        "Федерации и правилами внутреннего трудового распорядка и определяет порядок, в котором "
        "администрация лицея применяет к работникам установленные меры.\n"
        "2. За добросовестный труд работникам объявляется благодарность, вручается почётная "
        "грамота.\n"
        "3. Поощряются в том числе работники, выполняющие обязанности наставника.\n"
        "4. За нарушение трудовой дисциплины применяются замечание, выговор, увольнение.\n"
    )
    d = judge(text, "11.2", year=2025)
    assert d.verdict is Verdict.OFF_TOPIC


def test_a_mentor_incentive_regulation_mentioning_a_penalty_stays_ok(judge) -> None:
    text = (
        "МБОУ «Лицей № 3»\n\nУТВЕРЖДЕНО приказом от 10.01.2025 № 4\n\n"
        "ПОЛОЖЕНИЕ\nо нематериальном поощрении наставников\n\n"
        "1. Наставники поощряются благодарностью директора, почётной грамотой, занесением на "
        "доску почёта.\n"
        "2. Поощрение не применяется к наставнику, имеющему неснятое дисциплинарное взыскание.\n"
    )
    d = judge(text, "11.2", year=2025)
    assert d.verdict is Verdict.OK


# -- a number after a period's end belongs to the act between ------------------------------------

REPORT_HEAD = (
    "МАДОУ «Детский сад № 40»\n\n"
    "СПРАВКА\nпо итогам мониторинга реализации целевой модели наставничества\n\n"
)
REPORT_BODY = (
    "1. Наставников – 5, наставляемых – 6, персонализированных программ наставничества – 6.\n"
    "2. Удовлетворённость наставляемых программами наставничества – 90 %.\n"
    "3. Доля молодых специалистов, охваченных наставничеством, – 100 %.\n\n"
    "Старший воспитатель                                  М.К. Юдина\n"
)


def test_a_period_end_before_the_ordering_acts_number_is_not_the_reports_date(judge) -> None:
    text = (
        REPORT_HEAD
        + "Мониторинг проведён с 04.03.2024 по 15.03.2024 на основании приказа от 01.03.2024 "
        "№ 31-од.\n\n" + REPORT_BODY + "22.03.2024\n"
    )
    d = judge(text, "1.4", year=2024, org="Детский сад 40")
    assert d.doc_date == "2024-03-22"


def test_a_period_in_words_before_the_ordering_acts_number_is_not_the_reports_date(
    judge,
) -> None:
    text = (
        REPORT_HEAD
        + "Сроки мониторинга: с 04.03.2024 по 15.03.2024 (приказ заведующего от 1 марта 2024 г. "
        "№ 31-од).\n\n" + REPORT_BODY + "22.03.2024\n"
    )
    d = judge(text, "1.4", year=2024, org="Детский сад 40")
    assert d.doc_date == "2024-03-22"


def test_a_reports_own_number_on_its_date_line_still_dates_it(judge) -> None:
    text = REPORT_HEAD + "18.03.2024 г. Сарапул № 12\n\n" + REPORT_BODY
    d = judge(text, "1.4", year=2024, org="Детский сад 40")
    assert d.doc_date == "2024-03-18"
