"""Which party of an agreement is the reporting organisation, and so who mentors whom.

The form's name rarely matches the preamble letter for letter: the organisation is found by
a fuzzy name, by an abbreviation built from the initials of its name, or by its kind (a
college reporting is the «Колледж»); when nothing tells, the row needs a human look."""

from __future__ import annotations

import pytest

from classifiers.agreements import abbreviation_match, initials, org_type

COLLEGE = (
    "Государственное автономное профессиональное образовательное учреждение Тюменской области "
    "«Западно-Сибирский колледж строительства и транспорта»"
)
SCHOOL = "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 7» города Тюмени"
PLANT = "Акционерное общество «Тюменский завод металлоконструкций» (АО «ТЗМК»)"

AGREEMENT = """ДОГОВОР № 14-н
о сетевом взаимодействии в реализации целевой модели наставничества

г. Тюмень                                                             «02» сентября 2024 г.

{first}, в лице директора {first_head}, действующего на основании Устава, именуемое в дальнейшем «{d1}», с одной стороны, и {second}, в лице директора {second_head}, действующего на основании Устава, именуемое в дальнейшем «{d2}», с другой стороны, вместе именуемые «Стороны», заключили настоящий договор о нижеследующем:

1. ПРЕДМЕТ ДОГОВОРА
1.1. Предметом настоящего договора является организация наставничества по форме «{form}» в рамках реализации целевой модели наставничества.
1.2. {mentors} выступают наставниками {mentees}.

2. ОБЯЗАННОСТИ СТОРОН
2.1. {d_provider} обязуется:
- направлять {staff} для проведения занятий с наставляемыми;
- согласовывать с {d_other_instr} персонализированные программы наставничества.
2.2. {d_other} обязуется:
- предоставлять помещения и оборудование для встреч наставников и наставляемых;
- формировать группы наставляемых.

3. СРОК ДЕЙСТВИЯ ДОГОВОРА
3.1. Договор вступает в силу с момента подписания и действует до 31 августа 2025 года.

4. ПОДПИСИ СТОРОН
{d1}: ____________ {first_head}          {d2}: ____________ {second_head}
"""


def college_school(provider: str) -> str:
    """The college's teachers and students mentor the school's pupils, or the other way round."""
    if provider == "college":
        return AGREEMENT.format(
            first=COLLEGE,
            first_head="Ковалёва С.Н.",
            d1="Колледж",
            second=SCHOOL,
            second_head="Мельникова А.В.",
            d2="Школа",
            form="студент – ученик",
            mentors="Преподаватели и студенты Колледжа",
            mentees="обучающихся 8–9 классов Школы",
            d_provider="Колледж",
            staff="преподавателей и студентов старших курсов в качестве наставников",
            d_other_instr="Школой",
            d_other="Школа",
        )
    return AGREEMENT.format(
        first=COLLEGE,
        first_head="Ковалёва С.Н.",
        d1="Колледж",
        second=PLANT,
        second_head="Гаврилова П.Е.",
        d2="Предприятие",
        form="работодатель – студент",
        mentors="Квалифицированные рабочие и инженеры Предприятия",
        mentees="студентов Колледжа",
        d_provider="Предприятие",
        staff="своих работников в качестве наставников",
        d_other_instr="Колледжем",
        d_other="Колледж",
    )


@pytest.mark.parametrize(
    ("org", "how"),
    [
        pytest.param("Западно-Сибирский колледж строительства и транспорта", "org", id="name"),
        pytest.param("ГАПОУ ТО «ЗСКСТ»", "abbreviation", id="abbreviation"),
        pytest.param("ЗСКСТ", "abbreviation", id="bare_abbreviation"),
        pytest.param("Строительный колледж, г. Тюмень", "type", id="only_the_kind_matches"),
    ],
)
def test_college_whose_own_staff_mentor_school_pupils_is_reversed(
    judge, org: str, how: str
) -> None:
    d = judge(college_school("college"), "2.1", org=org)
    assert d.verdict.value == "wrong_direction", d.message
    assert d.details["reporting_party"] == "Колледж"
    assert d.details["reporting_party_by"] == how
    assert d.details["mentor_provider"] == "Колледж"
    # a side told only by the kind of organisation is worth a look
    assert ("needs_review" in d.flags) is (how == "type")


