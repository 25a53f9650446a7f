"""Round-28 shapes from real fragments, in own wording: a title run on to its table of contents
on one line is still the title; a council's protocol whose number stands on the line under it is
the stamp's record, not the heading; a form's century «20 г.» wrapped under the day and month
gives no year; a letter-spaced title joined into one run still names its kind; the head of an
authority signing a распоряжение makes it the authority's act; the requisites of a check make
its report; a calendar study schedule is a plan."""

from __future__ import annotations

from evidence.models import DocKind

# -- a title run on to its table of contents (a text extracted as one line) ---------------------


def test_title_before_contents_on_one_line_is_the_title(judge) -> None:
    text = (
        "МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ГИМНАЗИЯ № 7» "
        "Рассмотрено на методическом совете протокол № 2 от 28.08.2023 «Утверждаю» Директор "
        "МАОУ «Гимназия № 7» Лапина Е.В. Приказ № 45/2 от 30.08.2023 ПРОГРАММА РАЗВИТИЯ "
        "на 2023-2027 годы Оглавление Паспорт программы .......................... 3 1. "
        "АНАЛИЗ ПОТЕНЦИАЛА РАЗВИТИЯ ....................... 5 2. НАСТАВНИЧЕСТВО КАК "
        "РЕСУРС ....................... 9 3. ОЖИДАЕМЫЕ РЕЗУЛЬТАТЫ ....................... 12"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date == "2023-08-30"  # the approving order's date, not the council's


def test_entry_of_the_contents_with_lower_case_word_is_no_title(judge) -> None:
    text = (
        "ПОЛОЖЕНИЕ\nо наставничестве в МБОУ «СОШ № 3»\n\n"
        "Оглавление\n"
        "1. Общие положения ........................ 2\n"
        "2. Программа и содержание наставнической деятельности ........................ 4\n"
        "3. Права и обязанности наставника ........................ 6\n\n"
        "1. Общие положения\n"
        "1.1. Настоящее положение определяет порядок организации наставничества.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REGULATION


# -- a council's protocol in a stamp, its number on the line under it --------------------------


def test_protocol_of_a_stamp_with_its_number_below_is_no_heading(judge) -> None:
    text = (
        "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 31»\n\n"
        "СОГЛАСОВАНО\n"
        "Протокол методического объединения\n"
        "№ 3 от «12» мая 2024 г.\n\n"
        "УТВЕРЖДЕНО\n"
        "приказом заведующего\n"
        "№ 58 от «14» мая 2024 г.\n\n"
        "План мероприятий по наставничеству\n"
        "на 2024-2025 учебный год\n\n"
        "1. Закрепление наставнических пар — сентябрь.\n"
        "2. Открытые занятия наставников — в течение года.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date == "2024-05-14"


def test_protocol_without_a_stamp_above_stays_a_protocol(judge) -> None:
    text = (
        "Протокол заседания наставнического совета\n"
        "№ 2 от 20.02.2024\n\n"
        "Присутствовали: 7 человек.\n"
        "Повестка дня: 1. Об итогах работы наставнических пар за первое полугодие.\n"
        "Слушали: Носову Е.А.\nРешили: работу пар признать удовлетворительной.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.OTHER
    assert d.doc_date == "2024-02-20"


# -- a form's century wrapped under the day and month -------------------------------------------


def test_century_of_a_form_wrapped_to_the_next_line_gives_no_year(judge) -> None:
    text = (
        "ОТЧЕТ\nо выполнении плана мероприятий по наставничеству\n"
        "от « 15 » _______ мая\n20 г.\n\n"
        "Наименование учреждения: МКОУ «Основная школа № 2»\n"
        "Количество наставнических пар: 6\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None


def test_full_year_wrapped_to_the_next_line_is_read(judge) -> None:
    text = (
        "ОТЧЕТ\nо выполнении плана мероприятий по наставничеству\n"
        "от 15 мая\n2024 г.\n\n"
        "Наименование учреждения: МКОУ «Основная школа № 2»\n"
        "Количество наставнических пар: 6\n"
    )
    d = judge(text, "1.1")
    assert d.doc_date == "2024-05-15"


# -- a letter-spaced title joined into one run ------------------------------------------------


def test_letter_spaced_title_joined_with_its_preposition(judge) -> None:
    text = (
        "Приложение 3\nк Порядку мониторинга\n\n"
        "О Т Ч Е Т О Б И С П О Л Н Е Н И И\n"
        "П Л А Н А  М Е Р О П Р И Я Т И Й\n\n"
        "Наименование учреждения ____ МБОУ «Лицей № 1»\n"
        "Проведено мероприятий: 14\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REPORT


def test_letter_spaced_word_that_only_starts_like_a_heading(judge) -> None:
    text = (
        "Наименование учреждения: МБОУ «Лицей № 1»\n\n"
        "П Л А Н О В Ы Е П О К А З А Т Е Л И\n"
        "Число обучающихся: 412\nЧисло педагогов: 37\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is not DocKind.PROGRAMME


# -- the head of an authority signing a распоряжение ------------------------------------------

_PORTAL_DIRECTIVE = (
    "г. Энск Северной области\n\n"
    "О проведении месячника наставничества\n\n"
    "В целях развития наставничества в муниципальных общеобразовательных учреждениях: 1. "
    "Провести с 1 по 30 апреля 2023 года месячник наставничества. 2. Контроль за исполнением "
    "настоящего распоряжения возложить на начальника отдела образования Н.Н. Фомину. "
    "{signer}\n"
    "Распоряжение\n112\n03 марта 2023 года\n"
)


def test_directive_signed_by_the_head_of_an_administration_is_not_an_order(judge) -> None:
    text = _PORTAL_DIRECTIVE.format(signer="Глава администрации города Энска Р.Т. Козлов")
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.OTHER


def test_directive_signed_by_a_school_head_stays_an_order(judge) -> None:
    text = _PORTAL_DIRECTIVE.format(signer="Директор МБОУ «СОШ № 4» Р.Т. Козлов")
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2023-03-03"


# -- the requisites of a check -----------------------------------------------------------------


def test_requisites_of_a_check_make_its_report(judge) -> None:
    text = (
        "г. Северск\n12 апреля 2023 года\n\n"
        "Основание для проведения проверки: План контрольных мероприятий ревизионной комиссии "
        "на 2023 год, пункт 2.1.\n"
        "Цель проверки: установить законность расходования средств на оплату труда "
        "наставников.\n"
        "Проверяемый период: 2022 год.\n"
        "В ходе проверки установлено следующее.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2023-04-12"


def test_one_requisite_of_a_check_makes_no_report(judge) -> None:
    text = (
        "г. Северск\n12 апреля 2023 года\n\n"
        "Цель проверки: установить законность расходования средств на оплату труда "
        "наставников.\n"
        "В ходе проверки установлено следующее.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is not DocKind.REPORT


# -- a calendar study schedule -----------------------------------------------------------------


def test_calendar_study_schedule_is_a_plan(judge) -> None:
    text = (
        "УТВЕРЖДАЮ\nЗаведующий МБДОУ № 8\n______ О.П. Лунёва\n\n"
        "Календарный учебный график\nна 2024-2025 учебный год\n\n"
        "Начало учебного года: 02.09.2024\nОкончание учебного года: 30.05.2025\n"
        "Летний оздоровительный период: 02.06.2025 - 29.08.2025\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.details["kind_subtype"] == "план"


def test_order_approving_a_calendar_schedule_stays_an_order(judge) -> None:
    text = (
        "ПРИКАЗ\nот 30.08.2024 № 77\n\n"
        "Об утверждении календарного учебного графика на 2024-2025 учебный год\n\n"
        "ПРИКАЗЫВАЮ:\n1. Утвердить календарный учебный график (приложение).\n\n"
        "Заведующий ______ О.П. Лунёва\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2024-08-30"
