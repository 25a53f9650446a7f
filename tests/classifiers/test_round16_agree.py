"""Round-16 shapes of agreements: the mentoring said in the passive with its doers after the verb
(«наставничество … осуществляется педагогами Учреждения», «… ведётся силами Партнёра»); one
party's staff sent to support, or attached to, the other party's newcomers without the word
«наставник» («направляет мастеров для сопровождения вновь принятых работников Заказчика»,
«закрепляет своих методистов (…) за молодыми педагогами Школы»); the reporting organisation
found by its own initials over a shared town, or by the village its name is made of; the title
that names the subject; and an agreement signed on a blank date line with only an end of its
term. The documents are written for these tests."""

from __future__ import annotations

from classifiers.agreements import analyse
from evidence.models import Verdict

# --- the mentoring in the passive: the party of the doers named after the verb provides ---

PASSIVE_REVERSED = """ДОГОВОР № 3
о сетевой реализации программы «Юный исследователь»

г. Каменск                                                          02.09.2024

Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества»
муниципального района Каменский район Ростовской области, именуемое в дальнейшем
«Учреждение», в лице директора Лосевой А. П., и
муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5» г. Каменск,
именуемое в дальнейшем «Школа», в лице директора Ткача Р. С., заключили настоящий договор.

1. Предмет договора
1.1. Стороны совместно реализуют программу «Юный исследователь» для учеников 6–7 классов Школы.

2. Наставничество
2.1. Наставническое сопровождение исследовательских групп учеников Школы в течение года
осуществляется педагогами Учреждения по форме «учитель – ученик».
2.2. Школа предоставляет помещения и ведёт учёт посещаемости.

3. Договор действует с 02.09.2024 по 31.05.2025.
"""


def test_mentoring_done_by_the_reporting_party_s_teachers_is_reversed(judge) -> None:
    f = analyse(PASSIVE_REVERSED, "ДДТ Каменск", None, 2024)
    assert f.parties[f.provider or 0].designation == "Учреждение" and f.provider == 0
    d = judge(PASSIVE_REVERSED, "2.1", year=2024, org="ДДТ Каменск")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert "Учреждение" in d.message


# another shape: «наставническая поддержка … ведётся силами Партнёра», the partner provides

PASSIVE_BY_FORCES = """СОГЛАШЕНИЕ № 11
о взаимодействии

г. Орёл                                                             «14» марта 2024 г.

Акционерное общество «Орловский приборный завод», именуемое в дальнейшем «Партнёр», в лице
генерального директора Ильина В. В., и муниципальное бюджетное общеобразовательное
учреждение «Лицей № 21», именуемое в дальнейшем «Лицей», в лице директора Кравец О. Н.,
заключили настоящее соглашение.

1. Предмет соглашения
1.1. Наставническая поддержка проектных команд учащихся 9–11 классов Лицея ведётся силами
Партнёра в форме «работодатель – ученик».

2. Соглашение действует до 31.12.2025.
"""


def test_mentoring_carried_by_the_partner_s_forces_is_the_partner_s(judge) -> None:
    f = analyse(PASSIVE_BY_FORCES, "Лицей 21 Орёл", None, 2024)
    assert f.provider == 0 and f.votes[0] >= 2
    d = judge(PASSIVE_BY_FORCES, "2.1", year=2024, org="Лицей 21 Орёл")
    assert d.verdict is Verdict.OK


# negative: the control over the mentoring is not the mentoring itself

PASSIVE_CONTROL = PASSIVE_REVERSED.replace(
    "2.1. Наставническое сопровождение исследовательских групп учеников Школы в течение года\n"
    "осуществляется педагогами Учреждения по форме «учитель – ученик».",
    "2.1. Контроль за наставничеством в исследовательских группах осуществляется Школой.",
)


def test_control_over_the_mentoring_names_no_provider() -> None:
    assert PASSIVE_CONTROL != PASSIVE_REVERSED
    f = analyse(PASSIVE_CONTROL, "ДДТ Каменск", None, 2024)
    assert f.provider is None


# --- staff sent to support, or attached to, the other party's newcomers ---

