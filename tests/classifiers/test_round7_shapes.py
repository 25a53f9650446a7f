"""Round-7 shapes of real documents: dates typed carelessly or over a form's blanks, legal
portals' amendment lists and footers, and appendices whose own title stands above the
«Приложение … к …» block. The documents are written for these tests."""

from __future__ import annotations

import datetime as dt

from classifiers.dates import find_dates
from classifiers.portal import note_spans


def _dates(text: str) -> list[dt.date]:
    return [h.date for h in find_dates(text)]


def test_a_space_instead_of_the_second_dot_is_still_a_date() -> None:
    assert _dates("утверждён приказом от 14.03 2023 г №112") == [dt.date(2023, 3, 14)]


def test_digits_typed_over_underscored_blanks_are_read() -> None:
    assert _dates("от «05»___03__2022_г. № 41") == [dt.date(2022, 3, 5)]
    assert _dates("«7»_11_2019 г.") == [dt.date(2019, 11, 7)]
    # a clause number with an underscore is no date
    assert _dates("см. п. 3_4 и 1.2.20") == []


# a regulation with no date of its own; its grounds cite a ministry's order whose date is
# typed with a space instead of a dot, in the middle of a long clause
REGULATION_CITING = """ПОЛОЖЕНИЕ
о внутренней системе оценки качества образования
муниципального автономного общеобразовательного учреждения «Лицей № 3»

1. Общие положения
1.1. Положение определяет цели, задачи и порядок оценки качества образования в Лицее.
1.2. Положение составлено на основе Федерального закона от 29.12.2012 № 273-ФЗ
«Об образовании в Российской Федерации», Приказом Министерства просвещения
Российской Федерации от 14.03 2023 г №112 «О порядке проведения самообследования
образовательной организацией», Устава Лицея.
"""


def test_a_ministry_order_cited_in_the_grounds_does_not_date_a_regulation(judge) -> None:
    d = judge(REGULATION_CITING, "1.1")
    assert d.doc_kind.value == "regulation"
    assert d.doc_date is None


REGULATION_FORM_BLANK = """УТВЕРЖДЁН
приказом директора
от «05»___03__2022_г. № 41

ПОЛОЖЕНИЕ
о наставничестве в МБОУ «Гимназия № 9»

1. Общие положения
1.1. Настоящее положение определяет порядок организации наставничества в гимназии.
"""


def test_an_approval_date_typed_over_a_form_blank_dates_the_regulation(judge) -> None:
    d = judge(REGULATION_FORM_BLANK, "1.1")
    assert d.doc_kind.value == "regulation"
    assert d.doc_date == "2022-03-05"


# an order copied from a legal portal without the line «С изменениями и дополнениями от:»;
# its own requisites are not in the excerpt
PORTAL_ORDER_NO_HEADER = """3 марта, 19 мая 2021 г., 11 января 2022 г.
В целях развития наставничества в образовательных организациях Новосибирской области,
в соответствии с постановлением Правительства Новосибирской области от 3 февраля 2020 года
N 17-п, приказываю:
1. Утвердить региональную программу наставничества (прилагается).
2. Контроль за исполнением настоящего приказа оставляю за собой.
"""


def test_a_bare_list_of_amendment_dates_is_not_the_order_date(judge) -> None:
    assert note_spans(PORTAL_ORDER_NO_HEADER)
    d = judge(PORTAL_ORDER_NO_HEADER, "1.3")
    assert d.doc_kind.value == "order"
    assert d.doc_date is None


def test_two_stamps_dated_side_by_side_are_no_amendment_list() -> None:
    text = "ПРИНЯТО УТВЕРЖДАЮ\nПедсовет Директор\n\n30 августа 2023 г.   31 августа 2023 г.\n"
    assert note_spans(text) == []


# the portal prints the act's own requisites under its signature
PORTAL_ORDER_FOOTER = """В целях организации наставничества педагогических работников, руководствуясь
Положением о министерстве, приказываю:
1. Утвердить план мероприятий по внедрению системы наставничества (прилагается).
2. Контроль исполнения настоящего приказа возложить на заместителя министра.
Министр |
Н.Н. Петрова |
Откройте актуальную версию документа в системе.
Приказ Министерства образования Новгородской области от 12 марта 2021 г. N 455 "Об утверждении плана мероприятий по внедрению системы наставничества"
"""


def test_the_footer_with_the_orders_own_requisites_dates_it(judge) -> None:
    d = judge(PORTAL_ORDER_FOOTER, "1.3")
    assert d.doc_kind.value == "order"
    assert d.doc_date == "2021-03-12"


