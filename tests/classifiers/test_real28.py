"""Real-28 shapes, in own wording: an act listed among a local act's grounds («…; 2) приказом
Министерства … от … № … «Об …»») never dates the document, nor does a text flowed into one
line hide its body under a Roman section («I. ОБЩИЕ ПОЛОЖЕНИЯ 1. Настоящее …»); a news item
that narrates the signing of an agreement («Договор подписан в целях …», a date after a
finished sentence) is neither the agreement nor dated by the signing; an act of an inspection
or an audit is a report."""

from __future__ import annotations

import pytest

from evidence.models import DocKind

# -- a cited act in a list of grounds, a text flowed into one line ---------------------------

_STAMPS = (
    "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ДЕТСКИЙ САД № 7 «РОМАШКА»» "
    "УТВЕРЖДАЮ: Заведующий МБДОУ ______ {approval} Принято: Педагогический совет МБДОУ "
    "«Детский сад № 7» Протокол № q от з/ №. г. "
)
_TITLE = (
    "ПОЛОЖЕНИЕ о порядке проведения самообследования муниципального бюджетного дошкольного "
    "образовательного учреждения «Детский сад № 7 «Ромашка»» пос. Лесной, 2022 "
)
_GROUNDS = (
    "{section}1. Настоящее Положение устанавливает порядок подготовки и проведения "
    "самообследования. Положение разработано в соответствии с требованиями: "
    "{m1} Федерального закона от 29 декабря 2012 г. № 273-ФЗ «Об образовании в Российской "
    "Федерации»; {m2} {act} Министерства просвещения Российской Федерации от 11 марта 2021 года "
    "№ 118 «Об утверждении порядка проведения самообследования»; {m3} {act} Министерства "
    "образования и науки Российской Федерации от 10 декабря 2013 г. № 1324 «Об утверждении "
    "показателей деятельности»; 2. Целями самообследования являются обеспечение доступности и "
    "открытости информации о деятельности учреждения."
)


def _flowed(approval: str = "", section: str = "I. ОБЩИЕ ПОЛОЖЕНИЯ ", **marks: str) -> str:
    grounds = {"m1": "1)", "m2": "2)", "m3": "3)", "act": "приказом"} | marks
    return _STAMPS.format(approval=approval) + _TITLE + _GROUNDS.format(section=section, **grounds)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        pytest.param(_flowed(), "roman_section", id="roman_section"),
        pytest.param(_flowed(section=""), "no_section", id="no_section"),
        pytest.param(_flowed(section="", act="постановлением"), "resolution", id="resolution"),
        pytest.param(
            _flowed(section="", m1="а)", m2="б)", m3="в)"), "letter_marks", id="letter_marks"
        ),
        pytest.param(_flowed(section="Раздел I. ", act="приказом"), "other_heading", id="other"),
    ],
)
def test_an_act_listed_among_the_grounds_does_not_date_the_regulation(
    judge, text: str, why: str
) -> None:
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REGULATION, why
    assert d.doc_date is None, why


def test_the_roman_section_marks_the_body_of_a_flowed_regulation(judge) -> None:
    # the list's items unmarked: only the body's start keeps the cited order out of the stamps
    d = judge(_flowed(m1="", m2="", m3=""), "1.1")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date is None


@pytest.mark.parametrize(
    "approval",
    [
        pytest.param("Приказ от 30.08.2022 № 112", id="order_after_signature"),
        pytest.param("«30» августа 2022 г.", id="signed_date"),
    ],
)
def test_a_flowed_regulation_keeps_its_approval_date(judge, approval: str) -> None:
    d = judge(_flowed(approval=approval), "1.1")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2022-08-30"


def test_an_approval_stamp_naming_its_order_s_title_still_dates(judge) -> None:
    text = (
        "УТВЕРЖДЕНО\nприказом заведующего МБДОУ «Детский сад № 7»\n"
        "от 01.09.2022 № 45 «Об утверждении локальных актов»\n\n"
        "ПОЛОЖЕНИЕ\nо наставничестве педагогических работников\n\n"
        "1. Общие положения\n"
        "1.1. Положение разработано в соответствии с:\n"
        "1) Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»;\n"
        "2) распоряжением Министерства просвещения РФ от 25.12.2019 № Р-145.\n"
        "1.2. Наставничество — форма обеспечения профессионального становления педагога.\n"
    )
    d = judge(text, "1.1")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2022-09-01"


