"""Round-32 shapes, in own wording: «своих специалистов, которые выступают наставниками» — the
doers of a relative clause are the subject's own staff, not the party named before them; a
scan's OCR of a blank «Дата выдачи» whose underscores are read as other strokes («<-->») is
still a blank; a programme posted as a site's page with no date of its own is dated by the
post's «Опубликовано …»; «Выдано <name> …» above a blank «Дата выдачи»: the label that names
the date is read."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- the doers of «…, которые выступают наставниками» are the subject's own staff -------------


def test_own_staff_in_a_relative_clause_are_the_subjects_mentors(judge) -> None:
    text = (
        "Договор о сотрудничестве\n\n"
        "г. Калуга                                             12 октября 2023 г.\n\n"
        "Государственное бюджетное учреждение культуры «Калужский областной театр юного "
        "зрителя» (Театр) и муниципальное бюджетное общеобразовательное учреждение «Средняя "
        "школа № 9» (Школа) заключили договор о нижеследующем.\n\n"
        "1. Театр прикрепляет к театральной студии Школы своих актёров, которые выступают "
        "наставниками школьников 7–9 классов: ведут репетиции, помогают готовить спектакли.\n"
        "2. Школа формирует группы и предоставляет актовый зал.\n"
        "3. Договор действует до 30 июня 2025 г.\n\n"
        "Театр ________ О.П. Лебедев        Школа ________ А.А. Смирнова\n"
    )
    d = judge(text, "2.1", year=2024, org="МБОУ СОШ № 9 Калуга")
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.verdict is Verdict.OK
    assert d.details["mentor_provider"] == "Театр"


def test_the_reporting_partys_own_staff_in_a_relative_clause_stay_its_own(judge) -> None:
    text = (
        "Договор о сотрудничестве\n\n"
        "г. Калуга                                             12 октября 2023 г.\n\n"
        "Государственное бюджетное учреждение культуры «Калужский областной театр юного "
        "зрителя» (Театр) и муниципальное бюджетное общеобразовательное учреждение «Средняя "
        "школа № 9» (Школа) заключили договор о нижеследующем.\n\n"
        "1. Школа прикрепляет к студии Театра своих учителей, которые выступают "
        "наставниками юных актёров: помогают с учёбой во время гастролей.\n"
        "2. Театр предоставляет зал.\n"
        "3. Договор действует до 30 июня 2025 г.\n\n"
        "Театр ________ О.П. Лебедев        Школа ________ А.А. Смирнова\n"
    )
    d = judge(text, "2.1", year=2024, org="МБОУ СОШ № 9 Калуга")
    assert d.verdict is Verdict.WRONG_DIRECTION


# -- a blank «Дата выдачи» whose underscores the OCR read as other strokes --------------------


_CERT = (
    "РОССИЙСКАЯ ФЕДЕРАЦИЯ\nУДОСТОВЕРЕНИЕ\nо повышении квалификации\n\n"
    "36 0417 0022815\n\nРегистрационный номер\n\nГород\nВоронеж\n\n"
    "Дата выдачи\n{issue}\n\n"
    "Настоящее удостоверение свидетельствует о том, что\nСОКОЛОВ ИГОРЬ ПЕТРОВИЧ\n"
    "с 02 октября 2024 г. по 14 октября 2024 г.\nпрошёл повышение квалификации в\n"
    "Воронежском институте развития образования\n"
    "по дополнительной профессиональной программе «Наставник в школе»\n"
    "в объёме 24 часов\n\nРектор\nСекретарь\n"
)


def test_issue_blank_read_as_strokes_is_no_date(judge) -> None:
    d = judge(_CERT.format(issue="«~~» <—————> 20 r."), "9.2", year=2024)
    assert d.doc_kind is DocKind.CERTIFICATE
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_issue_date_filled_in_is_the_date(judge) -> None:
    d = judge(_CERT.format(issue="«15» октября 2024 г."), "9.2", year=2024)
    assert d.doc_date == "2024-10-15"
    assert d.verdict is Verdict.OK


# -- a programme posted as a site's page, dated by its post -------------------------------------


_PAGE = (
    "Гимназия № 4 г. Пскова / Наставничество / Документы\n\n"
    "Программа наставничества\nформа «студент – ученик»\n{stamp}\n"
    "Наставник: Орлова Дарья, студентка 3 курса педагогического колледжа.\n"
    "Наставляемые: обучающиеся 6 «А» класса с низкой мотивацией к учёбе.\n\n"
    "Цель: повышение учебной мотивации.\n"
    "Задачи: помощь в выполнении домашних заданий; совместные проекты.\n"
    "План: октябрь – знакомство; ноябрь – март – занятия; апрель – итоги.\n\n"
    "Дата публикации: 03.10.2024 | Просмотров: 57\n"
)


def test_programme_page_is_dated_by_its_post(judge) -> None:
    d = judge(_PAGE.format(stamp=""), "3.6", year=2024)
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date == "2024-10-03"


def test_approved_programme_page_is_not_dated_by_its_post(judge) -> None:
    stamp = "УТВЕРЖДЕНА\nприказом директора от ____________ № ____\n"
    d = judge(_PAGE.format(stamp=stamp), "3.6", year=2024)
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date != "2024-10-03"


# (room for the coordinator's test)


def test_issue_label_below_a_granted_to_line_decides_the_certificates_date(judge) -> None:
    """«Выдано <name> в том, что …» opens the paper and «Дата выдачи» below is left blank: the
    label that names the date is read, so the course's end does not stand in for it."""
    body = (
        "УДОСТОВЕРЕНИЕ о повышении квалификации\n"
        "АНО ДПО «Институт современного образования»\n\n"
        "Выдано Сабировой Гульнаре Ильдаровне в том, что она прошла обучение\n"
        "по программе «Наставничество: сопровождение молодых педагогов», 36 часов,\n"
        "с 07.10.2024 по 18.10.2024.\n\n"
        "Регистрационный номер 0917-К\n"
        "{issue}\n\n"
        "Ректор                                         Е.П. Гончарова\n"
    )
    blank = judge(body.format(issue="Дата выдачи «___» ______________ 20__ г."), "9.2", year=2024)
    assert blank.verdict is Verdict.NO_DATE and blank.doc_date is None
    filled = judge(body.format(issue="Дата выдачи 21.10.2024"), "9.2", year=2024)
    assert filled.verdict is Verdict.OK and filled.doc_date == "2024-10-21"
