"""Round-35 date shapes, in own wording: a certificate's issue line left blank under a printed
whole year; a licence's requisites on a certificate never date it; a Roman month with a two-digit
year on a labelled line of the order's own requisites; a council's adoption stamp in the left
column of stamps side by side, the approval's lines between it and its protocol; an old act's
own date-and-number line."""

from __future__ import annotations

import pytest

from evidence.models import DocKind, Verdict

# -- a certificate's issue line: a blank under a printed whole year ----------------------------

CERTIFICATE = (
    "АНО ДПО «Уральский центр развития педагогических компетенций»\n\n"
    "УДОСТОВЕРЕНИЕ О ПОВЫШЕНИИ КВАЛИФИКАЦИИ\n\n"
    "662417003592\n\n"
    "Настоящее удостоверение выдано\n"
    "СОКОЛОВОЙ АННЕ ПЕТРОВНЕ\n"
    "в том, что она с «07» октября 2024 г. по «18» октября 2024 г.\n"
    "прошла обучение по дополнительной профессиональной программе\n"
    "«Наставничество в образовательной организации»\n"
    "в объёме 36 часов\n\n"
    "Директор                         [подпись]              Е.В. Лаптева\n\n"
    "Регистрационный номер 2024-1018/0412\n\n"
    "г. Екатеринбург\n\n"
    "{issue}\n"
)


@pytest.mark.parametrize(
    "issue",
    [
        pytest.param("Дата выдачи «____» _______________ 2024 г.", id="typed"),
        pytest.param("Дата выдачи « » 2024 г.", id="ocr_lost_underscores"),
    ],
)
def test_a_blank_issue_line_under_a_printed_year_leaves_the_certificate_undated(
    judge, issue: str
) -> None:
    d = judge(CERTIFICATE.format(issue=issue), "9.2")
    assert d.doc_kind is DocKind.CERTIFICATE
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_a_filled_issue_line_still_dates_the_certificate(judge) -> None:
    d = judge(CERTIFICATE.format(issue="Дата выдачи «21» октября 2024 г."), "9.2")
    assert d.doc_date == "2024-10-21"


def test_a_year_line_with_no_blank_still_gives_the_year(judge) -> None:
    # no issue line, «2024 г.» alone: a year of issue, the course's period dates it as before
    d = judge(CERTIFICATE.format(issue="2024 г."), "9.2")
    assert d.doc_date == "2024-10-18"


# -- a licence's requisites on a certificate --------------------------------------------------

NO_ISSUE_LINE = (
    "ГАОУ ДПО «Институт развития образования»\n\n"
    "УДОСТОВЕРЕНИЕ\nо повышении квалификации\n\n"
    "312400 017745\n\n"
    "Настоящим удостоверяется, что\nКОРОЛЕВА ОЛЬГА ВИКТОРОВНА\n"
    "в период с 11.11.2024 по 22.11.2024\n"
    "прошла обучение по дополнительной профессиональной программе\n"
    "«Сопровождение молодого педагога»\nв объёме 24 часов\n\n"
    "Ректор                     [подпись]                   П.Н. Орехов\n\n"
    "Регистрационный номер 5127\n\nМ.П.\n"
    "{licence}"
)


@pytest.mark.parametrize(
    "licence",
    [
        pytest.param(
            "Лицензия на осуществление образовательной деятельности № Л035-01233-31/00\n"
            "198244 от 14.06.2017\n",
            id="wrapped",
        ),
        pytest.param(
            "[на обороте: Лицензия на осуществление образовательной деятельности №\n"
            "J1035-01233-31/00\n\n198244 от 14.06.2017]\n",
            id="ocr_back_page",
        ),
    ],
)
def test_a_licence_on_a_certificate_does_not_date_it(judge, licence: str) -> None:
    d = judge(NO_ISSUE_LINE.format(licence=licence), "9.2")
    assert d.doc_kind is DocKind.CERTIFICATE
    assert d.doc_date == "2024-11-22"  # the course's end, by the convention


def test_a_later_date_that_is_no_licences_still_counts(judge) -> None:
    # the last date below the period, not a licence's: kept as before
    d = judge(NO_ISSUE_LINE.format(licence="г. Белгород\n25.11.2024\n"), "9.2")
    assert d.doc_date == "2024-11-25"


# -- a Roman month and a two-digit year on a labelled line of the order's requisites -----------

ORDER = (
    "МУНИЦИПАЛЬНОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n"
    "«СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 2 с. Ахты»\n\n"
    "{line}\n\n"
    "ПРИКАЗ\n\n"
    "О внедрении целевой модели наставничества\n\n"
    "На основании приказа Министерства образования от 14.03.2022 № 05-02-188/22\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о наставничестве (приложение 1).\n"
    "2. Назначить куратором наставничества заместителя директора Алиеву С.М.\n"
    "3. Контроль исполнения приказа оставляю за собой.\n\n"
    "Директор школы                                   Р.М. Керимов\n"
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        pytest.param("Реквизиты приказа: № 41/2, подписан 29.VIII.22", "2022-08-29", id="roman_yy"),
        pytest.param("Реквизиты приказа: № 41/2 от 29.08.2022", "2022-08-29", id="arabic"),
    ],
)
def test_the_orders_own_requisites_line_dates_it(judge, line: str, date: str) -> None:
    d = judge(ORDER.format(line=line), "1.2")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == date


