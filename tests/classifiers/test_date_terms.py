"""A document's own date is never a date that merely stands in it: a programme's or a
regulation's labelled dates of its term and events («Начало учебного года: …», «Срок реализации
программы: … – …», «Сроки проведения: …», «Дата заполнения: …») are not its date (a labelled
date of approval or signing is); a handwritten day and month a scan's OCR read as specks beside
the typed year are not guessed (no date, to be reviewed); a date line in words («двадцать
девятое августа 2024 года», «29 августа две тысячи двадцать четвёртого года») is read."""

from __future__ import annotations

import pytest

from evidence.models import DocKind, Verdict

# -- a programme's title block: labelled dates of its term and events ---------------------------

_PROGRAMME = (
    "Муниципальное автономное общеобразовательное учреждение\n«Гимназия № 12»\n\n"
    "ПРОГРАММА НАСТАВНИЧЕСТВА\nмолодых педагогов «Первые шаги»\n\n{label}\n\n"
    "1. Пояснительная записка\nПрограмма наставничества определяет порядок поддержки молодых "
    "педагогов в первые годы работы. Наставник сопровождает наставляемого, помогает "
    "спланировать уроки и освоить работу с классом.\n"
    "2. Цель и задачи\nЦель программы — профессиональное становление молодого педагога.\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "Начало учебного года: 02.09.2024",
        "Срок реализации программы: 02.09.2024 – 30.05.2025",
        "Период реализации: 02.09.2024 - 30.05.2025",
        "Дата начала реализации: 02.09.2024",
        "Дата окончания: 30.05.2025",
        "Сроки проведения: 14.10.2024",
        "Дата проведения: 14 октября 2024 года",
        "Дата заполнения: 16.09.2024",
        "Сроки реализации программы наставничества: 02.09.2024 – 30.05.2025",
    ],
)
def test_labelled_term_date_does_not_date_a_programme(judge, label: str) -> None:
    d = judge(_PROGRAMME.format(label=label), "3.2")
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date is None


@pytest.mark.parametrize(
    "label",
    [
        "Дата утверждения: 29.08.2024",
        "Дата составления: 29.08.2024",
        "Дата подписания: 29.08.2024",
        "Утверждено приказом директора от 29.08.2024 № 141",
    ],
)
def test_labelled_own_date_still_dates_a_programme(judge, label: str) -> None:
    d = judge(_PROGRAMME.format(label=label), "3.2")
    assert d.doc_date == "2024-08-29"


def test_approval_stamp_dates_a_programme_beside_its_term(judge) -> None:
    text = _PROGRAMME.format(
        label="УТВЕРЖДЕНО\nприказом директора\nот 29.08.2024 № 141\n\n"
        "Срок реализации программы: 02.09.2024 – 30.05.2025"
    )
    d = judge(text, "3.2")
    assert d.doc_date == "2024-08-29"


def test_start_of_a_term_does_not_date_a_regulation(judge) -> None:
    text = (
        "ПОЛОЖЕНИЕ\nо системе наставничества педагогических работников\n"
        "МБОУ «Лицей № 4»\n\nДата начала действия: 01.09.2024\n\n"
        "1. Общие положения\n1.1. Настоящее Положение определяет порядок организации "
        "наставничества в лицее.\n1.2. Наставничество организуется для молодых специалистов.\n"
        "2. Права и обязанности наставника\n2.1. Наставник обязан помогать наставляемому.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date is None


def test_meeting_protocol_keeps_its_day_of_meeting(judge) -> None:
    # a meeting's own protocol is dated by the day the meeting was held
    text = (
        "ПРОТОКОЛ № 3\nзаседания школьного методического объединения наставников\n\n"
        "Дата проведения: 21.11.2024\nПрисутствовали: 9 человек.\n\n"
        "ПОВЕСТКА ДНЯ:\n1. О промежуточных итогах работы наставнических пар.\n\n"
        "СЛУШАЛИ: Орлову Е.В., руководителя объединения.\n"
        "РЕШИЛИ: продолжить работу пар по утверждённым планам.\n\n"
        "Председатель ________ Е.В. Орлова\nСекретарь ________ Т.Н. Рябова\n"
    )
    d = judge(text, "1.1")
    assert d.doc_date == "2024-11-21"


# -- a handwritten day and month read as specks beside the typed year -------------------------

_ORDER = (
    "Муниципальное бюджетное общеобразовательное учреждение\n«Средняя школа № 21»\n\n"
    "ПРИКАЗ\n\n{line}\n\nОб утверждении Положения о наставничестве\n\n"
    "В целях реализации целевой модели наставничества\nПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о наставничестве педагогических работников.\n"
    "2. Контроль исполнения приказа оставляю за собой.\n\n"
    "Директор ____________ Н.П. Соколова\n"
)


@pytest.mark.parametrize(
    "line",
    ["от «l» l 2024 г. № 77", "от « 1» 1 2024 г. № 77", "от «I» 1 2024 г № 77"],
)
def test_specks_for_day_and_month_give_no_date(judge, line: str) -> None:
    d = judge(_ORDER.format(line=line), "1.1")
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE
    assert "needs_review" in d.flags
    assert "проверьте вручную" in d.message


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("от «ЗО» O8 2024 г. № 77", "2024-08-30"),
        ("от « 2 » 09. 2024 г. № 77", "2024-09-02"),
        ("от 2.9.2024 № 77", "2024-09-02"),
    ],
)
def test_a_read_day_and_month_still_date_the_order(judge, line: str, date: str) -> None:
    d = judge(_ORDER.format(line=line), "1.1")
    assert d.doc_date == date


# -- a date line in words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("от двадцать девятое августа 2024 года № 77", "2024-08-29"),
        ("от третье сентября 2024 г. № 77", "2024-09-03"),
        ("от 29 августа две тысячи двадцать четвёртого года № 77", "2024-08-29"),
        ("от «5» сентября две тысячи двадцать четвертого года № 77", "2024-09-05"),
        ("от двадцать девятое августа две тысячи двадцать четвёртого года № 77", "2024-08-29"),
        # already read before: the genitive
        ("от тридцать первого августа 2024 года № 77", "2024-08-31"),
    ],
)
def test_date_line_in_words(judge, line: str, date: str) -> None:
    d = judge(_ORDER.format(line=line), "1.1")
    assert d.doc_date == date


def test_words_without_a_year_are_no_date(judge) -> None:
    d = judge(_ORDER.format(line="от двадцать девятое августа текущего года № 77"), "1.1")
    assert d.doc_date is None
