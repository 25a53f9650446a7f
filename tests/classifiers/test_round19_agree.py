"""Round-19 shapes of agreements: a term whose year lost all but its century at a line's end
(«действует до 30 июня 20\\nгода» — a PDF line cut at the margin); a designation phrase cut
short the same way («именуемое в дальн\\n«Колледж»»); the first party's designation lost
altogether, so the first designation found belongs to the party after «с одной стороны, и»;
parties listed designation first («Сторона 1 — муниципальное … учреждение …»); and parties
designated by their abbreviation in brackets («(МБУ ДО ЦДТ № 1)») but called in the text
without the legal form («педагоги ЦДТ № 1»). The documents are written for these tests."""

from __future__ import annotations

import datetime as dt

from classifiers.agreements import analyse, find_parties
from classifiers.dates import find_dates
from evidence.models import Verdict

# --- a year cut to its century at a line's end is unknown, not 2020 ---

CUT_YEAR = """СОГЛАШЕНИЕ № 9
о наставничестве

г. Бийск                                                            15 марта 2024 года

Краевое государственное бюджетное профессиональное образовательное учреждение «Бийский
строительный колледж» (далее — Колледж) в лице директора Рожкова П. А. и Общество с
ограниченной ответственностью «Бийский завод металлоконструкций» (далее — Завод) в лице
директора Юдина С. С. заключили настоящее соглашение.

1. Предмет соглашения
1.1. Завод выделяет из числа своих опытных рабочих наставников для студентов Колледжа
на период производственной практики.

2. Срок действия
2.1. Соглашение вступает в силу с даты подписания и действует до 30 июня 20
года.
"""


def test_a_year_cut_to_its_century_does_not_expire_the_agreement(judge) -> None:
    d = judge(CUT_YEAR, "2.1", year=2024, org="Бийский строительный колледж")
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-03-15"
    assert "2020" not in d.message


def test_a_cut_year_in_quotes_and_g_is_not_read() -> None:
    text = "Срок: по «31» мая 20\nг. включительно; приказ от 2 сентября 19\n г."
    assert find_dates(text) == []


def test_a_whole_or_two_digit_year_at_a_line_end_is_still_read() -> None:
    text = "действует до 31 мая 2026\nгода; подписан 14 марта 23\nг."
    assert [h.date for h in find_dates(text, 2024)] == [dt.date(2026, 5, 31), dt.date(2023, 3, 14)]


def test_an_agreement_ended_in_a_whole_past_year_is_still_expired(judge) -> None:
    text = CUT_YEAR.replace("15 марта 2024 года", "15 марта 2019 года").replace(
        "до 30 июня 20\nгода", "до 30 июня 2020\nгода"
    )
    d = judge(text, "2.1", year=2024, org="Бийский строительный колледж")
    assert d.verdict is Verdict.WRONG_YEAR


# --- a designation phrase cut at the line's end, before a quoted designation ---

CUT_DESIGNATION = """ДОГОВОР № 5/Н
о наставничестве

г. Рубцовск                                                         «10» января 2024 г.

Краевое государственное бюджетное профессиональное образовательное учреждение «Рубцовский
аграрный техникум», именуемое в дальн
«Техникум», в лице директора Орлова Г. Е., действующего на основании Устава, с одной стороны,
и Акционерное общество «Алтайская сельхозтехника», именуемое в дальнейшем «Общество», в лице
генерального директора Шмидта В. К., с другой стороны, заключили настоящий договор.

1. Предмет договора
1.1. Общество предоставляет из числа своих инженеров наставников для обучающихся Техникума.

2. Срок действия: по 31 декабря 2025 года.
"""


def test_a_designation_cut_at_the_line_end_still_names_the_party(judge) -> None:
    parties = find_parties(CUT_DESIGNATION)
    assert [p.designation for p in parties[:2]] == ["Техникум", "Общество"]
    assert "аграрный техникум" in parties[0].name
    d = judge(CUT_DESIGNATION, "2.1", year=2024, org="Рубцовский аграрный техникум")
    assert d.verdict is Verdict.OK


def test_a_cut_phrase_before_an_unquoted_line_is_no_designation() -> None:
    text = "именуемое в дальн\nКолледж в лице директора"
    assert find_parties(text) == []


