"""Round-25 shapes of real school documents, in own wording: a cited act's date after a «г.» of
an earlier citation («… от 29 декабря 2012 г. № 273-ФЗ …, приказа Министерства … от …») stays
in the clause that names the grounds, never the own date; a council's adoption «от <дата>,
протокол № …» dates a report with no approval; a form's blanks typed over («"_28_" __11__
20_24_г.») give the filled date; an abbreviated month («15 Мар2024», «3 дек. 2023») is a month;
a heading in capitals after lines run together is a title, not a word of a sentence."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- a cited ministry order in the grounds of an approved report -------------------------------

# the monitored figures that make a справка on topic for 1.4
_FIGURES = (
    "Доля педагогов-наставников от общего числа педагогов – 24 %.\n"
    "Удовлетворённость наставляемых программой наставничества – 87 %.\n"
)

_STAMP_BLANK = (
    "УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 4»\n________ Л.В. Грачёва\nприказ № ___ от ____.2024 г.\n\n"
)
_STAMP_FILLED = (
    "УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 4»\n________ Л.В. Грачёва\nприказ № 57 от 30.05.2024 г.\n\n"
)
_REPORT_BODY = (
    "СПРАВКА\n"
    "по итогам внутреннего мониторинга реализации целевой модели наставничества\n"
    "в МБОУ «СОШ № 4»\n\n"
    "Общие сведения.\n"
    "Мониторинг реализации программы наставничества проведён на\n"
    "основании Федерального закона от 29 декабря 2012 г. № 273-ФЗ «Об образовании в\n"
    "Российской Федерации», приказа Министерства просвещения Российской Федерации от\n"
    "22 марта 2021 г. № 115 «Об утверждении Порядка организации и осуществления\n"
    "образовательной деятельности».\n"
    "В мониторинге приняли участие 14 наставников и 22 наставляемых обучающихся.\n" + _FIGURES
)


def test_cited_order_after_an_earlier_citation_is_not_the_reports_date(judge) -> None:
    d = judge(_STAMP_BLANK + _REPORT_BODY, "1.4", year=2024, org="СОШ 4")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_filled_approval_still_dates_a_report_citing_acts(judge) -> None:
    d = judge(_STAMP_FILLED + _REPORT_BODY, "1.4", year=2024, org="СОШ 4")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2024-05-30"


# -- a council's adoption: its date before the protocol ---------------------------------------


def test_council_adoption_dated_before_its_protocol_dates_a_report(judge) -> None:
    text = (
        "Рассмотрена\n"
        "на заседании методического совета\n"
        "от «27» мая 2024 г. (протокол № 5)\n\n"
        "СПРАВКА\n"
        "по итогам внутреннего мониторинга реализации программы наставничества\n"
        "в МАОУ «Гимназия № 9»\n\n"
        "1. В 2023-2024 учебном году сформировано 11 наставнических пар.\n"
        "2. Наставляемые педагоги успешно прошли аттестацию.\n" + _FIGURES
    )
    d = judge(text, "1.4", year=2024, org="Гимназия 9")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2024-05-27"
    assert d.verdict is not Verdict.NO_DATE


def test_council_blank_adoption_gives_no_date(judge) -> None:
    text = (
        "Рассмотрена\n"
        "на заседании методического совета\n"
        "от «___» ________ 2024 г., протокол № ___\n\n"
        "СПРАВКА\n"
        "по итогам внутреннего мониторинга реализации программы наставничества\n"
        "в МАОУ «Гимназия № 9»\n\n"
        "1. Сформировано 11 наставнических пар; мониторинг проведён с 01.04.2024 по 20.04.2024.\n"
        + _FIGURES
    )
    d = judge(text, "1.4", year=2024, org="Гимназия 9")
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_council_date_gives_way_to_an_unfilled_approval(judge) -> None:
    text = (
        "Рассмотрено на заседании педагогического совета\n"
        "от 28.08.2024 г., протокол № 1\n\n"
        "УТВЕРЖДЕНО\n"
        "приказом директора от «___» ________ 2024 г. № ___\n\n"
        "ПОЛОЖЕНИЕ\n"
        "о системе наставничества педагогических работников\n"
        "МБОУ «СОШ № 12»\n\n"
        "1. Общие положения\n"
        "1.1. Настоящее Положение определяет порядок организации наставничества.\n"
    )
    d = judge(text, "1.1", year=2024, org="СОШ 12")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date is None


# -- a form's blanks typed over -----------------------------------------------------------------


def test_date_typed_over_blanks_of_a_form(judge) -> None:
    text = (
        "СПРАВКА\n"
        "по итогам мониторинга реализации целевой модели наставничества\n"
        'от "_28_" __11____ 20_24_г.\n\n'
        "МБОУ «Лицей № 2» г. Кирова\n\n"
        "1. В программе наставничества участвуют 9 пар «учитель – учитель».\n"
        "2. Все наставляемые завершили индивидуальные планы развития.\n" + _FIGURES
    )
    d = judge(text, "1.4", year=2024, org="Лицей 2")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2024-11-28"
    assert d.verdict is not Verdict.NO_DATE


def test_blanks_left_unfilled_give_no_date(judge) -> None:
    text = (
        "СПРАВКА\n"
        "по итогам мониторинга реализации целевой модели наставничества\n"
        'от "_28_" ________ 20___г.\n\n'
        "МБОУ «Лицей № 2» г. Кирова\n\n"
        "1. В программе наставничества участвуют 9 пар «учитель – учитель».\n" + _FIGURES
    )
    d = judge(text, "1.4", year=2024, org="Лицей 2")
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


# -- a heading in capitals after lines run together ---------------------------------------------


def test_capital_heading_after_run_together_lines_keeps_its_date(judge) -> None:
    text = (
        "Приложение 3 к положению о мониторинге программ наставничества в образовательных "
        "организациях городского округа Коды СПРАВКА О РЕЗУЛЬТАТАХ МОНИТОРИНГА НАСТАВНИЧЕСТВА "
        "за первое полугодие 2024 года от 10.07.2024 г. Наименование организации "
        "МБОУ «Ивановская средняя школа» Число наставнических пар 12 Доля наставляемых, "
        "завершивших программу, "
        "75 %\n"
    )
    text += "Показатель Значение Примечание " * 30 + "\n"  # the form runs on for a page
    d = judge(text, "1.4", year=2024, org="Ивановская средняя школа")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2024-07-10"


def test_act_cited_in_a_sentence_on_the_heading_line_is_not_the_date(judge) -> None:
    text = (
        "Главная задача школы в 2023 году, – повысить статус наставника (Указ от 27.06.2022 "
        "№ 401 «О проведении в Российской Федерации Года педагога и наставника»).\n"
        "В школе работают 8 наставников.\n"
    )
    d = judge(text, "1.4", year=2024, org="СОШ 6")
    assert d.doc_date is None


# -- an abbreviated month -----------------------------------------------------------------------


def test_abbreviated_month_glued_to_the_year_on_a_news_page(judge) -> None:
    text = (
        "15 Мар2024\n"
        "В школе прошла встреча молодых педагогов с наставниками: опытные учителя провели "
        "открытые уроки и ответили на вопросы коллег.\n"
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_kind is DocKind.OTHER
    assert d.doc_date == "2024-03-15"


def test_abbreviated_month_with_a_dot(judge) -> None:
    text = "3 дек. 2023\nНаставники колледжа провели мастер-класс для студентов первого курса.\n"
    d = judge(text, "1.4", year=2024)
    assert d.doc_date == "2023-12-03"


def test_abbreviated_month_without_a_day_is_no_date(judge) -> None:
    text = (
        "Мар 2024\n"
        "В школе прошла встреча молодых педагогов с наставниками: опытные учителя провели "
        "открытые уроки и ответили на вопросы коллег.\n"
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_date is None