def test_a_roman_month_with_a_two_digit_year_is_read() -> None:
    from classifiers.dates import find_dates

    assert [h.date.isoformat() for h in find_dates("подписан 31.VIII.22", 2024)] == ["2022-08-31"]
    assert [h.date.isoformat() for h in find_dates("от 05.XI.2023 г.", 2024)] == ["2023-11-05"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("см. пункт 2.IV.10 приложения", id="single_digit_day"),
        pytest.param("раздел 12.IIII.22", id="no_roman_month"),
        pytest.param("таблица 14.XX.22", id="no_such_month"),
    ],
)
def test_roman_numbered_clauses_are_no_dates(text: str) -> None:
    from classifiers.dates import find_dates

    assert find_dates(text, 2024) == []


def test_a_cited_order_with_a_roman_date_in_the_body_does_not_date_an_undated_order(judge) -> None:
    text = ORDER.format(line="").replace(
        "1. Утвердить", "1. Во исполнение приказа Управления от 02.IX.22 № 17 утвердить"
    )
    assert judge(text, "1.2").doc_date is None


# -- a council's adoption stamp in the left column, the approval's lines between ---------------

REGULATION = (
    "{head}\n\n"
    "ПОЛОЖЕНИЕ\n"
    "о наставничестве педагогических работников МБДОУ «Детский сад № 7 «Ручеёк»\n\n"
    "1. Общие положения\n"
    "1.1. Положение разработано в соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ.\n"
    "1.2. Положение определяет порядок организации наставничества.\n"
)

THREE_LINES = (
    "Принято на педагогическом совете                    УТВЕРЖДАЮ\n"
    "МБДОУ «Детский сад общеразвивающего вида           Заведующий МБДОУ «Детский сад\n"
    "№ 7 «Ручеёк» г. Зеленодольска                      общеразвивающего вида № 7 «Ручеёк»\n"
    "протокол № 1 от 29.08.2024                          г. Зеленодольска\n"
    "                                                    ____________ Т.С. Бочкарёва"
)


def test_an_adoption_stamp_parted_from_its_protocol_by_the_approvals_lines(judge) -> None:
    d = judge(REGULATION.format(head=THREE_LINES), "11.2")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2024-08-29"


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(
            THREE_LINES
            + "\n                                                    «___» ________ 2024 г.",
            id="approval_date_blank",
        ),
        pytest.param(THREE_LINES.replace("Принято", "Согласовано"), id="agreed_not_adopted"),
    ],
)
def test_an_adoption_column_does_not_stand_in_for_an_approvals_own_date(judge, head: str) -> None:
    assert judge(REGULATION.format(head=head), "11.2").doc_date is None


def test_an_approval_dated_in_its_own_column_keeps_its_date(judge) -> None:
    head = (
        "Принято на педагогическом совете                    УТВЕРЖДЕНО\n"
        "МБДОУ «Детский сад № 7 «Ручеёк»                     приказом заведующего\n"
        "протокол № 1 от 29.08.2024                          от 30.08.2024 № 64"
    )
    assert judge(REGULATION.format(head=head), "11.2").doc_date == "2024-08-30"


def test_a_programme_in_that_layout_stays_undated(judge) -> None:
    # a programme is approved, not adopted by the council (test_round16_dates)
    text = REGULATION.format(head=THREE_LINES).replace(
        "ПОЛОЖЕНИЕ\nо наставничестве", "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА\nв"
    )
    d = judge(text, "3.2")
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date is None


# -- an old act's own date-and-number line ------------------------------------------------------

OLD_ORDER = (
    "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РСФСР\n\n"
    "ПРИКАЗ\n\n"
    "{line}\n\n"
    "О ПОРЯДКЕ ЗАКРЕПЛЕНИЯ МОЛОДЫХ УЧИТЕЛЕЙ ЗА ОПЫТНЫМИ ПЕДАГОГАМИ\n\n"
    "Приказываю:\n"
    "1. Ввести в действие с 1 сентября 1986 года прилагаемое Положение.\n"
    "2. Контроль за исполнением приказа возложить на Главное управление школ.\n\n"
    "Министр                                           Г.П. Веселов\n"
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        pytest.param("от 14 июля 1986 г. N 131", "1986-07-14", id="text_month"),
        pytest.param("от 14.07.1986 № 131", "1986-07-14", id="numeric"),
    ],
)
def test_an_old_orders_own_date_line_is_read(judge, line: str, date: str) -> None:
    d = judge(OLD_ORDER.format(line=line), "1.2")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == date


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Родился 14.07.1986 в г. Казани.", id="in_prose"),
        pytest.param("от 14.07.1986 № 131 утверждено положение", id="line_runs_on"),
        pytest.param("стаж с 01.09.1985 по 31.08.1989", id="period"),
    ],
)
def test_dates_before_1990_elsewhere_stay_unread(text: str) -> None:
    from classifiers.dates import find_dates

    assert find_dates(text, 2024) == []
