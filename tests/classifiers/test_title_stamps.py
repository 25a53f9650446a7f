"""What stands around a document's title and is not the document: an electronic-signature
stamp printed on a PDF, and a council's «СОГЛАСОВАНО/ПРИНЯТО … протокол от …» beside the
approval «УТВЕРЖДАЮ»."""

from __future__ import annotations

from classifiers.esign import blank_stamps, stamp_spans

# ---------------------------------------------------------------- electronic-signature stamps

STAMP_ON_TOP = """ДОКУМЕНТ ПОДПИСАН
ЭЛЕКТРОННОЙ ПОДПИСЬЮ

Сертификат: 3A91F0C2D47B6E5810A4
Владелец: Сабурова Елена Геннадьевна
Действителен: с 22.03.2024 до 15.06.2025

Муниципальное бюджетное общеобразовательное учреждение «Школа № 27»

ПРИНЯТО                                        УТВЕРЖДЕНО
на заседании педагогического совета            приказом директора
протокол от 28.08.2024 № 1                     от 29.08.2024 № 214-од

ПОЛОЖЕНИЕ
о выплатах стимулирующего характера педагогическим работникам, осуществляющим наставничество

1. Общие положения
1.1. Настоящее положение устанавливает размер и порядок ежемесячной доплаты за наставничество.
2. Размер доплаты
2.1. Наставнику устанавливается доплата в размере 15 % должностного оклада за каждого наставляемого.
"""


def test_a_signature_stamp_above_the_title_is_neither_kind_nor_date(judge) -> None:
    """The stamp's «Сертификат» is no heading and its validity dates are not the document's:
    the положение is a regulation dated by its approving order."""
    d = judge(STAMP_ON_TOP, "11.1")
    assert d.doc_kind is not None and d.doc_kind.value == "regulation", d.message
    assert d.doc_date == "2024-08-29"
    assert d.verdict.value == "ok", d.message


UNDATED_REPORT = """Справка
по итогам внутреннего мониторинга реализации целевой модели наставничества
в МКОУ «Нылгинская СОШ»

Показатели мониторинга:
1. Количество наставников – 9.
2. Количество наставляемых – 14.
3. Доля обучающихся, вовлечённых в программы наставничества, – 23 %.

Заместитель директора по УВР ____________ Н.С. Корепанова

Подписано электронной подписью
Сертификат: 0DE5 7711 AB90 C3F2 5518 64A0
Владелец: Корепанова Наталья Сергеевна
Дата подписания: 14.11.2024
"""


def test_the_date_of_an_electronic_signature_dates_an_undated_document_for_review(judge) -> None:
    """A справка with no date line of its own, signed electronically: the stamp's «Дата
    подписания» is the day it was signed, so it dates the справка — but old documents are also
    signed again when they are put on the site, so a reviewer checks it (never a silent ``ok``).
    The key's validity («Действителен …») never dates anything."""
    d = judge(UNDATED_REPORT, "1.4")
    assert d.doc_date == "2024-11-14"
    assert d.verdict.value == "ok" and "needs_review" in d.flags, d.message
    assert "date_from_esign" in d.flags


SERIAL_ONLY = """Сертификат 01DA8C7E2F90B6634A1D20C5E7
Владелец Трефилова Галина Ивановна
Действителен с 05.02.2024 по 05.05.2025

МУНИЦИПАЛЬНОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ
«КАРСОВАЙСКАЯ ОСНОВНАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА»

УТВЕРЖДЕНА
приказом директора
от 02.09.2024 № 71

ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА
молодого специалиста Лекомцевой Анны Викторовны, учителя математики

Форма наставничества: «учитель – учитель».
Наставник: Трефилова Г.И., учитель математики высшей категории.
1. Цель: адаптация молодого специалиста в коллективе.
"""


def test_a_stamp_known_by_its_certificate_serial(judge) -> None:
    """No heading, but «Сертификат» with a key's serial number: still a stamp, not a heading."""
    d = judge(SERIAL_ONLY, "3.2")
    assert d.doc_kind is not None and d.doc_kind.value == "programme", d.message
    assert d.doc_date == "2024-09-02", d.message


