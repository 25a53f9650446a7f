"""Round-14 shapes of agreements: one's own staff «assigned to» the other party's young staff
(«обеспечивает закрепление своих опытных педагогов за молодыми специалистами …») with no word of
mentoring in the sentence, and a preamble that names the parties with neither designations nor
representatives («МОУ «…» и МБОУ «…» заключили …»), a locality abbreviation after a name not
ending the sentence; and two wrong dates: a site widget's date, and a date in a regulation's
body whose clause does not say it was approved. The documents are written for these tests."""

from __future__ import annotations

import datetime as dt

from classifiers.agreements import analyse
from classifiers.docdate import own_date
from classifiers.doctype import detect_kind
from classifiers.document import Doc
from classifiers.lexicon import load_lexicon
from evidence.models import Verdict

# --- own staff assigned to the partner's young staff: the party that assigns provides ---

SIDE_TWO_ASSIGNS = """ДОГОВОР № 7
о совместной работе с молодыми учителями

г. Курган                                                          12.09.2025

Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 19» (Сторона 1) в лице
директора Соколовой Н. В. и муниципальное бюджетное общеобразовательное учреждение «Средняя
общеобразовательная школа № 4» (Сторона 2) в лице директора Горина П. А. заключили договор.

1. Предмет: наставничество в отношении педагогов со стажем до трёх лет.

2. Обязанности Сторон
2.1. Сторона 1: составляет список начинающих учителей; направляет их на открытые уроки.
2.2. Сторона 2: обеспечивает закрепление своих лучших педагогов за молодыми учителями
Стороны 1; проводит консультации.

3. Срок: с 12.09.2025 по 30.06.2026.
"""


def test_own_staff_assigned_to_young_staff_provide_mentors() -> None:
    facts = analyse(SIDE_TWO_ASSIGNS, None, None, 2025)
    assert [p.designation for p in facts.parties] == ["Сторона 1", "Сторона 2"]
    assert facts.provider == 1


def test_reporting_side_that_assigns_its_teachers_is_reversed(judge) -> None:
    d = judge(SIDE_TWO_ASSIGNS, "2.1", year=2025, org="СОШ № 4 Курган")
    assert d.verdict is Verdict.WRONG_DIRECTION


# another shape: designated parties, a college assigning its masters to a school's pupils
COLLEGE_ASSIGNS = """СОГЛАШЕНИЕ № 3-н

с. Чесма                                                        5 февраля 2025 г.

Государственное бюджетное профессиональное образовательное учреждение «Чесменский
аграрный колледж», именуемое в дальнейшем «Колледж», в лице директора Ивановой Т. Р., с одной
стороны, и муниципальное казённое общеобразовательное учреждение «Чесменская СОШ № 2»,
именуемое в дальнейшем «Школа», в лице директора Петрова А. А., с другой стороны, заключили
настоящее соглашение о нижеследующем.

1. Колледж осуществляет закрепление своих мастеров за обучающимися Школы на период
профессиональных проб.
2. Школа формирует группы и согласует расписание.
3. Соглашение действует до 31.05.2026.
"""


def test_college_assigning_its_masters_provides_mentors() -> None:
    facts = analyse(COLLEGE_ASSIGNS, None, None, 2025)
    assert facts.provider == 0


def test_school_receiving_assigned_masters_is_ok(judge) -> None:
    d = judge(COLLEGE_ASSIGNS, "2.1", year=2025, org="Чесменская СОШ № 2")
    assert d.verdict is Verdict.OK


# negative: staff assigned to a task, not to the mentees, provide no mentors
STAFF_TO_TASK = SIDE_TWO_ASSIGNS.replace(
    "обеспечивает закрепление своих лучших педагогов за молодыми учителями\nСтороны 1",
    "обеспечивает закрепление своих педагогов за кабинетами для встреч",
)


def test_staff_assigned_to_rooms_are_not_mentors() -> None:
    facts = analyse(STAFF_TO_TASK, None, None, 2025)
    assert facts.votes[1] < 2


# --- parties named with neither designations nor representatives ---

PLAIN_NAMES = """СОГЛАШЕНИЕ
о сопровождении начинающих педагогов

г. Чебоксары                                                   14 октября 2025 г.

МБОУ «Средняя общеобразовательная школа № 12» г. Чебоксары и МАОУ «Лицей № 44»
г. Чебоксары заключили настоящее соглашение о нижеследующем.

1. МАОУ «Лицей № 44» г. Чебоксары выделяет своих учителей в качестве наставников
молодых педагогов МБОУ «Средняя общеобразовательная школа № 12».
2. МБОУ «Средняя общеобразовательная школа № 12» определяет наставляемых.
3. Соглашение действует до 30 июня 2026 года.
"""