# -- a news item about an agreement ------------------------------------------------------------

_NEWS = (
    "Новым партнёром нашего центра стал {partner}. {date} в г. Казань директор центра "
    "Смирнова Ольга Петровна подписала {word} о сотрудничестве с {partner_i} в лице "
    "директора Фёдорова Ильи Андреевича.\n"
    "{subject} в целях содействия друг другу в решении общих задач, обмена информацией и "
    "участия в совместных проектах.\n"
    "В рамках сотрудничества планируются совместные семинары, конференции и мастер-классы для "
    "педагогов. Напомним, что сетевое взаимодействие центр развивает с 2015 года."
)


@pytest.mark.parametrize(
    ("date", "word", "subject"),
    [
        pytest.param("4 мая 2023 года", "договор", "Договор подписан", id="contract"),
        pytest.param("17 октября 2022 года", "соглашение", "Соглашение подписано", id="accord"),
        pytest.param("2 февраля 2024 г.", "договор", "Договор был подписан", id="was_signed"),
        pytest.param("2 февраля 2024 г.", "договор", "Договор заключён", id="concluded"),
    ],
)
def test_a_news_item_on_signing_an_agreement_is_other_and_undated(
    judge, date: str, word: str, subject: str
) -> None:
    text = _NEWS.format(
        partner="Дом детского творчества",
        partner_i="Домом детского творчества",
        date=date,
        word=word,
        subject=subject,
    )
    d = judge(text, "2.1")
    assert d.doc_kind is DocKind.OTHER
    assert d.doc_date is None  # the day of signing, told in a sentence, is no date line


def test_an_agreement_with_a_signing_clause_line_stays_an_agreement(judge) -> None:
    text = (
        "ДОГОВОР О СОТРУДНИЧЕСТВЕ № 14\n"
        "г. Казань «12» марта 2024 г.\n\n"
        "Муниципальное бюджетное общеобразовательное учреждение «Школа № 5», именуемое в "
        "дальнейшем «Школа», в лице директора Иванова И.И., действующего на основании Устава, и "
        "ГАУ ДО «Дом детского творчества», именуемое в дальнейшем «Центр», в лице директора "
        "Петровой А.А., действующего на основании Устава, заключили настоящий договор о "
        "нижеследующем.\n"
        "1. Предмет договора\n"
        "1.1. Стороны организуют совместные мероприятия для обучающихся.\n"
        "Договор подписан в двух экземплярах, по одному для каждой из Сторон.\n"
        "Школа ______ И.И. Иванов     Центр ______ А.А. Петрова\n"
    )
    d = judge(text, "2.1")
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.doc_date == "2024-03-12"


def test_an_agreement_titled_in_mixed_case_keeps_its_title(judge) -> None:
    text = (
        "Договор о сетевой форме реализации образовательных программ\n"
        "г. Пермь                                   10.01.2024\n\n"
        "ГБПОУ «Пермский колледж», именуемое в дальнейшем «Колледж», в лице директора Сидорова "
        "П.П., действующего на основании Устава, и МАОУ «СОШ № 9», именуемое в дальнейшем "
        "«Школа», в лице директора Козловой Е.Е., действующей на основании Устава, заключили "
        "настоящий договор о нижеследующем.\n"
        "1. Предмет договора\n"
    )
    d = judge(text, "2.1")
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.doc_date == "2024-01-10"


def test_a_dated_page_line_opening_its_line_is_not_taken_for_a_sentence(judge) -> None:
    # a date that opens its own line is not «after a sentence» (the rule is about running text)
    text = (
        "Протокол заседания рабочей группы по наставничеству\n"
        "15.10.2024 № 3\n\n"
        "Присутствовали: 7 человек. Повестка: итоги мониторинга программы наставничества.\n"
    )
    d = judge(text, "1.4")
    assert d.doc_date == "2024-10-15"


