"""Round-17 shapes seen in real uploads, in own wording: an e-signature stamp run on in one line
with the text, a local act's register label above its title, a site's page offering files for
download, the contents of a year's plan, a programme titled by one form in quotes (a
kindergarten's «воспитатель – воспитатель»), and an authority named on the heading's line."""

from __future__ import annotations

# -- an e-signature stamp run on with the text is no «Сертификат» heading ---------------------

RUN_ON_STAMP = (
    "ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ Сертификат: 7A11C0FFEE0042BD19 Владелец: "
    "Лаптева Ольга Сергеевна Действителен: с 02.02.2024 до 02.05.2025 "
)

PAY_ACT = (
    "ПОЛОЖЕНИЕ О НАСТАВНИЧЕСТВЕ в ГБПОУ «Северный аграрный техникум» 1. Общие положения "
    "1.1. Настоящее положение определяет порядок организации наставничества педагогических "
    "работников техникума. 2. Наставники и наставляемые 2.1. Наставник назначается приказом "
    "директора. 3. Экономические факторы системы наставничества 3.1. Работа наставника "
    "учитывается при подведении итогов учебного года."
)


def test_a_run_on_stamp_is_not_a_certificate(judge) -> None:
    d = judge(RUN_ON_STAMP + PAY_ACT, "11.1", year=2024)
    assert d.doc_kind.value == "regulation"
    assert d.verdict.value == "ok"
    assert d.doc_date is None  # the key's validity dates nothing


def test_a_run_on_stamp_with_initials_before_a_caps_title(judge) -> None:
    stamp = (
        "Документ подписан электронной подписью Сертификат: 5B2C7D19E0A1F3B4C5 Владелец: "
        "Мухина Т. А. Действителен: с 10.01.2023 по 10.04.2024 "
    )
    act = (
        "Положение об организации наставничества обучающихся\n\n1. Общие положения\n"
        "1.1. Положение регулирует наставничество в форме «ученик – ученик».\n"
    )
    d = judge(stamp + act, "1.2", year=2024)
    assert d.doc_kind.value == "regulation"
    assert "сертификат" not in d.message.lower()


def test_a_sentence_about_signing_is_no_stamp(judge) -> None:
    # a clause that merely says documents may be signed electronically keeps its words
    text = (
        "СЕРТИФИКАТ\nучастника регионального семинара «Наставник года»\n"
        "выдан Петровой Анне Ильиничне. Документ подписан электронной подписью "
        "организатора.\n"
    )
    d = judge(text, "9.2", year=2024)
    assert d.doc_kind.value == "other"
    assert d.verdict.value == "wrong_type"


def test_economic_factors_of_mentoring_are_its_pay_section_only_near_mentoring(judge) -> None:
    d = judge(PAY_ACT, "11.1", year=2024)
    assert d.verdict.value == "ok"
    # a mentoring act without such a section does not prove pay
    no_pay = PAY_ACT.split(" 3. ")[0] + " 3. Заключительные положения 3.1. Вступает в силу."
    assert judge(no_pay, "11.1", year=2024).verdict.value == "off_topic"


# -- a local act's register label above its own title -----------------------------------------

LABELLED_ACT = """Приложение № 2 к приказу МБОУ «Гимназия № 7»
от «__» ________ 20__ г. № ____

Локальный акт № 14

ПОЛОЖЕНИЕ
о наставничестве педагогических работников

1. Общие положения
1.1. Положение устанавливает порядок закрепления наставников за молодыми учителями.
"""


def test_a_register_label_gives_way_to_the_acts_title(judge) -> None:
    d = judge(LABELLED_ACT, "1.1", year=2024)
    assert d.doc_kind.value == "regulation"
    assert d.verdict.value == "wrong_type"  # a положение, where the order is needed


def test_a_register_label_without_an_appendix_block(judge) -> None:
    text = (
        "Локальный акт № 3 к Уставу МАДОУ «Детский сад № 41»\n\nПОЛОЖЕНИЕ\n"
        "о нематериальном поощрении наставников\n\n1. Общие положения\n"
        "1.1. Наставники поощряются благодарственным письмом и грамотой.\n"
    )
    d = judge(text, "11.2", year=2024)
    assert d.doc_kind.value == "regulation"
    assert d.verdict.value == "ok"


def test_an_act_titled_act_keeps_its_kind(judge) -> None:
    # «Акт проверки» is the document itself: no title of another kind follows it (an
    # inspection's act is the report of the check — test_real28)
    text = (
        "АКТ\nпроверки организации наставничества в МБОУ «СОШ № 2»\n\n"
        "Комиссия в составе трёх человек установила, что наставники закреплены приказом.\n"
    )
    assert judge(text, "1.1", year=2024).doc_kind.value == "report"


# -- a site's page offering several files for download ----------------------------------------

DOWNLOADS_PAGE = """Версия для слабовидящих

Сведения о платных образовательных услугах

Порядок оказания платных услуг
скачать
Типовой договор на оказание платных услуг
скачать
Прейскурант на 2024/2025 учебный год
скачать
"""


def test_a_page_of_download_links_is_not_a_document(judge) -> None:
    d = judge(DOWNLOADS_PAGE, "2.1", year=2024)
    assert d.doc_kind.value == "other"
    assert d.verdict.value == "wrong_type"


