"""Round-23 shapes, in own wording: a municipal authority's letterhead names the territory it
serves, which a school's name often shares — that alone does not make the order the school's;
a date in a clause that calls something already approved («программ, утверждённых …») is the
approving act's; a photographed удостоверение whose requisites' blanks the OCR dropped (the
labels alone on their lines) is unfilled; a meeting a document is prepared for is still to
come and does not date it; a news headline about a regulation is no regulation."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- a municipal authority's order, the school's place in its letterhead -----------------------


def test_a_district_departments_order_is_not_the_schools_own(judge) -> None:
    text = (
        "АДМИНИСТРАЦИЯ ЛЕСНОГОРСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\n"
        "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\n\n"
        "ПРИКАЗ\n\n"
        "от 03.10.2024 № 212\n\n"
        "О мониторинге внедрения целевой модели наставничества\n\n"
        "В целях контроля за внедрением целевой модели наставничества ПРИКАЗЫВАЮ:\n"
        "1. Провести в ноябре 2024 года мониторинг реализации системы наставничества "
        "в общеобразовательных организациях района.\n"
        "2. Руководителям организаций представить сведения до 20.11.2024.\n\n"
        "Начальник управления ________ О.В. Круглова\n"
    )
    d = judge(text, "1.3", year=2024, org="Лесногорск СОШ 2")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "issuer_not_reporting_org" in d.flags


def test_a_city_committees_order_is_not_the_schools_own(judge) -> None:
    text = (
        "КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ ГОРОДА ЗАРЕЧЕНСКА\n\n"
        "ПРИКАЗ\n"
        "15 сентября 2024 г.                                   № 88-о\n\n"
        "Об организации мониторинга наставничества\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Провести мониторинг реализации целевой модели наставничества в школах города.\n"
        "2. Контроль за исполнением приказа оставляю за собой.\n\n"
        "Председатель комитета ________ Р.Т. Носов\n"
    )
    d = judge(text, "1.3", year=2024, org="ООШ 5 Зареченск")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "issuer_not_reporting_org" in d.flags


def test_the_schools_own_order_naming_its_district_stays_ok(judge) -> None:
    text = (
        "МУНИЦИПАЛЬНОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n"
        "«ЛЕСНОГОРСКАЯ СРЕДНЯЯ ШКОЛА № 2»\n"
        "ЛЕСНОГОРСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\n\n"
        "ПРИКАЗ\n\n"
        "от 07.10.2024 № 131\n\n"
        "О проведении внутреннего мониторинга реализации целевой модели наставничества\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Провести в октябре 2024 года мониторинг реализации целевой модели наставничества.\n"
        "2. Контроль за исполнением приказа оставляю за собой.\n\n"
        "Директор ________ А.А. Лыкова\n"
    )
    d = judge(text, "1.3", year=2024, org="Лесногорская СОШ 2")
    assert d.verdict is Verdict.OK
    assert "issuer_not_reporting_org" not in d.flags


# -- a date of a thing already approved, in a справка's body -----------------------------------


def test_an_approving_acts_date_cut_from_its_act_word_does_not_date_a_report(judge) -> None:
    # a PDF's extraction lost the end of a line («приказом» cut to «п»)
    text = (
        "МБОУ «ОСНОВНАЯ ШКОЛА № 4»\n\n"
        "СПРАВКА\n"
        "о реализации программ наставничества\n\n"
        "В 2024 году в школе реализуются 6 программ наставничества, утверждённых п\n"
        "заведующего от 12.09.2024 № 97, по формам «учитель – учитель» и «ученик – ученик».\n\n"
        "Директор ____________ Н.С. Иволгина\n\n"
        "21.10.2024\n"
    )
    d = judge(text, "3.0", year=2024, org="ОШ 4")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2024-10-21"


def test_an_approved_plans_date_in_a_note_does_not_date_it(judge) -> None:
    text = (
        "ИНФОРМАЦИОННАЯ СПРАВКА\n"
        "о наставничестве в МАОУ «Гимназия № 9»\n\n"
        "Работа ведётся по дорожной карте, одобренной педагогическим советом\n"
        "от 29.08.2024 № 1, и по планам наставников.\n\n"
        "Заместитель директора ________ Е.В. Гусева\n"
        "18 ноября 2024 г.\n"
    )
    d = judge(text, "3.0", year=2024, org="Гимназия 9")
    assert d.doc_date == "2024-11-18"


def test_an_own_date_line_under_a_reports_title_still_dates_it(judge) -> None:
    text = (
        "СПРАВКА\n"
        "от 02.12.2024 № 14\n"
        "о программах наставничества\n\n"
        "Программы утверждены приказом директора, реализуются по плану.\n\n"
        "Директор ________ В.В. Сомов\n"
    )
    d = judge(text, "3.0", year=2024, org="СОШ 1")
    assert d.doc_date == "2024-12-02"


# -- a photographed удостоверение with its requisites left blank ------------------------------

_BLANK_PHOTO = (
    "Министерство просвещения Северной области\n"
    "ГАУ ДПО «Северный институт развития образования»\n\n"
    "УДОСТОВЕРЕНИЕ\n"
    "о повышении квалификации\n\n"
    "352400118823\n\n"
    "Регистрационный номер\n\n"
    "Город Северск\n\n"
    "Дата выдачи\n\n"
    "Настоящее удостоверение свидетельствует о том, что\n"
    "Карпова Елена Игоревна\n"
    "с 10 февраля 2025 г. по 21 февраля 2025 г.\n"
    "прошла повышение квалификации по программе\n"
    "«Наставничество в образовательной организации» в объёме 36 часов\n\n"
    "Ректор Д.С. Ильин\n"
)


def test_an_ocr_of_blank_requisites_leaves_a_certificate_undated(judge) -> None:
    d = judge(_BLANK_PHOTO, "9.2", year=2025, org="СОШ 4")
    assert d.doc_kind is DocKind.CERTIFICATE
    assert d.verdict is Verdict.NO_DATE
    assert d.doc_date is None


def test_blank_requisites_labels_with_colons_leave_it_undated_too(judge) -> None:
    text = _BLANK_PHOTO.replace("Регистрационный номер\n", "Рег. номер:\n").replace(
        "Дата выдачи\n", "Дата выдачи:\n"
    )
    d = judge(text, "9.2", year=2025, org="СОШ 4")
    assert d.verdict is Verdict.NO_DATE


def test_requisites_read_under_their_labels_still_date_a_certificate(judge) -> None:
    text = _BLANK_PHOTO.replace("Регистрационный номер\n", "Регистрационный номер\n00417\n")
    text = text.replace("Дата выдачи\n", "Дата выдачи\n24.02.2025\n")
    d = judge(text, "9.2", year=2025, org="СОШ 4")
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2025-02-24"


def test_a_filled_number_does_not_date_a_blank_issue_line(judge) -> None:
    # the number was written in, the issue date's label stands alone (round 28: its blank, the
    # OCR dropped the underscores) — the course's end does not stand in for it
    text = _BLANK_PHOTO.replace("Регистрационный номер\n", "Регистрационный номер 00417\n")
    d = judge(text, "9.2", year=2025, org="СОШ 4")
    assert d.verdict is Verdict.NO_DATE
    assert d.doc_date is None


# -- a meeting a document is prepared for ------------------------------------------------------


def test_a_council_meeting_to_come_does_not_date_an_analysis(judge) -> None:
    text = (
        "Анализ работы наставников МБОУ «СОШ № 3» в 2024 году\n\n"
        "Материал подготовлен методическим советом к совещанию при директоре "
        "27.11.2024.\n\n"
        "1. Сильные стороны: опытные наставники, устойчивые пары.\n"
        "2. Проблемы: нагрузка, формальные отчёты.\n\n"
        "Председатель методического совета ________ И.И. Орлова\n"
    )
    d = judge(text, "1.4", year=2024, org="СОШ 3")
    assert d.doc_date is None


def test_a_report_prepared_for_a_meeting_signed_later_is_dated_by_its_signature(judge) -> None:
    text = (
        "АНАЛИТИЧЕСКАЯ СПРАВКА\n"
        "по итогам мониторинга наставничества\n\n"
        "Справка подготовлена к заседанию педагогического совета 14.05.2024.\n\n"
        "Показатели мониторинга достигнуты.\n\n"
        "Заместитель директора ________ С.С. Белова\n"
        "06.05.2024\n"
    )
    d = judge(text, "1.4", year=2024, org="СОШ 3")
    assert d.doc_date == "2024-05-06"


def test_a_report_adopted_at_a_council_keeps_that_date(judge) -> None:
    text = (
        "Анализ реализации программы наставничества\n\n"
        "Рассмотрен и одобрен на заседании педагогического совета, протокол от 30.10.2024 № 3.\n\n"
        "1. Сильные стороны: опытные наставники.\n\n"
        "Руководитель рабочей группы ________ М.В. Гришина\n"
    )
    d = judge(text, "1.4", year=2024, org="СОШ 3")
    assert d.doc_date == "2024-10-30"


# -- a news headline about a regulation -------------------------------------------------------


def test_a_news_headline_about_a_regulation_is_no_regulation(judge) -> None:
    text = (
        "Главная / Новости\n\n"
        "Положение о наставничестве педагогов утверждено\n\n"
        "03.03.2025\n\n"
        "На педагогическом совете школы обсуждён проект положения о наставничестве. "
        "Документ размещён в разделе сайта «Наставничество».\n"
    )
    d = judge(text, "1.2", year=2025, org="СОШ 8")
    assert d.doc_kind is DocKind.OTHER
    assert d.verdict is Verdict.WRONG_TYPE


def test_a_news_headline_of_a_programme_adopted_is_no_programme(judge) -> None:
    text = (
        "Новости школы\n\n"
        "Программа наставничества на новый учебный год принята.\n\n"
        "Учителя и старшеклассники обсудили план встреч наставнических пар на год.\n"
    )
    d = judge(text, "2.1", year=2025, org="СОШ 8")
    assert d.doc_kind is not DocKind.PROGRAMME


def test_a_regulations_title_over_its_approval_stamp_stays_a_regulation(judge) -> None:
    text = (
        "УТВЕРЖДЕНО\n"
        "приказом директора от 01.09.2024 № 45\n\n"
        "Положение о наставничестве обучающихся\n\n"
        "1. Общие положения\n"
        "1.1. Положение определяет порядок организации наставничества обучающихся.\n"
    )
    d = judge(text, "1.2", year=2024, org="СОШ 8")
    assert d.doc_kind is DocKind.REGULATION
