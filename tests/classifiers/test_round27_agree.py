"""Round-27 shapes of the direction of an agreement, in own wording: an agreement that all the
parties sign in the first person («Мы, участники соглашения: …») and each party writes its own
part in, headed in its voice («Что делаем мы, МАОУ «Лицей № 8»»); a party said after a
preposition before a verb («направлять в Колледж список инженеров, выступающих наставниками»)
is where the list goes, not the doer; the mentors a party assigns named as another's
(«закреплять наставников Предприятия за студентами»); a school's two-letter abbreviation with
its number («СШ 4»); the people «из числа» after the mentees are the mentees'; the staff of a
party «в роли наставников»; «(в дальнейшем – Технопарк)»; a term whose date is wrapped to the
next line."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# --- each party's part in its own voice ----------------------------------------------------------

_VOICED = """СОГЛАШЕНИЕ
о сетевом наставничестве

г. Кимры                                                          12 марта 2024 г.

Мы, участники соглашения:
муниципальное автономное общеобразовательное учреждение «Лицей № 8» в лице директора
Соколовой Ирины Андреевны
и муниципальное общеобразовательное учреждение «Приволжская основная
общеобразовательная школа» в лице директора Тихонова Павла Сергеевича,
договорились о следующем.

1. Для чего это соглашение
Молодым учителям сельской школы нужна поддержка опытных коллег.

II. Наш вклад — мы, МАОУ «Лицей № 8»
{lyceum}

III. Наш вклад — мы, МОУ «Приволжская ООШ»
{school}

IV. Соглашение действует до 31 августа 2025 года.

За МАОУ «Лицей № 8» __________ И.А. Соколова
За МОУ «Приволжская ООШ» __________ П.С. Тихонов
"""

_GIVING = (
    "1) Мы выделяем наставников из числа наших учителей физики и химии.\n"
    "2) Наши наставники проводят для молодых коллег открытые уроки и разборы уроков."
)
_RECEIVING = (
    "1) Мы определяем наставляемых из числа наших учителей со стажем до трёх лет.\n"
    "2) Мы отпускаем молодых учителей на открытые уроки партнёра."
)


def test_a_part_headed_in_its_voice_makes_we_its_party(judge) -> None:
    text = _VOICED.format(lyceum=_GIVING, school=_RECEIVING)
    d = judge(text, "2.1", year=2024, org="Лицей 8 Кимры")
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.doc_date == "2024-03-12"
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert "Лицей № 8" in d.message


def test_the_partner_giving_mentors_in_its_own_voice_is_ok(judge) -> None:
    # the same layout, the other way round: the reporting school's part receives the mentors
    text = _VOICED.format(lyceum=_GIVING, school=_RECEIVING)
    d = judge(text, "2.1", year=2024, org="Приволжская ООШ")
    assert d.verdict is Verdict.OK
    assert "какая сторона" not in d.message


def test_a_heading_in_the_first_person_naming_no_party_assigns_nobody(judge) -> None:
    # «мы, в свою очередь» names no party: the part is nobody's, «мы» stays unknown
    text = _VOICED.format(
        lyceum=_GIVING, school="1) Мы отпускаем молодых учителей на открытые уроки партнёра."
    ).replace("II. Наш вклад — мы, МАОУ «Лицей № 8»", "II. А мы, в свою очередь, делаем так")
    d = judge(text, "2.1", year=2024, org="Лицей 8 Кимры")
    assert d.verdict is Verdict.OK
    assert "какая сторона предоставляет наставников" in d.message


# --- a party after a preposition is not the doer -------------------------------------------------

_LISTED = """СОГЛАШЕНИЕ № 7
о наставничестве «работодатель – студент»

г. Рыбинск                                                          «3» сентября 2024 г.

ПАО «ОДК-Сатурн» (далее – Предприятие) в лице управляющего директора Лебедева В.П. и
ГПОАУ ЯО «Рыбинский полиграфический колледж» (далее – Колледж) в лице директора
Волковой Е.Н. заключили настоящее соглашение.

1. Предмет соглашения
1.1. Стороны реализуют программу наставничества студентов Колледжа.

2. Обязанности Предприятия
2.1. Ежегодно до 15 сентября направлять в Колледж список инженеров, выступающих
наставниками студентов.
2.2. Обеспечивать студентам доступ в цеха.

3. Обязанности Колледжа
3.1. {college}
3.2. Проводить анкетирование наставляемых.

