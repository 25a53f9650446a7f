"""Round-40 shapes of an agreement: a designation with a capitalised appositive role
(«(далее – Сторона 2, Базовая гимназия)»); a term defined in the subject after the parties
(«(далее – Проект)») is no party; the mentors' role said first and denied at the clause's end;
a party's internal mentors; the setting after the mentees («Наставниками … по настоящему
Соглашению являются …»); the people sent to work «под руководством наставников» (mentees,
not mentors); an abbreviation of a compound a line's wrap joined; and a partner's provision
that no sentence says outright is weak."""

from __future__ import annotations

import datetime as dt

from classifiers.agreements import (
    AgreementFacts,
    Ballot,
    Party,
    abbreviation_match,
    analyse,
    weak_direction,
)
from evidence.models import Verdict
from evidence.textnorm import normalise

HEAD = """СОГЛАШЕНИЕ № 4
о взаимодействии в сфере наставничества

г. Озёрск                                                          «12» февраля 2024 г.

"""

TAIL = """
5. СРОК ДЕЙСТВИЯ
5.1. Соглашение вступает в силу со дня подписания и действует до 31.12.2025.
"""


def facts(text: str, org: str | None = None) -> AgreementFacts:
    return analyse(normalise(text), org, dt.date(2024, 2, 12), 2024)


TRIPARTITE = (
    HEAD + "Управление образования администрации Озёрского округа в лице начальника Лебедевой "
    "Анны Петровны, действующей на основании Положения (далее – Сторона 1), муниципальное "
    "бюджетное общеобразовательное учреждение «Гимназия № 2» в лице директора Орлова Ивана "
    "Сергеевича, действующего на основании Устава (далее – Сторона 2, Базовая гимназия), и "
    "муниципальное бюджетное общеобразовательное учреждение «Основная школа с. Луговое» в лице "
    "директора Мухиной Ольги Ивановны, действующей на основании Устава (далее – Сторона 3), "
    "заключили настоящее Соглашение о нижеследующем.\n\n"
    "1. ПРЕДМЕТ СОГЛАШЕНИЯ\n1.1. Предметом Соглашения является наставничество в отношении "
    "педагогов Стороны 3.\n\n"
    "2. ОБЯЗАТЕЛЬСТВА СТОРОНЫ 1\n2.1. Координировать выполнение Соглашения.\n"
    "2.2. Организовать подвоз наставников к месту занятий.\n\n"
    "3. ОБЯЗАТЕЛЬСТВА СТОРОНЫ 2\n3.1. Выделить из числа своих учителей наставников для "
    "педагогов Стороны 3.\n3.2. Принять педагогов Стороны 3 на уроках учителей Базовой "
    "гимназии.\n\n"
    "4. ОБЯЗАТЕЛЬСТВА СТОРОНЫ 3\n4.1. Определить наставляемых педагогов.\n" + TAIL
)


def test_capitalised_role_after_the_designation_keeps_the_party() -> None:
    f = facts(TRIPARTITE)
    assert [p.designation for p in f.parties] == ["Сторона 1", "Сторона 2", "Сторона 3"]
    assert "Базовая гимназия" in f.parties[1].aliases
    assert f.provider == 1


def test_tripartite_the_mentors_school_reporting_is_reversed(judge) -> None:
    d = judge(TRIPARTITE, "2.1", org="МБОУ Гимназия № 2 Озёрск")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_tripartite_the_small_school_reporting_counts(judge) -> None:
    d = judge(TRIPARTITE, "2.1", org="МБОУ Основная школа с. Луговое")
    assert d.verdict is Verdict.OK


def test_participle_after_the_designation_is_still_no_role() -> None:
    text = TRIPARTITE.replace(
        "(далее – Сторона 2, Базовая гимназия)", "(далее – Сторона 2, Осуществляющая обучение)"
    )
    f = facts(text)
    assert "Осуществляющая обучение" not in f.parties[1].aliases


def _two(subject: str, body: str) -> str:
    return (
        HEAD + "Государственное автономное учреждение дополнительного профессионального "
        "образования «Институт развития образования» в лице ректора Козловой Ирины Викторовны, "
        "действующей на основании Устава (далее – Институт), и муниципальное бюджетное "
        "общеобразовательное учреждение «Средняя общеобразовательная школа № 8» в лице директора "
        "Лукиной Татьяны Александровны, действующей на основании Устава (далее – Школа), вместе "
        "именуемые Стороны, договорились о следующем.\n\n1. ПРЕДМЕТ СОГЛАШЕНИЯ\n" + subject + "\n"
        "\n2. ОБЯЗАТЕЛЬСТВА ИНСТИТУТА\n2.1. Проводить диагностику профессиональных дефицитов.\n"
        "\n3. ОБЯЗАТЕЛЬСТВА ШКОЛЫ\n" + body + "\n" + TAIL
    )


def test_a_term_defined_in_the_subject_is_no_third_party() -> None:
    text = _two(
        "1.1. Стороны реализуют программу «Старт в профессии» (далее – Проект).",
        "3.1. Обеспечить участие педагогов.",
    )
    assert [p.designation for p in facts(text).parties] == ["Институт", "Школа"]


def test_a_third_party_designated_in_the_preamble_is_still_read() -> None:
    # the third designation comes after two parties, but before the preamble's end
    assert facts(TRIPARTITE).parties[2].designation == "Сторона 3"


