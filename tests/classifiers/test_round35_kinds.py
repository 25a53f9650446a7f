"""Round-35 kinds, in own wording: the target model of mentoring named in a site's section line
yields to the document's own title in capitals under it (an agreement with its parties); a site's
news item («Новости / headline / Дата публикации … / prose») is no document its headline names,
and is dated by its publication; the card of a check in a register of inspections (its
requisites each alone on a line over its value) is a check's report."""

from __future__ import annotations

import pytest

from classifiers.doctype import detect_kind
from evidence.models import DocKind
from evidence.textnorm import normalise


def kind_of(text: str) -> DocKind:
    return detect_kind(normalise(text)).kind


# -- the target model named over an agreement's own title -------------------------------------

AGREEMENT = (
    "Сайт МАОУ «Гимназия № 8» г. Сургут\n"
    "{section}\n"
    "\n"
    "ДОГОВОР № 5\n"
    "о сетевой форме наставничества педагогов\n"
    "\n"
    "г. Сургут                                                    15.03.2024\n"
    "\n"
    "Муниципальное автономное общеобразовательное учреждение «Гимназия № 8» (далее – Сторона 1) в "
    "лице директора Корнеевой Ольги Павловны и муниципальное бюджетное общеобразовательное "
    "учреждение «Лицей № 2» (далее – Сторона 2) в лице директора Лаптева Игоря Олеговича, "
    "действующих на основании уставов, заключили настоящий договор.\n"
    "1. Предмет договора\n"
    "1.1. Стороны совместно реализуют программы наставничества «учитель – учитель».\n"
    "1.2. Сторона 1 предоставляет наставников для молодых учителей Стороны 2.\n"
    "2. Подписи сторон\n"
    "Директор __________ О.П. Корнеева\n"
    "Директор __________ И.О. Лаптев\n"
)


@pytest.mark.parametrize(
    "section",
    [
        pytest.param("Раздел: Целевая модель наставничества / Сетевые договоры", id="labelled"),
        pytest.param("Целевая модель наставничества / Сетевые договоры", id="breadcrumb"),
    ],
)
def test_a_model_named_over_an_agreements_title_leaves_the_agreement(judge, section: str) -> None:
    assert kind_of(AGREEMENT.format(section=section)) is DocKind.AGREEMENT
    assert judge(AGREEMENT.format(section=section)).doc_kind is DocKind.AGREEMENT


MODEL_ACT = (
    "ЦЕЛЕВАЯ МОДЕЛЬ НАСТАВНИЧЕСТВА\n"
    "МАОУ «Гимназия № 8»\n"
    "1. Общие положения\n"
    "1.1. Целевая модель определяет порядок организации наставничества в гимназии.\n"
    "1.2. Наставничество осуществляется в формах «учитель – учитель», «ученик – ученик».\n"
    "{tail}"
)


def test_a_model_titled_in_capitals_keeps_its_kind() -> None:
    # the model's own title in capitals: a later heading is its body's, not a title over it
    text = MODEL_ACT.format(tail="ДОГОВОР О НАСТАВНИЧЕСТВЕ (форма) приведён в приложении.\n")
    assert kind_of(text) is DocKind.REGULATION


def test_a_model_over_a_heading_in_lower_case_keeps_its_kind() -> None:
    text = (
        "Целевая модель наставничества МАОУ «Гимназия № 8»\n"
        "1. Общие положения\n"
        "1.1. Целевая модель определяет порядок организации наставничества в гимназии.\n"
        "1.2. Договор о сетевом взаимодействии заключается с партнёрами.\n"
    )
    assert kind_of(text) is DocKind.REGULATION


# -- a site's news item ------------------------------------------------------------------------

NEWS = (
    "{section}\n"
    "\n"
    "Презентация проекта — Программа развития техникума на 2024-2028 годы\n"
    "\n"
    "Дата публикации 14.05.24\n"
    "\n"
    "{body}\n"
)
PROSE = (
    "Заместитель директора техникума Смирнова Анна Викторовна представила на педагогическом "
    "совете проект Программы развития, подготовленный рабочей группой по итогам стратегической "
    "сессии с участием работодателей и студентов."
)


@pytest.mark.parametrize("section", ["Новости", "Новости техникума", "Лента новостей"])
def test_a_news_item_naming_a_programme_is_no_programme(judge, section: str) -> None:
    text = NEWS.format(section=section, body=PROSE)
    assert kind_of(text) is DocKind.OTHER
    d = judge(text)
    assert d.doc_kind is DocKind.OTHER
    assert d.doc_date == "2024-05-14"  # the item is dated by its publication


@pytest.mark.parametrize(
    "section,body",
    [
        # no news section over it: a page posting the programme
        pytest.param("Документы", PROSE, id="not_news"),
        # the document itself under the date line: its numbered section, no prose
        pytest.param(
            "Новости",
            "1. Паспорт программы развития\n1.1. Наименование: Программа развития техникума.",
            id="document_posted",
        ),
    ],
)
def test_a_page_that_is_no_news_item_keeps_the_programme(section: str, body: str) -> None:
    assert kind_of(NEWS.format(section=section, body=body)) is DocKind.PROGRAMME


def test_a_news_item_without_a_publication_line_is_not_read_as_one() -> None:
    text = "Новости\n\nПрограмма развития техникума на 2024-2028 годы\n\n" + PROSE + "\n"
    assert kind_of(text) is DocKind.PROGRAMME


# -- the card of a check from a register of inspections ----------------------------------------

CARD = (
    "Проверка № 112233445566 от 14 апреля 2021 года\n"
    "\n"
    "МБДОУ «ДЕТСКИЙ САД № 9»\n"
    "\n"
    "Плановая документарная проверка\n"
    "Завершено\n"
    "Нарушений не выявлено\n"
    "\n"
    "Дата проведения\n"
    "14 апреля 2021 года — 27 апреля 2021 года\n"
    "\n"
    "{labels}"
)


@pytest.mark.parametrize(
    "labels",
    [
        pytest.param(
            "Орган контроля (надзора), проводящий проверку\n"
            "Министерство образования Пермского края\n"
            "\n"
            "Цель проверки\n"
            "Федеральный государственный контроль (надзор) в сфере образования\n",
            id="authority_and_aim",
        ),
        pytest.param(
            "Правовое основание проведения проверки\n"
            "Истечение трёх лет со дня окончания последней плановой проверки\n"
            "\n"
            "Должностные лица, уполномоченные на проведение проверки\n"
            "Иванова Мария Петровна, главный специалист\n",
            id="grounds_and_officials",
        ),
    ],
)
def test_a_register_card_of_a_check_is_a_report(judge, labels: str) -> None:
    assert kind_of(CARD.format(labels=labels)) is DocKind.REPORT
    assert judge(CARD.format(labels=labels)).doc_kind is DocKind.REPORT


def test_one_check_requisite_alone_makes_no_report() -> None:
    text = CARD.format(labels="Цель проверки\nСоблюдение требований к ведению сайта\n")
    assert kind_of(text) is DocKind.OTHER


def test_check_words_inside_sentences_make_no_report() -> None:
    text = (
        "Памятка руководителю\n"
        "Орган контроля (надзора), проводящий проверку, уведомляет организацию заранее.\n"
        "Цель проверки указывается в распоряжении о её проведении.\n"
    )
    assert kind_of(text) is not DocKind.REPORT