def test_a_cited_order_in_the_body_is_no_footer(judge) -> None:
    body = PORTAL_ORDER_FOOTER.split("Министр |")[0]
    text = body.replace(
        "приказываю:",
        "приказываю:\nПриказ Минпросвещения России от 5 мая 2020 г. N 201 признать утратившим силу.",
    )
    assert judge(text, "1.3").doc_date is None


ROADMAP_APPENDIX = """МАОУ «Средняя школа № 14»

План мероприятий («дорожная карта»)
по внедрению целевой модели наставничества в МАОУ «Средняя школа № 14»
на 2023–2024 учебный год

Приложение № 3 к приказу
директора МАОУ «Средняя школа № 14»
от 30.08.2023 № 118

1. Организационный этап
"""


def test_a_roadmap_titled_above_its_appendix_block_is_a_programme(judge) -> None:
    d = judge(ROADMAP_APPENDIX, "1.1")
    assert d.doc_kind.value == "programme"
    assert d.doc_date == "2023-08-30"


MUNICIPAL_PROGRAMME = """Приложение
к постановлению администрации
города Заречного
от 14 февраля 2019 г. № 233
Муниципальная программа
«Развитие образования города Заречного» на 2019–2024 годы
Паспорт муниципальной программы
Ответственный исполнитель программы | Управление образования |
"""


def test_an_authoritys_programme_appended_to_a_resolution(judge) -> None:
    d = judge(MUNICIPAL_PROGRAMME, "3.4")
    assert d.doc_kind.value == "programme"
    assert d.doc_date == "2019-02-14"


# obligations under section headings without a colon («3. Обязательства Колледжа»): the
# party whose section says it assigns its people as mentors provides the mentors
AGREEMENT_BY_SECTIONS = """ДОГОВОР № 15
о сетевом взаимодействии в сфере наставничества

г. Глазов                                                        «02» февраля 2024 г.

Бюджетное профессиональное образовательное учреждение «Глазовский политехнический колледж», именуемое в дальнейшем «Колледж», в лице директора Ивановой А.П., и Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7», именуемое в дальнейшем «Школа», в лице директора Петрова С.В., заключили настоящий договор о нижеследующем:

1. Предмет договора
1.1. Совместная реализация наставничества по форме «студент – ученик» для профориентации обучающихся Школы.
2. Права и обязанности Колледжа
2.1. Закрепить мастеров производственного обучения и студентов Колледжа в качестве наставников за учениками 8–9 классов Школы.
3. Права и обязанности Школы
3.1. Составить списки наставляемых и организовать их участие во встречах.
4. Договор действует до 31 мая 2025 г.
"""


def test_obligation_headings_tell_who_provides_the_mentors(judge) -> None:
    # the college reports it: its own people mentor the school's pupils
    assert judge(AGREEMENT_BY_SECTIONS, "2.1", org="БПОУ ГПК").verdict.value == "wrong_direction"
    # the school reports it: the partner provides the mentors
    assert judge(AGREEMENT_BY_SECTIONS, "2.1", org="МБОУ СОШ № 7").verdict.value == "ok"


ONE_FORM_PROGRAMME = """МБОУ «Лицей № 5»

ПРОГРАММА НАСТАВНИЧЕСТВА
по форме «ученик – ученик»
«Вместе к успеху»

1. Цель: адаптация обучающихся 5 классов к обучению в основной школе.
2. Наставники — обучающиеся 9–10 классов, наставляемые — обучающиеся 5 классов.
3. Этапы: знакомство пар (сентябрь), совместные проекты (октябрь – март), итоги (апрель).
"""

GENERAL_PROGRAMME = ONE_FORM_PROGRAMME.replace(
    "по форме «ученик – ученик»\n«Вместе к успеху»",
    "по формам «ученик – ученик», «учитель – учитель», «студент – ученик»",
)


def test_a_programme_titled_by_one_form_is_that_forms_programme(judge) -> None:
    assert judge(ONE_FORM_PROGRAMME, "3.1").verdict.value == "ok"
    d = judge(GENERAL_PROGRAMME, "3.1")
    assert d.verdict.value == "off_topic"


def test_an_approval_stamp_after_a_compilers_line_still_dates_it(judge) -> None:
    text = (
        "Разработано: заместитель директора по УВР Смирнова О.В.\n"
        "УТВЕРЖДЕНО приказом директора МБОУ «Гимназия № 9» от 02.09.2024 № 77\n\n"
        "ПОЛОЖЕНИЕ\nо наставничестве\n\n1. Общие положения\n"
        "1.1. Настоящее положение разработано в соответствии с Федеральным законом "
        "от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации».\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind.value == "regulation" and d.doc_date == "2024-09-02"
