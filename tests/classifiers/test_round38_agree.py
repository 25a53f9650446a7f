"""Round-38 shapes of an agreement: who provides the mentors, which party reports, and when the
answer is too thin to pass silently.

A remark in brackets may stand between the mentors' people and the verb («студенты Колледжа
(2–3 курс, специальности …) выступают наставниками»); a party's designation may stand inside the
quoted name of a course («прошедших обучение в «Школе наставника»»); the mentees may be followed
by a place of the other party («для наставляемых пробы в мастерских Колледжа»). A role may be
denied («куратор не является наставником»), the mentees may be governed by a noun after a
preposition («за группами наставляемых тренеров …»), and engaged in something rather than sent
(«привлекать наставляемых к участию в соревнованиях»). A scan's blank line may fall inside the
first party's name; a designation may follow «далее» with no dash. An agreement counted on thin
evidence (one mention of the mentees, a last resort, one sentence against some evidence for the
other side, a reporting party guessed by its kind) is flagged for a human look."""

from __future__ import annotations

import datetime as dt

from classifiers.agreements import AgreementFacts, Ballot, analyse, weak_direction
from evidence.models import Verdict
from evidence.textnorm import normalise

HEAD = """ДОГОВОР № 5-Н
о сотрудничестве в сфере наставничества

г. Озёрск                                                          «02» сентября 2024 г.

"""

COLLEGE = (
    "Государственное бюджетное профессиональное образовательное учреждение «Озёрский "
    "индустриальный колледж»"
)
SCHOOL = (
    "муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
    "школа № 14» Озёрского городского округа"
)
TAIL = """
4. СРОК ДЕЙСТВИЯ
4.1. Договор вступает в силу с момента подписания и действует до 31 мая 2025 года.
"""


def facts(text: str, org: str | None = None) -> AgreementFacts:
    return analyse(normalise(text), org, dt.date(2024, 9, 2), 2024)


def college_school(body: str) -> str:
    return (
        HEAD + f"{COLLEGE}, именуемое в дальнейшем «Колледж», в лице директора Орлова Павла "
        f"Ильича, и {SCHOOL}, именуемое в дальнейшем «Школа», в лице директора Седовой Анны "
        "Петровны, заключили настоящий договор о нижеследующем:\n\n1. ПРЕДМЕТ ДОГОВОРА\n"
        "1.1. Стороны реализуют программу наставничества по форме «студент — ученик».\n"
        + body
        + TAIL
    )


# --- a remark in brackets between the mentors' people and the verb ---

BRACKETED = college_school(
    "1.2. Студенты Колледжа (2–3 курс, специальности «Электромонтаж», «Сварочное "
    "производство», «Кулинария») выступают наставниками для учащихся Школы.\n"
)


def test_a_bracketed_remark_does_not_hide_the_mentors_party(judge) -> None:
    assert facts(BRACKETED).provider == 0
    verdict = judge(BRACKETED, "2.1", org="ГБПОУ Озёрский индустриальный колледж").verdict
    assert verdict is Verdict.WRONG_DIRECTION


def test_a_bracketed_remark_mirror_counts(judge) -> None:
    d = judge(BRACKETED, "2.1", org="МБОУ СОШ № 14 Озёрского ГО")
    assert d.verdict is Verdict.OK


def test_brackets_with_the_party_inside_still_read_before_them() -> None:
    # the party said before the brackets, the brackets only qualify the people
    f = facts(
        college_school(
            "1.2. Педагоги Школы (учителя физики и технологии) выступают наставниками для "
            "студентов Колледжа.\n"
        )
    )
    assert f.provider == 1


# --- a designation inside a quoted name of a course or a programme ---

COURSE = college_school(
    "\n2. ОБЯЗАННОСТИ СТОРОН\n2.1. Колледж обязуется:\n2.1.1. отобрать наставников из числа "
    "студентов, прошедших обучение в «Школе наставника»;\n"
)


def test_a_designation_in_a_quoted_course_name_is_no_party() -> None:
    f = facts(COURSE)
    assert f.votes[1] == 0
    assert f.provider == 0


