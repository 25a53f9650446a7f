"""Round-22 shapes of agreements: the reporting organisation typed in the form in a way the
preamble does not write it — an abbreviation that takes a letter from each part of a compound
place adjective («Нижнесалдинский» of Нижняя Салда → «НС…»), a school typed «СШ № …» (средняя
школа), and a form naming only its kind and town («Лицей Кудымкар») when both parties are
schools of different kinds. A wrong tie is worse than none, so each has a near miss that must
stay unresolved. The documents are written for these tests."""

from __future__ import annotations

from classifiers.agreements import abbreviation_match
from evidence.models import Decision, Verdict

REVIEW = "какая из сторон соглашения"


def _tied(d: Decision) -> bool:
    return REVIEW not in d.message


# --- an abbreviation with both letters of a compound place adjective ---

TECHNIKUM_MENTORS_PLANT = """СОГЛАШЕНИЕ № 7
о наставничестве на производстве

г. Нижняя Салда                                                  «12» марта 2024 г.

Государственное автономное профессиональное образовательное учреждение Свердловской области
«Нижнесалдинский промышленный техникум» (далее – Техникум) в лице директора Лаптевой Н.В.,
и общество с ограниченной ответственностью «Салдинский литейный завод» (далее – Завод) в лице
генерального директора Гусева О.П. заключили настоящее соглашение.

1. Предмет соглашения
1.1. Техникум выделяет своих преподавателей спецдисциплин в качестве наставников молодых
литейщиков Завода, принятых на работу без опыта.
1.2. Завод направляет молодых рабочих на занятия в лаборатории Техникума.

2. Срок действия соглашения – до 31 декабря 2025 года.

Техникум: директор ________ Н.В. Лаптева
Завод: генеральный директор ________ О.П. Гусев
"""


def test_compound_place_abbreviation_ties_a_technikum_that_gives_mentors(judge) -> None:
    d = judge(TECHNIKUM_MENTORS_PLANT, "2.1", year=2024, org="НСПТ")
    assert d.doc_kind is not None and d.doc_kind.value == "agreement"
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2024-03-12"


# a different shape: a college named in a numbered list of parties, the partner gives mentors
COLLEGE_RECEIVES_MENTORS = """Договор о сетевом взаимодействии
в области наставничества

Верхняя Пышма, 3 сентября 2024 г.

Акционерное общество «Уральская медь», именуемое в дальнейшем «Работодатель», в лице
управляющего директора Белова К.С., с одной стороны, и государственное бюджетное
профессиональное образовательное учреждение Свердловской области «Верхнепышминский
механико-технологический техникум», именуемое в дальнейшем «Образовательная организация»,
в лице директора Юдиной В.А., с другой стороны, заключили настоящий договор.

Работодатель предоставляет наставников из числа своих инженеров и мастеров участков для
студентов Образовательной организации на производственной практике. Образовательная
организация направляет студентов и утверждает программы практики.

Договор действует по 31.08.2026.
"""


def test_compound_place_abbreviation_ties_a_college_that_receives_mentors(judge) -> None:
    d = judge(COLLEGE_RECEIVES_MENTORS, "2.1", year=2025, org="ВПМТТ")
    assert d.verdict is Verdict.OK
    assert _tied(d)


def test_abbreviation_needs_both_letters_of_the_compound() -> None:
    name = "ГАПОУ СО «Нижнесалдинский промышленный техникум»"
    assert abbreviation_match("НСПТ", name)
    # «Серовский политехнический техникум» is not the Нижняя Салда one
    assert not abbreviation_match("СПТ", name)
    # a compound written in lower case inside a phrase is no place adjective
    assert not abbreviation_match("БКТ", "колледж «белокаменный технологический»")


def test_another_organisations_abbreviation_leaves_the_party_untied(judge) -> None:
    d = judge(TECHNIKUM_MENTORS_PLANT, "2.1", year=2024, org="СПТ")
    assert d.verdict is not Verdict.WRONG_DIRECTION
    assert not _tied(d)


# --- «СШ № …»: a school typed by the abbreviation of «средняя школа» ---