def test_blanking_keeps_offsets_and_leaves_prose_alone() -> None:
    blanked = blank_stamps(STAMP_ON_TOP)
    assert len(blanked) == len(STAMP_ON_TOP)
    assert "Сертификат" not in blanked and "22.03.2024" not in blanked
    assert blanked.count("\n") == STAMP_ON_TOP.count("\n")
    assert "ПОЛОЖЕНИЕ" in blanked and "29.08.2024" in blanked
    clause = "5.3. Договор может быть подписан электронной подписью каждой из Сторон.\n6. Срок действия\n"
    assert stamp_spans(clause) == []


# ---------------------------------------------------------------- council and approval blocks

ROADMAP_UNDATED_APPROVAL = """СОГЛАСОВАНО на заседании методического совета, протокол № 2 от «29» 08. 2023 г.

УТВЕРЖДАЮ
Директор МБОУ «Игринская СОШ № 3» ____________ Л.А. Шутова
«____» _____________ 20___ г.

ДОРОЖНАЯ КАРТА
внедрения системы наставничества педагогических работников на 2023–2025 годы

№ | Мероприятие | Срок | Ответственный
1 | Разработка локальных актов о наставничестве | сентябрь 2023 | директор
2 | Формирование базы наставников | до 01.10.2023 | заместитель директора
"""


def test_an_undated_approval_is_not_dated_by_the_councils_protocol(judge) -> None:
    """The roadmap is approved by the director (the date left to be written by hand): the
    methodological council's protocol is not its date, nor is a month of its table."""
    d = judge(ROADMAP_UNDATED_APPROVAL, "3.3")
    assert d.doc_kind is not None and d.doc_kind.value == "programme"
    assert d.doc_date is None, d.details


ADOPTED_ONLY = """Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 8»

Рассмотрена
на заседании педагогического совета
протокол № 1 от 27.08.2024

ПРОГРАММА НАСТАВНИЧЕСТВА
«Молодой воспитатель» на 2024–2025 учебный год
"""

COLUMNS = """СОГЛАСОВАНО
на заседании Управляющего совета
протокол № 3
от 26.08.2024

УТВЕРЖДАЮ
Заведующий МАДОУ «Детский сад № 8»
____________ О.Н. Пономарёва

ПРОГРАММА НАСТАВНИЧЕСТВА
«Молодой воспитатель» на 2024–2025 учебный год
"""


def test_a_councils_protocol_dates_the_document_only_without_an_approval(judge) -> None:
    """«Рассмотрена … протокол от …» alone is how the programme was adopted: its date. Beside
    an undated «УТВЕРЖДАЮ» (stamps one above the other, the date on a line of its own) it is
    not."""
    assert judge(ADOPTED_ONLY, "3.3").doc_date == "2024-08-27"
    assert judge(COLUMNS, "3.3").doc_date is None


def test_a_stamp_with_a_colon_after_its_heading_and_labelled_fields() -> None:
    text = (
        "Документ подписан электронной подписью:\n"
        "Организация: МБДОУ «Детский сад № 3»\n"
        "Владелец: Ложкина Марина Петровна\n"
        "Серийный номер: 5F 01 9A 33 C8 47 20 BE 11 D6\n"
        "Срок действия: с 01.02.2024 по 01.05.2025\n"
        "\n"
        "ПРИКАЗ\n"
    )
    blanked = blank_stamps(text)
    assert blanked.strip() == "ПРИКАЗ"


# ------------------------------------------- an approving order with a long issuer in the stamp


def test_an_approval_by_a_joint_order_of_two_authorities_dates_the_programme(judge) -> None:
    """«УТВЕРЖДЕНА приказом <one authority> и <another> от … N …»: the issuer's name between
    the approving order and its date is long, but the date is still the approval's."""
    text = (
        "УТВЕРЖДЕНА\nприказом Министерства образования и науки Курганской области\n"
        "и Министерства социальной политики Курганской области\n"
        "от 3 марта 2023 года N 214/18\n\n"
        "ПРОГРАММА\nнаставничества «Учитель – учитель» для молодых педагогов\n\n"
        "1. Пояснительная записка\nНастоящая программа определяет персонализированные маршруты "
        "наставничества для молодых педагогов.\nНаставник: Воронина Т.С.\nНаставляемый: Лапин Д.А.\n"
    )
    d = judge(text, "3.2")
    assert d.doc_kind.value == "programme"
    assert d.doc_date == "2023-03-03" and d.doc_number == "214/18"