# --- the first party's designation lost: the first one found is the second party's ---

LOST_FIRST = """ДОГОВОР № 12
о сотрудничестве в сфере наставничества

г. Курган                                                           «5» февраля 2024 г.

Государственное бюджетное профессиональное образовательное учреждение «Курганский
технологический колледж», имен%ем0е в даль#ейш€м «К0лледж», в лице директора Попова А. А.,
действующего на основании Устава, с одной стороны, и Общество с ограниченной
ответственностью «Зауральский литейный завод», именуемое в дальнейшем «Предприятие», в лице
директора Ершова Б. Б., действующего на основании Устава, с другой стороны, заключили
настоящий договор о нижеследующем.

1. Предмет договора
1.1. Предприятие направляет своих мастеров в качестве наставников студентов колледжа.

2. Срок действия: до 31 августа 2026 года.
"""


def test_a_party_whose_designation_was_garbled_is_named_by_its_name(judge) -> None:
    parties = find_parties(LOST_FIRST)
    assert "Курганский технологический колледж" in parties[0].name
    assert parties[1].designation == "Предприятие"
    assert "литейный завод" in parties[1].name
    d = judge(LOST_FIRST, "2.1", year=2024, org="Курганский технологический колледж")
    assert d.verdict is Verdict.OK


def test_a_garbled_first_party_that_provides_is_still_the_reversed_one(judge) -> None:
    text = LOST_FIRST.replace(
        "Предприятие направляет своих мастеров в качестве наставников студентов колледжа",
        "Предприятие направляет своих молодых рабочих, наставниками которых выступают "
        "преподаватели Курганского технологического колледжа",
    )
    f = analyse(text, "Курганский технологический колледж", None, 2024)
    assert f.ours == 0 and f.provider == 0


def test_a_well_designated_first_party_keeps_its_designation() -> None:
    text = LOST_FIRST.replace(
        "имен%ем0е в даль#ейш€м «К0лледж»", "именуемое в дальнейшем «Колледж»"
    )
    parties = find_parties(text)
    assert [p.designation for p in parties[:2]] == ["Колледж", "Предприятие"]
    assert "литейный" not in parties[0].name


# --- parties listed designation first: «Сторона 1 — <name>, в лице …» ---

SIDES_FIRST = """Соглашение № 2
о наставничестве

г. Пермь                                                            9 сентября 2024 года

Сторона 1 — муниципальное автономное общеобразовательное учреждение «Гимназия № 17» г. Перми, в лице директора Семёновой Е. В.,
Сторона 2 — муниципальное автономное общеобразовательное учреждение «Средняя школа № 102» г. Перми, в лице директора Гусева И. П.,
заключили настоящее соглашение.

1. Предмет соглашения
1.1. Сторона 1 выделяет из числа своих опытных учителей наставников для молодых педагогов
Стороны 2.

2. Срок действия: с 09.09.2024 по 31.08.2025.
"""


def test_parties_named_after_their_designations_are_found(judge) -> None:
    parties = find_parties(SIDES_FIRST)
    assert [p.designation for p in parties] == ["Сторона 1", "Сторона 2"]
    assert "Гимназия № 17" in parties[0].name
    d = judge(SIDES_FIRST, "2.1", year=2024, org="Гимназия № 17 г. Пермь")
    assert d.verdict is Verdict.WRONG_DIRECTION
    d = judge(SIDES_FIRST, "2.1", year=2024, org="Школа № 102 Пермь")
    assert d.verdict is Verdict.OK


def test_designations_with_a_colon_over_a_company_and_a_college(judge) -> None:
    text = """ДОГОВОР № 7
о наставничестве

г. Тула                                                             «3» февраля 2025 г.

Заказчик: государственное профессиональное образовательное учреждение Тульской области «Тульский машиностроительный колледж», в лице директора Белова С. Р.;
Исполнитель: АО «Тульский оружейный завод», в лице генерального директора Кирова А. Н.;
совместно заключили настоящий договор.

1. Предмет договора
1.1. Исполнитель предоставляет наставников из числа своих инженеров для студентов Заказчика.

2. Срок действия: до 31 декабря 2025 года.
"""
    parties = find_parties(text)
    assert [p.designation for p in parties] == ["Заказчик", "Исполнитель"]
    d = judge(text, "2.1", year=2025, org="Тульский машиностроительный колледж")
    assert d.verdict is Verdict.OK


