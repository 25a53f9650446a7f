"""Round-18 shapes, in own wording: an agreement's table of the pairs saying whose staff mentor
whom, a date that opens a paragraph of prose under a heading, a site section's page under its
tabs of school years, a «на <дата>» line under a title, a regulation approved by an authority,
and a text that defines what a mentors' association is."""

from __future__ import annotations

# -- a table of the pairs: the party on the mentors' side of the rows provides them -----------

PREAMBLE = (
    "СОГЛАШЕНИЕ № 7\nо сетевом взаимодействии\n\n"
    "г. Энск                                                  «03» февраля 2024 г.\n\n"
    "ГБПОУ «Северный политехнический колледж» (далее — Колледж) в лице директора Орлова П.С. "
    "и МАОУ «Лицей № 7» г. Энска (далее — Лицей) в лице директора Зуевой Н.В. заключили "
    "настоящее соглашение.\n\n"
    "1. Стороны совместно реализуют программы в рамках целевой модели наставничества.\n"
    "2. Стороны предоставляют помещения для совместных занятий.\n"
    "3. Соглашение действует до 31.08.2025.\n\n"
    "Директор Колледжа ________ П.С. Орлов\nДиректор Лицея ________ Н.В. Зуева\n\n"
)


def test_pairs_table_puts_the_reporting_college_on_the_mentors_side(judge) -> None:
    table = (
        "Приложение 1. Закрепление пар\n"
        "ФИО наставника | Место работы | ФИО наставляемого | Класс\n"
        "Лосев И.И., мастер | ГБПОУ «СПК» | Ершов Д., Лицей № 7 | 10 «Б»\n"
        "Рыбина Т.Е., преподаватель | ГБПОУ «СПК» | Котова А., Лицей № 7 | 10 «А»\n"
    )
    d = judge(PREAMBLE + table, "2.1", year=2024, org="Северный политехнический колледж")
    assert d.verdict.value == "wrong_direction"
    assert d.doc_kind.value == "agreement"
    assert "Колледж" in d.message


def test_pairs_table_with_borders_settles_the_partners_engineers_as_mentors(judge) -> None:
    # the partner's engineers mentor the reporting school's teachers: the direction is settled
    text = (
        "ДОГОВОР № 12\nо наставничестве\n\n"
        "г. Энск                                                  «10» января 2024 г.\n\n"
        "ООО «Энский приборный завод» (далее — Предприятие) в лице генерального директора "
        "Миронова А.А. и МБОУ «Средняя общеобразовательная школа № 9» (далее — Школа) в лице "
        "директора Беловой Е.Г. заключили настоящий договор.\n\n"
        "1. Стороны взаимодействуют при реализации целевой модели наставничества.\n"
        "2. Договор действует до 31.12.2024.\n\n"
        "Приложение\n"
        "| № | Наставник | Организация | Наставляемый | Должность наставляемого |\n"
        "| 1 | Козлов В.В., инженер | ООО «ЭПЗ» | Мухина О.П., МБОУ СОШ № 9 | учитель физики |\n"
        "| 2 | Никитин С.С., технолог | ООО «ЭПЗ» | Шилов К.А., МБОУ СОШ № 9 | учитель |\n"
    )
    d = judge(text, "2.1", year=2024, org="МБОУ СОШ № 9")
    assert d.verdict.value == "ok"
    assert "needs_review" not in d.flags


def test_pairs_table_naming_no_party_decides_nothing(judge) -> None:
    table = (
        "Приложение 1\n"
        "Наставник | Наставляемый | Форма\n"
        "Лосев И.И. | Ершов Д. | студент — ученик\n"
        "Рыбина Т.Е. | Котова А. | педагог — ученик\n"
    )
    d = judge(PREAMBLE + table, "2.1", year=2024, org="Северный политехнический колледж")
    assert d.verdict.value == "ok"
    assert "needs_review" in d.flags  # who provides the mentors is still unknown


# -- a date that opens a sentence of running prose is not a title's date line ------------------


