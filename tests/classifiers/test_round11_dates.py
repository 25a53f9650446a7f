"""Round 11 misses of the own-date rules, in texts of our own wording."""

from __future__ import annotations

import datetime as dt

from classifiers.dates import find_dates
from evidence.models import Verdict

# --- a date written in words: ordinal day, month in the genitive, year in words ---

ORDER_DATE_IN_WORDS = """Муниципальное автономное общеобразовательное учреждение «Гимназия № 3»

ПРИКАЗ

от двадцать девятого августа две тысячи двадцать пятого года          № 94-о

г. Заречный

О закреплении наставнических пар

В соответствии с приказом управления образования от 12.03.2021 № 77 «О наставничестве»
ПРИКАЗЫВАЮ:
1. Закрепить наставнические пары «учитель — учитель» согласно приложению.
2. Отменить приказ от 02.09.2022 № 61 «О наставниках».

Директор ______ Н.В. Коровина
"""


def test_an_order_dated_in_words_has_that_date(judge) -> None:
    assert judge(ORDER_DATE_IN_WORDS, "1.3", year=2025).doc_date == "2025-08-29"


MINUTES_DATE_IN_WORDS = """Протокол заседания педагогического совета
детского сада «Солнышко»

Первого сентября две тысячи двадцать третьего года

Присутствовали: 14 человек.
Слушали: о плане работы наставников.
"""


def test_a_date_in_words_alone_on_its_line_is_read() -> None:
    hits = find_dates(MINUTES_DATE_IN_WORDS)
    assert [h.date for h in hits] == [dt.date(2023, 9, 1)]


def test_a_day_of_two_words_and_a_year_of_the_last_century_are_read() -> None:
    hits = find_dates("подписан тридцать первого января тысяча девятьсот девяносто девятого года")
    assert [h.date for h in hits] == [dt.date(1999, 1, 31)]


def test_numbers_in_words_without_a_month_are_no_date() -> None:
    # an ordinal and a year in words without the month's name between them
    assert find_dates("на тридцатого заседании две тысячи двадцатого года") == []


def test_an_impossible_date_in_words_is_no_date() -> None:
    assert find_dates("тридцать первого февраля две тысячи двадцать четвёртого года") == []


# --- an undated approval stamp above the body: the body's cited acts do not date it ---

REGULATION_UNDATED_STAMP = """ПОЛОЖЕНИЕ о наставничестве обучающихся

Муниципальное казённое общеобразовательное учреждение «Озёрская ООШ»
СОГЛАСОВАНО
Советом родителей
(протокол от 27.08.2021 № 2)

УТВЕРЖДЕНО

ПОЛОЖЕНИЕ
о наставничестве обучающихся

1 Общие положения
1.1. Положение разработано на основании Федерального закона от 29.12.2012 г. № 273-ФЗ
«Об образовании в Российской Федерации», распоряжением комитета образования района
№ 415-р от 14 октября 2020 г.
1.2. Положение определяет порядок закрепления наставников.
"""


def test_an_undated_approval_is_not_dated_by_an_act_cited_in_the_body(judge) -> None:
    assert judge(REGULATION_UNDATED_STAMP, "1.1", year=2024).doc_date is None


PROGRAMME_UNDATED_STAMP = """УТВЕРЖДАЮ
Директор ГБОУ «Школа № 1207»
_____________ Р.Ф. Галеева

ПРОГРАММА НАСТАВНИЧЕСТВА «Учитель — учитель»

I. Пояснительная записка
Программа составлена с учётом приказа департамента образования города
от 11 мая 2022 г. № 318 «О внедрении целевой модели наставничества».
"""


def test_an_undated_approval_of_a_programme_is_not_dated_by_its_note(judge) -> None:
    assert judge(PROGRAMME_UNDATED_STAMP, "3.3", year=2024).doc_date is None


REGULATION_APPROVED_IN_BODY = """Положение
о внутренней системе оценки качества образования

1. Общие положения
1.1. Настоящее положение определяет порядок оценки качества образования в школе.
1.2. Положение утверждено приказом директора от 14.02.2019 № 27 и действует
до его отмены.
"""


def test_without_a_stamp_the_body_s_approving_order_still_dates_it(judge) -> None:
    assert judge(REGULATION_APPROVED_IN_BODY, "1.1", year=2024).doc_date == "2019-02-14"


# --- a list of cited acts with blank lines between its entries ---

PAGE_ACTS_LIST_SPACED = """Нормативная база наставничества

Основные документы, на которых строится работа школы:

Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»

Распоряжение Министерства просвещения Российской Федерации от 25.12.2019 № Р-145

Приказ министерства образования Новгородской области от 03.03.2021 г. № 244 «О системе наставничества»

Приказ министерства образования Новгородской области от 17.11.2022 № 1302
"""


def test_spaced_entries_of_a_list_of_cited_acts_give_no_own_date(judge) -> None:
    assert judge(PAGE_ACTS_LIST_SPACED, "1.1", year=2024).doc_date is None


PAGE_ACTS_LIST_TWO = """Документы

Постановление администрации города Твери от 05.06.2020 № 611 «О наставничестве»

Приказ управления образования администрации города Твери от 10.09.2021 № 902
"""