def test_a_partys_own_quoted_name_is_still_the_party() -> None:
    f = facts(
        college_school(
            "1.2. Наставниками выступают учителя «Средней общеобразовательной школы № 14».\n"
        )
    )
    assert f.provider == 1


# --- a place after the mentees is not their party ---


def test_a_place_after_the_mentees_is_not_their_party() -> None:
    f = facts(
        college_school(
            "\n2. ОБЯЗАННОСТИ СТОРОН\n2.1. Колледж обязуется:\n2.1.1. проводить для "
            "наставляемых профессиональные пробы в лабораториях Колледжа.\n"
        )
    )
    assert f.votes[1] == 0


def test_a_participle_leads_to_the_mentees_party() -> None:
    # «для молодых специалистов, работающих в Школе»: the mentees are the school's
    f = facts(
        college_school(
            "1.2. Наставничество для молодых специалистов, работающих в Школе, ведётся по плану.\n"
        )
    )
    assert f.votes[0] >= 1
    assert f.votes[1] == 0


# --- the sports school listed second: mentors to the school's pupils, a curator denied ---

SPORTS = (
    HEAD + "Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная "
    "школа с. Луговое», именуемое далее «ОУ», в лице директора Ершовой Веры Ивановны, и "
    "муниципальное бюджетное учреждение дополнительного образования «Спортивная школа "
    "«Импульс»», именуемое далее «Учреждение ДО», в лице директора Гусева Олега Петровича, "
    "заключили настоящее соглашение.\n\n1. Предмет соглашения\n1.1. Реализация программы "
    "наставничества в форме «тренер – ученик» для обучающихся с низкой мотивацией.\n\n"
    "2. Обязанности Учреждения ДО\n2.1. Закрепить за группами наставляемых тренеров-"
    "преподавателей Учреждения ДО в качестве наставников (волейбол, лёгкая атлетика).\n"
    "2.2. Привлекать наставляемых к участию в районных соревнованиях.\n\n3. Обязанности ОУ\n"
    "3.1. Сформировать список наставляемых по согласованию с родителями.\n3.2. Назначить "
    "куратора из числа своих педагогов – куратор не является наставником и отвечает за связь "
    "с родителями.\n" + TAIL
)


def test_sports_school_sending_its_coaches_is_reversed(judge) -> None:
    f = facts(SPORTS)
    assert f.provider == 1
    assert not f.contested
    d = judge(SPORTS, "2.1", org="Спортивная школа Импульс")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_sports_school_mirror_counts(judge) -> None:
    d = judge(SPORTS, "2.1", org="ООШ с. Луговое")
    assert d.verdict is Verdict.OK


def test_a_role_denied_is_no_vote() -> None:
    f = facts(
        college_school(
            "\n2. ОБЯЗАННОСТИ СТОРОН\n2.1. Школа обязуется:\n2.1.1. назначить координатора из "
            "числа своих педагогов – координатор не является наставником.\n"
        )
    )
    assert f.votes == [0, 0]


def test_a_role_not_denied_still_votes() -> None:
    f = facts(
        college_school(
            "\n2. ОБЯЗАННОСТИ СТОРОН\n2.1. Школа обязуется:\n2.1.1. назначить наставников из "
            "числа своих педагогов.\n"
        )
    )
    assert f.provider == 1


def test_engaging_the_mentees_is_not_sending_them() -> None:
    f = facts(
        college_school(
            "\n2. ОБЯЗАННОСТИ СТОРОН\n2.1. Колледж обязуется:\n2.1.1. привлекать наставляемых "
            "к участию в олимпиадах.\n"
        )
    )
    assert f.votes == [0, 0]


def test_sending_the_mentees_still_votes_for_the_other() -> None:
    f = facts(
        college_school(
            "\n2. ОБЯЗАННОСТИ СТОРОН\n2.1. Школа обязуется:\n2.1.1. направлять наставляемых "
            "на занятия.\n"
        )
    )
    assert f.provider == 0


