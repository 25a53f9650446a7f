"""Round-26 shapes of own dates, in own wording: a scan's OCR garbles the «г.» of a blank issue
line; an order dated under its head's signature, an acquaintance list and an appendix after
it; a date labelled «Дата подписания договора:» after the signatures; a year in a body's
sentence is no date line's year (an e-signature's signing day dates the document); a
browser's print header «dd.mm.yyyy, hh:mm  <page title>» is no own date; a Roman month a
scan's OCR read «[Х»; mentors appointed in inverted word order («Наставником назначить …»)."""

from __future__ import annotations

from evidence.models import Verdict

# -- a certificate whose issue line is a blank, its «г.» garbled by a scan's OCR ----------------

CERTIFICATE = """АВТОНОМНАЯ НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ ДОПОЛНИТЕЛЬНОГО
ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ «ИНСТИТУТ РАЗВИТИЯ ОБРАЗОВАНИЯ»

УДОСТОВЕРЕНИЕ
о повышении квалификации

Регистрационный номер
1187

Дата выдачи
{issued}

Настоящее удостоверение свидетельствует о том, что
Соколова Марина Игоревна
прошла обучение с 03.03.2025 по 14.03.2025
по программе «Педагог-наставник: технологии сопровождения молодых специалистов»
в объёме 72 часов

Ректор                 _____________         В.П. Лазарев
"""


def test_an_ocr_garbled_blank_issue_line_leaves_the_certificate_undated(judge) -> None:
    d = judge(CERTIFICATE.format(issued="«  » 20 rп"), "9.2", year=2025)
    assert d.doc_kind is not None and d.doc_kind.value == "certificate"
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_a_filled_issue_line_under_its_label_dates_the_certificate(judge) -> None:
    d = judge(CERTIFICATE.format(issued="«14» марта 2025 г."), "9.2", year=2025)
    assert d.doc_date == "2025-03-14"
    assert d.verdict is Verdict.OK


# -- an order dated only under its head's signature, an acquaintance list and an appendix after --

APPENDIX = "\nПриложение к приказу № 41-о\n\nПорядок организации наставничества\n\n" + "".join(
    f"{i}. Наставник и наставляемый составляют план совместной работы, проводят встречи "
    "не реже двух раз в месяц и фиксируют результаты в дневнике наставничества.\n"
    for i in range(1, 9)
)

ORDER_SIGNED = (
    """Муниципальное бюджетное дошкольное образовательное учреждение
«Детский сад № 12 «Солнышко» г. Глазова

ПРИКАЗ № 41-о

О закреплении наставников за молодыми воспитателями

В целях адаптации молодых специалистов
ПРИКАЗЫВАЮ:

1. Закрепить наставников за молодыми воспитателями:
   Петрову Н.А. – за Ивановой К.С.;
   Сидорову Л.М. – за Орловой Д.В.
2. Контроль исполнения приказа оставляю за собой.

Заведующий МБДОУ «Детский сад № 12»      ________      Е.Г. Волкова
{dated}
С приказом ознакомлены:
Петрова Н.А.     ________     13.09.2024
Сидорова Л.М.    ________     16.09.2024
"""
    + APPENDIX
)


def test_an_order_dated_under_the_heads_signature_before_a_long_appendix(judge) -> None:
    d = judge(ORDER_SIGNED.format(dated="\n«12» сентября 2024 г.\n"), "2.3", year=2024)
    assert d.doc_kind is not None and d.doc_kind.value == "order"
    assert d.doc_date == "2024-09-12"
    assert d.verdict is Verdict.OK


