"""Round-10 shapes of a document's own date: a year typed with a space inside («20 26 г.»), a
cited act's date after a clause break in a body paragraph, a licence's requisites under their
own label line, a PDF reader's signature appearance run on with the text, a headless order
dated by its attachment's approval stamp, a blank own date line under a page's date, and
«… к приказу № N от …» under an OCR-garbled «Приложение». The documents are written for these
tests."""

from __future__ import annotations

import datetime as dt

from classifiers.dates import find_dates
from evidence.models import Verdict

# --- a four-digit year split by a space is read whole; a half year is never guessed ---

AGREEMENT_SPLIT_YEAR = """СОГЛАШЕНИЕ № 4
о сетевом взаимодействии в сфере наставничества

с. Верхнее Озеро                                              «11» марта 2024 г.

Муниципальное казённое общеобразовательное учреждение «Верхнеозёрская начальная школа»
и Муниципальное бюджетное учреждение дополнительного образования «Дом творчества»
заключили настоящее соглашение о нижеследующем.
1. Стороны организуют наставничество «ученик — ученик» и «учитель — учитель».
2. Соглашение вступает в силу со дня подписания и действует до «30» июня 20 27 г.

Директор школы ______ Т.С. Кормщикова        Директор ДТ ______ В.А. Плотникова
"""


def test_a_year_split_by_a_space_is_read_whole_in_an_agreement(judge) -> None:
    d = judge(AGREEMENT_SPLIT_YEAR, "2.1", year=2024)
    assert d.doc_date == "2024-03-11"
    assert d.verdict is not Verdict.WRONG_YEAR


def test_a_numeric_date_with_a_split_year_is_read_whole() -> None:
    text = "Срок действия договора — по 31.08.2 025 г. включительно.\nс 01.09.20 24 года"
    assert [h.date for h in find_dates(text)] == [dt.date(2025, 8, 31), dt.date(2024, 9, 1)]


def test_a_half_year_before_a_count_is_not_guessed() -> None:
    # «31.05.20 26 человек» cannot be read safely: neither 2020 nor 2026
    assert find_dates("план на 31.05.20 26 человек") == []
    # a full year followed by a count stays a full date
    assert [h.date for h in find_dates("5 мая 2024 20 участников")] == [dt.date(2024, 5, 5)]


# --- a date after a clause break inside its line is a cited act's ---

REPORT_CITED_MID_PARAGRAPH = """МАОУ «Гимназия № 3» г. Кольчугино

АНАЛИТИЧЕСКАЯ СПРАВКА
о реализации программ наставничества в первом полугодии

Работа велась по Положению о наставничестве, утверждённому приказом от 29.08.2023 № 201; приказ о назначении кураторов от 02.09.2024 № 188 определил состав рабочей группы.

1. Сформировано 12 наставнических пар.
2. Проведено 4 заседания методического объединения наставников.

Куратор наставничества     ____________   Е.В. Сидоркина
14.01.2025
"""


def test_a_cited_order_after_a_semicolon_does_not_date_a_report(judge) -> None:
    assert judge(REPORT_CITED_MID_PARAGRAPH, "1.4", year=2024).doc_date == "2025-01-14"


REPORT_CITED_AFTER_SENTENCE = """Отчёт куратора целевой модели наставничества

Наставничество ведётся третий год подряд. Распоряжение о закреплении пар от 15.09.2023 № 77-р действует весь учебный год.
Охвачено наставничеством 40 обучающихся и 6 педагогов.

Дата составления отчёта
30.05.2024
Куратор ______ О.П. Губина
"""


def test_a_cited_act_after_a_finished_sentence_does_not_date_a_report(judge) -> None:
    assert judge(REPORT_CITED_AFTER_SENTENCE, "1.4", year=2024).doc_date == "2024-05-30"


ORDER_OWN_LINE = """Муниципальное бюджетное общеобразовательное учреждение «Школа № 8»

ПРИКАЗ

от 12.09.2024 № 115

О закреплении наставнических пар

На основании Положения о наставничестве; в целях адаптации молодых педагогов
ПРИКАЗЫВАЮ:
1. Закрепить наставнические пары согласно приложению.

Директор ______ А.А. Юдина
"""


def test_an_order_s_own_date_line_is_still_its_date(judge) -> None:
    assert judge(ORDER_OWN_LINE, "1.3", year=2024).doc_date == "2024-09-12"


AGREEMENT_PLACE_ABBREVIATED = """ДОГОВОР О НАСТАВНИЧЕСТВЕ № 2

пос. Лесной. Тверская обл.                                  «14» октября 2024 г.

Школа и колледж заключили настоящий договор о наставничестве «студент — ученик».
"""


