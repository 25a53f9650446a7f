"""Is the document about what the criterion needs?"""

from __future__ import annotations

import pytest

ORDER = (
    "ПРИКАЗ\nот 01.09.2023 № 12\n{title}\nНа основании приказа Управления образования от 16.02.2022 № 255 "
    "«Об организации работы по внедрению целевой модели наставничества педагогических работников и обучающихся»\n"
    "ПРИКАЗЫВАЮ:\n{items}\nДиректор И.И. Петрова"
)
TEACHERS = ORDER.format(
    title="Об утверждении положения о системе наставничества педагогических работников",
    items="1. Утвердить Положение о системе наставничества педагогических работников.\n2. Закрепить наставников за молодыми специалистами.",
)
STUDENTS = ORDER.format(
    title="Об утверждении положения о системе наставничества обучающихся",
    items="1. Утвердить Положение о системе наставничества обучающихся.\n2. Сформировать пары «ученик – ученик».",
)
BOTH = ORDER.format(
    title="Об утверждении положения о системе наставничества педагогических работников и обучающихся",
    items="1. Утвердить Положение о наставничестве.",
)


@pytest.mark.parametrize(
    ("text", "criterion", "verdict"),
    [
        pytest.param(TEACHERS, "1.1", "ok", id="teachers_for_teachers"),
        pytest.param(TEACHERS, "1.2", "off_topic", id="teachers_for_students"),
        pytest.param(STUDENTS, "1.2", "ok", id="students_for_students"),
        pytest.param(STUDENTS, "1.1", "off_topic", id="students_for_teachers"),
        pytest.param(BOTH, "1.1", "ok", id="both_for_teachers"),
        pytest.param(BOTH, "1.2", "ok", id="both_for_students"),
    ],
)
def test_teachers_vs_students(judge, text: str, criterion: str, verdict: str) -> None:
    d = judge(text, criterion)
    assert d.verdict.value == verdict
    if verdict == "off_topic":
        assert "педагогических работников" in d.message and "обучающихся" in d.message


def test_cited_act_about_mentoring_does_not_make_an_order_about_mentoring(judge) -> None:
    text = ORDER.format(
        title="Об организации горячего питания",
        items="1. Организовать горячее питание обучающихся.",
    )
    d = judge(text, "1.1")
    assert d.verdict.value == "off_topic"
    assert d.doc_kind.value == "order"


def test_quality_monitoring_order_is_not_mentoring_monitoring(judge) -> None:
    text = ORDER.format(
        title="О проведении мониторинга качества образования",
        items="1. Провести мониторинг качества образования в рамках ВСОКО.\n2. Подготовить аналитическую справку.",
    ).replace("2023", "2024")
    d = judge(text, "1.3")
    assert d.verdict.value == "off_topic"
    ok = ORDER.format(
        title="О проведении внутреннего мониторинга реализации целевой модели наставничества",
        items="1. Провести мониторинг реализации целевой модели наставничества в октябре 2024 года.",
    ).replace("2023", "2024")
    assert judge(ok, "1.3").verdict.value == "ok"


REPORT = (
    "ИНФОРМАЦИОННАЯ СПРАВКА\nпо итогам внутреннего мониторинга реализации целевой модели наставничества в 2024 году\n"
    "Мониторинг проведён в октябре 2024 года.\n{body}\n21.10.2024\nЗаместитель директора И.И. Петрова"
)


def test_swot_only_report_is_off_topic(judge) -> None:
    swot = REPORT.format(
        body="Проведён SWOT-анализ программы наставничества.\nСильные стороны: опытные наставники.\nСлабые стороны: нехватка времени."
    )
    d = judge(swot, "1.4")
    assert d.verdict.value == "off_topic"
    assert "SWOT" in d.message
    with_indicators = REPORT.format(
        body="Доля обучающихся, вошедших в программы наставничества, — 45 %.\nКоличество наставников — 12.\n"
        "Проведён SWOT-анализ: сильные стороны — опытные наставники."
    )
    assert judge(with_indicators, "1.4").verdict.value == "ok"


PROGRAMME = (
    "Персонализированная программа наставничества\nФорма наставничества: «{form}»\nНаставник: {mentor}\nНаставляемый: {mentee}\n"
    "Срок: сентябрь 2024 — май 2025\nЦель: адаптация наставляемого."
)


def test_programme_form(judge) -> None:
    student = PROGRAMME.format(
        form="ученик – ученик", mentor="Кузнецова Анна, 10 класс", mentee="Иванов Пётр, 6 класс"
    )
    teacher = PROGRAMME.format(
        form="учитель – учитель",
        mentor="Петрова О.И., учитель",
        mentee="Смирнов И.А., молодой специалист",
    )
    assert judge(student, "3.1").verdict.value == "ok"
    assert judge(teacher, "3.2").verdict.value == "ok"
    assert judge(teacher, "3.1").verdict.value == "off_topic"
    general = "ПРОГРАММА НАСТАВНИЧЕСТВА\nМБОУ СОШ № 5 на 2023-2028 годы\n1. Пояснительная записка\nПрограмма наставничества реализуется в формах «учитель – учитель», «ученик – ученик»."
    d = judge(general, "3.1")
    assert d.verdict.value == "off_topic"
    assert "персонализированн" in d.message


def test_incentive_acts(judge) -> None:
    pay = (
        "ПОЛОЖЕНИЕ\nоб оплате труда работников\n1. Общие положения\n1.1. Настоящее положение устанавливает выплаты.\n"
        "3.1. Педагогам, осуществляющим наставничество, устанавливается доплата 10 % оклада за каждого наставляемого."
    )
    assert judge(pay, "11.1").verdict.value == "ok"
    assert judge(pay, "11.2").verdict.value == "off_topic"


