"""Real-34 kinds, in own wording: a site's news item with no publication line — the news
section's name, a headline, a story opening with the day it tells of — is news, not the report
its headline names; an order whose imperative is letter-spaced and broken at a line end
(«п р и к а з ы / в а ю:») is an order; an order under a file card's title naming the act it
approves, its operative part cut off, is the order; an analysis with no title, opened by its
requisites («Цель анализа: … / Дата составления анализа: …»), is a report."""

from __future__ import annotations

from collections.abc import Callable

from evidence.models import Decision, DocKind

Judge = Callable[..., Decision]

# -- a news item about a report ------------------------------------------------------------------

_STORY = (
    "{day} в актовом зале детского сада прошло общее родительское собрание, на котором заведующая "
    "Петрова Анна Ивановна представила публичный доклад о деятельности учреждения за прошедший "
    "учебный год. На собрании присутствовали родители воспитанников и педагоги.\n"
)


def test_a_dated_story_under_a_news_section_is_news(judge: Judge) -> None:
    text = "МБДОУ детский сад № 5\n\nНовости\n\nПубличный доклад\n\n" + _STORY.format(day="28 мая")
    assert judge(text).doc_kind is DocKind.OTHER


def test_a_story_cut_mid_paragraph_is_still_news(judge: Judge) -> None:
    text = "Новости\n\nПубличный доклад заведующего за 2022 – 2023 учебный год\n\n" + (
        _STORY.format(day="28 мая").rstrip() + " В заключение собрания родит"
    )
    assert judge(text).doc_kind is DocKind.OTHER


def test_a_report_posted_under_news_without_a_story_stays_a_report(judge: Judge) -> None:
    text = (
        "Новости\n\nПубличный доклад\n\n"
        "Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 5 "
        "расположено в жилом районе города и работает с 1975 года по пятидневной рабочей неделе, "
        "режим работы с 7.00 до 19.00.\n"
    )
    assert judge(text).doc_kind is DocKind.REPORT


def test_a_report_whose_first_paragraph_is_dated_but_no_news_section_stays_a_report(
    judge: Judge,
) -> None:
    text = "МБДОУ детский сад № 5\n\nПубличный доклад\n\n" + _STORY.format(day="28 мая")
    assert judge(text).doc_kind is DocKind.REPORT


# -- an order with a letter-spaced imperative ------------------------------------------------------

_ORDER = """МБДОУ ДЕТСКИЙ САД № 7 «СОЛНЫШКО»
ПРИКАЗ
от 02.09.2024
№ 115
О принятии положения о педагогическом совете
В соответствии с Федеральным законом «Об образовании в Российской Федерации», уставом ДОУ, {imp}
1. Утвердить Положение о педагогическом совете (приложение).
2. Контроль за исполнением приказа оставляю за собой.
Заведующий А. Б. Иванова
"""


def test_a_letter_spaced_imperative_broken_at_a_line_end_makes_an_order(judge: Judge) -> None:
    text = "Положение о педагогическом совете\n\n" + _ORDER.format(imp="п р и к а з ы\nв а ю:")
    assert judge(text).doc_kind is DocKind.ORDER


def test_a_plain_imperative_still_makes_an_order(judge: Judge) -> None:
    text = "Положение о педагогическом совете\n\n" + _ORDER.format(imp="ПРИКАЗЫВАЮ:")
    assert judge(text).doc_kind is DocKind.ORDER


# -- an order under a file card's title, its operative part cut off --------------------------------

_CARD_ORDER = """Порядок приёма воспитанников

МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ
ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДЕТСКИЙ САД № 9
ПРИКАЗ

от 29.08.2025

№ 212
г. Заречный

Об утверждении Порядка приёма воспитанников
в новой редакции
В связи с вступлением в силу приказа Министерства просвещения Российской Федерации
"""


def test_an_order_under_a_file_title_naming_the_approved_act_is_the_order(judge: Judge) -> None:
    assert judge(_CARD_ORDER).doc_kind is DocKind.ORDER


def test_the_approved_act_following_its_order_is_still_read_as_that_act(judge: Judge) -> None:
    text = _CARD_ORDER + (
        "\nПОРЯДОК\nприёма воспитанников\n\n1. Общие положения\n"
        "1.1. Настоящий Порядок определяет правила приёма воспитанников.\n"
        "1.2. Приём осуществляется по заявлению родителей.\n"
    )
    assert judge(text).doc_kind is DocKind.REGULATION


def test_a_regulation_whose_text_names_an_order_stays_a_regulation(judge: Judge) -> None:
    text = (
        "Порядок приёма воспитанников\n\n1. Общие положения\n"
        "1.1. Настоящий Порядок утверждён приказом заведующего от 29.08.2025 № 212 и определяет "
        "правила приёма воспитанников.\n1.2. Приём осуществляется по заявлению родителей.\n"
    )
    assert judge(text).doc_kind is DocKind.REGULATION


# -- an analysis opened by its requisites ----------------------------------------------------------

_ANALYSIS = """{first}: определение качества воспитательной работы школы за 2023 - 2024 учебный год.

Исполнитель: заместитель директора по воспитательной работе Смирнова Е. В.

{second}: май 2024 г.

Работа велась по следующим направлениям: развитие ученического самоуправления, работа с
родителями, профилактика правонарушений.
"""


def test_the_requisites_of_an_analysis_make_a_report(judge: Judge) -> None:
    text = _ANALYSIS.format(first="Цель анализа", second="Дата составления анализа")
    assert judge(text).doc_kind is DocKind.REPORT


def test_a_single_goal_line_does_not_make_a_report(judge: Judge) -> None:
    text = _ANALYSIS.format(first="Цель анализа", second="Срок")
    assert judge(text).doc_kind is not DocKind.REPORT