# --- a scan's blank line inside the first party's name; «далее «…»» with no dash ---

HUB = """СОГЛАШЕНИЕ
о межшкольном наставничестве

с. Кедровка
15 января 2024 г.

МБОУ «Кедровская средняя общеобразовательная школа им. И.П. Рябова»
Северного

района (базовая школа, далее — Сторона 1) в

лице директора Белова Ивана Сергеевича и МБОУ «Сосновская основная
общеобразовательная школа»

(далее — Сторона 2) в лице директора Зимина Петра Олеговича

заключили соглашение:

1. Сторона 1 направляет учителей-наставников для сопровождения молодых

специалистов Стороны 2 со стажем до 3 лет.

2. Соглашение действует с 15.01.2024 по 31.12.2024.
"""


def test_a_blank_line_inside_the_first_name_is_no_start(judge) -> None:
    f = facts(HUB, "Кедровская СОШ")
    assert "Кедровская" in f.parties[0].name
    assert f.ours == 0
    assert judge(HUB, "2.1", org="Кедровская СОШ").verdict is Verdict.WRONG_DIRECTION
    assert judge(HUB, "2.1", org="Сосновская ООШ").verdict is Verdict.OK


def test_a_legal_form_after_a_blank_line_starts_the_party() -> None:
    text = (
        "ДОГОВОР\nо наставничестве\n\nприложение к приказу\n\nмуниципальное бюджетное "
        "общеобразовательное учреждение «Лицей № 2», именуемое в дальнейшем «Лицей», в лице "
        "директора Попова А.А., и ООО «Вектор», именуемое в дальнейшем «Партнёр», в лице "
        "директора Котова Б.Б., заключили настоящий договор.\n\n1. Партнёр направляет своих "
        "инженеров в качестве наставников.\n"
    )
    f = facts(text)
    assert f.parties[0].name.startswith("муниципальное бюджетное")


def test_a_designation_after_a_comma_with_no_dash() -> None:
    text = (
        HEAD + "Муниципальное автономное учреждение дополнительного образования «Центр "
        "творчества» (МАУДО «ЦТ»), далее «Учреждение», в лице директора Лосевой Н.В., и "
        "муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная "
        "школа № 2», далее «Партнёр», в лице директора Рыбина И.О., заключили настоящий "
        "договор:\n\n1. Предмет договора\n1.1. Учреждение назначает наставников из числа своих "
        "педагогов для обучающихся Партнёра.\n" + TAIL
    )
    f = facts(text)
    assert [p.designation for p in f.parties] == ["Учреждение", "Партнёр"]
    assert f.provider == 0


# --- the guard: a partner-provides decision on thin evidence is flagged ---


def _review(d) -> bool:
    return "needs_review" in d.flags


def test_a_reversed_agreement_decided_on_a_single_weak_vote_is_flagged(judge) -> None:
    # the school sends the mentees — the college is taken for the provider on that alone, while
    # the school's own obligations speak of its teacher-mentors (a reversed agreement the rules
    # misread would come so)
    text = college_school(
        "\n2. ОБЯЗАННОСТИ СТОРОН\n2.1. Школа обязуется:\n2.1.1. направлять наставляемых на "
        "занятия;\n2.1.2. утверждать приказом директора список учителей-наставников.\n"
    )
    f = facts(text)
    assert f.provider == 0
    d = judge(text, "2.1", org="МБОУ СОШ № 14 Озёрского ГО")
    assert d.verdict is Verdict.OK
    assert _review(d)


def test_a_single_mention_of_the_mentees_alone_stays_plain_ok(judge) -> None:
    text = college_school(
        "\n2. ОБЯЗАННОСТИ СТОРОН\n2.1. Школа обязуется:\n2.1.1. направлять наставляемых на "
        "занятия.\n"
    )
    d = judge(text, "2.1", org="МБОУ СОШ № 14 Озёрского ГО")
    assert d.verdict is Verdict.OK
    assert not _review(d)


