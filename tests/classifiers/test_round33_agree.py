"""Round-33 shapes of the parties of a practice agreement and of where an agreement's subject starts.

A practice agreement (договор о практической подготовке обучающихся, 273-ФЗ ст. 13, 82)
designates its parties in the statutory words: «(далее – Организация, осуществляющая
образовательную деятельность)» — a participle's clause after a comma inside the bracket — and
«(далее – Профильная организация)», often wrapped onto the next line by a PDF. The profile
organisation (a school, a kindergarten, an enterprise) gives its own staff as the practice
supervisors and mentors of the educational organisation's students: if it is the reporting
organisation, the direction is reversed. A term defined in lower case in the body («(далее –
практическая подготовка)») is no party. An agreement whose preamble ends «договорились о
следующем:» and that has no subject heading takes its subject from there."""

from __future__ import annotations

import pytest

from classifiers.agreements import analyse, find_parties
from evidence.models import Verdict
from evidence.textnorm import normalise

UNIVERSITY = (
    "Федеральное государственное бюджетное образовательное учреждение высшего образования "
    "«Северогорский государственный педагогический университет»"
)
COLLEGE = "Государственное автономное профессиональное образовательное учреждение «Северогорский колледж сервиса»"
SCHOOL = (
    "муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 8»"
)
PLANT = "Акционерное общество «Северогорский механический завод»"

ORGS = {
    UNIVERSITY: "СГПУ",
    COLLEGE: "ГАПОУ Северогорский колледж сервиса",
    SCHOOL: "СОШ № 8 г. Северогорск",
    PLANT: "АО Северогорский механический завод",
}

HEAD = """ДОГОВОР № 12-пп/24
о практической подготовке обучающихся

г. Северогорск                                                          «12» февраля 2024 г.

"""

# the educational organisation first, then the profile organisation; {edu_d}, {host_d}: how
# the preamble designates them (the bracket's text)
PREAMBLE = (
    "{edu} (далее – {edu_d}), в лице проректора по учебной работе Лебедевой О.Н., действующей на "
    "основании доверенности, и {host} (далее – {host_d}), в лице директора Гущина П.А., "
    "действующего на основании Устава, заключили настоящий договор о нижеследующем:\n"
)

BODY = """
1. Предмет договора
1.1. Предметом договора является организация практической подготовки обучающихся
{edu_gen} на базе {host_gen}.
1.2. За каждым обучающимся закрепляется наставник из числа работников {host_gen}.

2. {host_nom} обязана:
2.1. назначить наставников из числа своих работников, имеющих стаж не менее трёх лет;
2.2. создать условия для прохождения практики.

3. {edu_nom} обязана:
3.1. направить список обучающихся не позднее чем за 10 дней до начала практики;
3.2. назначить руководителя практики от {edu_gen}.

4. Договор действует с 12.02.2024 по 31.12.2026.
"""

# (edu_d, edu_nom, edu_gen): the educational organisation's designation as the bracket says it,
# then as the body calls it
EDU_DESIGNATIONS = [
    pytest.param(
        "Организация, осуществляющая образовательную деятельность",
        "Организация, осуществляющая образовательную деятельность,",
        "Организации, осуществляющей образовательную деятельность",
        id="statutory_participle",
    ),
    pytest.param(
        "Организация,\nосуществляющая образовательную деятельность",
        "Организация, осуществляющая образовательную деятельность,",
        "Организации, осуществляющей образовательную деятельность",
        id="statutory_wrapped",
    ),
    pytest.param("Организация", "Организация", "Организации", id="short"),
]

# the profile organisation's designation as the bracket says it (one line or wrapped by a PDF)
HOST_DESIGNATIONS = [
    pytest.param("Профильная организация", id="one_line"),
    pytest.param("Профильная\nорганизация", id="wrapped"),
    pytest.param("«Профильная организация»", id="quoted"),
]


def _practice(edu: str, host: str, edu_d: str, edu_nom: str, edu_gen: str, host_d: str) -> str:
    return (
        HEAD
        + PREAMBLE.format(edu=edu, edu_d=edu_d, host=host, host_d=host_d)
        + BODY.format(
            edu_nom=edu_nom,
            edu_gen=edu_gen,
            host_nom="Профильная организация",
            host_gen="Профильной организации",
        )
    )


