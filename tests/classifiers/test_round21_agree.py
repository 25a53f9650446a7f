"""Round-21 shapes of agreements: a cooperation agreement with a clause on the personal data of
the people the parties exchange is not a consent to process data (nor a site's terms of use);
a sentence wrapped before a bracket in a PDF's lines; a designation cut at a PDF's margin
(«Стор…» beside «Сторона 2»); the doers of «выступают наставниками» said in the clause after a
colon; designations of two words on the parties' lines («Базовая организация: МБОУ …»); and
mentors taken «из своего коллектива». The documents are written for these tests."""

from __future__ import annotations

from classifiers.agreements import _SENTENCE, Party, _party_in, find_parties
from classifiers.doctype import detect_kind
from evidence.models import Verdict

# --- a data clause in an agreement of organisations is no consent form ---

NETWORK = """Соглашение
о сетевом взаимодействии в сфере наставничества

Заключено 14 февраля 2024 года, г. Глазов.

Участники: МБОУ «Гимназия № 8» и МБУ ДО «Центр детского творчества».

Центр закрепляет за молодыми учителями Гимназии наставников из числа своих методистов,
проводит для них открытые занятия и консультации. Гимназия определяет наставляемых и
ежегодно представляет Центру отчёт о работе пар.

Срок действия – по 31 августа 2026 года.

Общие условия
Изменения вносятся по взаимному согласию Сторон в письменной форме. Разногласия
разрешаются путём переговоров, а при недостижении согласия – в судебном порядке. Стороны
обеспечивают защиту персональных данных участников программы наставничества.
"""


def test_a_data_clause_binding_the_parties_leaves_an_agreement(judge) -> None:
    d = judge(NETWORK, "2.1", year=2024, org="Гимназия № 8")
    assert d.doc_kind is not None and d.doc_kind.value == "agreement"
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-02-14"
    assert "пользовательское" not in d.message


# the parties named by their names only, never «Стороны»: the boilerplate «согласие» alone
NAMES_ONLY = """ДОГОВОР
о наставничестве

г. Ижевск, 5 марта 2024 г.

ООО «Удмуртские электросети» и ГБПОУ «Ижевский энергетический колледж» договорились:

1. Предприятие выделяет инженеров в качестве наставников студентов колледжа на практике.
2. Колледж направляет списки студентов и программы практики.
3. Спорные вопросы решаются по согласию руководителей. Обмен сведениями о студентах
ведётся с соблюдением законодательства о персональных данных.
4. Договор действует до 31.12.2025.
"""


def test_boilerplate_consent_without_the_data_subject_leaves_an_agreement() -> None:
    k = detect_kind(NAMES_ONLY)
    assert k.kind.value == "agreement"
    assert k.subtype != "пользовательское соглашение"


# «Стороны дают согласие на обработку …»: the consent formula itself, given by the parties
PARTIES_CONSENT = """Соглашение о сотрудничестве

Лицей № 2 и Технопарк «Кванториум» договорились о следующем.
1. Технопарк направляет своих педагогов в качестве наставников обучающихся Лицея.
2. Стороны дают согласие на обработку персональных данных своих работников, участвующих
в реализации соглашения. Стороны ежегодно подводят итоги совместной работы.
"""


def test_consent_given_by_the_parties_is_a_clause_of_their_agreement() -> None:
    k = detect_kind(PARTIES_CONSENT)
    assert k.kind.value == "agreement"


# near misses: a consent headed «Соглашение», and a site's terms binding its user
CONSENT_FORM = """Соглашение
Я, Петрова Анна Сергеевна, в соответствии с Федеральным законом «О персональных данных» даю
согласие МБОУ «СОШ № 5» на обработку моих персональных данных в целях участия в конкурсе.
Согласие действует до его отзыва.
"""

SITE_TERMS = """Соглашение об использовании сайта
Администрация сайта и Пользователь (далее вместе – Стороны) договорились: Пользователь
соблюдает правила сайта, Стороны признают обработку персональных данных Пользователя в
объёме, необходимом для регистрации.
"""


