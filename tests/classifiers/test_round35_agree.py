"""Round-35 shapes of an agreement: who provides the mentors.

The doers of a passive mentoring («Наставническое сопровождение обучающихся … осуществляется
специалистами Учреждения») are the mentors' party, not the mentees'; a party obliged to «обеспечить
выполнение функций наставников», or whose list of obligations opens an item with «выполнять
функции наставников», provides them. The preamble names the parties in shapes of its own: a
designation with an appositive role («(далее – Сторона 2, школа-наставник)») that the text then
calls the party by, a tripartite list whose parts are closed by semicolons, a bracket opened by
the party's short name before its designation («(МБУ ДО ЦДТ «Орбита», далее – Сторона 2)»)."""

from __future__ import annotations

import datetime as dt

from classifiers.agreements import AgreementFacts, analyse, find_parties
from evidence.models import Verdict
from evidence.textnorm import normalise

HEAD = """ДОГОВОР О СОТРУДНИЧЕСТВЕ
в рамках программы наставничества

г. Озёрск                                                          «12» февраля 2024 г.

"""

CLINIC = "Государственное бюджетное учреждение здравоохранения «Озёрская городская больница»"
SCHOOL = (
    "муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 9»"
)

PREAMBLE = (
    f"{CLINIC}, именуемое в дальнейшем «Больница», в лице главного врача Орлова Петра "
    f"Ильича, действующего на основании Устава, и {SCHOOL}, именуемое в дальнейшем «Школа», в "
    "лице директора Крыловой Анны Сергеевны, действующей на основании Устава, заключили "
    "настоящий договор о нижеследующем.\n"
)

TAIL = """
4. СРОК ДЕЙСТВИЯ
4.1. Договор действует с момента подписания до 31 августа 2025 года.
"""


def body(subject: str, clinic: str = "", school: str = "") -> str:
    return (
        HEAD
        + PREAMBLE
        + "\n1. ПРЕДМЕТ ДОГОВОРА\n1.1. Стороны сотрудничают в целях профориентации обучающихся "
        "медицинского класса.\n"
        + subject
        + "\n\n2. ОБЯЗАННОСТИ БОЛЬНИЦЫ\n2.1. Организовать экскурсии в отделения.\n"
        + clinic
        + "\n\n3. ОБЯЗАННОСТИ ШКОЛЫ\n3.1. Обеспечить сопровождение обучающихся при посещении "
        "Больницы.\n" + school + TAIL
    )


def facts(text: str, org: str | None = None) -> AgreementFacts:
    return analyse(normalise(text), org, dt.date(2024, 2, 12), 2024)


# --- the passive mentoring's doers, not the mentees' party ---

PASSIVE = (
    "1.2. Наставническое сопровождение обучающихся медицинского класса осуществляется\n"
    "специалистами Больницы согласно графику (Приложение № 1)."
)


def test_passive_doers_after_the_mentees_provide() -> None:
    f = facts(body(PASSIVE))
    assert [p.designation for p in f.parties] == ["Больница", "Школа"]
    assert f.provider == 0


def test_passive_doers_direction_both_ways(judge) -> None:
    text = body(PASSIVE)
    assert judge(text, "2.1", org="МБОУ СОШ № 9").verdict is Verdict.OK
    assert (
        judge(text, "2.1", org="ГБУЗ Озёрская городская больница").verdict
        is Verdict.WRONG_DIRECTION
    )


def test_passive_without_doers_still_reads_the_mentees() -> None:
    # no party after the verb: the mentees are the Школа's, the Больница mentors (weakly)
    f = facts(
        body("1.2. Наставническое сопровождение обучающихся Школы осуществляется согласно графику.")
    )
    assert f.provider == 0
    assert f.votes[0] == 1


# --- «обеспечить выполнение функций наставников»: the obliged party's people mentor ---


def test_ensuring_the_mentors_functions_provides_them(judge) -> None:
    text = body(
        "1.2. Закрепление наставников оформляется Приложением № 2.",
        school="3.2. Обеспечить выполнение функций наставников согласно Приложению № 2.",
    )
    f = facts(text)
    assert f.provider == 1
    assert judge(text, "2.1", org="МБОУ СОШ № 9").verdict is Verdict.WRONG_DIRECTION
    assert judge(text, "2.1", org="ГБУЗ Озёрская городская больница").verdict is Verdict.OK


def test_ensuring_a_plan_provides_no_mentors() -> None:
    text = body(
        "1.2. Закрепление наставников оформляется Приложением № 2.",
        school="3.2. Обеспечить выполнение плана мероприятий программы наставничества.",
    )
    assert facts(text).provider is None


# --- an obligation item that opens with «выполнять функции наставников» ---


def test_item_acting_as_mentors_is_the_obliged_party() -> None:
    text = body(
        "1.2. Стороны реализуют программу наставничества.",
        clinic="2.2. Выполнять функции наставников для обучающихся медицинского класса.",
    )
    assert facts(text).provider == 0


