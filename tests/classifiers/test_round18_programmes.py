"""Round 18 (blind23): personalised programmes and their forms — an organisation's general
programme whose indicators name mentors and mentees, a pair's form told by its roles for
«руководитель – педагог» (3.4), a programme declared «иная форма» (3.7) whose form is listed
among 3.1–3.6. Texts of our own wording."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# --- a general programme: its target shares name mentors and mentees, not one pair ---

GENERAL = """УТВЕРЖДЕНО
приказом директора ГАПОУ «Энский аграрный техникум»
от 01.09.2024 № 305-о

ПРОГРАММА НАСТАВНИЧЕСТВА
ГАПОУ «Энский аграрный техникум» на 2024–2027 годы

I. Общие положения
Программа определяет порядок организации наставничества в техникуме.

II. Реализуемые формы наставничества
{forms}

III. Целевые показатели
{targets}

IV. Этапы реализации: подготовительный, основной, завершающий.
"""

FORMS = """1) «студент – студент» — адаптация первокурсников;
2) «педагог – педагог» — поддержка молодых преподавателей;
3) «студент – ученик» — профориентация учащихся школ района."""


def test_a_general_programme_whose_targets_name_mentors_is_not_personalised(judge) -> None:
    targets = (
        "Доля обучающихся в роли наставляемых – не менее 25 %; "
        "доля педагогов, вовлечённых в роли наставников: не менее 8 %."
    )
    d = judge(GENERAL.format(forms=FORMS, targets=targets), "3.3")
    assert d.verdict is Verdict.OFF_TOPIC
    assert d.doc_kind is DocKind.PROGRAMME
    assert "общая программа" in d.message


def test_a_general_programme_defining_its_terms_is_not_personalised(judge) -> None:
    targets = (
        "Наставник – участник программы, имеющий успешный опыт в достижении результата.\n"
        "Наставляемый – участник программы, который через взаимодействие с наставником "
        "приобретает новый опыт."
    )
    d = judge(GENERAL.format(forms=FORMS, targets=targets), "3.5")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "общая программа" in d.message


def test_a_pair_programme_with_lower_case_role_fields_stays_personalised(judge) -> None:
    text = """ПРОГРАММА НАСТАВНИЧЕСТВА
ГАПОУ «Энский аграрный техникум»

Наставник: студентка 4 курса группы ВТ-41 Орлова Марина
Наставляемый: студент 1 курса группы ВТ-11 Кузин Павел

План: адаптация к обучению в техникуме (сентябрь – декабрь), подготовка к первой сессии.
"""
    d = judge(text, "3.3")
    assert d.verdict is Verdict.OK


# --- 3.4 «руководитель – педагог»: the pair's form by the roles of its members ---

PAIR = """УТВЕРЖДЕНА
приказом директора МБОУ «СОШ № 9» г. Энска от 02.09.2024 № 140

ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА
{title}

{pair}

Цель: {aim}

