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