def test_an_abbreviated_place_before_the_date_is_no_clause_break(judge) -> None:
    assert judge(AGREEMENT_PLACE_ABBREVIATED, "2.1", year=2024).doc_date == "2024-10-14"


# --- a licence's requisites under their own label line ---

SELF_EXAMINATION_LICENCE_LABEL = """Отчёт о результатах самообследования МБОУ «Лицей № 6» за 2023 год

Лицензия

от 14.03.2019 № 1120

Общие сведения
Лицей реализует программы начального, основного и среднего общего образования.
"""


def test_a_licence_label_above_its_date_line_gives_no_own_date(judge) -> None:
    assert judge(SELF_EXAMINATION_LICENCE_LABEL, "2.1", year=2024).doc_date is None


REPORT_LICENCE_LABEL_COLON = """ПУБЛИЧНЫЙ ДОКЛАД
муниципального бюджетного дошкольного образовательного учреждения «Детский сад № 12»

ЛИЦЕНЗИЯ:
от 05 апреля 2016 г. № 4410

Детский сад посещают 180 воспитанников.
"""


def test_a_capitalised_licence_label_with_a_colon_gives_no_own_date(judge) -> None:
    assert judge(REPORT_LICENCE_LABEL_COLON, "1.4", year=2024).doc_date != "2016-04-05"


# --- a PDF reader's signature appearance (run on with the text) is no part of the document ---

ORDER_AFTER_READER_APPEARANCE = (
    "Сидоренко Ольга Павловна МБОУ «Основная школа № 5» Подписан: Сидоренко Ольга Павловна "
    'DN: C=RU, S=Курганская область, T=Директор, O="МБОУ ""ОШ №5""", CN=Сидоренко Ольга '
    "Павловна Основание: Я утвердил этот документ Местоположение: г. Шадринск "
    "Дата: 2024.09.12 09:41:07+05'00' Foxit PDF Reader Версия: 12.0.1 "
    "«Об организации наставничества в 2024-2025 учебном году» Приказ № 143 от 02.09.2024 г. "
    "В целях реализации целевой модели наставничества приказываю: 1. Утвердить список "
    "наставнических пар. 2. Контроль оставляю за собой. Директор О.П. Сидоренко"
)


def test_a_reader_signature_appearance_run_on_with_an_order_is_not_its_grounds(judge) -> None:
    d = judge(ORDER_AFTER_READER_APPEARANCE, "1.3", year=2024)
    assert d.doc_date == "2024-09-02"


REGULATION_AFTER_READER_APPEARANCE = (
    "Подписан: Лаптева Ирина Юрьевна DN: CN=Лаптева Ирина Юрьевна, O=МКОУ Сосновская СОШ, C=RU "
    "Основание: Я утвердил этот документ Дата: 2024.10.01 08:12:55+03'00' "
    "УТВЕРЖДЕНО приказом директора от 30.08.2024 № 112 ПОЛОЖЕНИЕ о системе наставничества "
    "педагогических работников МКОУ Сосновская СОШ 1. Общие положения 1.1. Настоящее Положение "
    "определяет порядок организации наставничества."
)


def test_a_reader_signature_appearance_before_an_approval_stamp_is_not_grounds(judge) -> None:
    assert judge(REGULATION_AFTER_READER_APPEARANCE, "1.2", year=2024).doc_date == "2024-08-30"


ADOBE_APPEARANCE_ON_TOP = """Digitally signed by Petrova Anna
DN: cn=Петрова Анна Игоревна, o=МАДОУ Детский сад № 41, email=ds41@example.ru, c=RU
Date: 2025.02.20 16:05:44 +03'00'

ПРИКАЗ

14.02.2025                                                                      № 19-од
"""


def test_a_signed_label_without_a_certificate_name_is_kept() -> None:
    from classifiers.esign import appearance_spans

    # no distinguished name: the words of the document, not a reader's appearance
    text = "Протокол подписан: председатель ______ секретарь ______\nДата: 2024.05.20 10:00"
    assert appearance_spans(text) == []
    # an English reader's appearance on its own lines ends at its timestamp
    [(a, b)] = appearance_spans(ADOBE_APPEARANCE_ON_TOP)
    assert ADOBE_APPEARANCE_ON_TOP[a:b].endswith("+03'00'")


# --- an order without its head is dated by its attachment's approval stamp ---