def test_a_report_signed_after_its_last_sentence_keeps_its_date(judge) -> None:
    # the date ends its line: nothing runs on from it into another sentence
    text = (
        "СПРАВКА\nо реализации программы наставничества в МБОУ «СОШ № 4»\n\n"
        "В программе участвуют 6 пар «учитель — учитель». Мероприятия плана выполнены.\n"
        "Справка составлена по итогам мониторинга. 14.10.2024\n"
    )
    d = judge(text, "1.4")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2024-10-14"


def test_a_headline_of_a_concluded_agreement_is_news(judge) -> None:
    text = (
        "Договор о сотрудничестве с колледжем заключён\n\n"
        "Школа и педагогический колледж договорились о совместной работе с молодыми учителями: "
        "студенты пройдут практику, а опытные педагоги станут их наставниками.\n"
    )
    assert judge(text, "2.1").doc_kind is DocKind.OTHER


# -- acts of inspections and audits are reports ------------------------------------------------

_CHECK_BODY = (
    "\n\nг. Тавда                                                  14 апреля 2023 года\n\n"
    "Основание для проведения: план работы контрольно-счётного органа на 2023 год.\n"
    "Предмет: соблюдение требований к организации горячего питания обучающихся.\n"
    "Проверяемый период: 2022 год.\n"
    "В ходе проверки установлено: меню утверждено, нарушений не выявлено.\n"
    "Председатель комиссии __________ Н.Н. Орлова\n"
)


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("АКТ\nпроверки организации питания в МБОУ «СОШ № 2»", id="check"),
        pytest.param("Акт внеплановой выездной проверки МБОУ «СОШ № 2»", id="unscheduled"),
        pytest.param(
            "Акт по результатам контрольного мероприятия «Аудит закупок на организацию питания»",
            id="control_event",
        ),
        pytest.param("Акт по итогам плановой проверки МБОУ «СОШ № 2»", id="results_of"),
        pytest.param("АКТ ОБСЛЕДОВАНИЯ пищеблока МБОУ «СОШ № 2»", id="survey"),
        pytest.param("Акт ревизии финансово-хозяйственной деятельности", id="revision"),
    ],
)
def test_an_inspection_act_is_a_report(judge, title: str) -> None:
    d = judge(title + _CHECK_BODY, "1.1")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2023-04-14"


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Акт приёма-передачи оборудования", id="transfer"),
        pytest.param("АКТ выполненных работ № 17", id="works_done"),
        pytest.param("Акт о списании материальных ценностей", id="write_off"),
    ],
)
def test_other_acts_stay_other(judge, title: str) -> None:
    text = title + "\n\nг. Тавда 14 апреля 2023 года\n\nПередано оборудование: ноутбук — 2 шт.\n"
    assert judge(text, "1.1").doc_kind is DocKind.OTHER


def test_a_local_act_label_still_yields_to_the_regulation(judge) -> None:
    text = (
        "Локальный акт № 12\n"
        "ПОЛОЖЕНИЕ\nо проверке организации питания\n\n"
        "1. Общие положения\n1.1. Положение определяет порядок проверки.\n"
    )
    assert judge(text, "1.1").doc_kind is DocKind.REGULATION


def test_a_programme_that_says_it_was_developed_stays_a_programme(judge) -> None:
    # «Программа разработана в соответствии с …» opens a programme's own explanatory note: the
    # word then a predicate is the programme speaking of itself, not news about it
    text = (
        "Министерство науки и высшего образования РФ\n"
        "ЭНСКИЙ ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ\n"
        "Аннотация\nдополнительной профессиональной программы\n"
        "«Наставник молодого педагога»\n"
        "Программа разработана в соответствии с профессиональным стандартом педагога и\n"
        "нацелена на освоение слушателями технологий наставничества.\n"
        "Категория слушателей: педагогические работники образовательных организаций.\n"
        "Объём: 36 часов. Форма обучения: очно-заочная.\n"
    )
    assert judge(text, "3.2").doc_kind is DocKind.PROGRAMME