def test_the_school_of_the_same_agreement_gets_its_mentors(judge) -> None:
    d = judge(college_school("college"), "2.1", org="МАОУ СОШ № 7 г. Тюмени")
    assert d.verdict.value == "ok" and "needs_review" not in d.flags


def test_college_receiving_the_plant_engineers_is_ok(judge) -> None:
    d = judge(college_school("plant"), "2.1", org="ЗСКСТ")
    assert d.verdict.value == "ok", d.message
    assert d.details["reporting_party"] == "Колледж"


def test_a_form_name_matching_no_party_is_never_a_silent_ok(judge) -> None:
    """A centre of children's creativity reports the college–school agreement: who is it?"""
    d = judge(college_school("college"), "2.1", org="МБУ ДО «Центр детского творчества «Радуга»")
    assert d.verdict.value != "ok" or "needs_review" in d.flags


NEUTRAL = """СОГЛАШЕНИЕ
о сотрудничестве в сфере наставничества

г. Тобольск                                                              10.01.2024

Государственное автономное профессиональное образовательное учреждение Тюменской области «Тобольский многопрофильный техникум», именуемое в дальнейшем «Сторона 1», в лице директора Седова И.П., и Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 9», именуемое в дальнейшем «Сторона 2», в лице директора Юдиной Е.В., заключили настоящее соглашение о нижеследующем:

1. Предмет соглашения
1.1. Предметом соглашения является наставничество в форме «студент – ученик».
1.2. Наставниками выступают студенты Стороны 1, наставляемыми являются обучающиеся Стороны 2.

2. Срок действия
2.1. Соглашение действует до 31.12.2024.
"""


def test_neutral_designations_and_the_kind_of_the_reporting_org(judge) -> None:
    """«Сторона 1/Сторона 2»: the technical school is the provider; reported by the technical
    school (its abbreviation) it is reversed, by the school it is fine."""
    assert judge(NEUTRAL, "2.1", org="ГАПОУ ТО «ТМТ»").verdict.value == "wrong_direction"
    assert judge(NEUTRAL, "2.1", org="МАОУ СОШ № 9").verdict.value == "ok"


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Западно-Сибирский колледж строительства и транспорта", "ЗСКСТ"),
        ("государственное бюджетное учреждение «Тобольский многопрофильный техникум»", "ТМТ"),
        ("Камский политехнический колледж", "КПК"),
    ],
)
def test_initials_of_a_name(name: str, letters: str) -> None:
    assert initials(name) == letters


def test_abbreviation_match_needs_the_same_numbers_and_not_a_legal_form() -> None:
    assert abbreviation_match("ГАПОУ ЗСКСТ", COLLEGE)
    assert not abbreviation_match("ГАПОУ ТО", COLLEGE)  # a legal form names nobody
    assert not abbreviation_match("МАОУ СОШ № 7", COLLEGE)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Школа", "school"),
        ("МБОУ «Лицей № 3»", "school"),
        ("Колледж", "college"),
        ("ГАПОУ ТО «ТМТ»", "college"),
        ("МАДОУ «Детский сад № 15»", "kindergarten"),
        ("ФГБОУ ВО «Удмуртский государственный университет»", "university"),
        ("ООО «ТехноПром»", "company"),
        ("Сторона 1", None),
    ],
)
def test_kind_of_an_organisation(text: str, kind: str | None) -> None:
    assert org_type(text) == kind


# ---------------------------------------------------------------- round 5: shapes of the preamble
# Parties designated in a bare parenthesis after the name («… (Исполнитель) в лице …»,
# «… («ДОУ») заключили …»), a party's name starting in lower case after «и» («… и
# муниципальное бюджетное …»), and mentoring said as «наставничество … над …».

