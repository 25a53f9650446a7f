"""What a document is, from its own title and structure — not from the words it cites."""

from __future__ import annotations

ORDER = (
    "МБОУ «СОШ № 3»\nПРИКАЗ\nот 04.09.2023 № 54\nОб утверждении положения о системе наставничества педагогических работников\n"
    "В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145\nПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о системе наставничества педагогических работников (приложение).\n"
    "2. Контроль оставляю за собой.\nДиректор И.И. Петрова\n"
)
APPENDIX = (
    "Приложение 1\nк приказу\n№ 54 от 04.09.2023г.\n\nПоложение\nо системе наставничества педагогических работников\n"
    "1. Общие положения\n1.1. Настоящее Положение определяет цели, задачи и порядок наставничества педагогических работников.\n"
    "1.2. Наставник – педагогический работник, назначаемый ответственным за адаптацию молодого специалиста.\n"
)


def test_order_is_an_order(judge) -> None:
    d = judge(ORDER)
    assert d.doc_kind.value == "order"
    assert d.verdict.value == "ok"
    assert d.doc_date == "2023-09-04" and d.doc_number == "54"


def test_appendix_of_an_order_is_a_regulation_not_the_order(judge) -> None:
    d = judge(APPENDIX)
    assert d.doc_kind.value == "regulation"
    assert d.verdict.value == "wrong_type"
    assert "appendix_of_order" in d.flags
    assert "положение" in d.message


def test_order_carrying_its_regulation_as_appendix_is_an_order(judge) -> None:
    d = judge(ORDER + "\n" + APPENDIX)
    assert d.doc_kind.value == "order"
    assert d.verdict.value == "ok"


def test_page_titled_regulation_whose_text_is_an_order(judge) -> None:
    d = judge("Положение о системе наставничества\n\n" + ORDER)
    assert d.doc_kind.value == "order"
    assert d.verdict.value == "ok"


def test_regulation_with_approval_stamp_naming_an_order(judge) -> None:
    text = (
        "УТВЕРЖДАЮ\nДиректор школы ________\nПриказ № 11/2 от «4» марта 2022 г.\n\nПОЛОЖЕНИЕ\nо наставничестве педагогических работников\n"
        + APPENDIX.split("\n", 5)[-1]
    )
    d = judge(text)
    assert d.doc_kind.value == "regulation"
    assert d.verdict.value == "wrong_type"
    assert d.doc_date == "2022-03-04"


def test_resolution_is_not_an_order(judge) -> None:
    text = (
        "МИНИСТЕРСТВО ОБРАЗОВАНИЯ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 3 июля 2023 г. № 18\n"
        "ОБ УТВЕРЖДЕНИИ ПОЛОЖЕНИЯ О СИСТЕМЕ НАСТАВНИЧЕСТВА ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ\n"
        "В соответствии с областным законом от 2 июля 2013 года № 712-41-ОЗ министерство постановляет:\n"
        "1. Утвердить прилагаемое Положение о системе наставничества педагогических работников.\n"
    )
    d = judge(text)
    assert d.verdict.value == "wrong_type"
    assert "постановление" in d.message


def test_user_agreement_is_not_a_cooperation_agreement(judge) -> None:
    text = (
        "Пользовательское соглашение\nЯ, пользователь сайта, даю согласие на обработку моих персональных данных "
        "оператору в целях обратной связи. Согласие действует до его отзыва."
    )
    d = judge(text, "2.1")
    assert d.verdict.value == "wrong_type"
    assert d.doc_kind.value == "other"


def test_seminar_certificate_is_not_a_further_training_certificate(judge) -> None:
    seminar = "СЕРТИФИКАТ\nучастника\nПетрова Ольга Ивановна\nприняла участие в семинаре «Наставничество в школе»\n15 марта 2024 г."
    d = judge(seminar, "9.2")
    assert d.verdict.value == "wrong_type"
    course = (
        "УДОСТОВЕРЕНИЕ\nо повышении квалификации\n180003456789\nДата выдачи 20.03.2024\nНастоящее удостоверение свидетельствует о том, что\n"
        "Петрова Ольга Ивановна\nс 10.03.2024 по 20.03.2024 прошла повышение квалификации по дополнительной профессиональной программе\n"
        "«Наставничество в образовательной организации» в объёме 36 часов"
    )
    d2 = judge(course, "9.2")
    assert d2.doc_kind.value == "certificate"
    assert d2.verdict.value == "ok"
    assert d2.doc_date == "2024-03-20"
    assert judge(course.replace("2024", "2023"), "9.2").verdict.value == "wrong_year"
    other_course = course.replace(
        "«Наставничество в образовательной организации»", "«Оказание первой помощи»"
    )
    assert judge(other_course, "9.2").verdict.value == "off_topic"


def test_spaced_heading_is_read(judge) -> None:
    d = judge(
        ORDER.replace("ПРИКАЗ\n", "П Р И К А З\n").replace("ПРИКАЗЫВАЮ", "п р и к а з ы в а ю")
    )
    assert d.doc_kind.value == "order"
    assert d.verdict.value == "ok"


