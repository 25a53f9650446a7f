"""Round-19 shapes other than agreements, in own wording: an order on mentoring pairs that only
puts fixing them off to a later order, a personalised programme whose pair (a head and a newly
appointed senior teacher) decides its form over a form named in passing in its plan, a day range
«7–18 марта» in a справка's title block and its «Справка составлена …» line, an order or a
справка on the letterhead of a methodical centre or of an authority, and a general programme
whose only «индивидуальные планы» are its pupils' curricula."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- an order that puts fixing the pairs off to a later order --------------------------------

PAIRS_HEAD = (
    "МКОУ «Берёзовская основная общеобразовательная школа»\n\n"
    "ПРИКАЗ\n"
    "05.09.2024                                                          № 88\n\n"
    "О наставнических парах на 2024–2025 учебный год\n\n"
    "В целях реализации Положения о системе наставничества педагогических работников\n\n"
    "ПРИКАЗЫВАЮ:\n"
)
PAIRS_TAIL = (
    "4. Контроль исполнения приказа оставляю за собой.\n\n"
    "Директор                                        Т.Н. Лаврова\n"
)


def test_an_order_that_defers_the_pairs_to_a_separate_order_is_off_topic(judge) -> None:
    body = (
        "1. Заместителю директора Кузиной О.П. до 20.09.2024 изучить затруднения молодых "
        "педагогов и внести предложения о составе наставнических пар.\n"
        "2. Наставнические пары утвердить отдельным приказом директора.\n"
        "3. Наставникам провести первую встречу с наставляемыми в октябре.\n"
    )
    d = judge(PAIRS_HEAD + body + PAIRS_TAIL, "2.3", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC
    assert d.doc_kind is DocKind.ORDER
    assert "отдельным" in d.message


def test_pairs_left_to_a_draft_order_in_list_items_are_off_topic_too(judge) -> None:
    body = (
        "1. Руководителям методических объединений:\n"
        "- выявить педагогов, нуждающихся в сопровождении;\n"
        "- подготовить проект приказа о закреплении наставников за молодыми специалистами.\n"
        "2. Куратору составить график встреч наставников и наставляемых.\n"
        "3. Дополнительным приказом утвердить наставнические пары до 01.10.2024.\n"
    )
    d = judge(PAIRS_HEAD + body + PAIRS_TAIL, "2.4", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC


def test_an_order_that_fixes_pairs_and_names_a_later_order_for_others_is_ok(judge) -> None:
    body = (
        "1. Закрепить наставников за молодыми педагогами и утвердить состав наставнических "
        "пар: Ершова Л.К. – Иванов Д.С.; Мохова Г.Р. – Сидорова Е.А.\n"
        "2. Изменения в составе пар вносить отдельным приказом.\n"
        "3. Наставникам разработать персонализированные программы до 30.09.2024.\n"
    )
    d = judge(PAIRS_HEAD + body + PAIRS_TAIL, "2.3", year=2024)
    assert d.verdict is Verdict.OK


# -- a personalised programme: its pair's roles decide over a form named in its plan ------------

LEADER_PROGRAMME = (
    "УТВЕРЖДЕНА\nприказом директора МБОУ «Гимназия № 3»\nот 02.09.2024 № 201\n\n"
    "Персонализированная программа наставничества\n"
    "для вновь назначенного руководителя методического объединения\n\n"
    "Наставник: Краснова Инна Павловна, {mentor}, стаж работы в должности 9 лет.\n"
    "Наставляемый: Белов Артём Игоревич, учитель истории, руководитель ШМО гуманитарного "
    "цикла с 01.09.2024.\n\n"
    "Цель: освоение наставляемым управленческих функций.\n"
    "План работы\n"
    "1. Сентябрь. Изучение нормативной базы, планирование работы ШМО.\n"
    "2. Ноябрь. Наставляемый курирует работу пар «учитель – ученик» при подготовке к "
    "олимпиадам.\n"
    "3. Май. Анализ работы ШМО за год.\n"
)


def test_a_leaders_pair_is_leader_teacher_despite_a_form_named_in_the_plan(judge) -> None:
    d = judge(LEADER_PROGRAMME.format(mentor="заместитель директора по УВР"), "3.4", year=2024)
    assert d.verdict is Verdict.OK
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date == "2024-09-02"


def test_a_kindergarten_heads_pair_is_leader_teacher(judge) -> None:
    text = (
        "Персонализированная программа наставничества\n\n"
        "Наставник: Осипова Л.Н., заведующий МБДОУ «Детский сад № 12».\n"
        "Наставляемый: Гусева Т.В., старший воспитатель, назначена 01.09.2024.\n\n"
        "Мероприятия:\n"
        "1. Совместное планирование методической работы.\n"
        "2. Наставляемая организует работу пар «воспитатель – воспитатель».\n"
    )
    d = judge(text, "3.4", year=2024)
    assert d.verdict is Verdict.OK


def test_a_form_declared_after_the_word_forma_still_decides(judge) -> None:
    text = LEADER_PROGRAMME.format(mentor="заместитель директора по УВР").replace(
        "Цель:", "Форма наставничества: «учитель – учитель».\nЦель:"
    )
    d = judge(text, "3.4", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC
    assert "«учитель – учитель»" in d.message


# -- a справка: a day range in its title block, and its «составлена» line ---------------------

REPORT = (
    "МАОУ «Средняя общеобразовательная школа № 14»\n"
    "Справка\n"
    "по итогам внутреннего мониторинга реализации целевой модели наставничества\n"
    "Период проведения: {period}. Методы: анкетирование, анализ документов.\n"
    "1. Показатели\n"
    "Наставников из числа педагогов – 9;\n"
    "Молодых специалистов в роли наставляемых – 6 (100 %);\n"
    "Удовлетворённость наставляемых – 88 %;\n"
    "2. Выводы: программы наставничества реализуются, наставничество охватило всех молодых "
    "специалистов.\n"
    "{signed}"
    "Заместитель директора                                  Е.А. Рыжова\n"
)


def test_a_day_range_is_a_period_and_the_compiled_line_dates_the_report(judge) -> None:
    text = REPORT.format(period="7–18 марта 2024 г.", signed="Справка составлена 25.03.2024\n")
    d = judge(text, "1.4", year=2024)
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-03-25"


def test_a_report_prepared_line_dates_it_after_a_spaced_day_range(judge) -> None:
    text = REPORT.format(
        period="с 1 – 12 апреля 2024 года", signed="Отчёт подготовлен 19 апреля 2024 г.\n"
    ).replace("Справка\n", "Отчёт\n")
    d = judge(text, "1.4", year=2024)
    assert d.doc_date == "2024-04-19"


def test_a_date_after_a_number_and_dash_is_no_day_range(judge) -> None:
    # «№ 12 – 25 марта 2024 г.» is no range of days: the date stays the report's
    text = REPORT.format(period="март", signed="").replace(
        "Справка\n", "Справка № 12 – 25 марта 2024 г.\n"
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_date == "2024-03-25"


# -- another organisation's order or справка: a methodical centre's, an authority's -----------

CENTRE_ORDER = (
    "{letterhead}\n\n"
    "ПРИКАЗ\n\n"
    "12.01.2024                                                               № 5\n\n"
    "Об утверждении положения о системе наставничества педагогических работников\n\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить положение о системе наставничества педагогических работников (приложение).\n"
    "2. Контроль оставляю за собой.\n\n"
    "Директор                                                В.В. Кротов\n"
)


def test_an_order_of_an_institute_of_education_development_is_off_topic(judge) -> None:
    text = CENTRE_ORDER.format(
        letterhead="ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ\n«ИНСТИТУТ РАЗВИТИЯ ОБРАЗОВАНИЯ»"
    )
    d = judge(text, "1.1", year=2024, org="МБОУ «Лесная СОШ»")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "issuer_not_reporting_org" in d.flags
    assert "другой организацией" in d.message


def test_an_order_of_a_further_training_organisation_is_off_topic(judge) -> None:
    text = CENTRE_ORDER.format(letterhead="ГАУ ДПО «Центр непрерывного повышения мастерства»")
    d = judge(text, "1.1", year=2024, org="Детский сад № 40")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "needs_review" in d.flags


def test_a_schools_order_naming_the_municipal_methodical_centre_is_its_own(judge) -> None:
    text = CENTRE_ORDER.format(
        letterhead="Муниципальное бюджетное общеобразовательное учреждение\n"
        "«Лесная средняя общеобразовательная школа» — "
        "опорная площадка муниципального методического центра"
    )
    d = judge(text, "1.1", year=2024, org="МБОУ «Лесная СОШ»")
    assert d.verdict is Verdict.OK


def test_the_centre_reporting_on_itself_is_its_own_order(judge) -> None:
    text = CENTRE_ORDER.format(letterhead="ГАУ ДПО «Институт развития образования»")
    d = judge(text, "1.1", year=2024, org="ГАУ ДПО «Институт развития образования»")
    assert d.verdict is Verdict.OK


AREA_REPORT = (
    "{letterhead}\n\n"
    "СПРАВКА\n"
    "по итогам мониторинга реализации целевой модели наставничества\n\n"
    "1. Показатели\n"
    "Наставников из числа педагогов – 140;\n"
    "Молодых специалистов в роли наставляемых – 96 (92 %);\n"
    "Удовлетворённость наставляемых – 84 %;\n"
    "Программ наставничества – 210.\n"
    "Заведующий сектором                                   П.Р. Ганиева\n"
    "14.11.2024\n"
)


def test_a_districts_summary_report_is_off_topic(judge) -> None:
    text = AREA_REPORT.format(letterhead="ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ\nЗАРЕЧНОГО РАЙОНА")
    d = judge(text, "1.4", year=2024, org="МКОУ «Зареченская СОШ»")
    assert d.verdict is Verdict.OFF_TOPIC
    assert d.doc_kind is DocKind.REPORT
    assert "Справка составлена не отчитывающейся" in d.message


def test_a_methodical_centres_report_is_off_topic(judge) -> None:
    text = AREA_REPORT.format(letterhead="МКУ «Районный методический кабинет»")
    d = judge(text, "1.4", year=2024, org="Детский сад № 3 «Ромашка»")
    assert d.verdict is Verdict.OFF_TOPIC


def test_a_schools_report_under_its_founders_name_is_its_own(judge) -> None:
    text = AREA_REPORT.format(
        letterhead="Отдел образования администрации Заречного района\n"
        "Муниципальное казённое общеобразовательное учреждение «Зареченская СОШ»"
    )
    d = judge(text, "1.4", year=2024, org="МКОУ «Зареченская СОШ»")
    assert d.verdict is Verdict.OK


# -- a general programme whose «индивидуальные планы» are its pupils' curricula ------------------

ART_PROGRAMME = (
    "МБУ ДО «Детская художественная школа»\n\n"
    "ПРОГРАММА\nнаставничества педагогических работников\n\n"
    "Цель: адаптация молодых преподавателей, профессиональный рост.\n"
    "Участники: преподаватели со стажем до 3 лет и опытные преподаватели.\n"
    "Направления:\n"
    "1. Освоение документации ({documents}).\n"
    "2. Подготовка учащихся к выставкам и конкурсам.\n"
    "Ожидаемые результаты: все молодые преподаватели закреплены за наставниками.\n"
)


def test_pupils_individual_curricula_make_no_personalised_programme(judge) -> None:
    text = ART_PROGRAMME.format(documents="учебные планы, индивидуальные планы учащихся")
    d = judge(text, "3.2", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC
    assert "общая программа" in d.message


def test_an_individual_curriculum_of_a_pupil_singular_is_not_a_pairs_plan(judge) -> None:
    text = ART_PROGRAMME.format(documents="индивидуальный учебный план обучающегося, журналы")
    d = judge(text, "3.2", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC


def test_a_mentees_individual_plan_still_makes_it_personalised(judge) -> None:
    text = ART_PROGRAMME.format(documents="индивидуальный план развития наставляемого")
    d = judge(text, "3.2", year=2024)
    assert d.verdict is Verdict.OK
