"""Round-25 shapes of a document's own date, in own wording: a certificate's «Дата выдачи» with
its blank on the line under the label is undated (the course period does not stand in); a
registration line «Регистрационный номер …: № … от …» above the heading gives the document's own
requisites; a date line whose year wrapped onto the next line («05» марта  № 27-к / 2024 года);
a scan's OCR reading the day's dot as a colon («28:08 2023 № 112»); stamps side by side read
line by line, the approving order's «от … № …» beside a numbered protocol."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- a certificate's issue date: the blank under its label ---------------------------------------

_CERTIFICATE = (
    "Государственное автономное учреждение дополнительного профессионального образования\n"
    "«Региональный центр непрерывного образования»\n\n"
    "УДОСТОВЕРЕНИЕ\nо повышении квалификации\n\n"
    "Регистрационный номер\n0452-НП\n\n"
    "Дата выдачи:\n{issue}\n\n"
    "Настоящее удостоверение свидетельствует о том, что\nКоротаева Дарья Игоревна\n"
    "в период с 04.03.2024 по 15.03.2024 прошла обучение по дополнительной "
    "профессиональной программе «Организация наставничества в школе: роли наставника и "
    "наставляемого» в объёме 24 часов\n\n"
    "Директор ____________ С.В. Лаврентьев\nМ.П.\n"
)


def test_blank_issue_date_under_its_label_means_no_date(judge) -> None:
    text = _CERTIFICATE.format(issue="«____» ________________ 20___ г.")
    d = judge(text, "9.2", year=2024)
    assert d.doc_kind is DocKind.CERTIFICATE
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_blank_issue_date_read_by_ocr_under_its_label(judge) -> None:
    # a photo's OCR keeps the quotes and the printed century, drops the underscores
    text = _CERTIFICATE.format(issue="« » 20 Г.")
    d = judge(text, "9.2", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_filled_issue_date_under_its_label_dates_the_certificate(judge) -> None:
    text = _CERTIFICATE.format(issue="«18» марта 2024 г.")
    d = judge(text, "9.2", year=2024)
    assert d.doc_date == "2024-03-18"
    assert d.verdict is Verdict.OK


def test_course_period_dates_a_certificate_without_an_issue_line(judge) -> None:
    text = _CERTIFICATE.replace("Дата выдачи:\n{issue}\n\n", "")
    d = judge(text, "9.2", year=2024)
    assert d.doc_date == "2024-03-15"


# -- a registration line above the heading ------------------------------------------------------


def test_registration_line_above_the_heading_dates_the_order(judge) -> None:
    text = (
        "Муниципальное автономное общеобразовательное учреждение\n"
        "«Средняя школа № 9» г. Воткинска\n\n"
        "Регистрационный номер документа: 118/01-07 от 11.03.2024\n\n"
        "ПРИКАЗ\n\n"
        "Об организации мониторинга реализации программы наставничества\n\n"
        "В целях оценки результатов работы наставнических пар\n\nПРИКАЗЫВАЮ:\n"
        "1. Провести мониторинг реализации целевой модели наставничества в апреле.\n"
        "2. Наставникам представить отчёты о работе с наставляемыми.\n"
        "3. Контроль оставляю за собой.\n\n"
        "Директор ________ Л.Н. Перевощикова\n"
    )
    d = judge(text, "1.3", year=2024)
    assert d.doc_date == "2024-03-11"
    assert d.verdict is Verdict.OK


def test_registration_of_a_cited_act_is_not_the_document_date(judge) -> None:
    # a sentence citing another act wraps onto a line that opens with «регистрационный № …»
    text = (
        "МБОУ «Лицей № 3»\n"
        "Во исполнение приказа Минпросвещения России, зарегистрированного Минюстом России,\n"
        "регистрационный № 59925 от 15.09.2020\n\n"
        "ПРИКАЗ\n\n"
        "О мониторинге реализации целевой модели наставничества\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Провести мониторинг реализации целевой модели наставничества.\n"
        "2. Контроль оставляю за собой.\n\n"
        "Директор ________ А.А. Пестова\n"
    )
    d = judge(text, "1.3", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


# -- a date line whose year wrapped onto the next line -----------------------------------------

_WRAPPED = (
    "Управление образования Администрации города Сарапула\n"
    "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2»\n\n"
    "ПРИКАЗ\n\n"
    "{date_line}\n\n"
    "г. Сарапул\n\n"
    "Об утверждении Положения о наставничестве педагогических работников\n\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о системе наставничества педагогических работников гимназии.\n"
    "2. Контроль за исполнением приказа оставляю за собой.\n\n"
    "Директор гимназии                       Р.Ф. Габдуллин\n"
)


def test_year_wrapped_under_the_day_and_month_of_the_date_line(judge) -> None:
    text = _WRAPPED.format(date_line="«05» марта                                № 27-к\n2024 года")
    d = judge(text, "1.1", year=2024)
    assert d.doc_date == "2024-03-05"
    assert d.verdict is Verdict.OK
    assert "№ 27-к" in d.message


def test_a_date_line_without_any_year_is_not_given_one(judge) -> None:
    text = _WRAPPED.format(date_line="«05» марта                                № 27-к")
    d = judge(text, "1.1", year=2024)
    assert d.doc_date is None


# -- a scan's OCR reading the day's dot as a colon ----------------------------------------------


_COLON = (
    "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n"
    "«ДЕТСКИЙ САД № 14 «СОЛНЫШКО»\n\n"
    "ПРИКАЗ\n"
    "{date_line}\n"
    "с. Завьялово\n\n"
    "О закреплении наставников за молодыми педагогами\n\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Закрепить наставников за молодыми специалистами:\n"
    "- Шутова Е.Н., воспитатель, – наставник Ивановой К.С., воспитателя;\n"
    "- Попова Н.А., музыкальный руководитель, – наставник Гуляевой О.В.\n"
    "2. Контроль оставляю за собой.\n"
    "Заведующий Т.В. Кириллова\n"
)


def test_ocr_colon_in_the_date_line_is_read_as_a_date(judge) -> None:
    d = judge(_COLON.format(date_line="28:08 2025 Ne 112"), "2.3", year=2024)
    assert d.doc_date == "2025-08-28"
    assert d.verdict is Verdict.WRONG_YEAR


def test_ocr_colon_after_ot_with_a_dotted_year(judge) -> None:
    d = judge(_COLON.format(date_line="от 02:09.2024 № 41"), "2.3", year=2024)
    assert d.doc_date == "2024-09-02"
    assert d.verdict is Verdict.OK


def test_a_time_of_day_is_not_read_as_a_date(judge) -> None:
    text = (
        "ПРОГРАММА\nсеминара наставников «Первые шаги в профессии»\n\n"
        "10:00 – 10:15 Открытие семинара\n"
        "10:15 2 этаж, актовый зал: выступление наставников\n"
        "11:30 Подведение итогов\n"
    )
    d = judge(text, "9.3", year=2024)
    assert d.doc_date is None


# -- stamps side by side, the approving order's number closing its line ------------------------


_STAMPS = (
    "Муниципальное бюджетное общеобразовательное учреждение «Кезская СОШ № 2»\n\n"
    "СОГЛАСОВАНО УТВЕРЖДЕНО\n"
    "на заседании методического совета приказом директора школы\n"
    "{line3}\n"
    "{line4}\n\n"
    "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА\n"
    "форма наставничества «учитель – ученик»\n\n"
    "Наставник: Лекомцева И.В., учитель физики\n"
    "Наставляемый: Поздеев Артём, обучающийся 9 класса\n"
    "Цель: подготовка наставляемого к региональному этапу олимпиады по физике.\n"
    "Срок реализации: сентябрь 2024 г. – май 2025 г.\n"
)


def test_approving_order_date_beside_a_numbered_protocol(judge) -> None:
    text = _STAMPS.format(
        line3="протокол № 2 от 02.09.2024 № 143-о", line4="от 29.08.2024 ______ О.П. Трефилова"
    )
    d = judge(text, "3.6", year=2024)
    assert d.doc_date == "2024-09-02"
    assert "№ 143-о" in d.message


def test_protocol_date_before_the_next_column_number_stays_the_protocol(judge) -> None:
    # «протокол № 2 от 29.08.2024 | № 143-о от 02.09.2024»: the number after the protocol's
    # date opens the approval's requisites — the approval's date is the document's
    text = _STAMPS.format(
        line3="протокол № 2 от 29.08.2024 № 143-о от 02.09.2024",
        line4="______ О.П. Трефилова ______ Н.М. Бабина",
    )
    d = judge(text, "3.6", year=2024)
    assert d.doc_date == "2024-09-02"