SCHOOL_MENTORS_STUDENTS = """ДОГОВОР № 41-П
об организации педагогической практики с наставником

г. Рыбинск                                                      01 октября 2024 г.

Федеральное государственное бюджетное образовательное учреждение высшего образования
«Рыбинский государственный авиационный технический университет имени П.А. Соловьёва»
(Вуз) в лице ректора, и муниципальное общеобразовательное учреждение «Средняя школа № 7»
(Школа) в лице директора Орловой Т.Г. заключили настоящий договор.

1. Школа закрепляет за каждым студентом Вуза, проходящим практику, наставника из числа
своих учителей математики и физики.
2. Наставники Школы посещают занятия студентов и оценивают их работу.
3. Вуз направляет студентов и выплачивает наставникам вознаграждение.
4. Договор действует до 30.06.2025.
"""


def test_a_numbered_sh_school_is_the_school_party(judge) -> None:
    d = judge(SCHOOL_MENTORS_STUDENTS, "2.1", year=2024, org="СШ № 7 Рыбинск")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2024-10-01"


# a different shape: parties on signature-like lines, a college provides mentors to the school
SCHOOL_RECEIVES_MENTORS = """Соглашение о наставничестве

Заключено 20 января 2025 года в г. Угличе между сторонами:
Сторона 1 – муниципальное общеобразовательное учреждение «Средняя школа № 3»;
Сторона 2 – государственное профессиональное образовательное учреждение Ярославской области
«Угличский индустриально-педагогический колледж».

Сторона 2 выделяет преподавателей-наставников для учащихся Стороны 1, выбравших
педагогический профиль, и проводит с ними занятия и пробы профессии.
Сторона 1 формирует группы наставляемых и предоставляет помещения.

Соглашение действует до окончания 2025-2026 учебного года.
"""


def test_an_sh_school_receiving_mentors_is_tied(judge) -> None:
    d = judge(SCHOOL_RECEIVES_MENTORS, "2.1", year=2025, org="СШ 3 г. Углич")
    assert d.verdict is Verdict.OK
    assert _tied(d)


def test_an_sh_school_of_another_number_is_not_the_school_party(judge) -> None:
    d = judge(SCHOOL_MENTORS_STUDENTS, "2.1", year=2024, org="СШ № 17 Рыбинск")
    assert d.verdict is not Verdict.WRONG_DIRECTION
    assert not _tied(d)


# --- the form names its kind and town; the parties are schools of different kinds ---

LYCEUM_MENTORS_SCHOOL = """СОГЛАШЕНИЕ
о наставнечестве между образовательными организациями

г. Кудымкар                                                             05.02.2024

Муниципальное автономное общеобразовательное учреждение «Лицей» (далее – Лицей) в лице
директора Петровой А.А. и муниципальное бюджетное общеобразовательное учреждение
«Ошибская средняя общеобразовательная школа» (далее – Школа) в лице директора Ивановой Е.Е.
заключили соглашение о нижеследующем.

1. Лицей как муниципальная опорная площадка закрепляет за молодыми учителями Школы
наставников из числа своих опытных педагогов.
2. Школа направляет молодых учителей на стажировки в Лицей.
3. Соглашение действует до 31.12.2025.
"""


def test_the_form_kind_word_names_the_lyceum_among_two_schools(judge) -> None:
    d = judge(LYCEUM_MENTORS_SCHOOL, "2.1", year=2024, org="Лицей Кудымкар")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2024-02-05"


def test_the_form_kind_word_names_the_school_receiving_mentors(judge) -> None:
    # the other side of the same agreement: the school reports, mentors come to it
    d = judge(LYCEUM_MENTORS_SCHOOL, "2.1", year=2024, org="СОШ Кудымкарский округ")
    assert d.verdict is Verdict.OK
    assert _tied(d)


# two gymnasia: the form's word of kind stands in both names — no tie
TWO_GYMNASIA = """Договор о наставничестве

г. Оса                                                          «10» января 2024 г.

Муниципальное автономное общеобразовательное учреждение «Гимназия № 1», именуемое в
дальнейшем «Сторона 1», в лице директора Зуевой Л.М., и муниципальное бюджетное
общеобразовательное учреждение «Гимназия № 2», именуемое в дальнейшем «Сторона 2», в лице
директора Кротова С.С. заключили договор.

1. Сторона 1 назначает наставников из числа своих педагогов для молодых учителей Стороны 2.
2. Сторона 2 обеспечивает участие молодых учителей в занятиях.
3. Договор действует до 31.12.2024.
"""


def test_a_kind_word_standing_in_both_names_leaves_the_party_untied(judge) -> None:
    d = judge(TWO_GYMNASIA, "2.1", year=2024, org="Гимназия Оса")
    assert d.verdict is not Verdict.WRONG_DIRECTION
    assert not _tied(d)
