"""Round-37 shapes of an agreement: who provides the mentors.

The mentees' party may be the subject of a passive verb of attaching («каждый студент
Университета закрепляется за учителем-наставником Базовой школы»), the mentors said in a
compound after a preposition; a wrapped line may part the mentors from their party. A pairs
table's header may name the mentors' party in the role's own bracket («Наставник (мастер п/о
Техникума)»). A schedule of joint events names the conductors of its mentoring rows. With no
sentence to tell, the designations may name the roles («Сторона, оказывающая поддержку»), or the
form of mentoring the people («студент – ученик»). The form's abbreviation may take two letters
of a compound adjective of the trade («ЧЛМТ» of «Череповецкий лесомеханический техникум»)."""

from __future__ import annotations

import datetime as dt

from classifiers.agreements import AgreementFacts, abbreviation_match, analyse
from evidence.models import Verdict
from evidence.textnorm import normalise

HEAD = """ДОГОВОР № 7
о взаимодействии в сфере наставничества

г. Тайгинск                                                        «12» февраля 2024 г.

"""

UNIVERSITY = (
    "Федеральное государственное бюджетное образовательное учреждение высшего образования "
    "«Тайгинский государственный педагогический университет»"
)
COLLEGE = (
    "Государственное бюджетное профессиональное образовательное учреждение «Тайгинский "
    "строительный техникум»"
)
SCHOOL = (
    "муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 8»"
)

TAIL = """
4. СРОК ДЕЙСТВИЯ
4.1. Договор действует с момента подписания до 31 мая 2025 года.
"""


def facts(text: str, org: str | None = None) -> AgreementFacts:
    return analyse(normalise(text), org, dt.date(2024, 2, 12), 2024)


# --- the mentees' party the subject of a passive verb; mentors in a compound after «за» ---


def practice(subject: str, duties: str = "2.1. Направлять студентов на практику.") -> str:
    return (
        HEAD + f"{UNIVERSITY} (далее – Университет) в лице ректора Лебедева Ильи Петровича и "
        f"{SCHOOL} (далее – Базовая школа) в лице директора Зуевой Марии Олеговны заключили "
        "настоящий договор.\n\n1. Предмет договора\n1.1. Базовая школа является площадкой для "
        "педагогической практики студентов Университета.\n" + subject + "\n\n"
        "2. Обязанности Университета\n" + duties + "\n" + TAIL
    )


ATTACHED = (
    "1.2. На период практики каждый студент Университета закрепляется за учителем-наставником "
    "Базовой школы."
)


def test_passive_attaching_gives_no_vote_to_the_mentees_party() -> None:
    f = facts(practice(ATTACHED))
    assert f.votes[0] == 0
    assert f.provider == 1


def test_passive_attaching_direction_both_ways(judge) -> None:
    text = practice(ATTACHED)
    assert judge(text, "2.1", org="МБОУ СОШ № 8").verdict is Verdict.WRONG_DIRECTION
    assert judge(text, "2.1", org="Тайгинский педагогический университет").verdict is Verdict.OK


def test_passive_verb_takes_no_party_before_it_for_the_doer() -> None:
    # the party before a passive verb is the mentees' (no doer is said): no vote for it
    f = facts(
        practice(
            "1.2. Каждому студенту Университета назначается наставник из числа учителей "
            "высшей категории."
        )
    )
    assert f.votes[0] == 0


def test_active_attaching_after_preposition_still_provides() -> None:
    # «закрепляет за студентами … наставников из числа учителей»: the mentors are the object
    f = facts(
        practice(
            "1.2. Базовая школа закрепляет за студентами Университета, проходящими практику, "
            "наставников из числа учителей высшей категории."
        )
    )
    assert f.provider == 1
    assert f.votes[1] >= 2


def test_mentors_compound_after_for_are_no_mentees() -> None:
    # «для учителей-наставников Базовой школы»: the mentors, not mentees of the University
    f = facts(
        practice(
            "1.2. Практика проводится в соответствии с программой.",
            "2.1. Проводить для учителей-наставников Базовой школы семинары по практике.",
        )
    )
    assert f.votes[0] == 0
    assert f.provider == 1


