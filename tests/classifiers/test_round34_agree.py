"""Round-34 shapes of an agreement: which party is the reporting one, and whose people a
curator's are.

Parties designated by neutral labels («ОО-1», «ОО-2», «Сторона А») say nothing of their kind,
so the reporting organisation is found by the name the form gives it: an abbreviation with
its conjunction written small («ККИТиС» for «… колледж информационных технологий и сервиса»),
or a legal form with the region's letter («ОГБПОУ», «КГБПОУ», «ОГБОУ») that names its kind.
When no party's name tells its kind either, the people the text gives each party do: a
college's students («студенты 2–3 курсов Стороны А»), a school's pupils («обучающиеся Стороны
Б»). A curator of the mentoring appointed «из числа своих работников» is no mentor: the party
appointing one does not provide the mentors."""

from __future__ import annotations

import datetime as dt

import pytest

from classifiers.agreements import (
    AgreementFacts,
    _abbreviations,
    abbreviation_match,
    analyse,
    org_type,
)
from evidence.models import Verdict
from evidence.textnorm import normalise

HEAD = """ДОГОВОР
о сетевом взаимодействии в сфере наставничества

г. Лесогорск                                                          15 февраля 2024 года

"""

COLLEGE = (
    "Областное государственное бюджетное профессиональное образовательное учреждение "
    "«Лесогорский колледж машиностроения и энергетики»"
)
SCHOOL = (
    "муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
    "школа № 11»"
)
# names that say nothing of the kind: an autonomous non-profit of vocational training, a
# municipal centre
TRAINING = "Автономная некоммерческая организация профессионального образования «Цифровой кампус»"
CENTRE = "Муниципальное автономное учреждение «Центр «Горизонт»»"

PREAMBLE = (
    "{first} в лице директора Гришина Олега Петровича, действующего на основании Устава "
    "(далее – {d1}), и {second} в лице директора Фоминой Ирины Львовны, действующей на "
    "основании Устава (далее – {d2}), заключили настоящий договор о нижеследующем:\n"
)

BODY = """
1. ПРЕДМЕТ ДОГОВОРА
1.1. Предметом договора является совместная реализация программы наставничества по форме
«студент – ученик».
1.2. Наставниками выступают {mentors} {d1}, прошедшие подготовку. Наставляемыми выступают
{mentees} {d2}.

2. ОБЯЗАННОСТИ {d1}
2.1. Провести отбор и обучение наставников.
2.2. Организовать занятия в своих лабораториях.

3. ОБЯЗАННОСТИ {d2}
3.1. Сформировать группу участников и получить согласия родителей.

4. Договор действует с момента подписания до 30 июня 2025 г.
"""


def agreement(
    first: str = COLLEGE,
    second: str = SCHOOL,
    d1: str = "ОО-1",
    d2: str = "ОО-2",
    mentors: str = "студенты 2–3 курсов",
    mentees: str = "обучающиеся",
) -> str:
    return (
        HEAD
        + PREAMBLE.format(first=first, second=second, d1=d1, d2=d2)
        + BODY.format(d1=d1, d2=d2, mentors=mentors, mentees=mentees)
    )


def facts(text: str, org: str) -> AgreementFacts:
    return analyse(normalise(text), org, dt.date(2024, 2, 15), 2024)


# --- the abbreviation with its conjunction small, the legal form with the region's letter ---


def test_abbreviation_with_small_conjunction() -> None:
    assert _abbreviations("ОГБПОУ ЛКМиЭ") == {"ЛКМЭ"}
    assert abbreviation_match("ОГБПОУ ЛКМиЭ", COLLEGE)
    # not the abbreviation of another name
    assert not abbreviation_match("ОГБПОУ ЛКМиЭ", SCHOOL)
    # a name in ordinary letters has no abbreviation
    assert _abbreviations("Иванович и Петров") == set()


@pytest.mark.parametrize(
    ("form", "kind"),
    [
        ("ОГБПОУ Лесогорск", "college"),
        ("КГБПОУ РАПТ", "college"),
        ("БПОУ ВО ВПТ", "college"),
        ("ГАПОУ НЧПК", "college"),
        ("ОГБОУ СОШ 3", "school"),
        ("КГКОУ Лесогорск", "school"),
        ("МБДОУ № 5", "kindergarten"),
        ("МБОУ Лесогорск", "school"),
        ("ОО-1", None),
        ("ООО Вектор", "company"),
    ],
)
def test_legal_form_with_region_letter(form: str, kind: str | None) -> None:
    assert org_type(form) == kind