def test_a_consent_headed_agreement_is_still_a_consent(judge) -> None:
    d = judge(CONSENT_FORM, "2.1", year=2024)
    assert d.verdict is Verdict.WRONG_TYPE
    assert d.doc_kind is not None and d.doc_kind.value == "other"


def test_a_sites_terms_binding_its_user_are_no_agreement_even_with_parties() -> None:
    k = detect_kind(SITE_TERMS)
    assert k.kind.value == "other"


# --- a line wrapped before a bracket goes on with the sentence ---

WRAPPED = """ДОГОВОР № 4
о сотрудничестве

г. Воткинск                                                  «11» сентября 2023 г.

МБОУ «СОШ № 7», именуемое в дальнейшем «Школа», в лице директора Ивановой А. П., с одной
стороны, и ГБПОУ «Воткинский педагогический колледж», именуемое в дальнейшем «Колледж», в
лице директора Петрова С. В., с другой стороны, заключили настоящий договор о нижеследующем.

1. Предмет договора
1.1. Школа закрепляет за студентами Колледжа, проходящими учебную
(пробную) практику, наставников из числа учителей начальных классов.
1.2. Колледж направляет списки студентов до 15 сентября.
2. Договор действует до 31 августа 2026 года.
"""


def test_a_sentence_wrapped_before_a_bracket_keeps_its_mentors(judge) -> None:
    joined = [s.group() for s in _SENTENCE.finditer(WRAPPED) if "закрепляет" in s.group()]
    assert joined and "наставников" in joined[0]
    d = judge(WRAPPED, "2.1", year=2024, org="МБОУ СОШ № 7")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2023-09-11"


def test_a_bracket_after_a_full_stop_opens_a_new_sentence() -> None:
    text = "1.1. Школа проводит уроки.\n(Наставники назначаются приказом.)"
    sentences = [s.group() for s in _SENTENCE.finditer(text)]
    assert not any("уроки" in s and "Наставники" in s for s in sentences)


# --- a designation cut at the margin: the longer designation wins at the same place ---


def test_the_longer_designation_wins_over_a_cut_one() -> None:
    parties = [Party("МБОУ «СОШ № 3»", "Стор", 0, 10), Party("ГБПОУ «ПК»", "Сторона 2", 20, 30)]
    assert _party_in("Стороны 2 направляет наставников", parties) == 1
    assert _party_in("Сторона 1 направляет наставников", parties) == 0


CUT = """ДОГОВОР № 9
о наставничестве

г. Можга                                                      «20» января 2024 г.

МБОУ «Средняя общеобразовательная школа № 3», именуемое в дальнейшем «Стор
в лице директора Смирновой Е. А., с одной стороны, и ГБПОУ «Можгинский педагогический
колледж», именуемое в дальнейшем «Сторона 2», в лице директора Кузнецова П. Р., с другой
стороны, заключили настоящий договор о нижеследующем.

1. Предмет договора
1.1. Стороны 2 преподаватели выступают наставниками молодых учителей Стороны 1.
2. Договор действует до 31 декабря 2025 года.
"""


def test_a_cut_designation_does_not_take_the_partners_mentors(judge) -> None:
    d = judge(CUT, "2.1", year=2024, org="МБОУ СОШ № 3 Можга")
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-01-20"


# --- after a colon, the clause's own doers ---

PATRONAGE = """ДОГОВОР О ШЕФСТВЕ

г. Сарапул                                                       10 января 2025 года

МБУ ДО «Дом детского творчества» в лице директора Волковой Т. И. и МБОУ «Основная
общеобразовательная школа № 4» в лице директора Орлова Н. К. заключили договор о следующем.

1. Дом детского творчества берёт шефство над обучающимися школы: педагоги Дома детского
творчества выступают наставниками учащихся в кружках.
2. Школа предоставляет помещения.
3. Договор заключён на 2025 год.
"""


