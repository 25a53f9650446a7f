"""Round-37 date shapes, in own wording: a certificate whose date line is printed but left blank
(the town and «“__” ______ 2024 г.», or what a scan's OCR leaves of it) is not dated by its
course or its exam; an untitled news text's event date with a number after it; a report dated
before the period its title reports on; a form's date line with underscores around the digits
written in; two stamps flattened into one line, the first dated before the second begins; a
blank line inside an approval stamp whose phrase runs on in lower case."""

from __future__ import annotations

import datetime as dt

import pytest

from evidence.models import DocKind, Verdict

# -- a certificate's date line left blank ------------------------------------------------------

CERTIFICATE = (
    "РОССИЙСКАЯ ФЕДЕРАЦИЯ\n"
    "Частное учреждение дополнительного профессионального образования\n"
    "«Уральский институт педагогических инициатив»\n"
    "(лицензия № Л035-01277-66/00611111 от 12.03.2020)\n"
    "\n"
    "УДОСТОВЕРЕНИЕ\n"
    "О ПОВЫШЕНИИ КВАЛИФИКАЦИИ\n"
    "\n"
    "№ 662400551234\n"
    "\n"
    "Настоящее удостоверение выдано\n"
    "Белоусовой Ирине Петровне\n"
    "в том, что она с 07.10.2024 по 25.10.2024\n"
    "прошла обучение по дополнительной профессиональной программе\n"
    "«Наставничество в образовательной организации»\n"
    "в объеме 36 академических часов.\n"
    "\n"
    "Итоговая аттестация: зачёт, 30.10.2024.\n"
    "\n"
    "Регистрационный номер 2231/ПК\n"
    "\n"
    "{line}\n"
    "\n"
    "Ректор   ___________   С.А. Мельников\n"
    "Секретарь   ___________   О.В. Зуева\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "г. Екатеринбург      «___» _______________ 2024 г.",
        "г. Екатеринбург <> 2024 г.",  # a scan's OCR: the underscores lost, the quotes «<>»
        "«____» ____________ 2024 г.",
    ],
)
def test_a_blank_issue_line_leaves_the_certificate_undated(judge, line: str) -> None:
    d = judge(CERTIFICATE.format(line=line), "9.2")
    assert d.doc_kind is DocKind.CERTIFICATE
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_a_filled_issue_line_still_dates_the_certificate(judge) -> None:
    d = judge(CERTIFICATE.format(line="г. Екатеринбург «01» ноября 2024 г."), "9.2")
    assert d.doc_date == "2024-11-01"


def test_a_certificate_with_no_date_line_is_still_dated_by_its_course(judge) -> None:
    d = judge(CERTIFICATE.format(line="г. Екатеринбург"), "9.2")
    assert d.doc_date == "2024-10-30"


# -- an untitled news text: an event's date in running prose -----------------------------------

NEWS = (
    "Сообщаем, что накануне нового учебного года пройдёт традиционная областная августовская "
    "конференция педагогических работников.\n"
    "\n"
    "Впервые встреча министра образования области с педагогами пройдёт за пределами столицы "
    "– 27 августа 2024 года в лицее № 12 города Саратова.\n"
    "\n"
    "Трансляция будет доступна на сайте министерства. Начало в 10:00.\n"
)


def test_an_event_in_a_news_texts_prose_does_not_date_it(judge) -> None:
    d = judge(NEWS)
    assert d.doc_date is None


def test_an_untitled_texts_own_date_line_still_dates_it() -> None:
    from classifiers.docdate import own_date
    from classifiers.doctype import detect_kind
    from evidence.textnorm import normalise

    text = normalise(
        "Администрация Озёрского сельского поселения\n"
        "от 14.03.2024 № 27\n"
        "\n"
        "Сообщаем, что в этом году конференция пройдёт 27 августа 2024 года в лицее № 12.\n"
    )
    assert own_date(text, detect_kind(text), 2024).date == dt.date(2024, 3, 14)


# -- a report dated before the period it reports on --------------------------------------------

ANALYSIS = (
    "Анализ работы муниципального бюджетного дошкольного образовательного учреждения "
    "«Детский сад «Колокольчик» за 2018-2019 учебный год\n"
    "\n"
    "1. Информационная справка.\n"
    "\n"
    "Детский сад открыт в 1981 году. {history}\n"
    "\n"
    "В 2018-2019 учебном году в детском саду функционировало 6 групп.\n"
)


def test_a_report_is_not_dated_before_its_period(judge) -> None:
    history = (
        "15.06.1995 года ясли-сад передан в муниципальную собственность, "
        "Приказ № 41-к от 20.06.1995 год."
    )
    d = judge(ANALYSIS.format(history=history))
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None


