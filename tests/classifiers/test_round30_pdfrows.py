"""Round-30b shapes, in own wording: an agreement's text as a PDF gives it — lines wrapped to
the page and no blank lines. A table's row wrapped onto the next line(s) (after a border, or in
the middle of its last cell) is one row; the first party's name starts after the date line
even when the line ends in the document's number."""

from __future__ import annotations

from classifiers import ClassifyContext, classify
from evidence.criteria import load_catalogue
from evidence.textnorm import normalise

_CATALOGUE = load_catalogue()


def _judge(text: str, org: str):
    return classify(normalise(text), _CATALOGUE.get("2.1"), ClassifyContext(year=2024, org=org))


# -- a table of the pairs whose rows wrap ----------------------------------------------------

_PAIRS_HEAD = (
    "СОГЛАШЕНИЕ № 4\n"
    "о сетевом взаимодействии в сфере наставничества\n"
    "г. Тула 02 сентября 2024 г.\n"
    "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 7» (далее –\n"
    "Гимназия) в лице директора Орловой Марины Сергеевны и муниципальное бюджетное\n"
    "общеобразовательное учреждение «Центр образования № 31» (далее – Центр) в лице\n"
    "директора Белова Игоря Петровича заключили настоящее соглашение.\n"
    "1. Стороны совместно реализуют программу наставничества для молодых педагогов\n"
    "согласно Приложению.\n"
    "2. Соглашение действует до 30 июня 2025 г.\n"
    "Директор Гимназии ________ М.С. Орлова\n"
    "Директор Центра ________ И.П. Белов\n"
    "Приложение\n"
    "Наставнические пары\n"
    "№ п/п | ФИО наставника, должность, место работы |\n"
    "ФИО наставляемого, должность, место работы\n"
)


def _pairs(first: str, second: str) -> str:
    return (
        f"1 | Коршунова Т.В., учитель русского языка, {first} |\n"
        f"Миронов А.А., учитель русского языка, {second}\n"
        f"2 | Гладкова Е.Е., учитель английского языка, {first} | Попова\n"
        f"Н.И., учитель английского языка, {second}\n"
        f"3 | Рябов С.С., учитель истории, {first} |\n"
        f"Левина О.О., учитель истории и обществознания, {second}\n"
    )


def test_wrapped_pairs_table_shows_the_reporting_org_provides_mentors() -> None:
    d = _judge(_PAIRS_HEAD + _pairs("Гимназия", "Центр"), org="Гимназия 7 Тула")
    assert d.verdict.value == "wrong_direction"
    assert d.doc_kind is not None and d.doc_kind.value == "agreement"
    assert d.doc_date == "2024-09-02"


def test_wrapped_pairs_table_shows_the_partner_provides_mentors() -> None:
    d = _judge(_PAIRS_HEAD + _pairs("Центр", "Гимназия"), org="Гимназия 7 Тула")
    assert d.verdict.value == "ok"
    assert "needs_review" not in d.flags


# -- the date line ends in the document's number, no blank line after it ----------------------

_NUMBERED_DATE = (
    "МАОУ «Гимназия № 1» г. Ухты МБОУ «ООШ с. Вольное»\n"
    "ДОГОВОР\n"
    "о наставничестве\n"
    "05.09.2024 № 14/Н\n"
    "Муниципальное автономное общеобразовательное учреждение «Гимназия № 1» г. Ухты\n"
    "в лице директора Сидоровой Анны Павловны и муниципальное бюджетное\n"
    "общеобразовательное учреждение «Основная общеобразовательная школа с. Вольное» в\n"
    "лице директора Климова Олега Юрьевича, вместе именуемые Стороны, заключили\n"
    "настоящий договор.\n"
    "1. Стороны организуют наставничество в форме «учитель – учитель» согласно списку\n"
    "пар.\n"
    "2. Договор действует до 31 мая 2025 года.\n"
    "Список пар\n"
    "1. Наставник: Голубева Людмила Николаевна, учитель начальных классов,\n"
    "{first}.\n"
    "Наставляемый: Фомин Денис Андреевич, учитель начальных классов,\n"
    "{second}.\n"
    "2. Наставник: Жукова Вера Ильинична, учитель математики, {first}.\n"
    "Наставляемый: Осипова Дарья Игоревна, учитель математики,\n"
    "{second}.\n"
)
_GYMNASIUM = "МАОУ «Гимназия № 1»"
_SCHOOL = "МБОУ «ООШ с. Вольное»"


def test_first_party_starts_after_a_date_line_ending_in_the_number() -> None:
    d = _judge(_NUMBERED_DATE.format(first=_GYMNASIUM, second=_SCHOOL), org="Гимназия 1 Ухта")
    assert d.verdict.value == "wrong_direction"
    assert d.doc_date == "2024-09-05"
    # the party named by its preamble's name, not by the header line above the title
    assert "«Муниципальное автономное общеобразовательное учреждение «Гимназия № 1»" in d.message


def test_numbered_date_line_partner_provides_mentors() -> None:
    d = _judge(_NUMBERED_DATE.format(first=_SCHOOL, second=_GYMNASIUM), org="Гимназия 1 Ухта")
    assert d.verdict.value == "ok"
    assert d.doc_date == "2024-09-05"
    assert "needs_review" not in d.flags
