"""Round-13 shapes of agreements and dates: a designation given by the short phrase
«именуемое «…»» or «…», в дальнейшем «…»», a cooperation agreement whose subject is broad but
whose obligations assign one party's staff as mentors, and a model contract whose own date line
under the title is a blank of a form (the order that approved the form, dated above the title,
does not date it). The documents are written for these tests."""

from __future__ import annotations

from classifiers.agreements import analyse
from evidence.models import Verdict

# --- «именуемое «Исполнитель»»: a designation phrase without «в дальнейшем» / «далее» ---

LYCEUM_SENDS = """ДОГОВОР № 12/М
о наставнической поддержке

г. Калуга                                                             3 февраля 2025 г.

Муниципальное бюджетное общеобразовательное учреждение «Лицей № 8 имени К.Э. Циолковского»,
именуемое «Исполнитель», в лице директора Савельева Олега Петровича, с одной стороны, и
муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 31», именуемое
«Заказчик», в лице директора Марковой Елены Юрьевны, с другой стороны, заключили договор.

1. ПРЕДМЕТ ДОГОВОРА
1.1. Исполнитель выделяет своих учителей в качестве наставников для молодых педагогов
Заказчика.
2. СРОК ДЕЙСТВИЯ: с 03.02.2025 по 30.06.2026.
"""


def test_designation_said_named_alone_is_read() -> None:
    facts = analyse(LYCEUM_SENDS, None, None, 2025)
    assert [p.designation for p in facts.parties] == ["Исполнитель", "Заказчик"]
    assert facts.provider == 0


def test_lyceum_that_sends_its_teachers_is_reversed(judge) -> None:
    d = judge(LYCEUM_SENDS, "2.1", year=2025, org="Лицей № 8 им. Циолковского")
    assert d.verdict is Verdict.WRONG_DIRECTION


# another shape: «…», в дальнейшем «Сторона 1»» — the phrase right after the name's comma,
# a college and a company, the company sends its engineers
COMPANY_SENDS = """Соглашение № 4

г. Чебоксары                                                               01.09.2025

Общество с ограниченной ответственностью «Чувашские электросети», в дальнейшем «Сторона 1»,
в лице генерального директора Павлова А.Н., и государственное автономное профессиональное
образовательное учреждение «Чебоксарский энергетический колледж», в дальнейшем «Сторона 2»,
в лице директора Иванова С.В., заключили соглашение о нижеследующем.

1. Предмет соглашения
1.1. Сторона 1 направляет своих инженеров в качестве наставников студентов Стороны 2.
2. Соглашение действует до 31 августа 2026 года.
"""


def test_designation_after_the_names_comma_is_read() -> None:
    facts = analyse(COMPANY_SENDS, None, None, 2025)
    assert [p.designation for p in facts.parties] == ["Сторона 1", "Сторона 2"]
    assert facts.provider == 0


def test_college_receiving_engineers_is_ok(judge) -> None:
    d = judge(COMPANY_SENDS, "2.1", year=2025, org="Чебоксарский энергетический колледж")
    assert d.verdict is Verdict.OK


def test_quoted_proper_name_is_not_a_designation() -> None:
    """The proper name in quotes of a party is not cut off as its designation."""
    facts = analyse(LYCEUM_SENDS, None, None, 2025)
    assert "Лицей № 8" in facts.parties[0].name
    assert len(facts.parties) == 2


# --- a broad subject, mentors assigned in the obligations only ---

CENTRE_AND_SCHOOL = """ДОГОВОР О СОВМЕСТНОЙ ДЕЯТЕЛЬНОСТИ № 5

г. Ярославль                                                             20 января 2025 г.

Муниципальное учреждение дополнительного образования «Центр детского технического
творчества», именуемое в дальнейшем «Центр», в лице директора Сорокиной Т.А., и
муниципальное общеобразовательное учреждение «Средняя школа № 44», именуемое в дальнейшем
«Школа», в лице директора Белова Д.И., заключили настоящий договор.

1. Предмет договора
1.1. Совместная деятельность Сторон по развитию технического творчества обучающихся и
повышению профессионального мастерства педагогов.
2. Обязанности Сторон
2.1. Центр обязуется назначить педагогов дополнительного образования Центра наставниками
учителей технологии Школы, работающих первый год; проводить для них практикумы.
2.2. Школа обязуется обеспечить участие учителей в мероприятиях Центра.
3. Срок действия: с 20.01.2025 по 31.12.2025.
"""


def test_mentors_in_the_obligations_make_it_a_mentoring_agreement(judge) -> None:
    d = judge(CENTRE_AND_SCHOOL, "2.1", year=2025, org="Центр детского технического творчества")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_receiving_party_of_a_broad_agreement_is_not_off_topic(judge) -> None:
    d = judge(CENTRE_AND_SCHOOL, "2.1", year=2025, org="СШ № 44")
    assert d.verdict is not Verdict.OFF_TOPIC


# another shape: a university and a gymnasium, the obligations as a list under the party
UNIVERSITY_LIST = """Соглашение о сотрудничестве № 17-С

г. Томск                                                                      10.10.2025

Федеральное государственное бюджетное образовательное учреждение высшего образования
«Томский государственный педагогический университет», именуемое в дальнейшем «Университет»,
в лице ректора Орлова В.В., и муниципальное автономное общеобразовательное учреждение
«Гимназия № 6», именуемое в дальнейшем «Гимназия», в лице директора Кошкиной Л.М., заключили
соглашение о нижеследующем.

1. Предмет соглашения
1.1. Взаимодействие Сторон в сфере подготовки и сопровождения педагогических кадров.
2. Права и обязанности Сторон
2.1. Гимназия обязуется:
- выделять опытных учителей Гимназии в качестве наставников студентов Университета на
педагогической практике;
- предоставлять классы для проведения уроков.
2.2. Университет обязуется: направлять студентов на практику по графику.
3. Соглашение действует до 31 августа 2026 года.
"""