def test_order_on_another_mentoring_subject_is_not_the_regulation_order(judge) -> None:
    curator = ORDER.format(
        title="О назначении куратора внедрения целевой модели наставничества",
        items="1. Назначить куратором внедрения целевой модели наставничества Иванову М.П.",
    )
    d = judge(curator, "1.1")
    assert d.verdict.value == "off_topic"
    generic = ORDER.format(
        title="О внедрении целевой модели наставничества",
        items="1. Внедрить целевую модель наставничества педагогических работников.\n2. Куратору наставничества Ивановой М.П. подготовить план.",
    )
    d2 = judge(generic, "1.1")
    assert d2.verdict.value == "ok"
    assert "needs_review" in d2.flags


def test_report_period_is_not_its_date(judge) -> None:
    text = (
        "АНАЛИТИЧЕСКАЯ СПРАВКА\nпо итогам мониторинга реализации целевой модели наставничества за период с 01.09.2023 по 31.08.2024\n"
        "Доля наставляемых — 45 %.\nКоличество наставников — 12.\n\n«15» октября 2024 г.\nЗаместитель директора"
    )
    d = judge(text, "1.4")
    assert d.doc_date == "2024-10-15"
    assert d.verdict.value == "ok"


def test_order_approving_a_programme_is_not_the_regulation_order(judge) -> None:
    text = ORDER.format(
        title="Об утверждении программы наставничества на 2024-2025 учебный год",
        items="1. Утвердить программу наставничества на 2024-2025 учебный год.\n2. Наставникам организовать работу по программе наставничества.",
    )
    assert judge(text, "1.1").verdict.value == "off_topic"


def test_pay_regulation_with_a_mentoring_clause(judge) -> None:
    text = (
        "ПОЛОЖЕНИЕ\nо стимулирующих выплатах работникам\n1. Общие положения\n1.1. Положение определяет выплаты стимулирующего характера.\n"
        "2.2. За осуществление наставнической деятельности устанавливается надбавка до 15 % оклада."
    )
    assert judge(text, "11.1").verdict.value == "ok"
    assert (
        judge(
            text.replace("наставнической деятельности", "классного руководства"), "11.1"
        ).verdict.value
        == "off_topic"
    )


def test_order_approving_a_monitoring_regulation_is_not_the_mentoring_regulation_order(
    judge,
) -> None:
    text = ORDER.format(
        title="Об утверждении Положения о внутреннем мониторинге реализации целевой модели наставничества",
        items="1. Утвердить Положение о внутреннем мониторинге реализации целевой модели наставничества.",
    ).replace("2023", "2024")
    assert judge(text, "1.1").verdict.value == "off_topic"
    assert judge(text, "1.3").verdict.value == "ok"


def test_order_of_an_education_authority_is_not_the_organisations_own(judge) -> None:
    # seed 004: a school links the city department's order where its own order is asked for
    text = "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА ИЖЕВСКА\n" + TEACHERS
    d = judge(text, "1.1", org="МБОУ СОШ № 12")
    assert d.verdict.value == "off_topic"
    assert "приказ самой образовательной организации" in d.message
    assert "issuer_not_reporting_org" in d.flags and "needs_review" in d.flags
    own = (
        "МБОУ «Средняя общеобразовательная школа № 12»\nУправление образования Администрации г. Ижевска\n"
        + TEACHERS
    )
    assert "issuer_not_reporting_org" not in judge(own, "1.1", org="МБОУ СОШ № 12").flags


def test_personalised_programme_in_a_table(judge) -> None:
    text = (
        "Персонализированная программа наставничества\nФорма: «педагог – молодой педагог»\n"
        "ФИО наставника\tИванова Анна Петровна\nФИО наставляемого\tСоколов Илья Андреевич\nЦель: адаптация молодого педагога."
    )
    assert judge(text, "3.2").verdict.value == "ok"
    assert judge(text, "3.1").verdict.value == "off_topic"


LISTED = """Информационная справка
о результатах внутреннего мониторинга реализации целевой модели наставничества
в МБОУ «Шарканская СОШ» в 2024 году

Мониторинг проведён в ноябре по показателям региональной целевой модели.

Результаты:
– педагогических работников всего – 38;
– наставников из числа педагогов – 6, из них прошедших обучение – 4;
– молодых специалистов в роли наставляемых – 3 (100 %);
– обучающихся 7–9 классов, охваченных наставничеством по форме «ученик – ученик», – 27 человек.

Выводы: охват наставничеством молодых специалистов полный.

Руководитель ШМО наставников                           И.Л. Касаткина
"""


def test_a_list_of_counts_is_a_result_by_the_indicators(judge) -> None:
    """«наставников из числа педагогов – 6», «… – 27 человек»: a справка that lists the
    monitored quantities has results by the indicators, whatever words it uses for them. Left
    undated, it is `no_date` (the year of its title is the period, not the day it was signed)."""
    d = judge(LISTED, "1.4")
    assert d.verdict.value == "no_date", d.message
    assert "needs_review" in d.flags and "2024 год" in d.message
    assert d.details.get("period_year") == 2024
    dated = LISTED.replace("И.Л. Касаткина", "И.Л. Касаткина\n02.12.2024")
    assert judge(dated, "1.4").verdict.value == "ok"


def test_numbers_that_are_no_indicator_values(judge) -> None:
    """Class ranges, document numbers and dates in a monitoring справка are no results."""
    text = REPORT.format(
        body="Основание: приказ директора от 02.10.2024 № 77 «О мониторинге».\n"
        "Наставники провели занятия с обучающимися 7–9 классов.\n"
        "Наставляемые приняли участие в анкетировании."
    )
    d = judge(text, "1.4")
    assert d.verdict.value == "off_topic", d.message
