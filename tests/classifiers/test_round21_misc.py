"""Round-21 shapes other than agreements, in own wording: a person's appointment or hiring
date in a report's head (not the report's date); a scan's OCR that leaves empty quotes or
dots of the blanks before a typed year; an order whose pairs appear only in its plan of
events; a справка drawn up in the reporting year on a period long past."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- a person's appointment date is not the document's ---------------------------------------


def test_a_mentees_appointment_date_in_a_report_head_is_not_its_date(judge) -> None:
    text = (
        "ОТЧЁТ\n"
        "наставника о работе с молодым педагогом за 2023–2024 учебный год\n\n"
        "МАОУ «Гимназия № 4» г. Кирова\n\n"
        "Наставник: Лаптева Ольга Ивановна, учитель русского языка.\n"
        "Наставляемый: Сорокин Денис Андреевич, руководитель ШМО (назначен на должность "
        "15.01.2024).\n\n"
        "За год проведено 14 консультаций, посещено 10 уроков наставляемого, он дал три "
        "открытых урока и выступил на заседании ШМО.\n\n"
        "Наставник ____________ О.И. Лаптева\n"
        "24.05.2024\n"
    )
    d = judge(text, "3.2", year=2024)
    assert d.doc_date == "2024-05-24"


def test_a_labelled_appointment_date_in_a_programme_card_is_not_its_date(judge) -> None:
    text = (
        "ОТЧЁТ О РЕАЛИЗАЦИИ ПРОГРАММЫ НАСТАВНИЧЕСТВА\n\n"
        "Наставляемая: Гусева Алина Петровна, воспитатель\n"
        "Дата назначения на должность: 02.10.2023\n"
        "Наставник: Орехова Тамара Львовна, старший воспитатель\n\n"
        "Проведено 9 встреч, разработан план самообразования, наставляемая провела открытое "
        "занятие для коллег.\n\n"
        "Старший воспитатель              Т.Л. Орехова\n"
        "30.05.2024\n"
    )
    d = judge(text, "3.2", year=2024)
    assert d.doc_date == "2024-05-30"


def test_a_report_dated_under_its_heading_keeps_that_date(judge) -> None:
    text = (
        "ОТЧЁТ\n"
        "от 21.05.2024\n"
        "о работе наставника за 2023–2024 учебный год\n\n"
        "Наставник: Лаптева Ольга Ивановна, учитель русского языка.\n"
        "Наставляемый: Сорокин Денис Андреевич (принят на работу 28.08.2023).\n\n"
        "Проведено 14 консультаций.\n"
    )
    d = judge(text, "3.2", year=2024)
    assert d.doc_date == "2024-05-21"


# -- blanks before a typed year that a scan's OCR turned into quotes or dots -----------------

ORDER_ON_REGULATION = (
    "МБОУ «Основная общеобразовательная школа № 9»\n\n"
    "ПРИКАЗ\n\n"
    "{line}                                              № ____\n\n"
    "Об утверждении Положения о наставничестве обучающихся\n\n"
    "В целях реализации целевой модели наставничества\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о наставничестве обучающихся (приложение).\n"
    "2. Назначить куратором наставничества обучающихся педагога-организатора Белову К.С.\n"
    "3. Контроль исполнения приказа оставляю за собой.\n\n"
    "Директор                                              С.В. Жуков\n"
)


def test_empty_day_quotes_before_a_typed_year_are_blanks_of_the_date(judge) -> None:
    d = judge(ORDER_ON_REGULATION.format(line="от «    »  2024 г."), "1.2", year=2024)
    assert d.verdict is Verdict.NO_DATE
    assert d.doc_kind is DocKind.ORDER
    assert "указан только 2024 год" in d.message


def test_a_run_of_dots_before_a_typed_year_is_a_blank_of_the_date(judge) -> None:
    d = judge(ORDER_ON_REGULATION.format(line="от .............. 2024 года"), "1.2", year=2024)
    assert d.verdict is Verdict.NO_DATE
    assert "needs_review" in d.flags


def test_a_year_typed_alone_on_the_date_line_still_settles_not_after(judge) -> None:
    d = judge(ORDER_ON_REGULATION.format(line="2024 г."), "1.2", year=2024)
    assert d.verdict is Verdict.OK
    assert "needs_review" in d.flags


# -- pairs named only in the order's plan of events ------------------------------------------

ORGANISING_ORDER = (
    "МАОУ «Лицей № 12»\n\n"
    "ПРИКАЗ\n"
    "от 04.09.2024                                                № 210-о\n\n"
    "О реализации программы наставничества в 2024–2025 учебном году\n\n"
    "В целях реализации целевой модели наставничества\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Назначить куратором реализации программы наставничества заместителя директора "
    "Лукину Е.В.\n"
    "2. Утвердить план мероприятий по наставничеству на учебный год (приложение).\n"
    "{clause}"
    "Контроль исполнения приказа оставляю за собой.\n\n"
    "Директор                                              А.Н. Пахомов\n\n"
    "{plan}"
)
PLAN = (
    "План мероприятий по реализации программы наставничества\n"
    "1. Выявление педагогов, нуждающихся в сопровождении — сентябрь.\n"
    "2. Работа наставнических пар по индивидуальным планам — октябрь–май.\n"
    "3. Круглый стол «Итоги года наставничества» — май.\n"
)


def test_pairs_named_only_in_the_plan_of_events_are_not_fixed(judge) -> None:
    d = judge(ORGANISING_ORDER.format(clause="", plan=PLAN), "2.3", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC
    assert d.doc_kind is DocKind.ORDER
    assert "плане мероприятий" in d.message


def test_a_roadmap_appendix_and_a_deferred_clause_fix_no_pairs(judge) -> None:
    roadmap = (
        "Приложение № 1 к приказу. Дорожная карта\n"
        "| Мероприятие | Срок |\n"
        "| Закрепление наставнических пар | до 15 сентября |\n"
        "| Мониторинг работы наставнических пар | апрель |\n"
    )
    clause = "3. Куратору подготовить проект приказа о составе наставнических пар.\n"
    d = judge(ORGANISING_ORDER.format(clause=clause, plan=roadmap), "2.3", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC
    assert "отдельным актом" in d.message


def test_an_order_that_fixes_pairs_and_attaches_a_plan_stays_ok(judge) -> None:
    clause = (
        "3. Закрепить наставнические пары:\n"
        "- наставник Фомина Л.Г., учитель химии — наставляемый Титов К.О., учитель биологии;\n"
        "- наставник Руденко П.А., учитель физики — наставляемая Жилина М.С., учитель "
        "математики.\n"
    )
    d = judge(ORGANISING_ORDER.format(clause=clause, plan=PLAN), "2.3", year=2024)
    assert d.verdict is Verdict.OK


def test_pairs_listed_in_an_appendix_after_the_plan_are_fixed(judge) -> None:
    clause = "3. Утвердить состав наставнических пар (приложение 2).\n"
    pairs = (
        "Приложение 2\n"
        "Состав наставнических пар\n"
        "1. Наставник Фомина Л.Г. — наставляемый Титов К.О.\n"
        "2. Наставник Руденко П.А. — наставляемая Жилина М.С.\n"
    )
    plan = "Приложение 1\n" + PLAN + "\n" + pairs
    d = judge(ORGANISING_ORDER.format(clause=clause, plan=plan), "2.3", year=2024)
    assert d.verdict is Verdict.OK


# -- a справка of the reporting year on a period long past -----------------------------------

REPORT = (
    "МБОУ «Средняя общеобразовательная школа № 6»\n\n"
    "СПРАВКА\n"
    "о результатах мониторинга реализации программы наставничества\n"
    "{period}\n\n"
    "{date}\n\n"
    "Показатели мониторинга:\n"
    "- доля педагогов-наставников от общего числа педагогов – 18 %;\n"
    "- доля молодых специалистов, охваченных наставничеством – 100 %;\n"
    "- удовлетворённость наставляемых работой в парах – 86 %.\n"
    "Вывод: программа наставничества реализуется, показатели выше плановых.\n\n"
    "Заместитель директора                               Н.Е. Гаврилова\n"
)


def test_a_report_of_this_year_on_a_period_long_past_is_not_the_current_monitoring(
    judge,
) -> None:
    d = judge(REPORT.format(period="за 2021 год", date="Дата: 14.10.2024"), "1.4", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2024-10-14"
    assert "за 2021 год" in d.message


def test_an_archival_report_on_a_past_school_year_is_off_topic(judge) -> None:
    d = judge(
        REPORT.format(period="за 2020–21 уч. год", date="от 02.03.2024 № 7"), "1.4", year=2024
    )
    assert d.verdict is Verdict.OFF_TOPIC
    assert "давнего периода" in d.message


def test_a_report_on_the_school_year_just_ended_stays_ok(judge) -> None:
    d = judge(
        REPORT.format(period="за 2023/2024 учебный год", date="Дата: 27.05.2024"), "1.4", year=2024
    )
    assert d.verdict is Verdict.OK


def test_an_old_report_of_its_own_years_is_still_the_wrong_year(judge) -> None:
    d = judge(
        REPORT.format(period="за 2021/2022 учебный год", date="Дата: 25.05.2022"), "1.4", year=2024
    )
    assert d.verdict is Verdict.WRONG_YEAR