4. Соглашение действует до 31.12.2025.
"""


def test_a_party_after_a_preposition_does_not_act_as_the_mentors(judge) -> None:
    text = _LISTED.format(college="Утверждать персонализированные программы наставничества.")
    d = judge(text, "2.1", year=2024, org="Рыбинский полиграфический колледж")
    assert d.doc_date == "2024-09-03"
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_a_party_said_without_a_preposition_still_acts(judge) -> None:
    text = _LISTED.format(college="Преподаватели Колледжа выступают наставниками студентов.")
    text = text.replace(
        "2.1. Ежегодно до 15 сентября направлять в Колледж список инженеров, выступающих\n"
        "наставниками студентов.",
        "2.1. Ежегодно до 15 сентября принимать студентов на практику.",
    )
    d = judge(text, "2.1", year=2024, org="Рыбинский полиграфический колледж")
    assert d.verdict is Verdict.WRONG_DIRECTION


# --- the mentors named as a party's: in the genitive, theirs -------------------------------------


def test_mentors_assigned_as_another_partys_are_that_partys(judge) -> None:
    text = _LISTED.format(
        college="Закреплять наставников Предприятия за студентами приказом директора."
    )
    d = judge(text, "2.1", year=2024, org="Рыбинский полиграфический колледж")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_mentors_provided_to_a_party_in_the_dative_are_not_its(judge) -> None:
    text = _LISTED.replace(
        "2.1. Ежегодно до 15 сентября направлять в Колледж список инженеров, выступающих\n"
        "наставниками студентов.",
        "2.1. Предоставлять наставников Колледжу на период практики.",
    ).format(college="Утверждать персонализированные программы наставничества.")
    d = judge(text, "2.1", year=2024, org="Рыбинский полиграфический колледж")
    assert d.verdict is Verdict.OK


def test_the_mentees_party_after_the_mentors_is_not_theirs(judge) -> None:
    # «наставников молодых специалистов Колледжа»: the party after the mentees
    text = _LISTED.format(
        college="Направлять преподавателей в качестве наставников молодых специалистов Предприятия."
    )
    text = text.replace(
        "2.1. Ежегодно до 15 сентября направлять в Колледж список инженеров, выступающих\n"
        "наставниками студентов.",
        "2.1. Определять молодых специалистов, нуждающихся в наставничестве.",
    )
    d = judge(text, "2.1", year=2024, org="Рыбинский полиграфический колледж")
    assert d.verdict is Verdict.WRONG_DIRECTION


# --- a school's two-letter abbreviation with its number ------------------------------------------

_NUMBERED = """СОГЛАШЕНИЕ
о наставничестве

г. Кимры                                                          «5» февраля 2024 г.

Муниципальное общеобразовательное учреждение «Средняя школа № 4» (далее – Школа) в лице
директора Орловой Т.В. и муниципальное общеобразовательное учреждение «Средняя школа № 9»
(далее – Партнёр) в лице директора Гусева А.А. заключили настоящее соглашение.

1. Школа выделяет наставников из числа своих учителей для молодых учителей Партнёра.
2. Соглашение действует до 31.08.2025.
"""


def test_two_letters_with_the_same_number_name_the_reporting_school(judge) -> None:
    d = judge(_NUMBERED, "2.1", year=2024, org="СШ 4 Кимры")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert "needs_review" not in d.flags


def test_two_letters_with_another_number_name_no_party(judge) -> None:
    d = judge(_NUMBERED, "2.1", year=2024, org="СШ 5 Кимры")
    assert d.verdict is not Verdict.WRONG_DIRECTION or "needs_review" in d.flags


# --- the people «из числа» after the mentees are the mentees' ------------------------------------

_AMONG = """СОГЛАШЕНИЕ № 2
о сотрудничестве в сфере наставничества

г. Глазов                                                          «11» сентября 2024 г.

БПОУ УР «Глазовский технический колледж» (далее – Колледж) в лице директора Жуйковой Л.Н. и
МБОУ «Средняя общеобразовательная школа № 5» (далее – Школа) в лице директора Рылова С.Г.
заключили настоящее соглашение.

