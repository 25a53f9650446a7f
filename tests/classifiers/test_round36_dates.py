"""Round-36 date shapes, in own wording: an order's own date line present but blank (typed
blanks, or a scan's «от №» with the underscores lost) — no other date in the text stands in for
it, and a labelled term date never dates an order; a grounds line whose act's name runs on to
the line of its requisites; a clause's «от» closing the line above a date; a date-like part of
a number after «№»; a state register's record; «Введено в действие приказом …» as an approval
stamp; a collective agreement adopted by its workers' meeting; a cited act's line with its
number before the issuer."""

from __future__ import annotations

import pytest

from evidence.models import DocKind, Verdict

# -- an order's own date line left blank ------------------------------------------------------

SCANNED_ORDER = (
    "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ ГОРОДА ОРЛА\n"
    "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖД\n"
    "\n"
    "«ДЕТСКИЙ САД КОМБИНИРОВАННОГО ВИДА № 15 «СОЛНЫШКО»\n"
    "302001, г. Орёл, ул. Ленина, д. 12, тел. 8 (4862) 11-22-33\n"
    "\n"
    "ПРИКАЗ\n"
    "\n"
    "от №\n"
    "\n"
    "Об утверждении Положения о наставничестве\n"
    "\n"
    "педагогических работников МБДОУ № 15\n"
    "\n"
    "В соответствии с Трудовым кодексом РФ, Федеральным законом от\n"
    "29.12.2012 № 273-ФЗ,\n"
    "\n"
    "письмом Минпросвещения России от 21.12.2021 №\n"
    "АЗ-1128/08, приказом\n"
    "\n"
    "управления образования г. Орла от 22.01.2024 № 31 «О развитии\n"
    "системы наставничества\n"
    "\n"
    "в детских садах», в целях помощи молодым педагогам\n"
    "\n"
    "ПРИКАЗЫВАЮ:\n"
    "\n"
    "1. Утвердить Положение о наставничестве педагогических работников\n"
    "МБДОУ № 15 (приложение).\n"
    "\n"
    "2. Контроль исполнения приказа оставляю за собой.\n"
    "\n"
    "Заведующий МБДОУ № 15 [подпись] Т. В. Орлова\n"
)


def test_a_scans_blank_date_line_leaves_the_order_undated(judge) -> None:
    # «от ____ № ___» read back as «от №»: the grounds' act on a line of its own is not the
    # order's date
    d = judge(SCANNED_ORDER, "1.1")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_a_scans_filled_date_line_still_dates_the_order(judge) -> None:
    d = judge(SCANNED_ORDER.replace("от №\n", "от 30.08.2024 № 71\n"), "1.1")
    assert d.doc_date == "2024-08-30"


TEMPLATE_ORDER = (
    "МУНИЦИПАЛЬНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n"
    "«ДЕТСКИЙ САД № 15 «СОЛНЫШКО»\n"
    "ПРИКАЗ\n"
    "«__» ___________ 20__ г. № _____\n"
    "О проведении мониторинга реализации\n"
    "системы наставничества педагогических работников в 2024 году\n"
    "Начало учебного года: 02.09.2024. Период мониторинга: ноябрь 2024 года.\n"
    "На основании Положения о наставничестве педагогических работников\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Провести мониторинг реализации системы наставничества с 11.11.2024 по 22.11.2024.\n"
    "2. Контроль исполнения приказа оставляю за собой.\n"
    "Заведующий _____________ Т. В. Орлова\n"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Начало учебного года: 02.09.2024. Период мониторинга: ноябрь 2024 года.", id="term"
        ),
        pytest.param("Период мониторинга: 11.11.2024.", id="unlabelled"),
    ],
)
def test_a_date_below_a_blank_own_date_line_is_not_the_orders(judge, line: str) -> None:
    text = TEMPLATE_ORDER.replace(
        "Начало учебного года: 02.09.2024. Период мониторинга: ноябрь 2024 года.", line
    )
    d = judge(text, "1.3")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_a_labelled_start_of_the_year_never_dates_an_order(judge) -> None:
    # no date line at all: the start of the school year under the title is a term
    text = TEMPLATE_ORDER.replace("«__» ___________ 20__ г. № _____\n", "")
    assert judge(text, "1.3").doc_date is None