NEWCOMERS_SENT = """ДОГОВОР № 5-К
о сотрудничестве в подготовке кадров

г. Тула                                                             «03» февраля 2024 г.

Общество с ограниченной ответственностью «Тульский литейный завод», именуемое в дальнейшем
«Предприятие», в лице директора Носова К. Л., с одной стороны, и государственное
профессиональное образовательное учреждение «Тульский машиностроительный техникум»,
именуемое в дальнейшем «Техникум», в лице директора Гущина Е. Е., с другой стороны,
заключили настоящий договор.

1. Предмет договора
1.1. Стороны сотрудничают в профессиональном становлении рабочих кадров Предприятия.

2. Обязанности Сторон
2.1. Техникум:
2.1.1. выделяет преподавателей (мастеров производственного обучения) для адаптации впервые
принятых рабочих Предприятия в течение первых трёх месяцев работы;
2.1.2. проводит занятия в своих мастерских.
2.2. Предприятие:
2.2.1. сообщает Техникуму о приёме новых рабочих.

3. Договор действует по 31.12.2025.
"""


def test_college_sending_its_masters_to_the_partner_s_newcomers_is_reversed(judge) -> None:
    d = judge(NEWCOMERS_SENT, "2.1", year=2024, org="Тульский машиностроительный техникум")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert "Техникум" in d.message


# another shape: one's own teachers, with a clarification in brackets, attached to the young
# teachers of the other party; the subject section does not say «наставничество»

ATTACHED_WITH_CLARIFICATION = """СОГЛАШЕНИЕ
о наставничестве

г. Вологда                                                          «20» января 2025 г.

Муниципальное учреждение «Центр развития образования» города Вологды, именуемое в дальнейшем
«Центр», в лице директора Юдиной С. А., с одной стороны, и муниципальное общеобразовательное
учреждение «Школа № 30», именуемое в дальнейшем «Школа», в лице директора Попова И. И.,
с другой стороны, заключили настоящее Соглашение.

1. Предмет Соглашения
Стороны договорились о совместной работе по профессиональному развитию педагогов Школы.

2. Обязанности Сторон
2.1. Школа закрепляет своих учителей (победителей конкурсов профессионального мастерства)
за молодыми педагогами Центра на один учебный год.
2.2. Центр предоставляет Школе методические материалы.

3. Соглашение действует до 31 августа 2026 года.
"""


def test_own_teachers_attached_past_a_bracket_to_young_teachers_provide(judge) -> None:
    f = analyse(ATTACHED_WITH_CLARIFICATION, "Школа 30 Вологда", None, 2025)
    assert f.provider == 1 and f.votes[1] >= 2
    d = judge(ATTACHED_WITH_CLARIFICATION, "2.1", year=2025, org="Школа № 30 Вологда")
    assert d.verdict is Verdict.WRONG_DIRECTION


# negative: staff accompanying pupils on an excursion are not mentors

PUPILS_ACCOMPANIED = NEWCOMERS_SENT.replace(
    "выделяет преподавателей (мастеров производственного обучения) для адаптации впервые\n"
    "принятых рабочих Предприятия в течение первых трёх месяцев работы;",
    "выделяет преподавателей для сопровождения обучающихся Техникума на экскурсии;",
)


def test_teachers_accompanying_pupils_are_not_mentors(judge) -> None:
    assert PUPILS_ACCOMPANIED != NEWCOMERS_SENT
    f = analyse(PUPILS_ACCOMPANIED, "Тульский машиностроительный техникум", None, 2024)
    assert f.provider is None and not f.subject_mentoring
    d = judge(PUPILS_ACCOMPANIED, "2.1", year=2024, org="Тульский машиностроительный техникум")
    assert d.verdict is Verdict.OFF_TOPIC


# --- the reporting organisation: its own initials over a shared town; its village ---


def test_initials_in_the_form_outweigh_a_town_shared_with_the_other_party() -> None:
    f = analyse(PASSIVE_REVERSED, "ДДТ Каменск", None, 2024)
    assert f.ours == 0 and f.ours_how == "abbreviation"