def test_certificate_with_only_the_year_of_issue(judge) -> None:
    text = (
        "УДОСТОВЕРЕНИЕ\nо повышении квалификации\nПетрова Ольга Ивановна\nпрошла повышение квалификации по программе "
        "«Наставничество в образовательной организации», 36 часов\nг. Ижевск\n2024 г."
    )
    d = judge(text, "9.2")
    assert d.verdict.value == "ok"
    assert "needs_review" in d.flags
    assert judge(text.replace("2024 г.", "2023 г."), "9.2").verdict.value == "wrong_year"


# The contents of a programme list its sections («Мониторинг …», «Анализ …»): entries of the
# contents are no headings. A fragment starting at the contents is a programme by what it
# calls itself («… Программы», «настоящая программа»).
CONTENTS = """Содержание
1. Пояснительная записка ........................................ 3
2. Цель и задачи Программы ....................................... 4
3. Анализ кадрового состава педагогов ............................ 5
4. Мониторинг и оценка результатов реализации программы .......... 9
5. Отчёт наставника о работе с молодым педагогом .................. 11

1. Пояснительная записка
Настоящая программа определяет порядок наставничества по форме «учитель – учитель» в течение первого года работы молодого педагога.
Наставник: Егорова Наталья Петровна, учитель начальных классов высшей категории
Наставляемый: Сидорова Анна Викторовна, учитель начальных классов
"""


def test_contents_entries_are_not_headings(judge) -> None:
    d = judge(CONTENTS, "3.2")
    assert d.doc_kind.value == "programme"
    assert d.verdict.value == "ok"
    one_line = judge(CONTENTS.replace(" .\n", " . ").replace("\n2.", " 2."), "3.2")
    assert one_line.doc_kind.value == "programme"


def test_recommendations_defining_terms_are_not_an_agreement(judge) -> None:
    text = (
        "МЕТОДИЧЕСКИЕ РЕКОМЕНДАЦИИ\nпо организации наставничества в сетевой форме\n\n"
        "1. Общие положения\nСетевая форма реализации программ наставничества (далее — сетевая форма) "
        "позволяет привлекать наставников организаций-партнёров (далее — партнёры). Договоры о сетевой "
        "форме заключаются между базовой организацией и партнёрами.\n"
    )
    d = judge(text, "2.1")
    assert d.doc_kind.value == "other" and d.verdict.value == "wrong_type"
    assert "методические рекомендации" in d.message
    untitled = judge(text.split("\n", 3)[-1], "2.1")  # «(далее — …)» defines terms anywhere
    assert untitled.doc_kind.value != "agreement"


def test_a_protocol_of_intent_is_an_agreement_but_minutes_are_not(judge) -> None:
    intent = (
        "ПРОТОКОЛ О НАМЕРЕНИЯХ\nг. Сарапул                                   12 сентября 2024 г.\n\n"
        "ООО «Сарапульский электрогенераторный завод» и ГБПОУ УР «Сарапульский колледж "
        "социально-педагогических технологий и сервиса», далее именуемые «Стороны», намерены "
        "сотрудничать в подготовке кадров.\n1. Специалисты Завода выступают наставниками студентов Колледжа.\n"
    )
    d = judge(
        intent, "2.1", org="Сарапульский колледж социально-педагогических технологий и сервиса"
    )
    assert d.doc_kind.value == "agreement" and d.verdict.value != "wrong_type"
    minutes = intent.replace(
        "ПРОТОКОЛ О НАМЕРЕНИЯХ", "ПРОТОКОЛ № 3\nзаседания методического совета"
    )
    assert judge(minutes, "2.1").doc_kind.value == "other"


def test_an_undated_sample_agreement_is_an_agreement_without_a_date(judge) -> None:
    sample = (
        "Типовая форма договора о наставничестве между организацией и студентом\n\n"
        "1.1. По настоящему договору Наставник обязуется оказывать Наставляемому помощь в освоении "
        "профессии, а Наставляемый обязуется выполнять задания индивидуального плана.\n"
        "1.2. Наставник назначается из числа работников Организации.\n"
    )
    d = judge(sample, "2.1")
    assert d.doc_kind.value == "agreement"
    assert d.verdict.value == "no_date" and "без даты" in d.message
    body = judge(sample.split("\n", 2)[-1], "2.1")  # no title: the contract's subject clause
    assert body.doc_kind.value == "agreement"


def test_a_joint_order_of_two_authorities_is_an_order(judge) -> None:
    """«ПРИКАЗЫВАЕМ»: the imperative of an order issued jointly (the preamble is no topic)."""
    text = (
        "МИНИСТЕРСТВО ОБРАЗОВАНИЯ КИРОВСКОЙ ОБЛАСТИ\nМИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ КИРОВСКОЙ ОБЛАСТИ\n\n"
        "ПРИКАЗ\nот 14 октября 2024 г. N 1120/865\n\nО мониторинге реализации целевой модели наставничества\n\n"
        "В целях оценки результатов наставничества в медицинских классах\nприказываем:\n"
        "1. Провести в ноябре 2024 года мониторинг реализации целевой модели наставничества.\n"
        "2. Контроль за исполнением приказа оставляем за собой.\n"
    )
    d = judge(text, "1.3")
    assert d.doc_kind.value == "order" and d.doc_date == "2024-10-14"
    assert d.details["kind_reason"] == "распорядительная часть «приказываем»"