def test_the_clause_after_a_colon_names_who_mentors(judge) -> None:
    d = judge(PATRONAGE, "2.1", year=2025, org="Дом детского творчества Сарапул")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2025-01-10"


SENT_TO = """СОГЛАШЕНИЕ

г. Глазов                                                        3 февраля 2025 года

МБОУ «Гимназия № 14» в лице директора Лебедевой О. В. и МБУ «Центр технического творчества»
в лице директора Ершова Д. Л. заключили настоящее соглашение.

1. Гимназия направляет обучающихся в центр: педагоги центра выступают наставниками.
2. Соглашение действует до 31.12.2026.
"""


def test_the_partners_staff_after_the_colon_mentor_the_reporting_school(judge) -> None:
    d = judge(SENT_TO, "2.1", year=2025, org="Гимназия № 14 Глазов")
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2025-02-03"


def test_without_a_colon_the_doers_before_the_verb_still_count(judge) -> None:
    text = SENT_TO.replace(
        "1. Гимназия направляет обучающихся в центр: педагоги центра выступают наставниками.",
        "1. Педагоги гимназии выступают наставниками проектных команд центра.",
    )
    d = judge(text, "2.1", year=2025, org="Гимназия № 14 Глазов")
    assert d.verdict is Verdict.WRONG_DIRECTION


# --- designations of two words on the parties' lines ---

BASE_SCHOOL = """ДОГОВОР
о сетевом наставничестве
№ 3 от 05.09.2024

Опорная школа: МБОУ «Дебёсская СОШ»
Школа-партнёр: МБОУ «Тольенская ООШ»

1. Опорная школа обеспечивает сопровождение молодых учителей Школы-партнёра путём
закрепления за ними наставников из своего педагогического коллектива.
2. Школа-партнёр направляет заявку с перечнем наставляемых.
3. Договор действует до 31.08.2025.
"""


def test_two_word_designations_on_the_parties_lines(judge) -> None:
    parties = find_parties(BASE_SCHOOL)
    assert [p.designation for p in parties] == ["Опорная школа", "Школа-партнёр"]
    d = judge(BASE_SCHOOL, "2.1", year=2024, org="Дебёсская СОШ")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2024-09-05"


def test_the_partner_school_reporting_a_two_word_designation_agreement_is_ok(judge) -> None:
    d = judge(BASE_SCHOOL, "2.1", year=2024, org="Тольенская ООШ")
    assert d.verdict is Verdict.OK
    assert d.details["mentor_provider"] == "Опорная школа"
    assert d.details["reporting_party"] == "Школа-партнёр"
    assert "какая сторона" not in d.message


def test_a_requisites_label_is_no_designation() -> None:
    text = (
        "ДОГОВОР\n\nСторона 1: МБОУ «СОШ № 2»\nСторона 2: МБОУ «ООШ № 6»\n"
        "Полное наименование: «Средняя общеобразовательная школа № 2»\n\n"
        "1. Сторона 1 выделяет наставников для учителей Стороны 2.\n"
    )
    assert [p.designation for p in find_parties(text)] == ["Сторона 1", "Сторона 2"]


# --- mentors taken from one's staff: «из своего коллектива», «из педагогов Школы» ---

FROM_STAFF = """СОГЛАШЕНИЕ

г. Камбарка                                                      12 марта 2024 года

МБОУ «Лицей № 1» в лице директора Шутовой И. Г. и МБДОУ «Детский сад № 6» в лице
заведующего Котовой Л. А. заключили настоящее соглашение.

1. Детский сад принимает на работу молодых воспитателей. Наставники из педагогов Лицея
проводят для них консультации по работе с семьями.
2. Соглашение действует до 31.12.2025.
"""


def test_mentors_from_a_partys_staff_are_that_partys(judge) -> None:
    d = judge(FROM_STAFF, "2.1", year=2024, org="Детский сад № 6 Камбарка")
    assert d.verdict is Verdict.OK
    d = judge(FROM_STAFF, "2.1", year=2024, org="Лицей № 1 Камбарка")
    assert d.verdict is Verdict.WRONG_DIRECTION