def test_a_date_opening_a_paragraph_under_a_heading_is_not_the_own_date(judge) -> None:
    text = (
        "Информация о работе наставников\n\n"
        "14 марта 2024 года в гимназии прошёл семинар для молодых учителей, на котором "
        "наставники поделились своим опытом.\n"
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_date is None


def test_a_quoted_day_opening_a_paragraph_with_its_year_word(judge) -> None:
    text = (
        "Информация о работе наставников\n\n"
        "«5» октября 2023 г. состоялась встреча молодых педагогов с наставниками школы в "
        "актовом зале.\n"
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_date is None
    assert "2023" not in d.message


def test_a_date_line_with_a_town_written_out_is_still_the_date_line(judge) -> None:
    text = (
        "ПРОТОКОЛ № 2\n15.03.2024 года                город Барнаул\n"
        "заседания методического объединения наставников\n"
    )
    d = judge(text, "9.3", year=2024)
    assert d.doc_date == "2024-03-15"


# -- a site section's page under its tabs of school years is not a monitoring report -----------

CHECKLIST = (
    "Наличие положения о наставничестве | https://school4.example.ru/docs/polozhenie.pdf |\n"
    "Наличие приказа о закреплении пар |  |\n"
    "Количество наставнических пар | 3 |\n"
)


def test_monitoring_title_under_year_tabs_is_a_site_page(judge) -> None:
    text = (
        "Наставничество\n2023-2024\n2024-2025\n"
        "Мониторинг внедрения целевой модели наставничества в МБОУ СОШ № 4\n"
        "на 01.11.2024\n" + CHECKLIST
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_kind.value == "other"
    assert d.verdict.value == "wrong_type"
    assert d.doc_date is None  # «на 01.11.2024» is the state of the page's data


def test_year_tabs_written_with_slashes(judge) -> None:
    text = (
        "Наставники и наставляемые\n2022/2023\n2023/24\n"
        "Мониторинг реализации программы наставничества\n" + CHECKLIST
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_kind.value == "other"
    assert d.verdict.value == "wrong_type"


def test_monitoring_title_with_its_school_year_is_still_a_report(judge) -> None:
    text = (
        "Мониторинг реализации целевой модели наставничества в МБОУ СОШ № 4\n"
        "за 2023-2024 учебный год\n" + CHECKLIST
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_kind.value == "report"


def test_a_reports_state_date_on_its_own_line_still_dates_the_report(judge) -> None:
    text = (
        "Справка\nо реализации целевой модели наставничества в МБОУ СОШ № 4\nна 01.10.2024\n"
        "Доля наставников – 12 %; количество наставнических пар – 8.\n"
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_kind.value == "report"
    assert d.doc_date == "2024-10-01"


# -- a regulation approved by an authority's act is not the organisation's local act ----------

PRIZE = (
    "ПОЛОЖЕНИЕ\nо премиях победителям областного конкурса «Лучший наставник»\n"
    "1. Премии выплачиваются наставникам — победителям конкурса в размере 50 000 рублей.\n"
    "2. Выплата премии наставнику производится в течение месяца после подведения итогов.\n"
)


def test_regulation_approved_by_a_ministry_is_off_topic_for_the_local_act(judge) -> None:
    text = (
        "УТВЕРЖДЕНО\nприказом министерства образования Энской области\n"
        "от 10.02.2023 № 145\n\n" + PRIZE
    )
    d = judge(text, "11.1", year=2024, org="МБОУ СОШ № 4 г. Энска")
    assert d.verdict.value == "off_topic"
    assert "needs_review" in d.flags
    assert "локальный акт" in d.message


def test_regulation_approved_by_a_city_administration_for_incentives(judge) -> None:
    text = (
        "Приложение 2\nУтверждено постановлением администрации города Энска от 01.03.2022 "
        "№ 301\n\nПОЛОЖЕНИЕ\nо почётной грамоте «Наставник молодёжи»\n"
        "1. Почётной грамотой награждаются наставники за вклад в адаптацию молодых "
        "специалистов.\n2. Наставнику вручается благодарственное письмо и грамота.\n"
    )
    d = judge(text, "11.2", year=2024, org="МБОУ СОШ № 4 г. Энска")
    assert d.verdict.value == "off_topic"
    assert "issuer_not_reporting_org" in d.flags


def test_regulation_approved_by_the_organisations_director_stays_ok(judge) -> None:
    text = "УТВЕРЖДЕНО\nприказом директора МБОУ СОШ № 4\nот 10.02.2023 № 45\n\n" + PRIZE
    d = judge(text, "11.1", year=2024, org="МБОУ СОШ № 4 г. Энска")
    assert d.verdict.value == "ok"
    assert "issuer_not_reporting_org" not in d.flags


# -- a text defining what a mentors' association is proves none exists ------------------------


def test_an_untitled_definition_of_the_association_is_off_topic(judge) -> None:
    text = (
        "Совет наставников\n\n"
        "Методическое объединение наставников школы — добровольное профессиональное "
        "объединение педагогов-наставников, созданное для сопровождения программ "
        "наставничества.\n\nЗадачи:\n- участвовать в подборе наставнических пар;\n"
        "- обсуждать результаты наставничества.\n"
    )
    d = judge(text, "9.3", year=2025)
    assert d.verdict.value == "off_topic"
    assert "определение" in d.message


def test_a_definition_said_with_eto(judge) -> None:
    text = (
        "Методическое объединение наставников - это форма работы педагогов-наставников "
        "организации, в которой они обмениваются опытом наставничества.\n"
        "Цель: повышение качества наставничества.\n"
    )
    d = judge(text, "9.3", year=2025)
    assert d.verdict.value == "off_topic"


def test_an_untitled_page_naming_the_schools_own_association_stays_ok(judge) -> None:
    text = (
        "Методическое объединение наставников МБОУ СОШ № 4\n"
        "Руководитель: Зимина Л.А., учитель математики.\n"
        "Состав: 6 педагогов-наставников. Заседания проводятся раз в четверть.\n"
    )
    d = judge(text, "9.3", year=2025)
    assert d.verdict.value == "ok"