NETWORK = """ДОГОВОР № 3-С
о сетевой форме реализации программы наставничества «учитель – учитель»

г. Глазов                                                              «14» октября 2024 г.

Муниципальное автономное общеобразовательное учреждение «Гимназия № 4» («Базовая организация») в лице директора Сундуковой Веры Ильиничны и Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 12» («Организация-участник») в лице заведующего Перевощиковой Ольги Юрьевны заключили договор о нижеследующем.

1. Предмет договора
1.1. Предметом договора является реализация в сетевой форме программы наставничества учителей начальных классов над воспитателями подготовительных групп Организации-участника по вопросам преемственности дошкольного и начального общего образования.

2. Обязательства сторон
2.1. Базовая организация ежегодно утверждает список наставников и графики консультаций.
2.2. Организация-участник предоставляет помещения для встреч наставников и наставляемых и направляет наставляемых педагогов на открытые уроки.

3. Срок действия
Договор действует до 31 мая 2026 года.
"""


@pytest.mark.parametrize(
    ("org", "verdict"),
    [
        pytest.param(
            "МАОУ «Гимназия № 4» г. Глазова", "wrong_direction", id="the_mentoring_gymnasium"
        ),
        pytest.param("МАДОУ детский сад № 12", "ok", id="the_mentored_kindergarten"),
    ],
)
def test_parties_named_in_bare_parentheses(judge, org: str, verdict: str) -> None:
    d = judge(NETWORK, "2.1", org=org)
    assert d.verdict.value == verdict, d.message
    assert d.details["mentor_provider"] == "Базовая организация"
    assert "needs_review" not in d.flags, d.message
    # an obvious «ДОГОВОР о сетевой форме …» with its parties is no uncertain kind
    assert "вид документа" not in d.message


PRACTICE = """ДОГОВОР
о практической подготовке обучающихся

г. Сарапул                                                                 10 января 2024 г.

Государственное бюджетное профессиональное образовательное учреждение Удмуртской Республики «Сарапульский педагогический колледж», именуемое в дальнейшем «Образовательная организация», в лице директора Лекомцевой Н.В., действующего на основании Устава, с одной стороны, и муниципальное автономное дошкольное образовательное учреждение «Детский сад № 21 «Теремок», именуемое в дальнейшем «Профильная организация», в лице заведующего Ворончихиной Т.А., действующего на основании Устава, с другой стороны, заключили настоящий договор о нижеследующем:

1. Предмет договора
1.1. Предметом договора является организация практической подготовки студентов Образовательной организации на базе Профильной организации и наставничества над студентами в период практики.

2. Права и обязанности сторон
2.1. Образовательная организация обязана:
- направить студентов на практику в соответствии с графиком;
- назначить руководителя практики из числа педагогических работников.
2.2. Профильная организация обязана:
- закрепить за каждым студентом наставника из числа своих воспитателей высшей категории;
- создать условия для проведения пробных занятий.

3. Срок действия договора
3.1. Договор действует с 10.01.2024 по 30.06.2025.
"""


def test_a_kindergarten_that_is_the_practice_base_mentors_the_trainees(judge) -> None:
    """A kindergarten reporting the practice contract in which its educators mentor a
    college's students: reversed. The college reporting it has its mentors."""
    d = judge(PRACTICE, "2.1", org="МАДОУ «Детский сад № 21 «Теремок»")
    assert d.verdict.value == "wrong_direction", d.message
    assert d.details["reporting_party"] == "Профильная организация"
    # the name after «и муниципальное …» is found, so the side is known by name
    assert d.details["reporting_party_by"] == "org"
    college = judge(PRACTICE, "2.1", org="ГБПОУ УР «Сарапульский педагогический колледж»")
    assert college.verdict.value == "ok" and "needs_review" not in college.flags


CONTRACTOR = """ДОГОВОР № 12/24
о реализации проекта «Наставник рядом»

г. Воткинск                                                                05.02.2024

Государственное бюджетное профессиональное образовательное учреждение «Воткинский промышленный техникум» (Исполнитель) в лице директора Кузнецова П.А. и Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7» (Заказчик) в лице директора Бабинцевой Е.В. заключили настоящий договор.

1. Предмет договора
1.1. Наставниками выступают студенты старших курсов техникума, прошедшие обучение по программе «Школа вожатых»; наставляемыми — обучающиеся 6–7 классов.

2. Обязанности сторон
2.1. Исполнитель отбирает студентов-наставников и проводит для них инструктаж.
2.2. Заказчик формирует группы наставляемых и предоставляет помещения для встреч наставников и наставляемых.

3. Срок действия
Договор действует до 31.12.2024.
"""