def test_for_teachers_alone_are_still_mentees() -> None:
    # «для учителей Базовой школы» in a mentoring sentence: the mentees, the other side mentors
    f = facts(
        practice(
            "1.2. Практика проводится в соответствии с программой.",
            "2.1. Обеспечить наставничество для учителей Базовой школы.",
        )
    )
    assert f.provider == 0


def test_mentors_and_their_party_across_a_wrapped_line() -> None:
    f = facts(
        practice(
            "1.2. Студентов сопровождают наставники\nБазовой школы, назначенные приказом.",
        )
    )
    assert f.provider == 1


# --- a pairs table whose role's bracket names the mentors' party ---


def pairs(header: str, rows: str) -> str:
    return (
        HEAD + f"{COLLEGE} (далее – Техникум) в лице директора Лебедева Ильи Петровича и "
        "общество с ограниченной ответственностью «Тайгинский завод» (далее – Партнёр) в лице "
        "директора Зуевой Марии Олеговны заключили настоящее соглашение.\n\n1. Предмет\n"
        "1.1. Стороны реализуют программу наставничества для новых работников.\n" + TAIL + "\n"
        "Приложение 1. Закрепление на 2024 год\n" + header + "\n" + rows
    )


ROWS = "Иванов Иван Иванович | Петров Пётр Петрович | станочник\n" + (
    "Сидоров Семён Семёнович | Кузнецов Илья Олегович | сварщик\n"
)


def test_role_bracket_names_the_mentors_party(judge) -> None:
    text = pairs("Наставник (мастер п/о Техникума) | Работник Партнёра | Профессия", ROWS)
    f = facts(text)
    assert f.provider == 0
    assert judge(text, "2.1", org="ГБПОУ Тайгинский строительный техникум").verdict is (
        Verdict.WRONG_DIRECTION
    )


def test_role_bracket_without_a_party_keeps_the_row() -> None:
    # the bracket names no party: the rest of the row says whose the mentors are
    text = pairs("Наставник (ФИО, должность) | Партнёр | станочники", ROWS)
    assert facts(text).provider == 1


# --- a schedule of joint events: its mentoring rows' conductors ---


def events(rows: str) -> str:
    return (
        HEAD + f"{COLLEGE} (далее – Техникум) в лице директора Лебедева Ильи Петровича и "
        f"{SCHOOL} (далее – Школа) в лице директора Зуевой Марии Олеговны заключили настоящий "
        "договор.\n\n1. Предмет договора\n1.1. Стороны проводят совместную профориентационную "
        "работу и наставничество по графику.\n2. Обязательства сторон\n2.1. Стороны обязуются "
        "выполнять график.\n" + TAIL + "\nПриложение\nГРАФИК совместных мероприятий\n\n"
        "№ | Мероприятие | Срок | Проводит | Участники\n" + rows
    )


MENTORING_ROWS = (
    "1 | Встреча наставников и наставляемых | октябрь | мастер п/о Техникума | обучающиеся 8 кл.\n"
    "2 | Наставнические консультации | ежемесячно | студенты Техникума | обучающиеся 9 кл.\n"
    "3 | Экскурсия | ноябрь | учитель Школы | обучающиеся 7 кл.\n"
)


def test_schedule_of_events_counts_its_mentoring_rows(judge) -> None:
    text = events(MENTORING_ROWS)
    f = facts(text)
    assert f.provider == 0
    assert judge(text, "2.1", org="ГБПОУ Тайгинский строительный техникум").verdict is (
        Verdict.WRONG_DIRECTION
    )
    assert judge(text, "2.1", org="МБОУ СОШ № 8").verdict is Verdict.OK


def test_schedule_of_events_without_mentoring_rows_tells_nothing() -> None:
    rows = (
        "1 | Экскурсия на предприятие | октябрь | мастер п/о Техникума | обучающиеся 8 кл.\n"
        "2 | Мастер-класс | ноябрь | преподаватель Техникума | обучающиеся 9 кл.\n"
    )
    assert facts(events(rows)).provider is None


# --- the designations name the roles ---


def roles(first: str, second: str, subject: str = "") -> str:
    return (
        HEAD + f"{SCHOOL} (далее – {first}) в лице директора Лебедева Ильи Петровича и "
        "муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная "
        f"школа № 3» (далее – {second}) в лице директора Зуевой Марии Олеговны заключили "
        "настоящий договор.\n\n1. Предмет договора\n1.1. Стороны реализуют программу "
        "наставничества по форме «ученик – ученик».\n" + subject + TAIL
    )


