"""Round-10 kinds: shapes of documents the rules were not written against (own wording)."""

from __future__ import annotations

from classifiers.document import repair
from evidence.textnorm import normalise

# -- a word broken by a hyphen at a line end, OCR putting a blank line between the halves -----

CERTIFICATE_SCAN = (
    "УДОСТОВЕРЕНИЕ\nО ПОВЫШЕНИИ КВАЛИФИКАЦИИ\n\nНастоящее удостоверение выдано\n"
    "Сидоровой Анне Викторовне\n\nв том, что она прошла обучение в ГБУ ДПО «Центр\n\n"
    "непрерывного образования»\n\nпо дополнительной программе «Организация настав-\n\n"
    "ничества в школе: роли и инструменты»\n\nв объеме 36 часов\n\n"
    "Регистрационный номер ____\n\nДата выдачи\n\nДиректор [подпись]\n"
)


def test_ocr_hyphen_across_blank_line_is_joined_before_topics(judge) -> None:
    d = judge(CERTIFICATE_SCAN, "9.2", year=2025)
    assert d.doc_kind.value == "certificate"
    assert d.verdict.value == "no_date"


def test_hyphen_join_in_already_extracted_text() -> None:
    # text extracted (and cached) before ``normalise`` learned the blank-line case
    raw = "Программа курса «Модели настав-\n\nничества для молодых педагогов»"
    assert "наставничества" in repair(raw)
    assert "наставничества" in normalise(raw)


def test_spaced_dash_at_line_end_is_not_a_broken_word() -> None:
    raw = "форма «учитель –\n\nученик»"
    assert "учитель –" in repair(raw)
    assert "учитель –" in normalise(raw)


# -- an excerpt of a regulation on an award: clauses, the award's name as their subject -------

AWARD_CLAUSES = (
    "1.1. Почётная грамота управления образования администрации города «Наставник года» "
    "(далее – Почётная грамота) учреждается для поощрения педагогических работников за "
    "успехи в наставничестве.\n"
    "1.2. Почётной грамотой награждаются наставники молодых педагогов, имеющие стаж "
    "педагогической работы не менее пяти лет.\n"
    "1.3. Ходатайство о награждении наставника вносит руководитель образовательной "
    "организации.\n"
)
DIPLOMA_CLAUSES = (
    "2.1. Диплом «Лучший наставник района» (далее по тексту – Диплом) вручается "
    "педагогу-наставнику по итогам учебного года.\n"
    "2.2. Диплом вручается наставникам, чьи наставляемые успешно прошли адаптацию.\n"
    "2.3. Диплом вручается в торжественной обстановке на августовском педагогическом совете.\n"
)
AWARD_ITSELF = (
    "ГРАМОТА\nнаграждается\nИванова Мария Петровна,\nучитель-наставник МБОУ СОШ № 4,\n"
    "за успехи в наставничестве\n\nДиректор ____ 20.05.2024\n"
)


def test_clauses_on_an_award_are_a_regulation(judge) -> None:
    d = judge(AWARD_CLAUSES, "11.2")
    assert d.doc_kind.value == "regulation"
    assert d.verdict.value == "ok"


def test_clauses_of_another_section_on_a_diploma_are_a_regulation(judge) -> None:
    assert judge(DIPLOMA_CLAUSES, "11.2").doc_kind.value == "regulation"


def test_the_award_itself_is_still_no_regulation(judge) -> None:
    d = judge(AWARD_ITSELF, "11.2")
    assert d.doc_kind.value == "other"
    assert d.verdict.value == "wrong_type"


# -- a report read out to its audience opens with a salutation, yet is a report --------------

PUBLIC_REPORT = (
    "Здравствуйте, Гость\n"
    "Публичный доклад заведующего МБДОУ «Детский сад № 7» за 2023–2024 учебный год\n\n"
    "Уважаемые родители и коллеги! Представляем вам итоги работы детского сада за прошедший "
    "учебный год. Коллектив обновил развивающую среду групп и провёл ремонт пищеблока.\n"
)
LIBRARY_REPORT = (
    "ОТЧЁТ\nо работе библиотеки школы в 2023 году\n\nУважаемые коллеги!\n"
    "В 2023 году фонд библиотеки пополнился на 350 экземпляров учебников. "
    "Проведено 12 массовых мероприятий для читателей.\n"
)
INFO_LETTER = (
    "Информация о проведении конкурса\n\nУважаемые коллеги!\nУправление образования "
    "информирует о проведении конкурса «Наставник года». Заявки принимаются до 15 марта "
    "2024 года.\n"
)


def test_public_report_with_a_salutation_is_a_report(judge) -> None:
    d = judge(PUBLIC_REPORT, "1.4")
    assert d.doc_kind.value == "report"
    assert d.verdict.value == "off_topic"