Мероприятия
1. Изучение нормативных документов — сентябрь.
2. Совместное планирование — октябрь.
3. Итоговая беседа, самоанализ — май.
"""


def test_a_named_teacher_teacher_form_is_not_the_leader_form(judge) -> None:
    pair = (
        "Наставник: Громова Ирина Львовна, учитель русского языка\n"
        "Наставляемый: Леонов Артём Игоревич, учитель русского языка, стаж 1 год"
    )
    text = PAIR.format(title="(по форме «педагог – педагог»)", pair=pair, aim="адаптация.")
    d = judge(text, "3.4")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "руководитель – педагог" in d.message
    assert "учитель – учитель" in d.message


def test_teacher_roles_without_a_named_form_are_not_the_leader_form(judge) -> None:
    pair = (
        "Наставник – Сафонова Н.П., учитель биологии высшей категории\n"
        "Наставляемая – Дьякова Е.В., молодой специалист, учитель химии"
    )
    d = judge(PAIR.format(title="", pair=pair, aim="становление молодого учителя."), "3.4")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "учитель – учитель" in d.message


def test_a_deputy_head_mentoring_a_teacher_is_the_leader_form(judge) -> None:
    pair = (
        "Наставник: Маркова Оксана Юрьевна, заместитель директора по УВР\n"
        "Наставляемый: Титов Олег Сергеевич, учитель истории, назначен руководителем "
        "школьного музея"
    )
    aim = "развитие организаторских компетенций."
    d = judge(PAIR.format(title="", pair=pair, aim=aim), "3.4")
    assert d.verdict is Verdict.OK


def test_a_named_leader_form_with_a_head_of_kindergarten_stays_ok(judge) -> None:
    pair = (
        "Наставник: Зуева Т.А., заведующий\n"
        "Наставляемый: Орлова Н.С., старший воспитатель (в должности с 01.09.2024)"
    )
    text = PAIR.format(title="«Руководитель – педагог»", pair=pair, aim="управление.")
    d = judge(text, "3.4")
    assert d.verdict is Verdict.OK


def test_a_class_teacher_mentor_is_no_leader(judge) -> None:
    pair = (
        "Наставник: Белова Светлана Петровна, учитель математики, классный руководитель 7 «Б»\n"
        "Наставляемый: Егоров Д.А., учитель математики, 1-й год работы"
    )
    d = judge(PAIR.format(title="", pair=pair, aim="адаптация."), "3.4")
    assert d.verdict is Verdict.OFF_TOPIC


def test_pupil_roles_tell_a_teacher_pupil_programme_from_a_student_one(judge) -> None:
    pair = (
        "Наставник: Ковалёв Максим, обучающийся 10 «А» класса\n"
        "Наставляемый: Соколов Илья, обучающийся 6 «В» класса"
    )
    d = judge(PAIR.format(title="", pair=pair, aim="помощь в учёбе."), "3.6")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "ученик – ученик" in d.message
    assert judge(PAIR.format(title="", pair=pair, aim="помощь в учёбе."), "3.1").verdict is (
        Verdict.OK
    )


# --- 3.7: «иная форма» must be a form none of 3.1–3.6 ---


def test_a_programme_declared_other_form_but_named_teacher_teacher_is_off_topic(judge) -> None:
    pair = (
        "Форма: «воспитатель – воспитатель»\n"
        "Наставник: Лосева Г.М., воспитатель высшей категории\n"
        "Наставляемый: Рябова А.К., воспитатель, стаж 3 месяца"
    )
    text = PAIR.format(title="по иной форме наставничества", pair=pair, aim="адаптация.")
    d = judge(text, "3.7")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "учитель – учитель" in d.message
    assert "иная" in d.message


def test_a_programme_declared_other_form_with_pupil_roles_is_off_topic(judge) -> None:
    pair = "Наставник: Фомина Вера, ученица 11 класса\nНаставляемый: Жуков Денис, ученик 8 класса"
    text = PAIR.format(title="(иная форма)", pair=pair, aim="подготовка к олимпиаде.")
    d = judge(text, "3.7")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "ученик – ученик" in d.message


def test_an_employer_student_programme_declared_other_form_stays_ok(judge) -> None:
    pair = (
        "Наставник: Шилов Павел Андреевич, мастер участка ООО «Энскагро»\n"
        "Наставляемый: Гусев Роман, студент 3 курса"
    )
    text = PAIR.format(
        title="в форме «работодатель – студент» (иная форма)", pair=pair, aim="практика."
    )
    d = judge(text, "3.7")
    assert d.verdict is Verdict.OK


def test_a_parent_pupil_programme_declared_other_form_stays_ok(judge) -> None:
    pair = (
        "Наставник: Лебедев Игорь Викторович, родитель, инженер-конструктор\n"
        "Наставляемый: Лебедева Алина, обучающаяся 9 класса"
    )
    text = PAIR.format(title="(иная форма: «родитель – ученик»)", pair=pair, aim="проект.")
    assert judge(text, "3.7").verdict is Verdict.OK


def test_a_listed_form_under_other_forms_is_off_topic_without_any_claim(judge) -> None:
    # seed 004 on 3.7: «указываем здесь только иные формы (не те, что обозначены выше!)»
    pair = "Наставник: Орлова Ксения, 10 «А» класс\nНаставляемая: Титова Ева, 6 «Б» класс"
    text = PAIR.format(title="«ученик – ученик»", pair=pair, aim="помощь в учёбе.")
    d = judge(text, "3.7")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "ученик – ученик" in d.message
    assert judge(text, "3.1").verdict is Verdict.OK  # the same programme proves its own form


def test_an_unlisted_form_without_any_claim_stays_ok_under_other_forms(judge) -> None:
    pair = (
        "Наставник: Кравцов Олег Ильич, выпускник школы 2015 года, инженер\n"
        "Наставляемый: Соколов Иван, обучающийся 10 класса"
    )
    text = PAIR.format(title="«выпускник – обучающийся»", pair=pair, aim="профориентация.")
    assert judge(text, "3.7").verdict is Verdict.OK


def test_a_college_student_student_programme_is_not_the_pupils_form(judge) -> None:
    # 3.1 «ученик – ученик» had borrowed the «студент – студент» rule (a topic defined twice)
    pair = "Наставник: Клюев Артём, студент 3 курса\nНаставляемый: Зуев Марк, студент 1 курса"
    text = PAIR.format(title="по форме «студент – студент»", pair=pair, aim="адаптация.")
    assert judge(text, "3.3").verdict is Verdict.OK
    d = judge(text, "3.1")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "студент – студент" in d.message