def test_one_sentence_against_some_evidence_for_the_other_side_is_flagged() -> None:
    f = AgreementFacts(
        votes=[1, 3],
        ballots=[Ballot(1, 2, 0), Ballot(1, 1, 0), Ballot(0, 1, 1)],
        own_mentors=[2, 0],
        provider=1,
        ours=0,
        ours_how="org",
    )
    assert weak_direction(f) == "review_direction_weak"


def test_one_sentence_outside_the_providers_part_while_ours_speaks_of_mentors() -> None:
    # «1.4. Координатор — работник Организации, закрепляющий пары …» in a glossary, while the
    # reporting party's own obligations «направлять волонтёров-наставников»
    f = AgreementFacts(
        votes=[2, 0],
        ballots=[Ballot(0, 2, None)],
        own_mentors=[0, 3],
        provider=0,
        ours=1,
        ours_how="org",
    )
    assert weak_direction(f) == "review_direction_weak"
    # … in the provider's own obligations it stands
    f.ballots = [Ballot(0, 2, 0)]
    assert weak_direction(f) is None
    # … or the reporting party's obligations do not speak of mentors
    f.ballots, f.own_mentors = [Ballot(0, 2, None)], [0, 0]
    assert weak_direction(f) is None


def test_a_guessed_reporting_party_with_one_sentence_is_flagged() -> None:
    f = AgreementFacts(
        votes=[2, 0],
        ballots=[Ballot(0, 2, 0)],
        own_mentors=[1, 0],
        provider=0,
        ours=1,
        ours_how="people",
    )
    assert weak_direction(f) == "review_reporting_party_weak"
    # … two sentences decide
    f.votes, f.ballots = [4, 0], [Ballot(0, 2, 0), Ballot(0, 2, 0)]
    assert weak_direction(f) is None
    # … or the one party of the form's kind is read, not guessed
    f.votes, f.ballots, f.ours_how = [2, 0], [Ballot(0, 2, 0)], "type"
    assert weak_direction(f) is None


def test_a_last_resort_is_flagged() -> None:
    f = AgreementFacts(
        votes=[1, 0],
        ballots=[Ballot(0, 1, None, "form")],
        own_mentors=[0, 0],
        provider=0,
        ours=1,
        ours_how="org",
    )
    assert weak_direction(f) == "review_direction_weak"


def test_the_guard_says_nothing_of_a_reversed_agreement() -> None:
    f = AgreementFacts(
        votes=[1, 0],
        ballots=[Ballot(0, 1, None)],
        own_mentors=[0, 0],
        provider=0,
        ours=0,
        ours_how="org",
    )
    assert weak_direction(f) is None


CLEAR = (
    HEAD + "Общество с ограниченной ответственностью «Техносервис», именуемое в дальнейшем "
    "«Предприятие», в лице директора Крылова Ивана Павловича, и "
    f"{SCHOOL}, именуемое в дальнейшем «Школа», в лице директора Седовой Анны Петровны, "
    "заключили настоящий договор о нижеследующем:\n\n1. ПРЕДМЕТ ДОГОВОРА\n1.1. Стороны "
    "реализуют программу наставничества по форме «работодатель — ученик».\n\n"
    "2. ОБЯЗАННОСТИ СТОРОН\n2.1. Предприятие обязуется:\n2.1.1. направлять своих инженеров в "
    "качестве наставников для обучающихся Школы;\n2.1.2. назначить наставников из числа своих "
    "специалистов приказом директора.\n2.2. Школа обязуется:\n2.2.1. сформировать группу "
    "наставляемых.\n" + TAIL
)


def test_a_clearly_decided_partner_provides_agreement_stays_plain_ok(judge) -> None:
    d = judge(CLEAR, "2.1", org="МБОУ СОШ № 14 Озёрского ГО")
    assert d.verdict is Verdict.OK
    assert not _review(d)


def test_a_clearly_decided_reversed_agreement_is_reversed(judge) -> None:
    d = judge(CLEAR, "2.1", org="ООО Техносервис")
    assert d.verdict is Verdict.WRONG_DIRECTION