def test_a_filled_own_date_line_still_dates_the_order(judge) -> None:
    text = TEMPLATE_ORDER.replace("«__» ___________ 20__ г. № _____", "«28» октября 2024 г. № 57")
    assert judge(text, "1.3").doc_date == "2024-10-28"


SITE_ORDER = (
    "ПРИКАЗ\n"
    "№ ______                                      от «____» _______________ 20___ г.\n\n"
    "Об утверждении Положения о наставничестве обучающихся\n\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о наставничестве обучающихся (приложение).\n"
    "2. Контроль исполнения приказа оставляю за собой.\n\n"
    "Директор                     ____________                 Е. С. Климова\n\n"
    "Лента новостей\n"
    "{feed}\n"
)


def test_a_news_feed_under_an_order_with_a_blank_date_line_dates_nothing(judge) -> None:
    d = judge(SITE_ORDER.format(feed="27.09.2024 Осенний кросс"), "1.2")
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_an_order_with_no_date_line_keeps_its_date_under_the_signature(judge) -> None:
    text = SITE_ORDER.replace(
        "№ ______                                      от «____» _______________ 20___ г.\n",
        "№ 88\n",
    ).format(feed="")
    text = text.replace("Е. С. Климова\n", "Е. С. Климова\n03.09.2024\n")
    assert judge(text, "1.2").doc_date == "2024-09-03"


# -- a grounds line whose act's name runs on to its requisites --------------------------------

REPORT = (
    "АНАЛИТИЧЕСКАЯ СПРАВКА\n"
    "по итогам мониторинга реализации программы наставничества\n\n"
    "{grounds}\n"
    "Сроки проведения: с 07.10.2024 по 18.10.2024.\n\n"
    "1. Наставническими парами охвачено 34 обучающихся.\n"
    "2. Удовлетворённость участников программы - 88 %.\n\n"
    "Заместитель директора по УВР                              Н. П. Гусева\n"
)


def test_the_grounds_act_wrapped_onto_its_requisites_dates_nothing(judge) -> None:
    grounds = (
        "Основание: приказ директора «О проведении мониторинга реализации программы»\n"
        "от 23.09.2024 № 301"
    )
    d = judge(REPORT.format(grounds=grounds), "1.4")
    assert d.doc_date is None


def test_a_report_with_its_own_date_line_under_the_title_is_still_dated(judge) -> None:
    grounds = "от 21.10.2024 № 12\nОснование: приказ директора от 23.09.2024 № 301."
    assert judge(REPORT.format(grounds=grounds), "1.4").doc_date == "2024-10-21"


# -- a clause's «от» closing the line above the date ------------------------------------------

SELF_REPORT = (
    "Отчёт о результатах самообследования за 2023 г.\n\n"
    "Устав МКДОУ:\n\n"
    "{charter}\n\n"
    "Лицензия:\n\n"
    "Лицензия № 277 от 19 декабря 2016 г., серия\n40Л01\n\n"
    "Учреждение расположено в жилом районе города. Проектная наполняемость - 180 мест.\n"
)


def test_a_date_wrapped_after_a_clauses_from_is_the_acts(judge) -> None:
    charter = (
        "Запись в реестре внесена, утверждён\n"
        "Постановлением администрации муниципального\n"
        "района «Город Энск и Энский район» от\n"
        "16.12.2015 г. № 1202"
    )
    assert judge(SELF_REPORT.format(charter=charter), "1.4").doc_date is None


def test_a_date_line_under_a_title_line_ending_in_a_word_still_dates(judge) -> None:
    text = "ПРИКАЗ\nот 16.12.2024 г. № 1202\nОб утверждении Положения о наставничестве\n"
    assert judge(text, "1.1").doc_date == "2024-12-16"


def test_a_register_record_dates_nothing(judge) -> None:
    charter = "ГРН 2164012345678 от 21.05 2019г., внесена в реестр"
    assert judge(SELF_REPORT.format(charter=charter), "1.4").doc_date is None


# -- a date-like part of a number after «№» ---------------------------------------------------

LETTER = (
    "Письмо №{number} от 12 ноября 2019 г.\n"
    "Документы / Письма /\n"
    "О проведении регионального конкурса наставников\n"
    "Руководителям образовательных организаций. Информируем о проведении конкурса.\n"
)


