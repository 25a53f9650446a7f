"""Round-27 shapes (blind48–50), in own wording: a photographed удостоверение read label above
value whose «Дата выдачи» has nothing under it is undated (the course's end does not stand in);
the right half of an удостоверение names itself in its certifying formula («Настоящее
удостоверение свидетельствует …») above a table of the course's disciplines; a licence named on
the letterhead of the organisation that trains is neither the paper's title nor its date of
issue («… выдана министерством …»); a положение or a programme of a methodical centre is
another organisation's act."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- a photographed удостоверение: values under their labels, none under «Дата выдачи» ----------

_STACKED = (
    "ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ\n"
    "ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ\n"
    "«КОСТРОМСКОЙ ОБЛАСТНОЙ ИНСТИТУТ РАЗВИТИЯ ОБРАЗОВАНИЯ»\n\n"
    "УДОСТОВЕРЕНИЕ\n"
    "О ПОВЫШЕНИИ КВАЛИФИКАЦИИ\n\n"
    "440300127716\n\n"
    "Регистрационный номер\n"
    "2318\n\n"
    "Город\n"
    "Кострома\n\n"
    "Дата выдачи\n\n"
    "Настоящее удостоверение свидетельствует о том, что\n"
    "Смирнов Игорь Павлович\n"
    "прошёл повышение квалификации\n"
    "с 4 марта 2024 г. по 15 марта 2024 г.\n"
    "по дополнительной профессиональной программе\n"
    "«Педагог-наставник: сопровождение молодых учителей»\n"
    "в объёме 24 часов\n\n"
    "Ректор\n"
    "Секретарь\n"
)


def test_issue_label_with_nothing_under_it_among_stacked_values_leaves_it_undated(judge) -> None:
    d = judge(_STACKED, "9.2", year=2024, org="СОШ 12")
    assert d.doc_kind is DocKind.CERTIFICATE
    assert d.verdict is Verdict.NO_DATE
    assert d.doc_date is None


def test_issue_date_read_under_its_label_still_dates_the_stacked_form(judge) -> None:
    text = _STACKED.replace("Дата выдачи\n", "Дата выдачи\n22.03.2024\n")
    d = judge(text, "9.2", year=2024, org="СОШ 12")
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-03-22"


def test_number_beside_its_label_leaves_a_bare_issue_label_undated_too(judge) -> None:
    # round 28: «Дата выдачи» alone is its blank whichever way the other fields were read
    text = _STACKED.replace("Регистрационный номер\n2318\n", "Регистрационный номер 2318\n")
    text = text.replace("Город\nКострома\n", "Город Кострома\n")
    d = judge(text, "9.2", year=2024, org="СОШ 12")
    assert d.verdict is Verdict.NO_DATE
    assert d.doc_date is None


# -- the right half of an удостоверение: its certifying formula names it -----------------------

_RIGHT_HALF = (
    "Настоящее удостоверение подтверждает, что\n\n"
    "Григорьева\n"
    "Марина Сергеевна\n\n"
    "с 9 по 20 сентября 2024 года прошла обучение\n"
    "в областном государственном автономном учреждении\n"
    "дополнительного профессионального образования\n"
    "«Центр развития педагогического мастерства»\n\n"
    "по программе повышения квалификации\n"
    "«Наставник молодого педагога»\n"
    "в объёме 36 часов\n\n"
    "Раздел | Часы | Результат\n"
    "Индивидуальный план развития молодого педагога | 10 | зачтено\n"
    "Методы наставнической деятельности | 20 | зачтено\n"
    "Итоговая аттестация | 6 | зачтено\n\n"
    "Директор           __________  /Н.П. Рябова/\n"
    "М.П.\n"
)


def test_right_half_of_a_certificate_is_told_by_its_certifying_formula(judge) -> None:
    d = judge(_RIGHT_HALF, "9.2", year=2024, org="Лицей 3")
    assert d.doc_kind is DocKind.CERTIFICATE
    assert d.verdict is not Verdict.WRONG_TYPE


def test_a_diplomas_certifying_formula_makes_it_a_diploma(judge) -> None:
    text = _RIGHT_HALF.replace(
        "Настоящее удостоверение подтверждает", "Настоящий диплом подтверждает"
    )
    d = judge(text, "9.2", year=2024, org="Лицей 3")
    assert d.doc_kind is DocKind.OTHER
    assert d.verdict is Verdict.WRONG_TYPE


def test_a_certificate_cited_below_a_programmes_title_does_not_make_it_one(judge) -> None:
    text = (
        "ПРОГРАММА НАСТАВНИЧЕСТВА\n"
        "МБОУ «СОШ № 4» на 2024–2025 учебный год\n\n"
        "1. Пояснительная записка\n"
        "Наставник проходит курсы повышения квалификации; настоящее удостоверение "
        "подтверждает его подготовку и хранится в личном деле.\n"
        "2. Формы наставничества: «учитель — учитель», «ученик — ученик».\n\n"
        "Директор ________ Л.А. Громова\n"
    )
    d = judge(text, "3.1", year=2024, org="СОШ 4")
    assert d.doc_kind is DocKind.PROGRAMME


# -- a licence on the trainer's letterhead ----------------------------------------------------

_LICENSED = (
    "ЧАСТНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ\n"
    "«УЧЕБНЫЙ ЦЕНТР «ПЕРСПЕКТИВА»\n\n"
    "Лицензия № 0457 от 14 мая 2015 г., выдана департаментом образования и науки\n"
    "Ярославской области (бессрочно)\n\n"
    "УДОСТОВЕРЕНИЕ\n"
    "о повышении квалификации\n\n"
    "Серия УЦ № 762400331209\n"
    "Регистрационный номер: 24/1183\n"
    "Дата выдачи: 29.11.2024\n\n"
    "Выдано Комаровой Юлии Андреевне в том, что она с 11 по 22 ноября 2024 г. "
    "прошла обучение по дополнительной профессиональной программе «Наставничество в "
    "школе: модели и практики» в объёме 36 часов.\n\n"
    "Директор ______ А.В. Белов\n"
)


def test_licence_line_on_the_letterhead_is_neither_title_nor_issue_date(judge) -> None:
    d = judge(_LICENSED, "9.2", year=2024, org="СОШ 7")
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-11-29"
    assert "удостоверение от 29.11.2024" in d.message


def test_issue_label_on_a_series_line_still_dates_the_certificate(judge) -> None:
    # the paper's own series on the issue label's line is no licence
    text = _LICENSED.replace(
        "Серия УЦ № 762400331209\nРегистрационный номер: 24/1183\nДата выдачи: 29.11.2024\n",
        "Регистрационный номер: 24/1183\nСерия УЦ № 762400331209, дата выдачи 29.11.2024\n",
    )
    text = text.replace(text[text.index("Лицензия") : text.index("УДОСТОВЕРЕНИЕ")], "")
    d = judge(text, "9.2", year=2024, org="СОШ 7")
    assert d.doc_date == "2024-11-29"


def test_a_licence_page_is_still_a_licence(judge) -> None:
    text = (
        "Лицензия на осуществление образовательной деятельности\n"
        "№ Л035-01244-52/00283117 от 10 марта 2016 г.\n\n"
        "Выдана муниципальному бюджетному общеобразовательному учреждению «Средняя школа № 5» "
        "Министерством образования Нижегородской области.\n"
        "Срок действия: бессрочно.\n"
    )
    d = judge(text, "1.1", year=2024, org="СШ 5")
    assert d.verdict is Verdict.WRONG_TYPE
    assert d.doc_kind is DocKind.CERTIFICATE
    assert "лицензия" in d.message


# -- a methodical centre's положение or programme ----------------------------------------------

_CENTRE_REGULATION = (
    "Муниципальное автономное учреждение «Методический центр»\n"
    "Управления образования администрации города Бердска\n\n"
    "УТВЕРЖДЕНО\n"
    "приказом директора МАУ «Методический центр»\n"
    "от 02.09.2024 № 41-од\n\n"
    "ПОЛОЖЕНИЕ\n"
    "о городском методическом объединении педагогов-наставников\n\n"
    "1. Общие положения\n"
    "1.1. Городское методическое объединение педагогов-наставников объединяет наставников "
    "общеобразовательных организаций города.\n"
    "1.2. Объединение работает при МАУ «Методический центр» по плану на учебный год.\n"
    "2. Состав объединения: наставники, направленные школами города.\n"
)


def test_a_methodical_centres_regulation_is_another_organisations_act(judge) -> None:
    d = judge(_CENTRE_REGULATION, "9.3", year=2024, org="МБОУ СОШ № 2 г. Бердск")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "issuer_not_reporting_org" in d.flags


def test_a_schools_regulation_on_its_association_is_its_own(judge) -> None:
    text = _CENTRE_REGULATION.replace(
        "Муниципальное автономное учреждение «Методический центр»\n"
        "Управления образования администрации города Бердска\n",
        "Муниципальное бюджетное общеобразовательное учреждение\n"
        "«Средняя общеобразовательная школа № 2» города Бердска\n",
    ).replace("приказом директора МАУ «Методический центр»", "приказом директора МБОУ СОШ № 2")
    text = text.replace("городском методическом объединении", "школьном методическом объединении")
    text = text.replace("Городское методическое объединение", "Школьное методическое объединение")
    d = judge(text, "9.3", year=2024, org="МБОУ СОШ № 2 г. Бердск")
    assert d.verdict is Verdict.OK
    assert "issuer_not_reporting_org" not in d.flags