@pytest.mark.parametrize("d1, d2", [("ОО-1", "ОО-2"), ("Сторона А", "Сторона Б")])
def test_college_by_abbreviation_with_neutral_designations(judge, d1: str, d2: str) -> None:
    text = agreement(d1=d1, d2=d2)
    f = facts(text, "ОГБПОУ ЛКМиЭ")
    assert [p.designation for p in f.parties] == [d1, d2]
    assert f.provider == 0
    assert (f.ours, f.ours_how) == (0, "abbreviation")
    d = judge(text, "2.1", org="ОГБПОУ ЛКМиЭ")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_college_by_its_regional_legal_form(judge) -> None:
    # the form's name matches no party's but its legal form names a college
    f = facts(agreement(), "ОГБПОУ ЛМК")
    assert (f.ours, f.ours_how) == (0, "type")


def test_school_reporting_is_mentored(judge) -> None:
    d = judge(agreement(), "2.1", org="МБОУ СОШ № 11 Лесогорск")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


# --- a party's kind by its people ---


def test_college_by_its_students() -> None:
    f = facts(agreement(first=TRAINING, second=CENTRE), "ЧПОУ ЦК")
    assert f.provider == 0
    assert (f.ours, f.ours_how) == (0, "people")


def test_college_by_its_students_wrong_direction(judge) -> None:
    d = judge(agreement(first=TRAINING, second=CENTRE), "2.1", org="ЧПОУ ЦК")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert "needs_review" in d.flags


def test_school_by_its_pupils() -> None:
    f = facts(agreement(first=TRAINING, second=CENTRE, mentees="ученики"), "МБОУ ЦГ")
    assert (f.ours, f.ours_how) == (1, "people")


def test_students_of_both_parties_tell_nothing() -> None:
    f = facts(agreement(first=TRAINING, second=CENTRE, mentees="студенты 1 курса"), "ЧПОУ ЦК")
    assert f.ours is None


def test_pupils_only_tell_nothing() -> None:
    # no party is said to have students: the college cannot be told by its people
    f = facts(agreement(first=TRAINING, second=CENTRE, mentors="педагоги"), "ЧПОУ ЦК")
    assert f.ours is None


def test_form_of_unknown_kind_is_not_told_by_people() -> None:
    f = facts(agreement(first=TRAINING, second=CENTRE), "Цифровая среда")
    assert f.ours is None


def test_party_of_the_forms_kind_is_not_overruled_by_people() -> None:
    # the school is named a school: the form of a college matches no party by kind, and the
    # students said of the other party do not make it the college's when a party is a school
    f = facts(agreement(first=TRAINING, second=SCHOOL, mentees="студенты"), "ЧПОУ ЦК")
    assert f.ours is None


# --- a curator of the mentoring is no mentor ---

CURATED = """СОГЛАШЕНИЕ
о сотрудничестве в сфере наставничества

г. Лесогорск                                                      1 марта 2024 г.

{COLLEGE}, именуемое в дальнейшем «Колледж», в лице директора Гришина О.П., действующего на
основании Устава, с одной стороны, и общество с ограниченной ответственностью «Лесогорский
станкозавод», именуемое в дальнейшем «Предприятие», в лице генерального директора Фомина И.Л.,
действующего на основании Устава, с другой стороны, заключили настоящее Соглашение о
нижеследующем.

1. Предмет Соглашения
1.1. Предметом Соглашения является организация наставничества в отношении студентов Колледжа.
1.2. Предприятие предоставляет из числа своих квалифицированных работников наставников для
студентов Колледжа.

2. Обязанности Сторон
2.1. Предприятие:
– направляет не менее трёх работников для осуществления наставнической деятельности.
2.2. Колледж:
– формирует список наставляемых студентов;
– назначает {who} из числа своих работников;
– организует мониторинг результатов наставничества.

3. Соглашение действует до 31 августа 2025 года.
""".replace("{COLLEGE}", COLLEGE)


@pytest.mark.parametrize(
    "who", ["куратора наставничества", "координатора наставников", "руководителя наставничества"]
)
def test_curator_of_mentoring_is_not_a_mentor(judge, who: str) -> None:
    text = CURATED.format(who=who)
    f = facts(text, "ОГБПОУ ЛКМиЭ")
    assert f.provider == 1
    assert f.votes[0] == 0
    assert not f.contested
    d = judge(text, "2.1", org="ОГБПОУ ЛКМиЭ")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_mentors_appointed_from_own_staff_still_count() -> None:
    f = facts(CURATED.format(who="наставников"), "ОГБПОУ ЛКМиЭ")
    assert f.votes[0] >= 2
    assert f.contested