def test_lines_of_a_heading_and_a_place_are_not_parties() -> None:
    text = """Соглашение № 4
Город: Пермь
Дата — 09.09.2024
Муниципальное автономное учреждение «Гимназия № 17» и «Средняя школа № 102» заключили
настоящее соглашение.
"""
    assert all(p.designation not in ("Город", "Дата") for p in find_parties(text))


# --- a bracketed abbreviation is called in the text without its legal form ---

ABBREVIATED = """Договор о сотрудничестве № 3

г. Тамбов                                                           01.10.2024

Муниципальное бюджетное учреждение дополнительного образования «Центр детского творчества
№ 1» (МБУ ДО ЦДТ № 1), в лице директора Лукиной Т. А., с одной стороны, и Муниципальное
бюджетное общеобразовательное учреждение «Гимназия № 7» (МБОУ «Гимназия № 7»), в лице
директора Фомина Д. Д., с другой стороны, заключили настоящий договор:

1. Предмет договора
Педагоги ЦДТ № 1 выступают наставниками обучающихся МБОУ «Гимназия № 7», занятых в
техническом творчестве.

2. Срок действия: до 31 мая 2025 года.
"""


def test_a_party_called_by_its_abbreviation_without_the_legal_form(judge) -> None:
    d = judge(ABBREVIATED, "2.1", year=2024, org="ЦДТ № 1 Тамбов")
    assert d.verdict is Verdict.WRONG_DIRECTION
    d = judge(ABBREVIATED, "2.1", year=2024, org="Гимназия 7 Тамбов")
    assert d.verdict is Verdict.OK


def test_an_abbreviation_without_a_number_called_alone(judge) -> None:
    text = ABBREVIATED.replace("(МБУ ДО ЦДТ № 1)", "(МБУ ДО СЮТ)").replace(
        "Педагоги ЦДТ № 1 выступают", "Педагоги СЮТ выступают"
    )
    f = analyse(text, "Гимназия 7 Тамбов", None, 2024)
    assert f.provider == 0 and f.ours == 1
    assert judge(text, "2.1", year=2024, org="Гимназия 7 Тамбов").verdict is Verdict.OK


def test_a_legal_form_alone_is_not_taken_for_the_party_s_name() -> None:
    text = ABBREVIATED.replace("(МБУ ДО ЦДТ № 1)", "(МБУ ДО № 1)")
    parties = find_parties(text)
    assert parties[0].designation == "МБУ ДО № 1"
    assert not any(a.startswith("ДО") or a == "№ 1" for a in parties[0].aliases)


# --- the name all the parties share is no party («совместно именуемые «Стороны»») ---

JOINT = """СОГЛАШЕНИЕ № 7
о наставничестве

г. Энск                                                      «15» января 2024 г.

Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 8», именуемое в
дальнейшем «Школа», в лице директора Орловой Н.В., с одной стороны, и муниципальное
бюджетное дошкольное образовательное учреждение «Детский сад № 31», именуемое в дальнейшем
«Детский сад», в лице заведующей Беловой О.К., с другой стороны, {joint}, заключили
настоящее соглашение о нижеследующем.

1. Предмет соглашения
1.1. Школа закрепляет своих опытных учителей в качестве наставников за молодыми
воспитателями Детского сада.
"""


def test_the_parties_named_together_are_not_a_third_party(judge) -> None:
    for joint in ("совместно именуемые «Стороны»", "вместе именуемые «Партнёры»"):
        d = judge(JOINT.format(joint=joint), "2.1", org="СОШ 8 Энск")
        names = [p["designation"] for p in d.details["parties"]]
        assert names == ["Школа", "Детский сад"], joint
        assert d.details["parties"][0]["name"].startswith("Муниципальное")
        assert d.verdict is Verdict.WRONG_DIRECTION


def test_a_singular_third_designation_is_still_a_party(judge) -> None:
    three = JOINT.format(joint="и общество «Энскстрой», именуемое в дальнейшем «Предприятие»")
    d = judge(three, "2.1", org="СОШ 8 Энск")
    assert [p["designation"] for p in d.details["parties"]][-1] == "Предприятие"