@pytest.mark.parametrize(
    ("org", "verdict"),
    [
        pytest.param("ГБПОУ ВПТ", "wrong_direction", id="the_technical_school"),
        pytest.param("МБОУ СОШ № 7 г. Воткинска", "ok", id="the_school"),
    ],
)
def test_contractor_and_customer_mentors_told_by_the_kind_of_organisation(
    judge, org: str, verdict: str
) -> None:
    """«Исполнитель/Заказчик» in bare parentheses; the mentors are «студенты техникума» and
    the contractor «отбирает студентов-наставников»; the customer's rooms for the meetings of
    mentors make it no provider."""
    d = judge(CONTRACTOR, "2.1", org=org)
    assert d.verdict.value == verdict, d.message
    assert d.details["mentor_provider"] == "Исполнитель"
    assert "needs_review" not in d.flags, d.message


EMPLOYER = """СОГЛАШЕНИЕ № 5
о сотрудничестве в сфере наставничества

г. Чайковский                                                       «03» сентября 2024 г.

Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 10», именуемое в дальнейшем «Школа», в лице директора Мальцевой Т.Н., с одной стороны, и общество с ограниченной ответственностью «Прикамский кабельный завод», именуемое в дальнейшем «Предприятие», в лице генерального директора Шилова Д.А., с другой стороны, заключили настоящее соглашение о нижеследующем:

1. Предмет соглашения
1.1. Предметом соглашения является организация наставничества по форме «работодатель – ученик» для обучающихся инженерных классов.

2. Обязанности сторон
2.1. Школа обязуется:
- предоставлять помещения и оборудование для встреч наставников и наставляемых;
- направлять наставляемых обучающихся на экскурсии и профессиональные пробы;
- закреплять наставнические пары приказом директора.
2.2. Предприятие обязуется:
- направлять своих специалистов для осуществления наставничества над обучающимися Школы.

3. Срок действия
3.1. Соглашение действует до 31 августа 2025 года.
"""


def test_a_school_that_gives_rooms_and_sends_mentees_is_not_the_provider(judge) -> None:
    d = judge(EMPLOYER, "2.1", org="МАОУ СОШ № 10")
    assert d.verdict.value == "ok", d.message
    assert d.details["mentor_provider"] == "Предприятие"
    assert d.details["reporting_party"] == "Школа"
    assert "needs_review" not in d.flags, d.message


ROLES = """СОГЛАШЕНИЕ
о взаимодействии в рамках ранней профориентации

г. Глазов                                                                  02.09.2024

Государственное автономное профессиональное образовательное учреждение Удмуртской Республики «Глазовский политехнический колледж», именуемое в дальнейшем «Сторона 1», в лице директора Бельтюковой О.Н., и муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 15», именуемое в дальнейшем «Сторона 2», в лице директора Касимовой Л.Р., заключили настоящее соглашение.

1. Предмет соглашения
1.1. Предметом соглашения является наставничество в форме «студент – ученик».
1.2. Наставниками выступают студенты колледжа, наставляемыми — учащиеся школы.

2. Срок действия
Соглашение действует до 30.06.2025.
"""


@pytest.mark.parametrize(
    ("org", "verdict"),
    [
        pytest.param(
            "ГАПОУ УР «Глазовский политехнический колледж»", "wrong_direction", id="college"
        ),
        pytest.param("МБОУ СОШ № 15 г. Глазова", "ok", id="school"),
    ],
)
def test_mentors_named_by_the_kind_of_organisation_not_the_designation(
    judge, org: str, verdict: str
) -> None:
    """«Сторона 1/Сторона 2», and the mentors are «студенты колледжа»: the college's side."""
    d = judge(ROLES, "2.1", org=org)
    assert d.verdict.value == verdict, d.message
    assert d.details["mentor_provider"] == "Сторона 1"


