"""The document's own date: every style schools write it in, and never a cited one."""

from __future__ import annotations

import pytest

HEAD = "МБОУ «Средняя общеобразовательная школа № 5»\n\nПРИКАЗ\n\n{line}\n\nО внедрении целевой модели наставничества\n\n"
BODY = (
    "В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145 «Об утверждении методологии "
    "(целевой модели) наставничества обучающихся»\nПРИКАЗЫВАЮ:\n1. Утвердить Положение о системе наставничества "
    "педагогических работников.\n2. Назначить куратором наставничества Иванову М.П.\nДиректор А.Б. Сидоров"
)


@pytest.mark.parametrize(
    ("line", "date", "number"),
    [
        pytest.param("«03» октября 2024 г. № 77", "2024-10-03", "77", id="quoted_day"),
        pytest.param("12.09.2024 № 145-од", "2024-09-12", "145-од", id="numeric"),
        pytest.param(
            "27.05 2024 г                № 45", "2024-05-27", "45", id="missing_second_dot"
        ),
        pytest.param("от 5 сентября 2023 года N 12/1-о", "2023-09-05", "12/1-о", id="latin_n"),
        pytest.param("31. 03. 22 г. № 14-а", "2022-03-31", "14-а", id="two_digit_year_spaced"),
        pytest.param("28 ноября 2018 г.          № 222", "2018-11-28", "222", id="no_ot_wide_gap"),
        pytest.param(
            "«08» декабри 2022 г.\n\n№ 160-А", "2022-12-08", "160-А", id="ocr_month_split_lines"
        ),
        pytest.param("12 января2022 г. J\\Ъ 7", "2022-01-12", "7", id="ocr_numsign_no_space"),
        pytest.param("от 1О.О9.2О24 ЛЪ 88", "2024-09-10", "88", id="ocr_letter_o_digits"),
        pytest.param(
            "«__4__ »__марта__________2022г. № 11/2", "2022-03-04", "11/2", id="underscored"
        ),
        pytest.param("№ 31 от 02.02.2024", "2024-02-02", "31", id="number_first"),
        pytest.param("15.01.24 г. Nо 3", "2024-01-15", "3", id="two_digit_year"),
        pytest.param("от 15 января 2024 г. |  | № 9", "2024-01-15", "9", id="table_cells"),
    ],
)
def test_order_date_styles(judge, line: str, date: str, number: str) -> None:
    d = judge(HEAD.format(line=line) + BODY, "1.1")
    assert d.doc_date == date
    assert d.doc_number == number


def test_date_split_from_heading_by_table_layout(judge) -> None:
    text = (
        "ПРИКАЗ\n\n| 04.09.2023 | г. Ижевск | № 54 |\n\nОб утверждении положения о наставничестве педагогических работников\n"
        + BODY
    )
    assert judge(text).doc_date == "2023-09-04"


def test_cited_dates_in_preamble_are_skipped(judge) -> None:
    # a cited act's date comes first in the text once the heading is read as a page title
    text0 = "Приказ Минпросвещения от 25.12.2019 № Р-145\n"
    text = (
        "ПРИКАЗ\n\nО проведении мониторинга реализации целевой модели наставничества\nот 01.10.2024 № 112\n\n"
        "На основании приказа Министерства образования и науки Удмуртской Республики от 08.04.2022 № 581 "
        "и письма от 17.09.2024 № 01/01-34\nПРИКАЗЫВАЮ:\n1. Провести мониторинг "
        "реализации целевой модели наставничества в октябре 2024 года.\n2. Куратору наставничества подготовить справку."
    )
    assert judge(text0 + text, "1.3").doc_date == "2024-10-01"
    d = judge(text, "1.3")
    assert d.doc_date == "2024-10-01"
    assert d.verdict.value == "ok"


def test_amendment_and_registration_dates_are_not_the_date(judge) -> None:
    text = (
        "ПРИКАЗ\nМосква\n18 февраля 2013 г. № 21\nОБ УТВЕРЖДЕНИИ ПОЛОЖЕНИЯ О НАСТАВНИЧЕСТВЕ ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ\n"
        "(в ред. Приказа от 23.03.2017 № 49)\nЗарегистрирован Минюстом России 14 мая 2013 г.\n"
        + BODY
    )
    d = judge(text)
    assert d.doc_date == "2013-02-18"