def test_titled_report_over_a_salutation_on_its_own_line(judge) -> None:
    d = judge(LIBRARY_REPORT, "1.4")
    assert d.doc_kind.value == "report"
    assert d.verdict.value == "off_topic"


def test_information_letter_stays_a_letter(judge) -> None:
    d = judge(INFO_LETTER, "1.4")
    assert d.doc_kind.value == "other"
    assert d.verdict.value == "wrong_type"


# -- a site's section that lists documents is not a programme ---------------------------------

SECTION_PAGE = (
    "Программа «Школа наставников»\nВ нашей гимназии действует система наставничества.\n"
    "Наставничество – форма передачи опыта от опытного педагога к молодому специалисту, "
    "основанная на доверии.\nНормативные документы\n"
    "- Распоряжение Минпросвещения России от 25.12.2019 № Р-145 «Об утверждении методологии "
    "(целевой модели) наставничества»\n"
    "- Приказ министерства образования области от 10.02.2022 № 215 «О внедрении целевой "
    "модели наставничества»\n"
    "- Приказ гимназии от 01.09.2023 № 120 «Об организации наставничества»\n"
)
NUMBERED_LIST_PAGE = (
    "Наставничество\nСтраница раздела «Педагогам».\n"
    "1) Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»\n"
    "2) Письмо Минпросвещения России от 23.01.2020 № МР-42/02 «О направлении целевой модели "
    "наставничества»\n"
    "3) Постановление администрации района от 12.03.2022 № 301 «Об утверждении программы "
    "наставничества»\n"
    "Программа наставничества педагогов на 2023–2025 годы — файл для скачивания.\n"
)
PROGRAMME_WITH_GROUNDS = (
    "Программа наставничества «Старт в профессии»\n1. Пояснительная записка\n"
    "Нормативная база программы:\n"
    "- Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»;\n"
    "- Распоряжение Минпросвещения России от 25.12.2019 № Р-145;\n"
    "- Приказ школы от 01.09.2023 № 120.\n2. Цели и задачи\n"
    "Цель программы – адаптация молодых учителей.\n3. Формы наставничества\n"
    "Форма «учитель – учитель».\n"
)


def test_section_page_listing_acts_is_not_a_programme(judge) -> None:
    d = judge(SECTION_PAGE, "1.2")
    assert d.doc_kind.value == "other"
    assert d.verdict.value == "wrong_type"


def test_numbered_list_of_acts_on_a_page_is_no_resolution(judge) -> None:
    d = judge(NUMBERED_LIST_PAGE, "1.2")
    assert d.doc_kind.value == "other"
    assert "постановление" not in d.message


def test_programme_citing_its_grounds_stays_a_programme(judge) -> None:
    assert judge(PROGRAMME_WITH_GROUNDS, "1.2").doc_kind.value == "programme"


# -- a capitalised word opening a sentence inside a paragraph is no title ----------------------

PROSE_PAGE = (
    "Наставничество\n\nНаставничество в детском саду помогает молодым воспитателям освоиться в "
    "профессии и не потерять интерес к работе. Программа наставничества позволит каждому "
    "новому сотруднику найти поддержку опытного коллеги и быстрее пройти адаптацию.\n"
)
STAMP_INLINE = (
    "УТВЕРЖДЕНО приказом директора от 01.09.2023 г. Положение о наставничестве педагогических "
    "работников\n1. Общие положения\n"
    "1.1. Настоящее положение определяет порядок наставничества педагогов.\n"
)


def test_sentence_opening_with_programme_is_no_programme(judge) -> None:
    assert judge(PROSE_PAGE, "1.2").doc_kind.value == "other"


def test_title_after_a_stamp_ending_in_year_mark_is_still_a_title(judge) -> None:
    assert judge(STAMP_INLINE, "1.1").doc_kind.value == "regulation"


PLACE_THEN_TITLE = (
    "МБОУ СОШ № 5 г. Иваново. Положение о наставничестве педагогических работников\n"
    "1. Общие положения\n1.1. Настоящее положение определяет порядок наставничества.\n"
)
INDICATOR_ROWS = (
    "1.1. Доля наставников из числа педагогов – 12 %\n"
    "1.2. Доля молодых специалистов, закреплённых за наставниками – 100 %\n"
)


def test_title_after_a_place_name_ending_a_sentence_is_still_a_title(judge) -> None:
    assert judge(PLACE_THEN_TITLE, "1.1").doc_kind.value == "regulation"


def test_numbered_rows_of_indicators_are_no_regulation(judge) -> None:
    assert judge(INDICATOR_ROWS, "1.4").doc_kind.value != "regulation"