@pytest.mark.parametrize("host_d", HOST_DESIGNATIONS)
@pytest.mark.parametrize(("edu_d", "edu_nom", "edu_gen"), EDU_DESIGNATIONS)
def test_the_statutory_designations_name_both_parties(
    edu_d: str, edu_nom: str, edu_gen: str, host_d: str
) -> None:
    text = _practice(UNIVERSITY, SCHOOL, edu_d, edu_nom, edu_gen, host_d)
    parties = find_parties(normalise(text))
    assert [p.designation for p in parties] == [
        " ".join(edu_d.split()),
        "Профильная организация",
    ]
    assert "университет" in parties[0].name
    assert "школа № 8" in parties[1].name


@pytest.mark.parametrize("host_d", HOST_DESIGNATIONS)
@pytest.mark.parametrize(("edu_d", "edu_nom", "edu_gen"), EDU_DESIGNATIONS)
@pytest.mark.parametrize(
    ("edu", "host"),
    [
        pytest.param(UNIVERSITY, SCHOOL, id="school_hosts_university"),
        pytest.param(COLLEGE, SCHOOL, id="school_hosts_college"),
        pytest.param(SCHOOL, PLANT, id="plant_hosts_school"),
    ],
)
def test_the_profile_organisation_provides_the_mentors(
    judge, edu: str, host: str, edu_d: str, edu_nom: str, edu_gen: str, host_d: str
) -> None:
    text = _practice(edu, host, edu_d, edu_nom, edu_gen, host_d)
    # the profile organisation reporting: it gives the mentors, the direction is reversed
    d = judge(text, "2.1", year=2024, org=ORGS[host])
    assert d.verdict is Verdict.WRONG_DIRECTION
    # the educational organisation reporting: its students are mentored by the partner
    d = judge(text, "2.1", year=2024, org=ORGS[edu])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_the_school_as_profile_organisation_of_the_blind_shape(judge) -> None:
    """The school's teachers named as the mentors in the subject, the university called by its
    kind in the body («студентов Университета») and in the signatures."""
    text = (
        HEAD
        + f"{UNIVERSITY} (далее – Организация, осуществляющая образовательную\nдеятельность), в "
        f"лице проректора Лебедевой О.Н., и {SCHOOL} (далее – Профильная\nорганизация), в лице "
        "директора Гущина П.А., заключили настоящий договор.\n\n"
        "1. Предмет договора\n"
        "1.1. Предметом договора является организация педагогической практики студентов "
        "Университета на базе Профильной организации.\n"
        "1.2. За каждым студентом закрепляется наставник – учитель Профильной организации.\n\n"
        "2. Профильная организация обязана:\n"
        "2.1. назначить наставников из числа своих педагогических работников;\n"
        "2.2. обеспечить безопасные условия практики.\n\n"
        "3. Организация, осуществляющая образовательную деятельность, обязана:\n"
        "3.1. назначить руководителя практики от Университета.\n\n"
        "4. Срок действия: с 12.02.2024 по 31.12.2026.\n\n"
        "Университет _______ О.Н. Лебедева          Профильная организация _______ П.А. Гущин\n"
    )
    d = judge(text, "2.1", year=2024, org=ORGS[SCHOOL])
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert "needs_review" not in d.flags
    d = judge(text, "2.1", year=2024, org=ORGS[UNIVERSITY])
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_the_educational_organisation_providing_mentors_is_read_the_other_way(judge) -> None:
    """Negative: the same designations, but the text makes the educational organisation's
    teachers the mentors (of the profile organisation's young staff): no rule of the layout
    overrides what the text says."""
    text = (
        HEAD
        + PREAMBLE.format(
            edu=COLLEGE,
            edu_d="Организация, осуществляющая образовательную деятельность",
            host=SCHOOL,
            host_d="Профильная организация",
        )
        + "\n1. Предмет договора\n"
        "1.1. Предметом договора является наставничество над молодыми учителями Профильной "
        "организации.\n"
        "2. Организация, осуществляющая образовательную деятельность, обязана:\n"
        "2.1. назначить наставников из числа своих преподавателей.\n"
        "3. Договор действует с 12.02.2024 по 31.12.2026.\n"
    )
    assert judge(text, "2.1", year=2024, org=ORGS[COLLEGE]).verdict is Verdict.WRONG_DIRECTION
    assert judge(text, "2.1", year=2024, org=ORGS[SCHOOL]).verdict is Verdict.OK