def test_acquaintance_dates_do_not_date_an_order_before_a_long_appendix(judge) -> None:
    d = judge(ORDER_SIGNED.format(dated=""), "2.3", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


# -- an agreement dated by a labelled line after the signatures --------------------------------

AGREEMENT = """ДОГОВОР
о сетевом взаимодействии в сфере наставничества

Государственное бюджетное профессиональное образовательное учреждение «Педагогический
колледж № 2» (далее – Колледж), в лице директора Фроловой Н.С., и муниципальное
автономное общеобразовательное учреждение «Гимназия № 8» (далее – Гимназия), в лице
директора Киселёва А.В., заключили настоящий договор о нижеследующем.

1. Колледж предоставляет своих преподавателей в качестве наставников молодых учителей
Гимназии.
2. Гимназия закрепляет наставляемых за наставниками Колледжа.
3. Договор действует в течение двух лет со дня подписания.

Колледж                               Гимназия
Директор _______ Н.С. Фролова         Директор _______ А.В. Киселёв

{label} 05 марта 2024 г.
"""


def test_a_labelled_signing_date_after_the_signatures_dates_the_agreement(judge) -> None:
    d = judge(AGREEMENT.format(label="Дата заключения договора:"), "2.1", year=2024)
    assert d.doc_date == "2024-03-05"
    assert d.verdict is Verdict.OK


def test_a_cited_agreement_after_the_signatures_does_not_date_it(judge) -> None:
    d = judge(AGREEMENT.format(label="Взамен договора от"), "2.1", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


# -- a year in a body's sentence is no date line: the e-signature's signing day dates it -------

STAMP = """ДОКУМЕНТ ПОДПИСАН
ЭЛЕКТРОННОЙ ПОДПИСЬЮ
Сертификат  3A91C07E22B4F5D6E80017
Владелец  Лаптева Ольга Сергеевна
Действителен с 20.01.2024 по 15.04.2025
Дата подписания  14.11.2024 16:02 (МСК)"""

ORDER_ESIGNED = (
    """Муниципальное бюджетное общеобразовательное учреждение
«Основная общеобразовательная школа № 4» г. Сарапула

ПРИКАЗ № 188-од
{date_line}
Об итогах мониторинга программы наставничества

На основании Положения о наставничестве МБОУ «ООШ № 4»

ПРИКАЗЫВАЮ:

1. Утвердить итоги мониторинга наставничества, проведённого в ноябре 2024 года.
2. Заместителю директора Кузнецовой А.А. разместить справку на сайте школы.
3. Контроль исполнения приказа оставляю за собой.

Директор                                                      О.С. Лаптева

"""
    + STAMP
)


def test_a_year_in_a_body_sentence_leaves_the_esigned_order_its_signing_day(judge) -> None:
    d = judge(ORDER_ESIGNED.format(date_line=""), "1.3", year=2024)
    assert d.doc_date == "2024-11-14"
    assert "date_from_esign" in d.flags
    assert d.verdict is Verdict.OK


def test_a_year_typed_on_the_date_line_still_stands_for_its_handwritten_date(judge) -> None:
    d = judge(ORDER_ESIGNED.format(date_line="«___» ____________ 2024 г.\n"), "1.3", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE
    assert d.details["typed_year"] == 2024


# -- a browser's print header is no own date ---------------------------------------------------

REPORT = """{header}

Муниципальное бюджетное общеобразовательное учреждение «Лицей № 9» г. Вологды

Справка
по итогам мониторинга реализации программы наставничества
за 2024 год

Показатель | Значение
Доля педагогов-наставников, % | 21
Удовлетворённость наставляемых, % | 90
Удовлетворённость наставников, % | 86

Заместитель директора                                  Н.В. Рябова

https://licey9-vologda.ru/nastavnichestvo/spravka-2024                    1/1
"""


def test_a_browsers_print_header_does_not_date_the_report(judge) -> None:
    header = "02.12.2024, 14:18          Лицей № 9 — Справка по итогам мониторинга"
    d = judge(REPORT.format(header=header), "1.4", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_a_date_line_opening_the_text_still_dates_the_report(judge) -> None:
    d = judge(REPORT.format(header="02.12.2024 № 15"), "1.4", year=2024)
    assert d.doc_date == "2024-12-02"


# -- a Roman month read «[Х» by a scan's OCR; mentors appointed in inverted order --------------

ORDER_ROMAN = """Муниципальное бюджетное общеобразовательное учреждение
«Средняя общеобразовательная школа № 2» с. Вавож

ПРИКАЗ

{date}                                                  № 71

О наставничестве в 2024/2025 учебном году

ПРИКАЗЫВАЮ:

1. Включить в программу наставничества в роли наставляемого обучающегося
   8 класса Перевощикова Илью.
2. Наставником назначить учителя физики Бабинцеву Е.Н.
3. Контроль оставляю за собой.

Директор               подпись               С.П. Вострокнутова
"""


def test_an_ocr_misread_roman_month_dates_the_order(judge) -> None:
    d = judge(ORDER_ROMAN.format(date="12.[Х.2024"), "2.4", year=2024)
    assert d.doc_date == "2024-09-12"


def test_a_bracket_alone_is_no_roman_month(judge) -> None:
    d = judge(ORDER_ROMAN.format(date="12.[.2024"), "2.4", year=2024)
    assert d.doc_date is None


def test_a_mentor_appointed_in_inverted_word_order_fixes_a_pair(judge) -> None:
    d = judge(ORDER_ROMAN.format(date="12.IX.2024"), "2.4", year=2024)
    assert d.verdict is Verdict.OK


def test_an_order_naming_no_mentor_fixes_no_pair(judge) -> None:
    text = ORDER_ROMAN.format(date="12.IX.2024").replace(
        "2. Наставником назначить учителя физики Бабинцеву Е.Н.\n",
        "2. Учителю физики Бабинцевой Е.Н. составить план работы.\n",
    )
    d = judge(text, "2.4", year=2024)
    assert d.verdict is Verdict.OFF_TOPIC