def test_supporting_side_provides(judge) -> None:
    text = roles("Сторона, оказывающая поддержку", "Сторона, получающая поддержку")
    assert facts(text).provider == 0
    assert judge(text, "2.1", org="МБОУ СОШ № 8").verdict is Verdict.WRONG_DIRECTION
    assert judge(text, "2.1", org="МБОУ ООШ № 3").verdict is Verdict.OK


def test_receiving_side_alone_names_the_other() -> None:
    assert facts(roles("Школа", "Сторона, получающая поддержку")).provider == 0
    assert facts(roles("Подшефная школа", "Школа-партнёр")).provider == 1


def test_neutral_designations_tell_nothing() -> None:
    assert facts(roles("Сторона 1", "Сторона 2")).provider is None


def test_text_outweighs_the_designations() -> None:
    text = roles(
        "Сторона, оказывающая поддержку",
        "Сторона, получающая поддержку",
        "1.2. Наставниками выступают обучающиеся Стороны, получающей поддержку.\n",
    )
    assert facts(text).provider == 1


# --- the form of mentoring names the people ---


def form(name: str, other: str = SCHOOL, obliged: str = "Сторона 1") -> str:
    return (
        HEAD + f"{COLLEGE}, именуемое в дальнейшем «Сторона 1», в лице директора Лебедева Ильи "
        f"Петровича, и {other}, именуемое в дальнейшем «Сторона 2», в лице директора Зуевой "
        "Марии Олеговны, заключили настоящий договор.\n\n1. ПРЕДМЕТ ДОГОВОРА\n1.1. Предметом "
        f"Договора является реализация программы наставничества в форме {name}.\n\n"
        f"2. ОБЯЗАННОСТИ СТОРОН\n2.1. {obliged} обязуется:\n2.1.1. отобрать из числа студентов "
        "3–4 курсов участников программы;\n2.1.2. согласовать график встреч.\n" + TAIL
    )


def test_form_names_the_mentors_people(judge) -> None:
    text = form("«студент – ученик»")
    assert facts(text).provider == 0
    assert judge(text, "2.1", org="ГБПОУ Тайгинский строительный техникум").verdict is (
        Verdict.WRONG_DIRECTION
    )
    assert judge(text, "2.1", org="МБОУ СОШ № 8").verdict is Verdict.OK


def test_form_alone_tells_nothing() -> None:
    # the form's people in nobody's obligations: a label only
    text = form("«студент – ученик»").replace("из числа студентов 3–4 курсов ", "")
    assert facts(text).provider is None


def test_form_people_in_joint_or_the_other_partys_obligations_tell_nothing() -> None:
    assert facts(form("«студент – ученик»", obliged="Сторона 2")).provider is None
    text = form("«студент – ученик»").replace("2.1. Сторона 1 обязуется", "2.1. Стороны обязуются")
    assert facts(text).provider is None


def test_form_of_one_kind_or_no_kind_tells_nothing() -> None:
    assert facts(form("«ученик – ученик»")).provider is None
    assert facts(form("«педагог – студент»")).provider is None


def test_form_with_two_parties_of_the_kind_tells_nothing() -> None:
    other = (
        "Государственное бюджетное профессиональное образовательное учреждение «Тайгинский "
        "медицинский колледж»"
    )
    assert facts(form("«студент – ученик»", other)).provider is None


# --- a compound adjective of the trade in the abbreviation ---

TRADE = (
    "бюджетное профессиональное образовательное учреждение «Череповецкий лесомеханический техникум»"
)


def test_trade_compound_gives_two_letters() -> None:
    assert abbreviation_match("ЧЛМТ", TRADE)
    assert abbreviation_match("ЧЛТ", TRADE)  # or one


def test_trade_compound_second_letter_alone_is_not_it() -> None:
    assert not abbreviation_match("ЧМТ", TRADE)


def test_one_letter_compound_still_reads() -> None:
    assert abbreviation_match("ГАПОУ СО КУАТ", "«Каменск-Уральский агропромышленный техникум»")
    assert abbreviation_match("НТГМК", "«Нижнетагильский горно-металлургический колледж»")