@pytest.mark.parametrize("number", ["07-5120/03-11/19", "14-88/01.10.19"])
def test_a_date_shaped_part_of_a_number_is_no_date(judge, number: str) -> None:
    d = judge(LETTER.format(number=number), "1.1")
    assert d.doc_date == "2019-11-12"


def test_a_date_after_a_number_and_a_space_is_still_read(judge) -> None:
    from classifiers.dates import find_dates

    hits = find_dates("Протокол № 5 12.03.24 г.", 2030)
    assert [h.date.isoformat() for h in hits] == ["2024-03-12"]


# -- «Введено в действие приказом …» ----------------------------------------------------------

SCHEDULE = (
    "Календарный учебный график на 2024-2025 учебный год\n\n"
    "Рассмотрено и принято\n"
    "на заседании педагогического совета\n"
    "Протокол № 5\n"
    "«27» мая 2024 года\n\n"
    "{stamp}\n"
    "Центра дополнительного образования\n"
    "от «27» мая 2024 года № 88\n\n"
    "Календарный учебный график\n"
    "на 2024-2025 учебный год\n\n"
    "Пояснительная записка\n"
    "1. Календарный учебный график регламентирует организацию образовательной деятельности.\n"
)


def test_an_enactment_stamp_dates_the_schedule(judge) -> None:
    d = judge(SCHEDULE.format(stamp="Введено в действие приказом"), "3.1")
    assert d.doc_date == "2024-05-27"


def test_a_schedule_citing_an_order_in_a_sentence_is_not_dated_by_it(judge) -> None:
    d = judge(SCHEDULE.format(stamp="Разработан с учётом приказа"), "3.1")
    assert d.doc_date is None


# -- a collective agreement adopted by its workers' meeting -----------------------------------

COLLECTIVE = (
    "КОЛЛЕКТИВНЫЙ ДОГОВОР\n"
    "муниципального бюджетного учреждения «Спортивная школа»\n"
    "на 2025-2027 годы\n\n"
    "{stamp}\n"
    "Протокол № 2 от 05.12.2024 г.\n"
    "Муниципальное бюджетное учреждение «Спортивная школа», именуемое далее «Работодатель», и "
    "работники в лице председателя первичной профсоюзной организации договорились о "
    "нижеследующем:\n"
    "1. Настоящий коллективный договор регулирует социально-трудовые отношения.\n"
)


def test_a_workers_meeting_protocol_dates_the_collective_agreement(judge) -> None:
    stamp = "Утвержден\nна общем собрании работников\nучреждения"
    assert judge(COLLECTIVE.format(stamp=stamp), "2.1").doc_date == "2024-12-05"


def test_a_cited_protocol_in_a_clause_does_not_date_the_agreement(judge) -> None:
    stamp = "Разработан с учётом решения общего собрания работников"
    assert judge(COLLECTIVE.format(stamp=stamp), "2.1").doc_date is None


# -- a cited act's line, its number before the issuer -----------------------------------------

NEWS = (
    "ШКОЛЕ ПРИСВОЕН НОВЫЙ СТАТУС!\n\n"
    "Нашей спортивной школе присвоен статус школы олимпийского резерва!\n\n"
    "Получению статуса во многом помогли наши лыжники и биатлонисты, успешно выступавшие на "
    "всероссийских соревнованиях!\n\n"
    "За последние два года улучшились условия тренировок, пришли новые тренеры и новые дети.\n\n"
    "Поздравляем тренеров и спортсменов!\n\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        pytest.param(
            "Приказ № 512 Минспорта России от 14.10.2021 «Об утверждении перечня»",
            True,
            id="number_then_issuer",
        ),
        pytest.param("Приказ Минспорта России от 14.10.2021 № 512", True, id="issuer_first"),
        pytest.param("Приказ № 512 от 14.10.2021", False, id="own_requisites"),
    ],
)
def test_a_cited_acts_line_with_its_number_before_the_issuer(line: str, cited: bool) -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _in_citation_line

    text = "Поздравляем тренеров и спортсменов!\n\n" + line + "\n"
    assert [_in_citation_line(text, h) for h in find_dates(text)] == [cited]


def test_a_lone_date_line_still_dates_the_news(judge) -> None:
    assert judge(NEWS.format(line="14.10.2021"), "1.1").doc_date == "2021-10-14"
