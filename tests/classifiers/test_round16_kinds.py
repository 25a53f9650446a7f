"""Round-16 kinds: a plan of work of a methodological association of mentors proves that the
association exists (criterion 9.3), while a plan that is not the association's own does not;
own wording."""

from __future__ import annotations

# -- 9.3: the association's own plan of work (a programme-kind document) ---------------------

# a college's plan, approval stamp above, the association named in the title
COLLEGE_MO_PLAN = """СОГЛАСОВАНО                                   УТВЕРЖДАЮ
на заседании методического совета           Директор ГБПОУ «Северный политехникум»
протокол от 28.08.2025 № 1                  ________ Р.А. Тимофеев
                                            приказ от 29.08.2025 № 214-о

ПЛАН РАБОТЫ
методического объединения наставников
ГБПОУ «Северный политехникум» на 2025/2026 учебный год

Председатель объединения: Гаврилова Ирина Олеговна, методист.
Цель: поддержка педагогов-наставников, обмен практиками сопровождения молодых преподавателей.

№ п/п | Содержание работы | Сроки | Ответственные
1 | Установочное заседание, утверждение состава пар «наставник – молодой преподаватель» | сентябрь | Гаврилова И.О.
2 | Мастер-класс «Как провести анализ учебного занятия» | ноябрь | члены объединения
3 | Взаимопосещение занятий наставников и наставляемых | в течение года | наставники
4 | Итоговое заседание, отчёты наставников | июнь | Гаврилова И.О.
"""

# another shape: no approval block, the association abbreviated («ШМО наставников») and the
# period on the heading line
SCHOOL_SHMO_PLAN = """МАОУ «Лицей № 11»

План работы ШМО наставников на 2024-2025 уч. год

Тема: «Сопровождение молодого учителя в первые три года работы».
Состав: 8 учителей-наставников.

Сентябрь — заседание 1: планирование, закрепление наставников за молодыми учителями.
Декабрь — заседание 2: открытые уроки наставляемых, обсуждение.
Март — заседание 3: диагностика профессиональных затруднений.
Май — заседание 4: итоги года, самоанализ наставников.
"""


def test_a_plan_of_the_mentors_association_proves_it(judge) -> None:
    d = judge(COLLEGE_MO_PLAN, "9.3", year=2025)
    assert d.doc_kind.value == "programme"
    assert d.verdict.value == "ok"


def test_an_abbreviated_association_plan_proves_it_too(judge) -> None:
    d = judge(SCHOOL_SHMO_PLAN, "9.3")
    assert d.doc_kind.value == "programme"
    assert d.verdict.value == "ok"


# -- negatives: plans that are not the association's own --------------------------------------

# a school's plan of mentoring events that mentions a session of the mentors' МО among its rows
MENTORING_EVENTS_PLAN = """МБОУ «СОШ № 27»

ПЛАН МЕРОПРИЯТИЙ
по реализации программы наставничества на 2024 год

1 | Формирование наставнических пар, издание приказа | январь | директор
2 | Заседание методического объединения наставников по итогам полугодия | июнь | заместитель директора
3 | Анкетирование наставников и наставляемых | ноябрь | педагог-психолог
4 | Подведение итогов наставничества, отчёт | декабрь | заместитель директора
"""

# a subject association's plan that has a row on mentoring young teachers
SUBJECT_MO_PLAN = """ПЛАН РАБОТЫ
методического объединения учителей начальных классов
на 2024–2025 учебный год

1. Анализ результатов всероссийских проверочных работ — сентябрь.
2. Организация наставничества над молодыми специалистами — сентябрь.
3. Взаимопосещение уроков — в течение года.
4. Подготовка к олимпиадам — октябрь.
"""


def test_a_mentoring_events_plan_is_not_the_associations_plan(judge) -> None:
    d = judge(MENTORING_EVENTS_PLAN, "9.3")
    assert d.verdict.value == "off_topic"
    assert "не план работы методического объединения наставников" in d.message


def test_a_subject_associations_plan_is_not_a_mentors_association(judge) -> None:
    d = judge(SUBJECT_MO_PLAN, "9.3")
    assert d.verdict.value == "off_topic"
    assert "не план работы методического объединения наставников" in d.message


# the association's plan still proves nothing for another criterion
def test_the_associations_plan_is_still_no_order(judge) -> None:
    assert judge(COLLEGE_MO_PLAN, "1.3", year=2025).verdict.value == "wrong_type"