def test_a_report_dated_within_its_period_is_still_dated(judge) -> None:
    history = "Приказ № 41-к от 20.06.2019 год."
    d = judge(ANALYSIS.format(history=history))
    assert d.doc_date == "2019-06-20"


# -- a form's date line: underscores around the digits written in ------------------------------

TASK_REPORT = (
    "отчёт о муниципальном задании за 2023 год\n"
    "\n"
    "Приложение № 3\n"
    "к Порядку формирования муниципального задания,\n"
    "утвержденному постановлением администрации района\n"
    "от 14.02.2018 № 112\n"
    "ОТЧЕТ О ВЫПОЛНЕНИИ\n"
    "МУНИЦИПАЛЬНОГО ЗАДАНИЯ\n"
    "На 2023 год и на плановый период 20_24_ и 20_25_ годов\n"
    "{line}\n"
    "Коды\n"
    "Форма по ОКУД 0506001\n"
    "Наименование муниципального учреждения\n"
    "Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 4\n"
    "Периодичность ___ежегодно___\n"
    # the form's tables below: its date line is far from the end
    + "Показатель, характеризующий содержание муниципальной услуги\n"
    * 12
)


def test_a_forms_date_line_with_underscored_digits_dates_the_report(judge) -> None:
    d = judge(TASK_REPORT.format(line="От «_28_» ____12______20_23_г."))
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2023-12-28"


def test_a_forms_blank_date_line_leaves_the_report_undated(judge) -> None:
    d = judge(TASK_REPORT.format(line="От «___» __________20___г."))
    assert d.doc_date is None


# -- two stamps flattened into one line, read one after the other ------------------------------

FLAT_STAMPS = (
    "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ДЕТСКИЙ САД «РЯБИНКА» "
    "ПРИНЯТО: Протокол заседания Педагогического совета №4 от {council} г. УТВЕРЖДАЮ: "
    'Заведующий МБДОУ _______ Н.С. Кравец Приказ № 52/2 от "03 " июня 2022 г. '
    "МБДОУ «ДЕТСКИЙ САД «РЯБИНКА» Подписано цифровой подписью: МБДОУ «ДЕТСКИЙ САД «РЯБИНКА» "
    "Дата: 2022.06.20 10:11:12 +05'00' "
    "ПОЛОЖЕНИЕ О НАСТАВНИЧЕСТВЕ В МУНИЦИПАЛЬНОМ БЮДЖЕТНОМ ДОШКОЛЬНОМ ОБРАЗОВАТЕЛЬНОМ "
    "УЧРЕЖДЕНИИ «Детский сад «Рябинка» 1. Общие положения. 1.1. Настоящее Положение "
    "разработано в соответствии с Федеральным законом от 29 декабря 2012 г. № 273-ФЗ "
    "«Об образовании в Российской Федерации». 1.2. Положение определяет порядок организации "
    "наставничества педагогических работников."
)


@pytest.mark.parametrize("council", ['" 03 " июня 2022', '" 01 " июня 2022'])
def test_the_approval_on_a_flattened_line_dates_the_regulation(judge, council: str) -> None:
    d = judge(FLAT_STAMPS.format(council=council))
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2022-06-03"


def test_merged_stamp_columns_still_give_the_later_date() -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _merged_columns

    text = (
        "СОГЛАСОВАНО УТВЕРЖДЕНО Педагогическим советом приказом директора школы "
        "протокол от 20.06.2022 № 11 от 05.07.2022 № 35\n"
    )
    first, second = find_dates(text, 2024)[:2]
    assert _merged_columns(text, [first, second], first) is True
    assert _merged_columns(text, [first, second], second) is False


# -- a blank line inside an approval stamp -----------------------------------------------------

STAMP_WITH_GAP = (
    "УТВЕРЖДАЮ:\n"
    "\n"
    "{below}\n"
    "педагогического совета\n"
    "МБДОУ «Детский сад «Ромашка»\n"
    "Протокол № 2 от 11.02.2025г.\n"
    "\n"
    "ПРОГРАММА РАЗВИТИЯ\n"
    "\n"
    "муниципального бюджетного дошкольного образовательного учреждения\n"
    "«Детский сад «Ромашка» на 2025 - 2029 гг.\n"
    "\n"
    "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА\n"
    "Программа развития определяет стратегические направления развития "
    "образовательной организации.\n"
)


def test_a_stamp_running_on_after_a_blank_line_dates_the_programme(judge) -> None:
    d = judge(STAMP_WITH_GAP.format(below="на заседании"))
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date == "2025-02-11"


def test_a_council_stamp_below_a_blank_line_does_not_date_it(judge) -> None:
    # the head's approval above, undated; below a blank line another stamp: the council's
    d = judge(STAMP_WITH_GAP.format(below="Принято на заседании"))
    assert d.doc_date is None