ORDER_HEADLESS_WITH_ATTACHMENT = """В целях развития системы наставничества в муниципальных образовательных организациях
Приказываю:
1. Утвердить Порядок организации наставничества в общеобразовательных организациях округа согласно приложению.
2. Контроль за исполнением приказа оставляю за собой.
Начальник управления образования |
Р.Ф. Галиуллина |
Утвержден
приказом управления образования
администрации Кармаскалинского округа
от 05.03.2024 N 45-од
Порядок организации наставничества
1. Общие положения
"""


def test_a_headless_order_is_dated_by_its_attachment_s_stamp(judge) -> None:
    assert judge(ORDER_HEADLESS_WITH_ATTACHMENT, "1.1", year=2024).doc_date == "2024-03-05"


ORDER_HEADLESS_ONE_LINE_STAMP = """приказываю:
1. Утвердить прилагаемое Положение о наставничестве в МБДОУ «Детский сад № 3 «Солнышко».
2. Старшему воспитателю ознакомить педагогов с Положением.

Заведующий                                  Л.Н. Тарасова

УТВЕРЖДЕНО приказом заведующего от 12 января 2023 г. № 7

ПОЛОЖЕНИЕ
о наставничестве педагогических работников
"""


def test_a_headless_order_with_a_one_line_stamp_is_dated_by_it(judge) -> None:
    assert judge(ORDER_HEADLESS_ONE_LINE_STAMP, "1.1", year=2024).doc_date == "2023-01-12"


ORDER_HEADLESS_NOTHING_APPROVED = """приказываю:
1. Назначить куратором наставничества заместителя директора Е.А. Белову.
2. Контроль оставляю за собой.

Директор                                  П.С. Лукин

Утверждено
приказом директора
от 30.08.2022 № 98
"""


def test_a_stamp_below_an_order_that_approves_nothing_gives_no_date(judge) -> None:
    assert judge(ORDER_HEADLESS_NOTHING_APPROVED, "1.1", year=2024).doc_date is None


# --- a blank own date line: a date above the heading is not the document's ---

SAMPLE_PROTOCOL_PAGE = """Методическая копилка завуча

Обновлено: 18.03.2025

Образец оформления протокола

ПРОТОКОЛ
заседания методического совета
от __.__.20__ г.  № ___

Присутствовали: 9 человек.
Повестка: 1. Об итогах наставничества за полугодие.
"""


def test_a_page_update_date_above_a_blank_protocol_is_not_its_date(judge) -> None:
    assert judge(SAMPLE_PROTOCOL_PAGE, "9.3", year=2025).doc_date is None


ORDER_FORM_BLANK = """Дата размещения на сайте 02.10.2024

Форма приказа (для заполнения)

ПРИКАЗ
«___» __________ 20__ г.                                  № _____

О закреплении наставников за молодыми специалистами
"""


def test_a_site_date_above_an_order_form_with_a_blank_is_not_its_date(judge) -> None:
    assert judge(ORDER_FORM_BLANK, "1.3", year=2024).doc_date is None


PROTOCOL_DATE_ABOVE = """МБОУ «СОШ № 17»

21.05.2024

ПРОТОКОЛ № 4
заседания методического объединения наставников

Присутствовали: 7 человек.
"""


def test_a_date_line_above_a_filled_heading_still_dates_it(judge) -> None:
    assert judge(PROTOCOL_DATE_ABOVE, "9.3", year=2024).doc_date == "2024-05-21"


# --- «… к приказу № N от …» under an OCR-garbled «Приложение» dates the attached document ---

REGULATION_GARBLED_APPENDIX = (
    "Пршюжепие № 2 к приказу ]Ф 57 ом 1З.09.2024г. Муниципальное казённое общеобразовательное "
    "учреждение «Берёзовская средняя школа» ПОЛОЖЕНИЕ о наставничестве в МКОУ «Берёзовская СШ» "
    "1. Общие положения 1.1. Настоящее Положение разработано в соответствии с Федеральным "
    "законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»."
)


def test_an_order_named_after_a_garbled_appendix_word_dates_a_regulation(judge) -> None:
    assert judge(REGULATION_GARBLED_APPENDIX, "1.2", year=2024).doc_date == "2024-09-13"


PROGRAMME_GARBLED_APPENDIX = """Прил0жеиие
к приказу № 118-о от 30.08.2024

ПРОГРАММА НАСТАВНИЧЕСТВА
«Молодой педагог» на 2024-2025 учебный год

1. Пояснительная записка
Программа разработана на основании приказа управления образования от 15.08.2024 № 301.
"""


def test_an_order_named_after_a_garbled_appendix_word_dates_a_programme(judge) -> None:
    assert judge(PROGRAMME_GARBLED_APPENDIX, "3.1", year=2024).doc_date == "2024-08-30"
