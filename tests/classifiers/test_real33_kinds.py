"""Real-33 kinds, in own wording: a news item is told by a dateline of a time and a date («14:05 /
12 марта 2024») over its headline, or by a headline in which an act is the object of a verb in
the past tense («… заключили договор о …») over prose; the card of an act in a register of legal
acts («Вид документа: Приказ / Дата документа: … / Номер документа: …») is the act of the kind
its value names; a monitoring's title under a site's tabs of school years that states the date
its data describe («на 15.11.2024г») is the monitoring's report."""

from __future__ import annotations

import pytest

from classifiers.doctype import detect_kind
from evidence.models import DocKind
from evidence.textnorm import normalise


def kind_of(text: str) -> DocKind:
    return detect_kind(normalise(text)).kind


# -- a news item: a dateline with the time, a headline telling what was done with an act ---------

_PROSE = (
    "{act} о сетевой форме реализации программ наставничества директора двух школ подписали во "
    "вторник на августовском совещании педагогов района в присутствии представителей управления "
    "образования.\n\n"
    "По словам участников, совместная работа позволит молодым учителям перенимать опыт коллег.\n"
)


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("14:05 / 12 марта 2024", id="time_first"),
        pytest.param("12.03.2024, 14:05", id="date_first"),
        pytest.param("12 марта 2024 г. в 14:05", id="date_at_time"),
    ],
)
def test_a_dateline_with_the_time_over_a_headline_makes_a_news_item(dateline: str) -> None:
    text = f"ВЕСТИ РАЙОНА\n{dateline}\n37\n\nШколы объединили усилия\n\n" + _PROSE.format(
        act="Соглашение"
    )
    assert kind_of(text) is DocKind.OTHER


def test_a_dateline_with_the_time_over_a_documents_title_keeps_the_document() -> None:
    text = (
        "14:05 / 12 марта 2024\n"
        "Соглашение о сетевом взаимодействии № 3\n\n"
        "1. Предмет соглашения\n"
        "1.1. Школы совместно реализуют программы наставничества молодых учителей.\n"
    )
    assert kind_of(text) is DocKind.AGREEMENT


def test_a_labelled_date_with_the_time_is_no_news_dateline() -> None:
    text = "Дата размещения: 12.03.2024 14:05\n\nШколы объединили усилия\n\n" + _PROSE.format(
        act="Соглашение"
    )
    assert kind_of(text) is DocKind.AGREEMENT


@pytest.mark.parametrize(
    "headline,act",
    [
        pytest.param(
            "Школы района заключили договор о сетевой форме наставничества",
            "Договор",
            id="contract",
        ),
        pytest.param("В Твери подписали соглашение о сотрудничестве", "Соглашение", id="agreement"),
        pytest.param(
            "В колледже утвердили новое положение о наставничестве", "Положение", id="regulation"
        ),
    ],
)
def test_a_headline_with_the_act_as_the_object_of_a_past_verb_is_news(
    judge, headline: str, act: str
) -> None:
    text = f"Новости партнёрства\n\n{headline}\n\n" + _PROSE.format(act=act)
    assert kind_of(text) is DocKind.OTHER
    assert judge(text).doc_kind is DocKind.OTHER


def test_an_acts_own_title_over_such_a_sentence_keeps_the_act() -> None:
    text = (
        "ОТЧЁТ о реализации программы наставничества за 2023 год\n\n"
        "Школа заключила договор с колледжем\n\n" + _PROSE.format(act="Договор")
    )
    assert kind_of(text) is DocKind.REPORT


def test_an_agreement_with_its_parties_under_such_a_line_stays_an_agreement() -> None:
    text = (
        "Гимназия и колледж заключили соглашение о наставничестве\n\n"
        "МАОУ «Гимназия № 2» (далее – Сторона 1) в лице директора Орловой Анны Петровны и ГБПОУ "
        "«Колледж связи» (далее – Сторона 2) в лице директора Зуева Петра Ильича, именуемые в "
        "дальнейшем Стороны, заключили настоящее соглашение о нижеследующем.\n"
        "1. Предмет соглашения\n"
        "1.1. Стороны совместно реализуют программу наставничества студентов.\n"
    )
    assert kind_of(text) is DocKind.AGREEMENT