def test_plain_names_joined_by_and_are_parties() -> None:
    facts = analyse(PLAIN_NAMES, None, None, 2025)
    assert len(facts.parties) == 2
    assert facts.parties[1].name.startswith("МАОУ «Лицей № 44»")
    assert facts.provider == 1


def test_reporting_lyceum_named_plainly_is_reversed(judge) -> None:
    d = judge(PLAIN_NAMES, "2.1", year=2025, org="Лицей 44 Чебоксары")
    assert d.verdict is Verdict.WRONG_DIRECTION


# another shape: three parties listed with commas, an enterprise among them
THREE_PLAIN = """ДОГОВОР О ПАРТНЁРСТВЕ

г. Ижевск                                                       2 сентября 2025 г.

ООО «Ижевский механический цех», автономное профессиональное образовательное учреждение
Удмуртской Республики «Ижевский промышленный техникум» и Управление образования
Администрации города Ижевска заключили настоящий договор о нижеследующем.

1. ООО «Ижевский механический цех» направляет своих инженеров в качестве наставников
студентов АПОУ УР «Ижевский промышленный техникум».
2. Договор действует до 31.08.2026.
"""


def test_three_plain_parties_split_at_commas() -> None:
    facts = analyse(THREE_PLAIN, None, None, 2025)
    assert len(facts.parties) == 3
    assert facts.provider == 0


def test_college_named_plainly_receiving_engineers_is_ok(judge) -> None:
    d = judge(THREE_PLAIN, "2.1", year=2025, org="Ижевский промышленный техникум")
    assert d.verdict is Verdict.OK


# --- dates: a site widget's date, and a date in a regulation's body that is not its approval ---


def _own_date(text: str) -> dt.date | None:
    doc = Doc.of(text, load_lexicon())
    return own_date(doc.text, detect_kind(doc.text), 2025).date


WIDGET_PAGE = """Размер шрифта
А А А
Цвета сайта
Ц Ц Ц
Изображения Вкл. Выкл.
Вторник, 9 декабря 2025
Настройки
Обычная версия

Приказ Министерства просвещения № 311 от 12.05.2025 О мероприятиях по наставничеству - скачать

План работы школьного методического объединения на текущий год
"""


def test_date_amid_a_site_widget_is_not_the_documents() -> None:
    assert _own_date(WIDGET_PAGE) is None


# another shape: the widget for the visually impaired above a report's heading
WIDGET_REPORT = """Версия для слабовидящих
Размер шрифта: A A A

14.03.2026

Обычная версия

Результаты мониторинга

Мониторинг реализации программы наставничества проведён в феврале. Участвовали 12 пар.
"""


def test_date_between_widget_lines_above_a_heading_is_not_the_documents() -> None:
    assert _own_date(WIDGET_REPORT) != dt.date(2026, 3, 14)


def test_date_above_a_heading_without_a_widget_still_dates_it() -> None:
    text = """МКОУ «Озёрная СОШ»

14.03.2026

Справка по итогам мониторинга наставничества в 2025/2026 учебном году

В школе проведён мониторинг реализации программы наставничества. В нём участвовали 12 пар.
Заместитель директора                               И. И. Крылова
"""
    assert _own_date(text) == dt.date(2026, 3, 14)


# a scan flowed into one line, its title garbled: the date of a cited act's amendments in the
# first clause is not the regulation's
FLOWED_SCAN = (
    "П0Л0ЖЕН|/|Е о наставн|/|честве в МБОУ «Лесная СОШ» 1. Общие положения 1.1' Настоящее "
    "Положение разраб0тано на 0снове Трудов0го к0декса Р0ссийск0й Фе]|ерац|/|и, устава "
    "шк0лы |/| [|рав|/|тельства Р0сс|/|и с доп0лнен1ями и uзм3нен1ями 0т 15 мая 2024 года. "
    "1.2' Наставн|/|чество — ф0рма передачи 0пыта.\n"
)


def test_amendment_date_in_a_flowed_scan_body_is_not_the_regulations() -> None:
    assert _own_date(FLOWED_SCAN) is None


def test_amendment_date_in_a_body_clause_is_not_the_regulations() -> None:
    text = """ПОЛОЖЕНИЕ
о системе наставничества педагогических работников

1. Общие положения
1.1. Положение подготовлено с учётом Федерального закона «Об образовании в Российской
Федерации», устава школы и иных внутренних документов учреждения, с внесёнными в них
поправками от 3 марта 2025 года.
1.2. Наставничество — форма передачи опыта.
"""
    assert _own_date(text) is None


def test_approval_said_in_a_body_clause_still_dates_the_regulation() -> None:
    text = """ПОЛОЖЕНИЕ
о системе наставничества педагогических работников

1. Общие положения
1.1. Наставничество — форма передачи опыта.
1.2. Настоящее Положение утверждено приказом директора МБОУ «Лесная СОШ» от 01.09.2025 № 112.
"""
    assert _own_date(text) == dt.date(2025, 9, 1)