def test_download_links_at_line_ends(judge) -> None:
    text = (
        "Отчёт о наставничестве\n"
        "Приказ о закреплении наставников (pdf)   Скачать\n"
        "План работы наставников   Скачать (pdf, 210 Кб)\n"
        "Справка по итогам мониторинга   Скачать\n"
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_kind.value == "other"


def test_one_download_link_leaves_the_document(judge) -> None:
    text = (
        "СПРАВКА\nпо итогам мониторинга реализации целевой модели наставничества\n"
        "Наставничеством охвачено 12 молодых педагогов, показатели мониторинга достигнуты.\n"
        "скачать\n"
    )
    assert judge(text, "1.4", year=2024).doc_kind.value == "report"


# -- the contents of a year's plan of work ----------------------------------------------------

PLAN_CONTENTS = (
    "Оглавление 1. Аналитическая справка за прошлый год 2. Задачи на 2024-2025 учебный год "
    "3. Методическая работа 3.1.План работы с молодыми педагогами 3.2.План мероприятий "
    "недели здоровья 3.3.План мероприятий по безопасности дорожного движения 4. Работа с "
    "родителями 4.1.План родительских собраний"
)


def test_contents_made_of_plans_are_a_plan(judge) -> None:
    d = judge(PLAN_CONTENTS, "9.3", year=2024)
    assert d.doc_kind.value == "programme"
    assert d.verdict.value == "off_topic"


def test_contents_of_a_school_year_plan_in_capitals(judge) -> None:
    text = (
        "СОДЕРЖАНИЕ\n1. Информация об учреждении 2. Организационная работа 2.1. План работы "
        "педагогического совета 2.2. План работы методического совета 2.3. План "
        "внутришкольного контроля 3. Воспитательная работа"
    )
    assert judge(text, "9.3", year=2024).doc_kind.value == "programme"


def test_contents_of_a_report_stay_a_report(judge) -> None:
    text = (
        "Содержание 1. Аналитическая справка 2. Отчёт о работе педагогического совета "
        "3. Анализ кадрового состава 4. План мероприятий на лето"
    )
    assert judge(text, "1.4", year=2024).doc_kind.value != "programme"


# -- a programme titled by one form in quotes --------------------------------------------------

KINDERGARTEN_PROGRAMME = """УТВЕРЖДЕНА
приказом заведующего МБДОУ «Детский сад № 9»
от 02.09.2024 № 71

ПРОГРАММА НАСТАВНИЧЕСТВА
«Воспитатель – воспитатель»
на 2024/2025 учебный год

Пояснительная записка
Программа помогает молодому специалисту освоиться в профессии в первый год работы.
"""


def test_a_programme_titled_by_the_teacher_teacher_form_in_quotes(judge) -> None:
    d = judge(KINDERGARTEN_PROGRAMME, "3.2", year=2024)
    assert d.verdict.value == "ok"


def test_a_programme_titled_by_the_pupils_form_in_quotes(judge) -> None:
    text = KINDERGARTEN_PROGRAMME.replace("«Воспитатель – воспитатель»", "«Учитель – ученик»")
    text = text.replace("молодому специалисту освоиться в профессии", "ученику выбрать профиль")
    assert judge(text, "3.6", year=2024).verdict.value == "ok"
    # the form says whom it mentors: not the teacher–teacher form
    assert judge(text, "3.2", year=2024).verdict.value == "off_topic"


def test_a_general_programme_naming_a_project_in_quotes_is_not_personalised(judge) -> None:
    text = KINDERGARTEN_PROGRAMME.replace("«Воспитатель – воспитатель»", "«Растём вместе»")
    assert judge(text, "3.2", year=2024).verdict.value == "off_topic"


# -- an authority named on the heading's line --------------------------------------------------

PORTAL_ORDER = """Поиск по реквизитам
Приказ Минобрнауки Республики Алтай от 14.02.2024 N 310 "Об утверждении положения о наставничестве"
МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ РЕСПУБЛИКИ АЛТАЙ
ПРИКАЗ
от 14 февраля 2024 г. № 310
Об утверждении положения о наставничестве педагогических работников
ПРИКАЗЫВАЮ:
1. Утвердить положение о системе наставничества педагогических работников.
"""


def test_a_ministry_named_on_the_title_line_is_a_foreign_issuer(judge) -> None:
    d = judge(PORTAL_ORDER, "1.1", year=2024, org="МБОУ «СОШ № 5» с. Майма")
    assert "не отчитывающейся организацией" in d.message


def test_an_abbreviated_ministry_above_the_heading(judge) -> None:
    text = PORTAL_ORDER.split("\n", 2)[2].replace(
        "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ РЕСПУБЛИКИ АЛТАЙ", "Минпросвещения Республики Алтай"
    )
    d = judge(text, "1.1", year=2024, org="МБОУ «СОШ № 5» с. Майма")
    assert "не отчитывающейся организацией" in d.message


def test_the_schools_own_order_line_names_no_authority(judge) -> None:
    text = (
        "Приказ по МБОУ «СОШ № 5» с. Майма от 02.09.2024 № 88\n"
        "Об утверждении положения о наставничестве педагогических работников\n"
        "ПРИКАЗЫВАЮ:\n1. Утвердить положение о системе наставничества педагогических работников.\n"
    )
    d = judge(text, "1.1", year=2024, org="МБОУ «СОШ № 5» с. Майма")
    assert d.verdict.value == "ok"
    assert "не отчитывающейся организацией" not in d.message