SETTING = "1.1. Наставниками молодых педагогов Школы по настоящему Соглашению являются методисты Института."


def test_the_setting_after_the_mentees_names_the_mentors_party() -> None:
    f = facts(_two(SETTING, "3.1. Обеспечить участие молодых педагогов в мероприятиях."))
    assert f.provider == 0


def test_the_setting_after_the_mentees_mirror() -> None:
    f = facts(
        _two(
            "1.1. Наставниками методистов Института по настоящему Соглашению являются учителя Школы.",
            "3.1. Обеспечить участие учителей в мероприятиях.",
        )
    )
    assert f.provider == 1


DENIED = "1.2. Функции наставника в отношении работников Института наставники Школы не выполняют."


def test_the_role_denied_at_the_clauses_end_casts_no_vote() -> None:
    f = facts(_two(SETTING + "\n" + DENIED, "3.1. Обеспечить участие молодых педагогов."))
    assert f.provider == 0
    assert f.votes[1] == 0


def test_the_role_not_denied_still_votes() -> None:
    said = "1.2. Функции наставника в отношении работников Института выполняют учителя Школы."
    f = facts(_two(said, "3.1. Обеспечить участие учителей."))
    assert f.votes[1] > 0


def test_internal_mentors_cast_no_vote(judge) -> None:
    text = _two(
        SETTING,
        "3.1. Направлять внутренних наставников на заседания регионального сообщества "
        "наставников.\n3.2. Наставники Школы (внутренние наставники) продолжают работу в своих "
        "парах.",
    )
    f = facts(text)
    assert f.provider == 0 and not f.contested
    assert judge(text, "2.1", org="МБОУ СОШ № 8").verdict is Verdict.OK


def test_the_schools_own_mentors_sent_still_vote() -> None:
    text = _two(
        "1.1. Стороны развивают наставничество.",
        "3.1. Направлять своих учителей в качестве наставников к методистам Института.",
    )
    assert facts(text).provider == 1


def _sent(how: str) -> str:
    return (
        HEAD + "Общество с ограниченной ответственностью «Альфа-Софт», именуемое в дальнейшем "
        "«Заказчик», в лице директора Петрова Карена Ивановича, действующего на основании "
        "Устава, и государственное бюджетное профессиональное образовательное учреждение "
        "«Озёрский колледж связи», именуемое в дальнейшем «Исполнитель», в лице директора "
        "Климовой Марины Алексеевны, действующей на основании Устава, заключили настоящий "
        "договор о нижеследующем.\n\n1. ПРЕДМЕТ ДОГОВОРА\n1.1. Заказчик направляет к "
        f"Исполнителю принятых на работу работников {how}.\n" + TAIL
    )


def test_people_sent_under_the_mentors_guidance_are_not_the_mentors() -> None:
    f = facts(_sent("для освоения профессии под руководством наставников"))
    assert f.votes[0] == 0


def test_people_sent_as_mentors_still_vote() -> None:
    assert facts(_sent("в качестве наставников студентов")).provider == 0


JOINED = "Государственное профессиональное образовательное учреждение «Озёрский гуманитарнопедагогический колледж»"


def test_abbreviation_of_a_compound_a_wrap_joined() -> None:
    assert abbreviation_match("ОГПК", JOINED)


def test_abbreviation_without_the_compounds_letters_is_not_matched() -> None:
    assert not abbreviation_match("ОПК", JOINED)


def _weak(ballots: list[Ballot], n: int = 3, first: str = "Управление образования") -> str | None:
    votes = [0] * n
    for b in ballots:
        votes[b.party] += b.weight
    names = [first, "Школа", "Гимназия"][:n]
    f = AgreementFacts(
        parties=[Party(x, f"Сторона {i + 1}", 2 * i, 2 * i + 1) for i, x in enumerate(names)],
        provider=0,
        votes=votes,
        ballots=ballots,
        own_mentors=[1] + [0] * (n - 1),
        ours=1,
        ours_how="org",
    )
    return weak_direction(f)


def test_an_authority_said_to_provide_nowhere_outright_is_weak() -> None:
    assert _weak([Ballot(0, 1, None), Ballot(0, 1, 0)]) == "review_direction_weak"


def test_a_centre_said_to_provide_nowhere_outright_is_not_weak() -> None:
    # «с привлечением методистов Стороны 2 в роли наставников»: a mention of a centre's people
    assert _weak([Ballot(0, 1, None), Ballot(0, 1, 0)], first="Методический центр") is None


def test_a_partner_said_to_provide_outright_is_not_weak() -> None:
    assert _weak([Ballot(0, 2, 0), Ballot(0, 1, None)]) is None


def test_of_two_the_mentees_mentions_alone_are_not_weak() -> None:
    # «в отношении учащихся Гимназии»: the mentees as the reporting party's people
    assert _weak([Ballot(0, 1, None), Ballot(0, 1, None)], n=2, first="Колледж") is None


def test_the_coordinating_department_of_a_garbled_tripartite_is_weak(judge) -> None:
    # the mentors' school read as no party (its designation lost): only the department's
    # transport of the mentors is left — a human must look, not a plain ok
    text = TRIPARTITE.replace("(далее – Сторона 2, Базовая гимназия)", "")
    d = judge(text, "2.1", org="МБОУ Гимназия № 2 Озёрск")
    assert d.verdict is not Verdict.OK or "needs_review" in d.flags
