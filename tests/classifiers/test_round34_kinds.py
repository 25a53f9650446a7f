"""Round-34 kinds, in own wording: a licence named on a line of an organisation's details (a list
item, a sentence of fields) is no certificate; a covering letter above the order it forwards
leaves the order the document; an order's appendix with no title of its own (a list of pairs)
is a part of that order, dated by its stamp; a preamble ending «договорились о следующем» is an
agreement's preamble as surely as «заключили настоящий договор»."""

from __future__ import annotations

import pytest

from classifiers.doctype import detect_kind
from evidence.models import DocKind, Verdict
from evidence.textnorm import normalise

# -- a licence on a line of the organisation's details --------------------------------------------

DETAILS = (
    "Детский сад осуществляет деятельность в соответствии со следующими документами:\n"
    "• Федеральным законом «Об образовании в Российской Федерации» от 29.12.2012 № 273-ФЗ;\n"
    "• Уставом МАДОУ № 14, утверждённым распоряжением управления образования от 03.02.2016 "
    "№ 211;\n"
    "{licence}\n"
    "Цель деятельности МАДОУ — реализация образовательных программ дошкольного образования.\n"
)


@pytest.mark.parametrize(
    "licence",
    [
        pytest.param(
            "Лицензия, серия 59Л01 № 002233, регистрационный № 4410, выдана 3 марта 2017 года, "
            "бессрочно, даёт право учреждению вести образовательную деятельность.",
            id="fields_after_a_comma",
        ),
        pytest.param(
            "Лицензия на осуществление образовательной деятельности: № 4410 от 03.03.2017, "
            "серия 59Л01 № 002233.",
            id="fields_after_a_colon",
        ),
        pytest.param(
            "• Лицензия, серия 59Л01 № 002233, регистрационный № 4410, выдана 3 марта 2017 года.",
            id="bullet",
        ),
    ],
)
def test_a_licence_on_a_line_of_details_makes_no_certificate(judge, licence: str) -> None:
    d = judge(DETAILS.format(licence=licence), "1.4", year=2024)
    assert d.doc_kind is not DocKind.CERTIFICATE


def test_a_licence_line_of_details_opening_the_excerpt_makes_no_certificate(judge) -> None:
    text = (
        "Лицензия, серия 59Л01 № 002233, регистрационный № 4410, выдана 3 марта 2017 года, "
        "бессрочно.\n" + DETAILS.format(licence="")
    )
    assert judge(text, "1.4", year=2024).doc_kind is not DocKind.CERTIFICATE


def test_a_licence_titled_with_its_number_and_date_stays_a_certificate(judge) -> None:
    text = (
        "МИНИСТЕРСТВО ОБРАЗОВАНИЯ ПЕРМСКОГО КРАЯ\n\n"
        "Лицензия № 4410 от 3 марта 2017 г.\n"
        "на осуществление образовательной деятельности\n"
        "выдана муниципальному автономному дошкольному образовательному учреждению № 14\n"
    )
    assert judge(text, "1.4", year=2024).doc_kind is DocKind.CERTIFICATE


# -- a covering letter above the order it forwards -------------------------------------------

COVER = (
    "Об участии в конкурсе «Наставник года»\n\n"
    "Уважаемые руководители!\n\n"
    "Направляем Вам приказ управления образования о проведении муниципального конкурса. "
    "Просим Вас обеспечить участие педагогов и разместить информацию на сайтах.\n\n"
    "{order}"
)
ORDER = (
    "ПРИКАЗ\n\n"
    "{requisites}\n\n"
    "О проведении муниципального конкурса «Наставник года»\n\n"
    "В соответствии с планом работы управления образования на 2024 год, в целях развития "
    "наставничества в образовательных организациях города\n"
)


@pytest.mark.parametrize(
    "requisites",
    [
        pytest.param("14.10.2024 № 312", id="date_then_number"),
        pytest.param("от 14 октября 2024 г.                      № 312-од", id="words"),
        pytest.param("г. Северск\n\n14.10.2024 № 312", id="place_above"),
        pytest.param("№ 312 от 14.10.2024", id="number_then_date"),
    ],
)
def test_a_covering_letter_above_its_order_leaves_the_order(judge, requisites: str) -> None:
    # the excerpt ends before «ПРИКАЗЫВАЮ»: the order's heading and requisites show it
    text = COVER.format(order=ORDER.format(requisites=requisites))
    kind = detect_kind(normalise(text))
    assert kind.kind is DocKind.ORDER
    assert judge(text, "2.4", year=2024).doc_kind is DocKind.ORDER


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(
            "Приказ управления образования от 14.10.2024 № 312 размещён на сайте.\n",
            id="cited_in_a_sentence",
        ),
        pytest.param("Приложение: приказ от 14.10.2024 № 312 на 2 л.\n", id="enclosure_line"),
        pytest.param("ПРИКАЗ\n\nО проведении конкурса\n", id="no_requisites"),
    ],
)
def test_a_letter_naming_an_order_stays_a_letter(tail: str) -> None:
    text = COVER.format(order=tail + "\nНачальник управления  И.И. Сомов\n")
    kind = detect_kind(normalise(text))
    assert (kind.kind, kind.subtype) == (DocKind.OTHER, "письмо")


# -- an order's appendix with no title of its own -------------------------------------------

