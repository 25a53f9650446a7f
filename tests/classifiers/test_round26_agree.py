"""Round-26 shapes of the direction of an agreement, in own wording: «дошкольного образования»,
«дошкольной педагогики» after the mentors' staff is the field they teach, not a kindergarten
named by its kind; a section headed by a party's name alone in capitals («2. ПРЕДПРИЯТИЕ»)
holds that party's obligations, their subject left unsaid («2.1. Выделяет наставников …»); a
table of the pairs that numbers its rows and wraps each row onto a second line (the employer
in brackets under the person, the number's cell blank) is read row by row."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# --- the field of education is no organisation's kind ------------------------------------------

_FIELD = """ДОГОВОР № 3/НС
о сетевом наставничестве

г. Пенза                                                              14.02.2024

ФГБОУ ВО «Пензенский государственный университет», далее – Университет, в лице ректора
Гуляковой Е.Н., и МБДОУ детский сад № 12 «Солнышко» г. Пензы, далее – ДОУ, в лице
заведующего Ереминой О.П., заключили настоящий договор.

1. Предмет договора: наставническое сопровождение молодых воспитателей ДОУ.
2. Наставниками выступают преподаватели {field}.
3. ДОУ утверждает список наставляемых и планы их работы.
4. Договор действует до 31.12.2025.

Ректор ________ Е.Н. Гулякова            Заведующий ________ О.П. Еремина
"""


def test_mentors_teaching_preschool_education_are_not_the_kindergartens(judge) -> None:
    text = _FIELD.format(field="кафедры дошкольной педагогики и психологии")
    d = judge(text, "2.1", year=2024, org="МБДОУ детский сад 12 г. Пенза")
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.doc_date == "2024-02-14"
    assert d.verdict is Verdict.OK


def test_mentors_of_the_preschool_organisation_still_name_the_kindergarten(judge) -> None:
    # the organisation's words after «дошкольного»: the kindergarten by its kind
    text = _FIELD.format(field="и воспитатели дошкольного образовательного учреждения")
    text = text.replace(
        "1. Предмет договора: наставническое сопровождение молодых воспитателей ДОУ.",
        "1. Предмет договора: наставническое сопровождение студентов старших курсов.",
    )
    d = judge(text, "2.1", year=2024, org="МБДОУ детский сад 12 г. Пенза")
    assert d.verdict is Verdict.WRONG_DIRECTION


# --- a section headed by a party's name alone ---------------------------------------------------

_HEADED = """СОГЛАШЕНИЕ
о наставничестве «работодатель – студент»

г. Бийск                                                              03.09.2024

АО «Бийский котельный завод», далее – Предприятие, в лице генерального директора Лосева
А.В., и КГБПОУ «Бийский промышленно-технологический колледж», далее – Колледж, в лице
директора Зайцевой Н.С., заключили настоящее Соглашение.

1. ПРЕДМЕТ
1.1. Стороны организуют наставничество над студентами выпускных курсов.

2. {first}
2.1. Выделяет наставников из числа ведущих инженеров и мастеров участков.
2.2. Проводит экскурсии и практические занятия в цехах.

3. {second}
3.1. Определяет студентов – участников программы.
3.2. Согласует графики практики.

4. СРОК
4.1. Соглашение действует до 30.06.2025.

Предприятие                               Колледж
Генеральный директор _______ А.В. Лосев   Директор _______ Н.С. Зайцева
"""


def test_a_heading_of_the_party_name_alone_gives_its_obligations(judge) -> None:
    text = _HEADED.format(first="ПРЕДПРИЯТИЕ", second="КОЛЛЕДЖ")
    d = judge(text, "2.1", year=2024, org="КГБПОУ Бийский промышленно-технологический колледж")
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.doc_date == "2024-09-03"
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_the_reporting_party_heading_over_the_mentors_is_reversed(judge) -> None:
    # the same layout, the obligations swapped: the college's section gives the mentors
    text = _HEADED.format(first="КОЛЛЕДЖ", second="ПРЕДПРИЯТИЕ")
    d = judge(text, "2.1", year=2024, org="КГБПОУ Бийский промышленно-технологический колледж")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_a_heading_that_only_mentions_a_party_is_not_its_section(judge) -> None:
    # «ОРГАНИЗАЦИЯ НАСТАВНИЧЕСТВА» is no obligations of the party designated «Организация»
    text = (
        _HEADED.format(first="ОРГАНИЗАЦИЯ НАСТАВНИЧЕСТВА", second="ОБЩИЕ УСЛОВИЯ")
        .replace("далее – Предприятие", "далее – Организация")
        .replace("\nПредприятие   ", "\nОрганизация   ")
    )
    d = judge(text, "2.1", year=2024, org="АО Бийский котельный завод")
    assert d.verdict is not Verdict.WRONG_DIRECTION


# --- a numbered table of the pairs, each row wrapped onto two lines -----------------------------

_PAIRS = """ДОГОВОР
о сетевой форме наставничества

г. Сарапул                                                            10.01.2024

МАОУ «Лицей № 18» (далее – Лицей), в лице директора Петровой В.В., и МБОУ СОШ № 5 (далее –
Школа), в лице директора Кузнецова Д.А., заключили настоящий договор.

1. Стороны реализуют программу наставничества «учитель – учитель».
2. Пары участников программы приведены в таблице.
3. Договор действует до 31.08.2024.

№ п/п | Наставник             | Наставляемый          | Направление работы
1     | Иванова А.А.          | Петрова Б.Б.          | подготовка к ОГЭ
      | ({a1})   | ({b1})   | по химии
2     | Сидоров В.В.          | Козлова Г.Г.          | проектная деятельность
      | ({a2})   | ({b2})   | в 8–9 классах
3     | Орлова Д.Д.           | Жукова Е.Е.           | подготовка к ВПР
      | ({a3})   | ({b3})   | по биологии

Директор ________ В.В. Петрова            Директор ________ Д.А. Кузнецов
"""

_LYCEUM, _SCHOOL = "МАОУ «Лицей № 18»", "МБОУ СОШ № 5"


def _pairs(*rows: tuple[str, str]) -> str:
    cells = {}
    for k, (a, b) in enumerate(rows, 1):
        cells[f"a{k}"], cells[f"b{k}"] = a, b
    return _PAIRS.format(**cells)


def test_wrapped_rows_of_a_numbered_table_give_the_mentors_employer(judge) -> None:
    text = _pairs((_LYCEUM, _SCHOOL), (_LYCEUM, _SCHOOL), (_LYCEUM, _SCHOOL))
    d = judge(text, "2.1", year=2024, org="МБОУ СОШ 5 г. Сарапул")
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.doc_date == "2024-01-10"
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_wrapped_rows_with_the_reporting_school_mentoring_are_reversed(judge) -> None:
    text = _pairs((_SCHOOL, _LYCEUM), (_SCHOOL, _LYCEUM), (_SCHOOL, _LYCEUM))
    d = judge(text, "2.1", year=2024, org="МБОУ СОШ 5 г. Сарапул")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_wrapped_rows_of_an_exchange_name_no_provider(judge) -> None:
    # mentors of both schools, each placed with the other's teachers: no direction
    text = _pairs((_LYCEUM, _SCHOOL), (_SCHOOL, _LYCEUM), (_LYCEUM, _LYCEUM))
    d = judge(text, "2.1", year=2024, org="МБОУ СОШ 5 г. Сарапул")
    assert d.verdict is not Verdict.WRONG_DIRECTION