1. Предмет соглашения: наставничество в форме «студент – ученик».
2. Колледж обязуется:
2.1. закрепить за каждым наставником не более трёх наставляемых из числа обучающихся Школы;
2.2. {mentors}
3. Соглашение действует до 31.08.2025.
"""


def test_people_among_whom_the_mentees_are_chosen_do_not_mentor(judge) -> None:
    text = _AMONG.format(mentors="проводить для наставляемых мастер-классы.")
    d = judge(text, "2.1", year=2024, org="Глазовский технический колледж")
    assert d.verdict is Verdict.OK


def test_mentor_staff_with_a_yo_in_the_words_between_are_read(judge) -> None:
    # «наставниками стажёров выступают педагоги Колледжа»: «ё» in the words between
    text = _AMONG.format(mentors="наставниками стажёров и учеников выступают студенты Колледжа.")
    text = text.replace(
        "2.1. закрепить за каждым наставником не более трёх наставляемых из числа обучающихся "
        "Школы;",
        "2.1. проводить для обучающихся Школы мастер-классы;",
    )
    d = judge(text, "2.1", year=2024, org="Глазовский технический колледж")
    assert d.verdict is Verdict.WRONG_DIRECTION


# --- the staff of a party in the role of mentors -------------------------------------------------

_ROLE = """ТРЁХСТОРОННЕЕ СОГЛАШЕНИЕ
о наставничестве молодых педагогов

г. Слободской                                                     «9» января 2024 г.

Управление образования администрации Слободского района, именуемое в дальнейшем «Сторона 1»,
в лице начальника Лаптевой О.В., МКУ «Методический центр» Слободского района, именуемое в
дальнейшем «Сторона 2», в лице директора Зыкова А.А., и МКОУ «Основная школа д. Стулово»,
именуемое в дальнейшем «Сторона 3», в лице директора Пестовой Н.Н., заключили настоящее
Соглашение.

1. Предметом Соглашения является поддержка молодых педагогов Стороны 3 {how}.
2. Сторона 1 координирует реализацию Соглашения.
3. Соглашение действует до 31 августа 2025 года.
"""


def test_staff_of_a_party_in_the_role_of_mentors_are_its(judge) -> None:
    text = _ROLE.format(how="с привлечением методистов Стороны 2 в роли наставников")
    d = judge(text, "2.1", year=2024, org="ООШ д. Стулово")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_a_role_of_mentors_with_no_staff_of_a_party_names_none(judge) -> None:
    text = _ROLE.format(how="с привлечением специалистов в роли наставников")
    d = judge(text, "2.1", year=2024, org="ООШ д. Стулово")
    assert d.verdict is Verdict.OK
    assert "needs_review" in d.flags


# --- «(в дальнейшем – Технопарк)» ----------------------------------------------------------------

_FURTHER = """СОГЛАШЕНИЕ О ПАРТНЁРСТВЕ

г. Пермь                                                           «14» марта 2024 г.

МАУ ДО «Детский технопарк «Кванториум» (в дальнейшем – Технопарк), в лице директора Белова
К.С., и МАОУ «Средняя общеобразовательная школа № 22» (в дальнейшем – Школа), в лице
директора Плотниковой Е.А., заключили настоящее соглашение о следующем:

1. Технопарк закрепляет за молодыми учителями Школы наставников из числа своих педагогов.
2. Школа направляет молодых учителей на занятия Технопарка.
3. Соглашение действует до 31 декабря 2025 года.
"""


def test_a_designation_in_brackets_after_v_dalneyshem(judge) -> None:
    d = judge(_FURTHER, "2.1", year=2024, org="СОШ 22 Пермь")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags
    d = judge(_FURTHER, "2.1", year=2024, org="Кванториум Пермь")
    assert d.verdict is Verdict.WRONG_DIRECTION


# --- a term whose date is wrapped to the next line -----------------------------------------------


def test_a_term_date_wrapped_to_the_next_line_is_read(judge) -> None:
    text = _FURTHER.replace(
        "3. Соглашение действует до 31 декабря 2025 года.",
        "3. Соглашение вступает в силу со дня подписания и действует до\n31 декабря 2024 года.",
    )
    d = judge(text, "2.1", year=2025, org="СОШ 22 Пермь")
    assert d.verdict is Verdict.WRONG_YEAR


def test_an_item_number_after_a_heading_is_no_wrapped_date(judge) -> None:
    text = _FURTHER.replace(
        "3. Соглашение действует до 31 декабря 2025 года.",
        "3. Срок действия\n3.1. Соглашение действует до 31.12.2025.",
    )
    d = judge(text, "2.1", year=2025, org="СОШ 22 Пермь")
    assert d.verdict is Verdict.OK
    assert "term_unknown" not in d.flags
