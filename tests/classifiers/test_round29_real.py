"""Round-29 shapes from real fragments, in own wording: a survey's results are a report; an
act's name and issuer over its requisites line opens the act a portal reproduces; a site's
title line above the order's own heading gives way to it, and a date between them is the
page's; a licence's requisites in a parenthesis are not a report's signing date; a stamp's
date after a word broken into symbols is not read; two stamps merged into one line are dated
by the order of events (agreed, then approved)."""

from __future__ import annotations

from evidence.models import DocKind

# -- the results of a survey ----------------------------------------------------------------


def test_results_of_a_parents_survey_are_a_report(judge) -> None:
    text = (
        "Результаты анкетирования родителей воспитанников\n"
        "об удовлетворённости качеством дошкольного образования\n\n"
        "Анкетирование проходило с 01.03.2023 по 10.03.2023 в группах детского сада.\n"
        "Приняли участие 212 родителей (законных представителей).\n"
        "· удовлетворены организацией питания – 91 %\n"
        "· удовлетворены работой педагогов – 95 %\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None  # the survey's period is not the report's date


def test_survey_results_named_in_a_clause_keep_the_regulation(judge) -> None:
    text = (
        "ПОЛОЖЕНИЕ\nо внутренней системе оценки качества образования\n\n"
        "1. Общие положения\n"
        "1.1. Настоящее положение определяет порядок оценки качества образования.\n"
        "1.2. Результаты опроса родителей рассматриваются на педагогическом совете.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REGULATION


# -- an act's name and issuer, its requisites on the line under them ---------------------------


def test_directive_of_a_government_over_its_requisites_line(judge) -> None:
    text = (
        "Распоряжение Правительства Республики Хакасия\n"
        "от 14 марта 2022 г. N 118-рп\n"
        'В целях реализации регионального проекта "Успех каждого ребенка":\n'
        "1. Утвердить прилагаемый план мероприятий по развитию наставничества.\n"
        "См. Постановление Правительства Республики Хакасия от 27 октября 2021 г. N 540 "
        '"О государственной программе"\n'
        "2. Контроль за исполнением настоящего распоряжения возложить на Министерство "
        "образования и науки Республики Хакасия.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.OTHER  # an authority's act, not an organisation's order
    assert d.doc_date == "2022-03-14"  # not the resolution it refers to


def test_cited_order_over_its_requisites_under_a_school_heading(judge) -> None:
    text = (
        "МБОУ «Лицей № 4» г. Абакана\n\n"
        "ПРИКАЗ\n"
        "от 02.09.2022 № 211-о\n\n"
        "О наставничестве\n"
        "Во исполнение требований:\n"
        "Приказ Министерства образования и науки Республики Хакасия\n"
        "от 15.08.2022 № 100-610 «О целевой модели наставничества»\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Назначить наставников молодым педагогам.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2022-09-02"


# -- a site's title line above the order's own heading ------------------------------------------


def test_order_own_date_line_wins_over_the_file_card_title(judge) -> None:
    text = (
        "Приказ № 54 от 03.03.2023 Об утверждении положения о наставничестве\n\n"
        "МУНИЦИПАЛЬНОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n"
        "«ОСНОВНАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА П. СОСНОВКА»\n"
        "623350, п. Сосновка, ул. Лесная, 3\n\n"
        "ПРИКАЗ\n"
        "6 марта 2023 года № 54-од\n"
        "п. Сосновка\n\n"
        "Об утверждении положения о наставничестве\n"
        "В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ ПРИКАЗЫВАЮ:\n"
        "1. Утвердить положение о наставничестве.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2023-03-06"


def test_posting_date_between_page_title_and_order_heading_is_not_its_date(judge) -> None:
    text = (
        "МБОУ «СОШ с. Верхнее Казанище»\n"
        "Буйнакский район, Республика Дагестан\n"
        "  • №12\n\n"
        "    Приказ О закреплении наставников за молодыми специалистами на 2024-2025 "
        "учебный год\n\n"
        "    14 ноября 2024\n\n"
        "    Приказ\n"
        "    О закреплении наставников за молодыми специалистами\n\n"
        "    В целях профессионального становления молодых педагогов\n\n"
        "    ПРИКАЗЫВАЮ:\n\n"
        "    1. Закрепить наставников за молодыми специалистами с 01.09.2024г.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date is None  # the page's posting, not the order's date


def test_date_line_above_a_lone_order_heading_still_dates_it(judge) -> None:
    text = (
        "Государственное бюджетное общеобразовательное учреждение «Гимназия № 2»\n\n"
        "«15» сентября 2023 г.                                        № 301\n\n"
        "ПРИКАЗ\n"
        "О наставничестве\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Утвердить состав наставнических пар.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2023-09-15"


# -- a licence's requisites in a parenthesis -------------------------------------------------


def test_licence_requisites_in_a_parenthesis_do_not_date_a_report(judge) -> None:
    text = (
        "Отчёт о результатах самообследования МАДОУ «Детский сад № 9 «Ручеёк» за 2023 год\n\n"
        "Наименование\nМуниципальное автономное дошкольное образовательное учреждение\n"
        "Лицензия\n"
        "на осуществление образовательной деятельности (серия\n"
        "24Л01 № 0002211, рег. № 8812, от 11 апреля\n2016 г.)\n"
        "Лицензия на медицинскую деятельность (№ ЛО-24-01-\n"
        "003390, от 9 июня 2017 г.),\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None


def test_report_signed_at_its_end_keeps_its_date(judge) -> None:
    text = (
        "Отчёт о результатах самообследования МАДОУ «Детский сад № 9 «Ручеёк» за 2023 год\n\n"
        "Лицензия на осуществление образовательной деятельности от 11.04.2016 № 8812.\n"
        "В детском саду работают 14 педагогов, из них 3 молодых специалиста.\n\n"
        "Заведующий ____________ О.П. Климова\n"
        "12.04.2024\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2024-04-12"


# -- a stamp's date after a word broken into symbols -----------------------------------------


def test_stamp_date_after_symbol_debris_is_not_read(judge) -> None:
    text = (
        "ПРИНЯТО\n\n"
        "на заседании педагогического совета\n"
        "МБОУ «Гимназия № 5» г. Беслана\n\n"
        "Пр%%%*о_//_.\n\n"
        "2\n\n"
        "5.03.2023г.\n\n"
        "ПОЛОЖЕНИЕ\n"
        "о наставничестве в МБОУ «Гимназия № 5»\n\n"
        "1. Общие положения\n"
        "1.1. Положение разработано в соответствии с Федеральным законом от 29.12.2012 "
        "№ 273-ФЗ.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date is None


def test_stamp_date_after_a_readable_protocol_is_read(judge) -> None:
    text = (
        "ПРИНЯТО\n\n"
        "на заседании педагогического совета\n"
        "МБОУ «Гимназия № 5» г. Беслана\n\n"
        "протокол № 2\n\n"
        "25.03.2023г.\n\n"
        "ПОЛОЖЕНИЕ\n"
        "о наставничестве в МБОУ «Гимназия № 5»\n\n"
        "1. Общие положения\n"
        "1.1. Положение разработано в соответствии с Федеральным законом от 29.12.2012 "
        "№ 273-ФЗ.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2023-03-25"


# -- two stamps merged into one line ---------------------------------------------------------


def test_merged_stamps_are_dated_by_the_later_approval(judge) -> None:
    text = (
        "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 3» г. Кызыла "
        "РАССМОТРЕНО УТВЕРЖДЕНО методическим советом приказом директора МБОУ «Лицей № 3» "
        "МБОУ «Лицей № 3» протокол от 14.09.2023 № 87-о от 31.08.2023 № 1 "
        "Положение о наставничестве педагогических работников МБОУ «Лицей № 3» "
        "1. Общие положения 1.1. Настоящее положение устанавливает порядок наставничества. "
        "1.2. Положение разработано в соответствии с Федеральным законом от 29.12.2012 "
        '№ 273-ФЗ "Об образовании в Российской Федерации".'
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2023-09-14"


def test_stamps_each_before_its_date_on_one_line_keep_their_order(judge) -> None:
    text = (
        "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 3» г. Кызыла "
        "РАССМОТРЕНО методическим советом протокол № 1 от 14.09.2023 "
        "УТВЕРЖДЕНО приказом директора № 87-о от 31.08.2023 "
        "Положение о наставничестве педагогических работников МБОУ «Лицей № 3» "
        "1. Общие положения 1.1. Настоящее положение устанавливает порядок наставничества. "
        "1.2. Положение разработано в соответствии с Федеральным законом от 29.12.2012 "
        '№ 273-ФЗ "Об образовании в Российской Федерации".'
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2023-08-31"  # each date follows its own stamp: no reordering