# Mentors said by «назначаются» + staff + party, mentees by «для наставляемых» + party; the
# agreement has also expired — the reversed direction is the verdict, the expiry named too.
APPOINTED = """ДОГОВОР № 7-Н
о сотрудничестве в сфере наставничества

г. Ижевск                                                        15 января 2022 г.

Бюджетное профессиональное образовательное учреждение Удмуртской Республики «Ижевский промышленно-экономический колледж» (далее — Колледж) и муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 41» (далее — Школа) заключили настоящий договор о нижеследующем:

1. Предмет договора
1.1. Стороны сотрудничают в реализации программы наставничества по форме «студент – ученик».
1.2. Наставниками назначаются студенты старших курсов Колледжа, прошедшие обучение в школе наставников.

2. Обязанности сторон
2.1. Колледж проводит для наставляемых Школы мастер-классы и профессиональные пробы.
2.2. Школа формирует группы обучающихся 7–9 классов и обеспечивает их посещение занятий.

3. Срок действия
3.1. Договор действует с 15.01.2022 по 31.12.2023.
"""


def test_appointed_mentors_decide_the_direction_before_the_expiry(judge) -> None:
    d = judge(APPOINTED, "2.1", org="Ижевский промышленно-экономический колледж")
    assert d.verdict.value == "wrong_direction"  # more severe than the expired term
    assert "«Колледж»" in d.message and "31.12.2023" in d.message
    assert d.details["mentor_provider"] == "Колледж"
    assert d.details["other_problems"] == ["wrong_year"]


def test_the_school_of_the_appointed_mentors_agreement_is_only_out_of_date(judge) -> None:
    d = judge(APPOINTED, "2.1", org="МБОУ СОШ № 41")
    assert d.verdict.value == "wrong_year"
    assert d.details["mentor_provider"] == "Колледж" and d.details["reporting_party"] == "Школа"
    assert "needs_review" not in d.flags


# Who mentors, in the word orders agreements use: the verb before the people
# («наставничество осуществляют инженеры Завода»), the role as the subject («функции
# наставников выполняют …»), «в качестве наставников привлекаются …».
PLANT_GYMNASIUM = """ДОГОВОР № 19/24
о сотрудничестве в профориентации и наставничестве

г. Пермь                                                         «2» сентября 2024 г.

Акционерное общество «Пермский завод гидравлических машин», именуемое в дальнейшем «Завод», в лице генерального директора Котова В.А., с одной стороны, и муниципальное автономное общеобразовательное учреждение «Гимназия № 33», именуемое в дальнейшем «Гимназия», в лице директора Зайцевой О.Л., с другой стороны, заключили настоящий договор о нижеследующем:

1. Предмет договора
1.1. Стороны реализуют программу наставничества по форме «работодатель – ученик» для учащихся 9–11 классов.
1.2. {who}

2. Срок действия
2.1. Договор действует до 31 августа 2025 года.
"""


@pytest.mark.parametrize(
    ("who", "verdict"),
    [
        ("Наставничество осуществляют инженеры Завода.", "ok"),
        ("Функции наставников выполняют мастера участков Завода.", "ok"),
        ("В качестве наставников привлекаются квалифицированные рабочие Завода.", "ok"),
        ("Наставничество осуществляется в отношении учащихся Гимназии.", "ok"),
        ("Наставниками закрепляются учителя физики и технологии Гимназии.", "wrong_direction"),
        ("Наставничество осуществляется педагогами Гимназии.", "wrong_direction"),
    ],
)
def test_who_mentors_in_other_word_orders(judge, who: str, verdict: str) -> None:
    d = judge(PLANT_GYMNASIUM.format(who=who), "2.1", org="МАОУ «Гимназия № 33» г. Перми")
    assert d.verdict.value == verdict, d.message
    assert "needs_review" not in d.flags
    expected = "Гимназия" if verdict == "wrong_direction" else "Завод"
    assert d.details["mentor_provider"] == expected
