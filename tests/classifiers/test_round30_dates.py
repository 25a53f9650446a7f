"""Round-30 date and topic shapes, in own wording: a blank line a scan's OCR puts inside a
preamble's sentence does not part a cited act from its date; a locality's «г. Кирова» ends no
grounds clause; «приказы о …» (plural) cite acts; «Размещено на сайте: …» is a posting date; an
order approving the roster of mentees fixes participants; «Рекомендовано … протокол от …» dates
a methodological material."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- a blank line inside a preamble's sentence (a scan's OCR) ---------------------------------


def test_ocr_blank_line_does_not_free_a_cited_acts_date(judge) -> None:
    # the own date line is a blank whose underscores the OCR dropped; the preamble's cited
    # act's name and its date are parted by a blank line
    text = (
        "МАОУ «Лицей № 3» г. Орска\n\n"
        "ПРИКАЗ\n\n"
        "№\n\n"
        "О закреплении наставников за молодыми педагогами\n\n"
        "Во исполнение постановления администрации города Орска об организации\n"
        "наставничества\n\n"
        "от 14.02.2024 № 233-п, в целях профессионального становления молодых педагогов\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Закрепить наставников за молодыми педагогами: Ковалёву Н.А. за Бережной О.С., "
        "Гусева П.Р. за Лыковым Д.И.\n"
        "2. Контроль исполнения приказа оставляю за собой.\n\n"
        "Директор Т.В. Смирнова\n"
    )
    d = judge(text, "2.3", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_place_line_under_a_title_still_dates_an_agreement(judge) -> None:
    # a blank line, then a place in lower case («г. …») opening its line: not a sentence going on
    text = (
        "Договор о сетевом взаимодействии\n\n"
        "г. Вологда, 3 февраля 2024 г.\n\n"
        "ООО «Северсталь-Инжиниринг» (далее — Организация), в лице директора Фомина Р.А., и "
        "МБОУ «СОШ № 8» (далее — Школа), в лице директора Лебедевой Е.И., заключили настоящий "
        "договор о нижеследующем.\n\n"
        "1. Организация предоставляет Школе наставников из числа своих инженеров для "
        "обучающихся 9–11 классов.\n"
        "2. Договор действует до 31.08.2025.\n\n"
        "Директор Организации ______ Р.А. Фомин\nДиректор Школы ______ Е.И. Лебедева\n"
    )
    d = judge(text, "2.1", year=2024)
    assert d.doc_date == "2024-02-03"


# -- a locality's abbreviation inside a grounds clause ----------------------------------------


def test_locality_abbreviation_does_not_end_the_grounds_clause(judge) -> None:
    text = (
        "ПРИКАЗ № 61-од\n\n"
        "Об организации наставничества в 2024/2025 учебном году\n\n"
        "На основании Положения о наставничестве и письма департамента образования "
        "администрации г. Кирова от 03.09.2024 № 12-01/445 «Об организации работы»\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Закрепить наставника Орлову В.В. за молодым специалистом Зиминой А.А.\n"
        "2. Контроль оставляю за собой.\n\n"
        "Директор                 Л.П. Зайцева\n"
    )
    d = judge(text, "2.3", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_year_abbreviation_still_ends_a_clause(judge) -> None:
    # the own date line of an order after its heading, a year's «г.» before it is no locality
    text = (
        "МБОУ «Гимназия № 2» г. Кирова\n\n"
        "ПРИКАЗ\n"
        "02.09.2024 г. № 15-о\n\n"
        "О закреплении наставников\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Закрепить наставника Орлову В.В. за молодым специалистом Зиминой А.А.\n\n"
        "Директор                 Л.П. Зайцева\n"
    )
    d = judge(text, "2.3", year=2024)
    assert d.doc_date == "2024-09-02"
    assert d.verdict is Verdict.OK


# -- «приказы о …» in the plural cite acts ----------------------------------------------------

_REPORT = (
    "МАОУ «СОШ № 12» г. Пензы\n\n"
    "Аналитическая справка\n"
    "об итогах реализации целевой модели наставничества\n\n"
    "{source}\n\n"
    "Результаты по показателям:\n"
    "- наставников по приказу – 14;\n"
    "- наставляемых по приказу – 26;\n"
    "- удовлетворённость наставляемых – 88 %;\n"
    "- педагогов, прошедших КПК по наставничеству, – 3.\n\n"
    "Заместитель директора по УВР ________ О.Н. Крылова\n\n"
    "{signed}\n"
)


def test_plural_orders_named_as_sources_are_cited(judge) -> None:
    text = _REPORT.format(
        source=(
            "Источники сведений: приказы директора о закреплении пар\n"
            "от 02.09.2024 № 115 и от 16.01.2024 № 7, программы наставничества."
        ),
        signed="25.10.2024",
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2024-10-25"


def test_report_with_its_own_date_at_the_head_keeps_it(judge) -> None:
    text = _REPORT.format(source="от 21.10.2024 № 3", signed="")
    d = judge(text, "1.4", year=2024)
    assert d.doc_date == "2024-10-21"


# -- «Размещено на сайте: …» over a document ---------------------------------------------------


def test_posting_date_with_its_place_is_not_the_reports_date(judge) -> None:
    text = (
        "Опубликовано на официальном сайте: 05.04.2024 | Рубрика: Наставничество\n\n"
        "МБОУ «Школа № 44» г. Уфы\n\n"
        "СПРАВКА\nо результатах мониторинга реализации программы наставничества за 2023 год\n\n"
        "Мониторинг проведён на основании приказа директора от 02.10.2023 № 88 в период\n"
        "с 9 по 20 октября 2023 года.\n\n"
        "- наставников – 9;\n- наставляемых – 17;\n- персонализированных программ – 8;\n"
        "- удовлетворённость наставляемых – 90 %.\n\n"
        "Заместитель директора                                   Р.Ф. Галиева\n\n"
        "20.12.2023\n"
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_date == "2023-12-20"
    assert d.verdict is Verdict.WRONG_YEAR


def test_posting_sentence_without_a_date_leaves_the_date_alone(judge) -> None:
    text = (
        "МБОУ «Школа № 44» г. Уфы\n\n"
        "СПРАВКА\nо результатах мониторинга реализации программы наставничества\n\n"
        "- наставников – 9;\n- наставляемых – 17;\n- персонализированных программ – 8;\n"
        "- удовлетворённость наставляемых – 90 %. Справка размещена на сайте школы.\n\n"
        "Заместитель директора                                   Р.Ф. Галиева\n\n"
        "12.04.2024\n"
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_date == "2024-04-12"
    assert d.verdict is Verdict.OK


# -- an order approving the roster of mentees -------------------------------------------------


def test_order_approving_a_roster_of_mentees_fixes_participants(judge) -> None:
    text = (
        "ПРИКАЗ\nот 04.09.2024 № 77-од\n\n"
        "Об утверждении списка наставляемых\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Утвердить список наставляемых на 2024/2025 учебный год:\n"
        "Гришина П.А., учитель биологии, молодой специалист;\n"
        "Обучающиеся 7 «Б» класса (5 чел.), низкая учебная мотивация.\n"
        "2. Наставникам, закреплённым ранее, разработать программы до 20.09.2024.\n\n"
        "Директор                    С.К. Ильина\n"
    )
    d = judge(text, "2.4", year=2024)
    assert d.verdict is Verdict.OK


def test_roster_put_off_to_another_order_fixes_none(judge) -> None:
    text = (
        "ПРИКАЗ\nот 04.09.2024 № 76-од\n\n"
        "О подготовке к внедрению наставничества\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Заместителю директора Петровой А.А. провести анкетирование педагогов и "
        "обучающихся о готовности участвовать в программах наставничества до 20.09.2024.\n"
        "2. Руководителям методических объединений представить предложения по формам "
        "наставничества на 2024/2025 учебный год.\n"
        "3. Список наставляемых утвердить отдельным приказом.\n\n"
        "Директор                    С.К. Ильина\n"
    )
    d = judge(text, "2.4", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC


# -- «Рекомендовано … протокол от …» ----------------------------------------------------------


def test_recommended_by_a_council_dates_a_programme(judge) -> None:
    text = (
        "Ресурсный центр наставничества ГАУ ДПО «Институт развития образования»\n\n"
        "ПРИМЕРНАЯ ПРОГРАММА НАСТАВНИЧЕСТВА\n"
        "по форме «педагог – педагог»\n\n"
        "Рекомендована к применению методическим советом института,\n"
        "протокол № 5 от 21.11.2023\n\n"
        "Раздел 1. Цель: адаптация молодого педагога.\n"
        "Раздел 2. План встреч наставника и наставляемого: ______.\n"
    )
    d = judge(text, "3.3", year=2024)
    assert d.doc_date == "2023-11-21"


def test_recommendation_does_not_outrank_the_approval_stamp(judge) -> None:
    text = (
        "УТВЕРЖДЕНА\nприказом директора\nот 30.08.2024 № 90\n\n"
        "ПРОГРАММА НАСТАВНИЧЕСТВА\n"
        "по форме «педагог – педагог»\n\n"
        "Рекомендована к применению методическим советом школы, протокол № 1 от 28.08.2024\n\n"
        "Раздел 1. Цель: адаптация молодого педагога.\n"
    )
    d = judge(text, "3.3", year=2024)
    assert d.doc_date == "2024-08-30"