def test_two_spaced_cited_acts_of_a_page_give_no_own_date(judge) -> None:
    assert judge(PAGE_ACTS_LIST_TWO, "1.1", year=2024).doc_date is None


# --- an act named with its issuer on a line under another heading ---

MONITORING_PAGE_ORDER_LINE = """Версия для слабовидящих
Размер шрифта: A A A

Мониторинг системы наставничества в городе Энске

Приказ Управления образования № 1877-у от 14 октября 2025 года Об организации мониторинга
наставничества в образовательных организациях города

Сроки проведения мониторинга: октябрь — ноябрь.
"""


def test_an_act_with_its_issuer_under_another_heading_is_cited(judge) -> None:
    assert judge(MONITORING_PAGE_ORDER_LINE, "1.3", year=2025).doc_date is None


ORDER_OWN_HEADING_LINE = """ПРИКАЗ

от 14.10.2025 № 188

О проведении мониторинга наставничества
"""


def test_an_order_s_own_date_line_under_its_heading_stays(judge) -> None:
    assert judge(ORDER_OWN_HEADING_LINE, "1.3", year=2025).doc_date == "2025-10-14"


# --- an act named in the instrumental, with a long issuer, near a report's end ---

REPORT_HISTORY_AT_THE_END = """Публичный доклад
муниципального дошкольного образовательного учреждения «Детский сад № 4 «Ромашка»

Детский сад посещают 96 воспитанников, работают 14 педагогов.

История учреждения
Детский сад открыт в 1972 году. Распоряжением главы администрации Заречного муниципального
района и города Заречный Ярославской области от 17 марта 1996 г. № 208 «О переименовании
учреждений образования» учреждение получило нынешнее название.
"""


def test_an_act_in_the_instrumental_at_a_report_s_end_is_cited(judge) -> None:
    assert judge(REPORT_HISTORY_AT_THE_END, "1.4", year=2024).doc_date is None


REPORT_SIGNED_AT_THE_END = """Справка о работе наставников МБОУ «СОШ № 9» за 2023–2024 учебный год

В школе работают 6 наставнических пар «учитель — учитель».
Решением управляющего совета учреждения от 15 февраля 2021 г. № 3 программа продлена.

Заместитель директора по УВР ______ Е.П. Коваль
29.05.2024
"""


def test_a_report_s_signed_date_stays_after_a_cited_act_in_the_instrumental(judge) -> None:
    assert judge(REPORT_SIGNED_AT_THE_END, "1.4", year=2024).doc_date == "2024-05-29"


# --- the title's own date line is there but cannot be read ---

ORDER_UNREADABLE_DATE_LINE = """Муниципальное бюджетное общеобразовательное учреждение «Школа № 21»

ПРИКАЗ

от тридцать первого августа текущего года                    № 140

Об организации наставничества

1. Признать утратившим силу приказ от 01.09.2022 № 97 «О наставничестве».
2. Утвердить состав наставнических пар.

Директор ______ О.И. Клюева
02.09.2024
"""


def test_an_unreadable_own_date_line_is_not_replaced_by_another_date(judge) -> None:
    d = judge(ORDER_UNREADABLE_DATE_LINE, "2.3", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE and "needs_review" in d.flags, d.message


ORDER_WORDS_NO_MONTH = """ПРИКАЗ
от первого числа сего месяца № 7-к
п. Октябрьский

О наставничестве в детском саду

Отменить приказ от 14.05.2020 № 31 «О наставниках».
"""


def test_an_own_date_line_without_a_month_gives_no_date(judge) -> None:
    assert judge(ORDER_WORDS_NO_MONTH, "1.3", year=2024).doc_date is None


# --- a page extracted as one line: a licence's label far from the date is not its label ---

REPORT_ON_ONE_LINE = (
    "МБОУ «Средняя школа № 7» СОГЛАСОВАНО Педагогическим советом (протокол от 28 марта 2024 г."
    " № 5) УТВЕРЖДАЮ Директор ______ Т.А. Мельникова 29 марта 2024 г. Отчёт о результатах"
    " самообследования МБОУ «Средняя школа № 7» за 2023 год Общие сведения Наименование"
    " организации Руководитель Адрес Телефон Учредитель Дата создания Лицензия Свидетельство"
    " об аккредитации муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 7»"
    " Мельникова Татьяна Андреевна 400000, г. Волгоград, ул. Мира, 7\n"
)


def test_a_licence_label_far_along_a_run_on_line_does_not_hide_the_approval(judge) -> None:
    assert judge(REPORT_ON_ONE_LINE, "1.4", year=2024).doc_date == "2024-03-29"


REPORT_LICENCE_ON_THE_DATE_LINE = """Публичный отчёт детского сада № 31 за 2023 год

Лицензия на образовательную деятельность от 11 мая 2016 г. № 8812, серия 34Л01

Детский сад посещают 120 детей.
"""


def test_a_licence_on_the_date_s_own_line_still_gives_no_date(judge) -> None:
    assert judge(REPORT_LICENCE_ON_THE_DATE_LINE, "1.4", year=2024).doc_date is None