def test_item_naming_its_doers_keeps_them() -> None:
    # the doers named in the item are another party's: theirs, not the obliged party's
    text = body(
        "1.2. Стороны реализуют программу наставничества.",
        clinic="2.2. Обеспечить условия, при которых учителя Школы выполняют функции наставников.",
    )
    assert facts(text).provider == 1


# --- the parties' shapes in the preamble ---

TRIPARTITE = """СОГЛАШЕНИЕ
о межшкольном наставничестве

г. Верхнеречинск                                                                11.03.2024

Государственное бюджетное учреждение дополнительного профессионального образования «Институт
развития образования» (далее – Институт), в лице ректора Зотовой Веры Ильиничны, действующей на
основании доверенности от 10.01.2024 № 2;
муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 4»
(далее – Сторона 2, {role2}) в лице директора Белова Ивана Павловича;
муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная школа № 17»
(далее – Сторона 3, {role3}) в лице директора Жуковой Ольги Петровны,
действующие на основании уставов, совместно именуемые Стороны, договорились о следующем.

1. Предмет соглашения
1.1. Предметом соглашения является наставническое сопровождение педагогов {mentee_party}.
1.2. Наставниками выступают учителя {mentor_party}, наставляемыми — учителя {mentee_party}.

2. Срок действия
2.1. Соглашение действует до 31.12.2025.
"""


def tripartite(
    role2: str = "школа-наставник",
    role3: str = "школа-партнёр",
    mentor_party: str = "школы-наставника",
    mentee_party: str = "школы-партнёра",
) -> str:
    return TRIPARTITE.format(
        role2=role2, role3=role3, mentor_party=mentor_party, mentee_party=mentee_party
    )


def test_designation_with_a_role_and_semicolon_list() -> None:
    parties = find_parties(normalise(tripartite()))
    assert [p.designation for p in parties] == ["Институт", "Сторона 2", "Сторона 3"]
    assert "школа-наставник" in parties[1].aliases
    assert "школа-партнёр" in parties[2].aliases
    # the names after the semicolons, not lost to the first party's representative
    assert "№ 4" in parties[1].name
    assert "№ 17" in parties[2].name


def test_mentors_by_the_role_alias(judge) -> None:
    text = tripartite()
    f = facts(text, "МБОУ СОШ № 4")
    assert f.provider == 1
    assert judge(text, "2.1", org="МБОУ СОШ № 4").verdict is Verdict.WRONG_DIRECTION
    # the other way round: the mentee school reports
    swapped = tripartite(mentor_party="школы-партнёра", mentee_party="школы-наставника")
    assert facts(swapped, "МБОУ ООШ № 17").provider == 2
    assert judge(swapped, "2.1", org="МБОУ ООШ № 17").verdict is Verdict.WRONG_DIRECTION
    assert judge(swapped, "2.1", org="МБОУ СОШ № 4").verdict is Verdict.OK


def test_two_word_role_alias() -> None:
    parties = find_parties(normalise(tripartite(role3="наставляемая сторона")))
    assert parties[2].designation == "Сторона 3"
    assert parties[2].aliases[-1] == "наставляемая сторона"


def test_participle_clause_is_no_role() -> None:
    text = (
        HEAD + f"{CLINIC} (далее – Организация, осуществляющая медицинскую деятельность) в "
        f"лице главного врача Орлова П.И., и {SCHOOL} (далее – Школа) в лице директора Крыловой "
        "А.С. заключили настоящий договор о нижеследующем.\n"
    )
    parties = find_parties(normalise(text))
    assert parties[0].designation == "Организация, осуществляющая медицинскую деятельность"
    assert parties[0].aliases == [] or "осуществляющая" not in parties[0].aliases[-1]


SHORT_NAME = """ДОГОВОР
о сетевой форме реализации программы наставничества

г. Озёрск                                                             «02» сентября 2024 г.

Муниципальное общеобразовательное учреждение «Средняя школа № 21» (далее - Сторона 1) в
лице директора Лосевой Надежды Алексеевны и муниципальное бюджетное учреждение дополнительного
образования «Центр технического творчества «Орбита» ({short}далее - Сторона 2) в лице
директора Громова Павла Евгеньевича заключили настоящий договор.

1. Предмет договора
1.1. Для реализации программы Сторона 2 закрепляет за наставляемыми - обучающимися Стороны 1
наставников из числа своих педагогов дополнительного образования.

2. Срок действия: с 02.09.2024 до 31.05.2025.
"""


def test_bracket_opened_by_the_short_name(judge) -> None:
    text = SHORT_NAME.format(short="МБУ ДО ЦТТ «Орбита», ")
    f = facts(text, "МБУ ДО ЦТТ Орбита")
    assert [p.designation for p in f.parties] == ["Сторона 1", "Сторона 2"]
    assert f.provider == 1
    assert judge(text, "2.1", org="МБУ ДО ЦТТ Орбита").verdict is Verdict.WRONG_DIRECTION
    assert judge(text, "2.1", org="МОУ СШ № 21").verdict is Verdict.OK


def test_bracket_with_the_designation_alone_unchanged() -> None:
    f = facts(SHORT_NAME.format(short=""))
    assert [p.designation for p in f.parties] == ["Сторона 1", "Сторона 2"]
    assert f.provider == 1