def test_signature_stamp_date_is_not_the_date(judge) -> None:
    text = (
        "Подписано цифровой подписью: МОУ ООШ\nДата: 2022.10.26 12:25:13 +03'00'\n\nИНФОРМАЦИОННАЯ СПРАВКА\n"
        "по итогам мониторинга реализации целевой модели наставничества\nДоля наставляемых — 45 %\n"
        "Показатель удовлетворённости наставников — 90 %\n\n20.10.2024 Заместитель директора"
    )
    d = judge(text, "1.4")
    assert d.doc_date == "2024-10-20"
    undated = judge(text.replace("20.10.2024 ", ""), "1.4")
    assert undated.verdict.value == "no_date"
    assert undated.doc_date is None


def test_unfilled_template_is_no_date(judge) -> None:
    text = HEAD.format(line="«__» ____________ 20__ г.        № ____") + BODY
    d = judge(text)
    assert d.verdict.value == "no_date"
    assert "template_unfilled" in d.flags
    assert "не заполнена" in d.message


def test_order_of_a_later_year_is_wrong_year(judge) -> None:
    d = judge(HEAD.format(line="от 02.09.2025 № 10") + BODY, "1.1")
    assert d.verdict.value == "wrong_year"
    assert "2025" in d.message


def test_monitoring_order_of_previous_year_is_wrong_year(judge) -> None:
    text = HEAD.format(line="от 02.10.2023 № 10").replace(
        "О внедрении", "О мониторинге реализации"
    ) + BODY.replace(
        "Утвердить Положение о системе наставничества педагогических работников",
        "Провести мониторинг реализации целевой модели наставничества",
    )
    d = judge(text, "1.3")
    assert d.verdict.value == "wrong_year"


def test_date_after_today_asks_for_review() -> None:
    import datetime as dt

    from classifiers import ClassifyContext, classify
    from evidence.criteria import load_catalogue

    text = HEAD.format(line="от 02.12.2024 № 10") + BODY
    crit = load_catalogue().get("1.1")
    assert crit is not None
    d = classify(text, crit, ClassifyContext(year=2024, today=dt.date(2024, 10, 25)))
    assert "date_in_future" in d.flags and "needs_review" in d.flags
    assert (
        "date_in_future"
        not in classify(text, crit, ClassifyContext(year=2024, today=dt.date(2025, 1, 1))).flags
    )


def test_date_line_under_the_title(judge) -> None:
    text = (
        "ПРИКАЗ\nОб утверждении положения о наставничестве педагогических работников\nот 01.09.2023 № 5\n"
        + BODY
    )
    d = judge(text)
    assert (d.doc_date, d.doc_number) == ("2023-09-01", "5")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        pytest.param("от «12».01. 2024 года № 3", "2024-01-12", id="quoted_day_numeric_month"),
        pytest.param("от «01» 09.2023 № 3", "2023-09-01", id="quoted_day_space_month"),
    ],
)
def test_quoted_numeric_dates(judge, line: str, date: str) -> None:
    assert judge(HEAD.format(line=line) + BODY).doc_date == date


def test_order_dated_only_under_the_signature(judge) -> None:
    text = HEAD.format(line="") + BODY + "\n02.09.2024\nС приказом ознакомлены: ________ 03.09.2024"
    d = judge(text)
    assert d.doc_date == "2024-09-02"
    assert "date_from_signature" in d.flags


def test_wrapped_preamble_date_is_not_the_date(judge) -> None:
    head = "МБОУ СОШ № 5\nПРИКАЗ\nОб утверждении положения о наставничестве педагогических работников\n"
    tail = "ПРИКАЗЫВАЮ:\n1. Утвердить положение о наставничестве педагогических работников.\n2. Назначить наставников."
    for grounds in (
        "Во исполнение приказа Управления образования\n",
        "Согласно приказу Управления образования\n",
    ):
        d = judge(head + grounds + "от 25.08.2023 № 301\n" + tail)
        assert d.verdict.value == "no_date", grounds
    d = judge(
        head
        + "от 01.09.2023 № 12\nВо исполнение приказа Управления образования\nот 25.08.2023 № 301\n"
        + tail
    )
    assert (d.doc_date, d.doc_number) == ("2023-09-01", "12")