def test_gymnasium_mentoring_students_in_a_list_is_reversed(judge) -> None:
    d = judge(UNIVERSITY_LIST, "2.1", year=2025, org="Гимназия № 6")
    assert d.verdict is Verdict.WRONG_DIRECTION


BROAD_NO_MENTORS = """Договор о сотрудничестве № 9

г. Курск                                                                  14 марта 2025 г.

Муниципальное бюджетное учреждение культуры «Централизованная библиотечная система»,
именуемое в дальнейшем «Библиотека», в лице директора Зуевой Н.А., и муниципальное
бюджетное общеобразовательное учреждение «Средняя школа № 15», именуемое в дальнейшем
«Школа», в лице директора Лебедева П.С., заключили настоящий договор.

1. Предмет договора
1.1. Сотрудничество Сторон в области читательского развития обучающихся.
2. Обязанности Сторон
2.1. Библиотека обязуется проводить для обучающихся Школы библиотечные уроки.
2.2. Школа обязуется обеспечить посещение уроков обучающимися.
3. Срок действия: с 14.03.2025 по 31.12.2025.
"""


def test_broad_agreement_without_mentors_stays_off_topic(judge) -> None:
    d = judge(BROAD_NO_MENTORS, "2.1", year=2025, org="СШ № 15")
    assert d.verdict is Verdict.OFF_TOPIC


# --- a model contract: its own date line is a blank, the approving order's date above ---

# a web page of a model form: the title block, long with its markup, ends before the blank
# date line; the date above the title is the approving order's
HTML_FORM = """<div class="page-content">
<p class="doc-right" style="margin: 0; text-align: right;">
 <span class="t12">Приложение № 4</span>
</p>
<p class="doc-right" style="margin: 0; text-align: right;">
 <span class="t12">к приказу министерства просвещения области</span>
</p>
<p class="doc-right" style="margin: 0; text-align: right;">
 <span class="t12">от 21 февраля 2019 г. № 233-о</span>
</p>
<p class="doc-center" style="margin: 12px 0 0 0; text-align: center;">
 <strong><span class="t14" style="text-align: center;">Типовая форма договора</span></strong>
</p>
<p class="doc-center" style="margin: 0; padding: 0; line-height: 1.15; font-family: Times New Roman; text-align: center;">
 <strong><span class="t14" style="text-align: center;">о целевом обучении по образовательной</span></strong>
</p>
<p class="doc-center" style="margin: 0; padding: 0; line-height: 1.15; font-family: Times New Roman; text-align: center;">
 <strong><span class="t14" style="text-align: center;">программе среднего профессионального образования</span></strong>
</p>
<p class="doc-left" style="margin: 12px 0 0 0; text-align: justify;">
 <span class="t12">г. _______________________________ «___» _______________ 20__ г.</span>
</p>
<p class="doc-left" style="margin: 0; text-align: justify;">
 <span class="t12">____________________________________________, именуемое в дальнейшем «Заказчик», и гражданин ___________________, именуемый в дальнейшем «Гражданин», заключили настоящий договор о нижеследующем.</span>
</p>
</div>
"""


def test_model_form_page_with_a_blank_date_line_is_undated(judge) -> None:
    d = judge(HTML_FORM, "2.1", year=2025)
    assert d.doc_date is None


# another shape: plain text, a long multi-line title, the place and date line a blank
PLAIN_FORM = """ПРИЛОЖЕНИЕ 2
к постановлению администрации муниципального района от 11.11.2020 № 1408

ПРИМЕРНАЯ ФОРМА
договора о безвозмездном пользовании имуществом, закреплённым за муниципальными
образовательными организациями на праве оперативного управления, заключаемого
с некоммерческими организациями, осуществляющими деятельность в сфере образования,
культуры, физической культуры и спорта, а также с общественными объединениями
родителей обучающихся и иными организациями, созданными для целей, связанных с
развитием образования, просвещения и поддержкой талантливых детей и молодёжи,
в том числе для проведения занятий, конкурсов, соревнований, выставок, конференций
и иных мероприятий, предусмотренных планом работы образовательной организации,
___________________________________________________ «___» _____________ 20__ г.
Муниципальное образовательное учреждение _____________, именуемое в дальнейшем
«Ссудодатель», и ___________________, именуемое в дальнейшем «Ссудополучатель»,
заключили настоящий договор.
"""


def test_long_titled_form_under_a_dated_appendix_line_is_undated(judge) -> None:
    d = judge(PLAIN_FORM, "2.1", year=2025)
    assert d.doc_date is None


FILLED_UNDER_TITLE = """ДОГОВОР О ПРАКТИЧЕСКОЙ ПОДГОТОВКЕ ОБУЧАЮЩИХСЯ № 14
г. Липецк                                                              «12» мая 2025 г.

Государственное бюджетное профессиональное образовательное учреждение «Липецкий колледж
транспорта», именуемое в дальнейшем «Организация», и общество с ограниченной
ответственностью «Липецкие автолинии», именуемое в дальнейшем «Профильная организация»,
заключили настоящий договор. Подпись _______ «___» ________ 20__ г.
"""


def test_filled_date_line_under_the_title_keeps_its_date(judge) -> None:
    d = judge(FILLED_UNDER_TITLE, "2.1", year=2025)
    assert d.doc_date == "2025-05-12"