def test_an_order_to_approve_an_act_is_no_headline() -> None:
    text = (
        "ПРИКАЗ\n12.03.2024 № 41\n\nОб утверждении положения о наставничестве\n\n"
        "В соответствии с решением педагогического совета, который одобрил положение о "
        "наставничестве на заседании 11 марта, в целях поддержки молодых специалистов школы\n"
        "ПРИКАЗЫВАЮ:\n1. Утвердить положение о наставничестве.\n"
    )
    assert kind_of(text) is DocKind.ORDER


# -- the card of an act in a register of legal acts -------------------------------------------

_CARD = (
    "Версия для печати\n\n"
    "Вид документа: {kind}\n\n"
    "Наименование правотворческого органа: {organ}\n\n"
    "Дата документа: 17.03.2021\n\n"
    "Номер документа: 52{suffix}\n\n"
    "Заголовок документа: Об утверждении порядка организации наставничества\n\n"
    "Информация об опубликовании: официальный сайт, 19.03.2021\n\n"
    "Количество страниц: 6\n\n"
    "{kind}\n\n17.03.2021 № 52{suffix}\n\nОб утверждении порядка организации наставничества\n"
)
_MINISTRY = "Министерство образования и науки Приморского края"
_CITY = "Администрация города Светлогорска"


@pytest.mark.parametrize(
    "value,organ,expected",
    [
        pytest.param("Приказ", _MINISTRY, DocKind.ORDER, id="order"),
        pytest.param("Положение", _MINISTRY, DocKind.REGULATION, id="regulation"),
        pytest.param("Постановление", _CITY, DocKind.OTHER, id="resolution"),
        pytest.param("Распоряжение", _CITY, DocKind.OTHER, id="authority_directive"),
    ],
)
def test_a_register_card_is_the_act_of_the_kind_it_names(
    judge, value: str, organ: str, expected: DocKind
) -> None:
    text = _CARD.format(kind=value, organ=organ, suffix="-НП")
    assert kind_of(text) is expected
    d = judge(text)
    assert d.doc_kind is expected
    assert d.doc_date == "2021-03-17"


def test_a_card_naming_no_kind_of_act_is_left_to_the_other_rules() -> None:
    text = _CARD.format(kind="Решение", organ=_CITY, suffix="")
    assert not detect_kind(normalise(text)).reason.startswith("карточка")


def test_a_kind_label_without_the_cards_other_fields_is_no_card() -> None:
    text = "Вид документа: Приказ\n\nСписок документов раздела «Наставничество»\n"
    assert not detect_kind(normalise(text)).reason.startswith("карточка")


# -- a monitoring's title under a site's tabs of school years stays a page (round 18's reading;
# real33's collector labels such a page a report — see docs/evaluation.md, round 38) ----------

_TABLE = (
    "Наличие положения о наставничестве | https://school7.example.ru/docs/nast.pdf |\n"
    "Наличие приказа о закреплении наставнических пар |  |\n"
    "Количество наставнических пар | 4 |\n"
)


def test_a_monitoring_title_without_its_date_under_year_tabs_stays_a_page() -> None:
    text = (
        "Наставничество\n2024-2025\n2023-2024\n"
        "Мониторинг реализации программы наставничества в МБОУ СОШ № 7\n" + _TABLE
    )
    assert kind_of(text) is DocKind.OTHER


def test_a_site_widget_over_a_dated_monitoring_title_stays_a_page() -> None:
    text = (
        "Версия для слабовидящих\nРазмер шрифта\n"
        "Мониторинг реализации программы наставничества\nна 15.11.2024г\n" + _TABLE
    )
    assert kind_of(text) is DocKind.OTHER