def test_a_bracket_with_a_comma_but_no_participle_stays_unread() -> None:
    """Negative: «(далее – Колледж, Исполнитель)» is two words for one party, not one
    designation with a participle's clause: the bracket is not read as a designation."""
    text = (
        HEAD + f"{COLLEGE} (далее – Колледж, Исполнитель), в лице директора Лебедевой О.Н., и "
        f"{PLANT} (далее – Предприятие), в лице генерального директора Гущина П.А., "
        "заключили настоящий договор.\n"
    )
    designations = [p.designation for p in find_parties(normalise(text))]
    assert "Колледж, Исполнитель" not in designations
    assert "Предприятие" in designations


def test_a_blank_line_inside_a_bracket_joins_nothing() -> None:
    """Negative: a designation is wrapped onto the next line, never across a blank line."""
    text = (
        HEAD + f"{COLLEGE} (далее – Колледж), в лице директора Лебедевой О.Н., и {PLANT} (далее – "
        "Профильная\n\nорганизация), в лице генерального директора Гущина П.А., заключили "
        "настоящий договор.\n"
    )
    designations = [p.designation for p in find_parties(normalise(text))]
    assert not any("\n" in d or d == "Профильная организация" for d in designations)


def test_a_term_defined_in_the_body_is_no_party() -> None:
    """«(далее – практическая подготовка)» in the subject defines a term, in lower case."""
    text = (
        HEAD
        + PREAMBLE.format(
            edu=COLLEGE, edu_d="Организация", host=SCHOOL, host_d="Профильная организация"
        )
        + "\n1. Предмет договора\n"
        "1.1. Предметом договора является организация практической подготовки обучающихся "
        "(далее – практическая подготовка) с участием наставников Профильной организации.\n"
    )
    parties = find_parties(normalise(text))
    assert [p.designation for p in parties] == ["Организация", "Профильная организация"]


def test_a_lower_case_role_in_the_preamble_still_designates() -> None:
    """Negative: before the preamble's end a designation in lower case is kept as it was."""
    text = (
        HEAD + f"{COLLEGE}, именуемое в дальнейшем «колледж», в лице директора Лебедевой О.Н., и "
        f"{PLANT}, именуемое в дальнейшем «предприятие», в лице генерального директора Гущина "
        "П.А., заключили настоящий договор.\n"
    )
    assert [p.designation for p in find_parties(normalise(text))] == ["колледж", "предприятие"]


# --- «договорились о следующем»: where the subject starts ----------------------------------------

_AGREED = """СОГЛАШЕНИЕ № 4
о сотрудничестве

г. Северогорск                                                          «3» марта 2024 г.

{school}, именуемое в дальнейшем «Школа», в лице директора Гущина П.А., действующего на
основании Устава, с одной стороны, и {plant}, именуемое в дальнейшем «Предприятие», в лице
генерального директора Лебедевой О.Н., действующей на основании Устава, с другой стороны,
совместно именуемые «Стороны», договорились о следующем:

1.1. {subject}
1.2. Соглашение действует до 31.12.2025.
"""


def test_the_subject_follows_agreed_on_the_following() -> None:
    subject = "Предприятие направляет своих инженеров наставниками обучающихся Школы."
    text = normalise(_AGREED.format(school=SCHOOL, plant=PLANT, subject=subject))
    facts = analyse(text, ORGS[SCHOOL], None, 2024)
    assert facts.subject.lstrip(" :\n").startswith("1.1. Предприятие направляет")
    assert facts.subject_mentoring


def test_agreed_on_the_following_then_a_subject_heading_keeps_the_heading() -> None:
    """Negative: a «Предмет соглашения» heading still wins over the preamble's end."""
    subject = "наставничество инженеров Предприятия над обучающимися Школы."
    template = _AGREED.replace("1.1. {subject}", "1. Предмет соглашения\n1.1. {subject}")
    text = normalise(template.format(school=SCHOOL, plant=PLANT, subject=subject))
    facts = analyse(text, ORGS[SCHOOL], None, 2024)
    assert facts.subject.lstrip().startswith("1. Предмет соглашения")
    assert facts.subject_mentoring


def test_agreed_on_the_following_with_a_subject_far_from_mentoring_is_off_topic(judge) -> None:
    """The title and the preamble say nothing of the subject; the subject after «договорились
    о следующем» is no mentoring — read from there, not from the top of the text."""
    subject = "Стороны организуют совместные экскурсии обучающихся Школы на Предприятие."
    text = _AGREED.format(school=SCHOOL, plant=PLANT, subject=subject)
    facts = analyse(normalise(text), ORGS[SCHOOL], None, 2024)
    assert "экскурсии" in facts.subject[:200]
    assert not facts.subject_mentoring
    assert judge(text, "2.1", year=2024, org=ORGS[SCHOOL]).verdict is Verdict.OFF_TOPIC