def test_form_name_without_initials_still_found_by_name() -> None:
    f = analyse(PASSIVE_REVERSED, "Средняя школа № 5 Каменск", None, 2024)
    assert f.ours == 1


VILLAGE_SCHOOLS = """Соглашение о сетевом взаимодействии в сфере наставничества

д. Берёзовка                                                        10 сентября 2024 г.

Муниципальное казённое общеобразовательное учреждение «Берёзовская основная
общеобразовательная школа» (далее – Сторона 1) в лице директора Орловой Т. В. и муниципальное
казённое общеобразовательное учреждение «Ключевская средняя общеобразовательная школа»
(далее – Сторона 2) в лице директора Сомова П. Д. заключили настоящее соглашение.

1. Наставниками молодых учителей Стороны 2 выступают учителя Стороны 1.
2. Соглашение действует до 31.08.2025.
"""


def test_school_named_after_its_village_is_the_reporting_party(judge) -> None:
    f = analyse(VILLAGE_SCHOOLS, "школа д. Берёзовка", None, 2024)
    assert f.ours == 0 and f.provider == 0
    d = judge(VILLAGE_SCHOOLS, "2.1", year=2024, org="школа д. Берёзовка")
    assert d.verdict is Verdict.WRONG_DIRECTION
    # the other village's school receives the mentors: its agreement counts
    assert judge(VILLAGE_SCHOOLS, "2.1", year=2024, org="школа с. Ключи").verdict is Verdict.OK


def test_village_named_by_neither_party_decides_nothing() -> None:
    f = analyse(VILLAGE_SCHOOLS, "школа с. Сосновка", None, 2024)
    assert f.ours is None


# --- an agreement signed on a blank date line: the term's end alone is not «in force» ---

BLANK_DATE = """СОГЛАШЕНИЕ № ___
о сотрудничестве в сфере наставничества

г. Липецк                                              «___» ____________ 2024 г.

Общество с ограниченной ответственностью «Липецкий станкозавод» (далее — Предприятие) в лице
директора Зуева А. А., с одной стороны, и муниципальное бюджетное общеобразовательное
учреждение «Средняя школа № 9» (далее — Школа) в лице директора Беловой Н. С., с другой
стороны, заключили настоящее Соглашение.

1. Предмет Соглашения
1.1. Предприятие предоставляет из числа своих инженеров наставников для учащихся Школы.

2. Соглашение вступает в силу с момента подписания и действует до 30.06.2026.
"""


def test_blank_date_with_only_the_end_of_the_term_is_no_date(judge) -> None:
    d = judge(BLANK_DATE, "2.1", year=2024, org="СШ 9 Липецк")
    assert d.verdict is Verdict.NO_DATE
    assert d.doc_date is None and "needs_review" in d.flags


def test_year_typed_after_the_reporting_year_is_not_in_force(judge) -> None:
    text = BLANK_DATE.replace("____________ 2024 г.", "____________ 2026 г.")
    assert text != BLANK_DATE
    d = judge(text, "2.1", year=2024, org="СШ 9 Липецк")
    assert d.verdict is Verdict.WRONG_YEAR
    assert "2026" in d.message


# negatives: a term with both ends, or one that ended before the year, still settles the rule


def test_blank_date_with_a_full_range_is_still_undated(judge) -> None:
    # a term in force in the year does not date a copy whose conclusion date is blank (round 36:
    # the writers' and DESIGN's reading — «no document date could be found» — over round 16's)
    text = BLANK_DATE.replace(
        "вступает в силу с момента подписания и действует до 30.06.2026",
        "действует с 01.09.2024 по 30.06.2026",
    )
    assert text != BLANK_DATE
    assert judge(text, "2.1", year=2024, org="СШ 9 Липецк").verdict is Verdict.NO_DATE


def test_blank_date_with_a_term_over_before_the_year_is_wrong_year(judge) -> None:
    text = BLANK_DATE.replace("2024 г.", "20__ г.").replace("30.06.2026", "31.05.2023")
    assert judge(text, "2.1", year=2024, org="СШ 9 Липецк").verdict is Verdict.WRONG_YEAR