APPENDIX = (
    "Муниципальное автономное общеобразовательное учреждение «Лицей № 8»\n\n"
    "                                   Приложение № 3\n"
    "                                   к приказу МАОУ «Лицей № 8»\n"
    "                                   от {date} № {number}\n"
    "                                   «О закреплении наставнических пар»\n\n"
    "ПЕРЕЧЕНЬ НАСТАВНИЧЕСКИХ ПАР\n"
    "на 2024/2025 учебный год\n\n"
    "№ | Наставляемый | Должность | Наставник\n"
    "1 | Лаптева Ирина Сергеевна | учитель химии | Головина Т.А.\n"
    "2 | Носков Артём Павлович | учитель физкультуры | Юдин В.Н.\n"
    "3 | Фомина Дарья Олеговна | учитель музыки | Кротова Л.Е.\n\n"
    "Куратор наставничества ________ Е.В. Белова\n"
)


def test_an_orders_untitled_appendix_with_a_blank_stamp_is_an_undated_order(judge) -> None:
    d = judge(APPENDIX.format(date="____________", number="______"), "2.4", year=2024)
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_an_orders_untitled_appendix_is_dated_by_its_stamp(judge) -> None:
    d = judge(APPENDIX.format(date="02.09.2024", number="117-од"), "2.4", year=2024)
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2024-09-02"


def test_an_appendix_of_a_resolution_is_no_order() -> None:
    text = APPENDIX.format(date="02.09.2024", number="117").replace(
        "к приказу МАОУ «Лицей № 8»", "к постановлению администрации города"
    )
    assert detect_kind(normalise(text)).kind is DocKind.OTHER


def test_an_appendix_of_an_authoritys_directive_is_no_order() -> None:
    text = APPENDIX.format(date="02.09.2024", number="117-р").replace(
        "к приказу МАОУ «Лицей № 8»", "к распоряжению администрации Северского района"
    )
    assert detect_kind(normalise(text)).kind is DocKind.OTHER


def test_an_orders_appendix_titled_as_a_regulation_stays_a_regulation() -> None:
    text = APPENDIX.format(date="02.09.2024", number="117").replace(
        "ПЕРЕЧЕНЬ НАСТАВНИЧЕСКИХ ПАР\nна 2024/2025 учебный год",
        "ПОЛОЖЕНИЕ\nо наставничестве педагогических работников",
    )
    assert detect_kind(normalise(text)).kind is DocKind.REGULATION


# -- a preamble ending «договорились о следующем» -------------------------------------------

AGREEMENT = (
    "{title}"
    "г. Котлас                                                     2 сентября 2024 г.\n\n"
    "Муниципальное бюджетное общеобразовательное учреждение «Школа № 6» в лице директора "
    "Гусевой Анны Львовны, действующей на основании Устава, и государственное бюджетное "
    "профессиональное образовательное учреждение «Котласский колледж» в лице директора "
    "Пахомова Романа Ильича, действующего на основании Устава, вместе именуемые Стороны, "
    "{formula}:\n\n"
    "1. Предмет соглашения\n"
    "1.1. Стороны совместно организуют наставничество «студент — ученик».\n"
    "1.2. Колледж направляет студентов-наставников для работы с обучающимися Школы.\n"
    "2. Обязанности сторон\n"
    "2.1. Школа предоставляет помещения для встреч наставников и наставляемых.\n"
    "2.2. Колледж назначает ответственного за работу наставников.\n\n"
    "Директор школы ______ А.Л. Гусева          Директор колледжа ______ Р.И. Пахомов\n"
)
TITLE = "СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ № 4\n\n"


@pytest.mark.parametrize(
    "formula",
    [
        pytest.param("договорились о следующем", id="following"),
        pytest.param("договорились о нижеследующем", id="hereinafter"),
    ],
)
def test_an_agreement_agreed_on_the_following_is_sure(judge, formula: str) -> None:
    d = judge(AGREEMENT.format(title=TITLE, formula=formula), "2.1", year=2024)
    assert d.verdict is Verdict.OK
    assert d.doc_kind is DocKind.AGREEMENT
    assert "needs_review" not in d.flags


@pytest.mark.parametrize(
    "formula",
    [
        pytest.param("договорились о следующем", id="agreed"),
        pytest.param("заключили настоящее соглашение о нижеследующем", id="concluded"),
    ],
)
def test_an_untitled_agreement_agreed_on_the_following_is_an_agreement(formula: str) -> None:
    # without a title the preamble's formula makes it an agreement, not a regulation's sections
    kind = detect_kind(normalise(AGREEMENT.format(title="", formula=formula)))
    assert kind.kind is DocKind.AGREEMENT


def test_agreed_on_the_following_weighs_as_concluded() -> None:
    agreed = detect_kind(normalise(AGREEMENT.format(title="", formula="договорились о следующем")))
    made = detect_kind(
        normalise(AGREEMENT.format(title="", formula="заключили настоящее соглашение"))
    )
    assert agreed.confidence == made.confidence


def test_a_protocol_of_a_meeting_agreeing_is_no_agreement() -> None:
    text = (
        "ПРОТОКОЛ № 2\n"
        "заседания методического объединения учителей начальных классов\n"
        "от 12.09.2024\n\n"
        "Присутствовали: 9 человек.\n"
        "Слушали: Кравцову О.Н. о закреплении наставников за молодыми учителями.\n"
        "Решили: закрепить наставников согласно списку; участники договорились о встречах "
        "наставнических пар раз в две недели.\n"
    )
    assert detect_kind(normalise(text)).kind is DocKind.OTHER
