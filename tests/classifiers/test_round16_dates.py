"""Round 16 misses of the own-date rules (and of the stamps above a local act), in texts of our
own wording."""

from __future__ import annotations

import datetime as dt

from classifiers.dates import find_dates
from evidence.models import DocKind, Verdict

# --- blanks for the day and month before a typed year: the date is unknown ---

PAIRS_ORDER = """МАОУ «Средняя школа № 9» г. Кедровый

ПРИКАЗ

{line}

О закреплении наставников за молодыми специалистами

В целях адаптации молодых специалистов ПРИКАЗЫВАЮ:
1. Закрепить наставников согласно приложению.

Директор ______ О.Л. Вершинина
"""


def test_blanks_for_the_day_before_a_passing_year_are_no_date_naming_the_year(judge) -> None:
    d = judge(
        PAIRS_ORDER.format(line="от «____» ____________ 2023 г.     № ____"), "2.3", year=2024
    )
    assert d.verdict is Verdict.NO_DATE
    assert "needs_review" in d.flags
    assert "2023" in d.message


def test_a_dotted_blank_date_line_is_no_date_under_not_after(judge) -> None:
    d = judge(PAIRS_ORDER.format(line="__.__.2024 г.                № 15-од"), "2.3", year=2024)
    assert d.verdict is Verdict.NO_DATE
    assert "2024" in d.message


def test_a_later_year_after_blanks_still_breaks_not_after(judge) -> None:
    d = judge(PAIRS_ORDER.format(line="от «___» ________ 2025 г.   № ___"), "2.3", year=2024)
    assert d.verdict is Verdict.WRONG_YEAR


def test_a_year_typed_alone_as_the_date_still_settles_not_after(judge) -> None:
    d = judge(PAIRS_ORDER.format(line="2023 год"), "2.3", year=2024)
    assert d.verdict is Verdict.OK


# --- a date letter-spaced like its heading ---

SPACED_ORDER = """МБОУ «Лицей № 2»

П Р И К А З

{line}                                      № 7 1

О мониторинге реализации программ наставничества

ПРИКАЗЫВАЮ:
1. Провести мониторинг программ наставничества.

Директор ______ Р.А. Зуев
"""


def test_a_letter_spaced_date_under_a_spaced_heading_is_read(judge) -> None:
    d = judge(SPACED_ORDER.format(line="1 4 . 1 0 . 2 0 2 4"), "1.3", year=2024)
    assert d.doc_date == "2024-10-14"
    assert d.verdict is Verdict.OK


def test_a_letter_spaced_date_with_a_short_day_is_read(judge) -> None:
    d = judge(SPACED_ORDER.format(line="от 3 . 0 2 . 2 0 2 3 г."), "1.3", year=2024)
    assert d.doc_date == "2023-02-03"
    assert d.verdict is Verdict.WRONG_YEAR


def test_spaced_digits_that_make_no_date_stay_apart() -> None:
    from classifiers.document import repair

    assert repair("Индекс: 6 2 4 0 0 0 1 2") == "Индекс: 6 2 4 0 0 0 1 2"
    assert repair("пункты 1 . 2 . 3 . 4 . 5") == "пункты 1 . 2 . 3 . 4 . 5"


# --- a day in words, the year in digits ---


def test_a_day_in_words_with_a_year_in_digits_is_read() -> None:
    hits = find_dates("Приказ № 4 подписан пятнадцатого мая 2024 г. в г. Кедровый")
    assert [h.date for h in hits] == [dt.date(2024, 5, 15)]


def test_a_two_word_day_with_a_year_in_digits_is_read(judge) -> None:
    text = PAIRS_ORDER.format(line="издан двадцать первого августа 2023 года")
    assert judge(text, "2.3", year=2024).doc_date == "2023-08-21"


def test_an_ordinal_without_a_month_is_no_date() -> None:
    assert find_dates("обучающиеся пятого класса 2024 года набора") == []


# --- a phone number typed with hyphens ---


def test_a_phone_number_after_its_word_is_no_date() -> None:
    assert find_dates("Тел. 8 (3452) 2-14-05, e-mail: school@mail.ru") == []
    assert find_dates("факс: 12-03-91") == []


def test_a_phone_number_after_an_area_code_is_no_date() -> None:
    assert find_dates("Исп. Карпова Н.С.\n(38822) 6-11-94") == []


def test_a_hyphenated_date_elsewhere_is_still_read() -> None:
    hits = find_dates("Приказ от 12-03-2024 № 5 о наставничестве")
    assert [h.date for h in hits] == [dt.date(2024, 3, 12)]


LETTER = """Муниципальное автономное общеобразовательное учреждение «Школа № 5»
ул. Мира, д. 3, г. Кедровый, тел. (38250) 3-12-95

{line}

Начальнику управления образования

О направлении информации о наставничестве

Направляем сведения о реализации целевой модели наставничества в 2024 году.

Директор ______ О.Л. Вершинина
"""


def test_a_letter_is_dated_by_its_line_not_by_its_phone_number(judge) -> None:
    d = judge(LETTER.format(line="11.10.2024 № 02-15/118"), "1.3", year=2024)
    assert d.doc_date == "2024-10-11"


# --- the recipient's incoming stamp above the document ---

STAMPED_ORDER = """Управление образования администрации города Кедровый
{stamp}

МАОУ «Средняя школа № 9»

ПРИКАЗ
{line}

О мониторинге реализации целевой модели наставничества

ПРИКАЗЫВАЮ:
1. Провести мониторинг реализации целевой модели наставничества.

Директор ______ О.Л. Вершинина
"""


def test_an_incoming_stamp_does_not_date_an_order_with_a_blank_date_line(judge) -> None:
    text = STAMPED_ORDER.format(stamp="Вх. № 3-211\n«21» 10 2024 г.", line="___________   № 44")
    d = judge(text, "1.3", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE
    assert "2024 год" not in d.message  # the stamp's year is not a year typed on its date line


def test_an_incoming_stamp_on_one_line_does_not_date_the_order(judge) -> None:
    text = STAMPED_ORDER.format(stamp="Входящий № 118 от 05.11.2024", line="")
    assert judge(text, "1.3", year=2024).doc_date is None


def test_an_order_with_its_own_date_line_keeps_it_under_an_incoming_stamp(judge) -> None:
    text = STAMPED_ORDER.format(stamp="Вх. № 3-211\n«21» 10 2024 г.", line="от 14.10.2024 № 44")
    assert judge(text, "1.3", year=2024).doc_date == "2024-10-14"


# --- the stamps above a local act: a record of a council is not the document's heading ---

PAY_REGULATION = """{stamps}

ПОЛОЖЕНИЕ
о доплатах педагогическим работникам за наставничество

1. Общие положения
1.1. Положение устанавливает размер доплаты наставникам.
2. Размер доплаты
2.1. Наставнику устанавливается доплата 10 % оклада.
"""

SIDE_BY_SIDE = """ПРИНЯТО УТВЕРЖДЕНО
на общем собрании работников приказом заведующего
МБДОУ «Детский сад № 4» МБДОУ «Детский сад № 4»
протокол № 3 от 30.08.2024 от ____________ № ____"""

CONSIDERED = """СОГЛАСОВАНО
с учётом мнения профсоюзного комитета

УЧТЕНО мнение
совета родителей
(протокол от 12.09.2023 № 1)"""


def test_a_council_record_in_side_by_side_stamps_is_no_heading(judge) -> None:
    d = judge(PAY_REGULATION.format(stamps=SIDE_BY_SIDE), "11.1", year=2024)
    assert d.doc_kind is DocKind.REGULATION
    assert d.verdict is Verdict.OK
    assert d.doc_date is None  # approved by an order whose date line is blank


def test_a_record_in_brackets_under_an_uchteno_stamp_is_no_heading(judge) -> None:
    d = judge(PAY_REGULATION.format(stamps=CONSIDERED), "11.1", year=2024)
    assert d.doc_kind is DocKind.REGULATION


def test_a_protocol_headed_in_capitals_is_still_a_protocol() -> None:
    from classifiers.doctype import detect_kind

    text = """МБДОУ «Детский сад № 4»

ПРОТОКОЛ № 3
заседания педагогического совета от 30.08.2024

Присутствовали: 18 человек.
СЛУШАЛИ: о положении о доплатах наставникам.
РЕШИЛИ: принять положение.
"""
    k = detect_kind(text)
    assert k.kind is DocKind.OTHER and k.subtype == "протокол"


# --- a date alone under the signatures of side-by-side stamps: the approval's ---

PROGRAMME = """{stamps}

ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА
форма «учитель — учитель»

Наставник: Лебедева Ирина Олеговна, учитель математики.
Наставляемый: Гусев Артём Павлович, учитель математики, молодой специалист.
Срок реализации: сентябрь 2024 г. — май 2025 г.

Цель: адаптация молодого специалиста в коллективе.
"""


def test_a_date_under_both_signatures_is_the_approvals(judge) -> None:
    stamps = """СОГЛАСОВАНО УТВЕРЖДАЮ
Руководитель ШМО Директор школы
_______ А.Н. Котова _______ В.В. Рябов
05.09.2024"""
    d = judge(PROGRAMME.format(stamps=stamps), "3.2", year=2024)
    assert d.doc_date == "2024-09-05"


def test_a_date_under_the_directors_signature_beside_an_undated_protocol(judge) -> None:
    stamps = """Рассмотрено на заседании УТВЕРЖДАЮ
методического совета Директор МБОУ «СОШ № 8»
протокол № 2 _________ Л.Д. Носова
«09» сентября 2024 г."""
    d = judge(PROGRAMME.format(stamps=stamps), "3.2", year=2024)
    assert d.doc_date == "2024-09-09"


def test_a_councils_dated_protocol_beside_an_undated_approval_is_not_the_date(judge) -> None:
    stamps = """ПРИНЯТО УТВЕРЖДАЮ
на педагогическом совете Директор МБОУ «СОШ № 8»
протокол от 29.08.2024 № 1 _________ Л.Д. Носова"""
    assert judge(PROGRAMME.format(stamps=stamps), "3.2", year=2024).doc_date is None


# --- a numbered item of a report's body names an act, also when its line is wrapped ---

REPORT = """СПРАВКА
по итогам внутреннего мониторинга реализации программ наставничества

{item}
2. Наставнических пар — 12; удовлетворённость наставляемых — 91 %.
3. Выводы: программы реализуются в полном объёме.

Заместитель директора ______ Т.Г. Юдина
19.12.2024
"""


def test_a_wrapped_list_item_with_an_act_does_not_date_a_report(judge) -> None:
    item = "1. Основание: положение о наставничестве, приказ о закреплении наставников\nот 02.09.2024 № 118."
    d = judge(REPORT.format(item=item), "1.4", year=2024)
    assert d.doc_date == "2024-12-19"


def test_a_list_item_on_one_line_does_not_date_a_report(judge) -> None:
    item = "1. Нормативная база: приказ о закреплении наставников от 02.09.2023 № 118."
    d = judge(REPORT.format(item=item), "1.4", year=2024)
    assert d.doc_date == "2024-12-19"


def test_a_reports_own_date_line_under_its_title_is_kept(judge) -> None:
    text = REPORT.format(item="от 20.12.2024 № 9\n\n1. Мониторинг проведён в декабре.")
    assert judge(text, "1.4", year=2024).doc_date == "2024-12-20"


# --- the day of an event does not date a paper attesting one's participation ---

PARTICIPANT = """СЕРТИФИКАТ

подтверждает, что Соколова Вера Андреевна
приняла участие в семинаре «Наставничество в школе: первые шаги»

Дата проведения: {day}

Директор ГАУ ДПО «Институт развития образования» ______ Н.Н. Орлова
"""


def test_a_participation_certificate_is_not_dated_by_the_event(judge) -> None:
    d = judge(PARTICIPANT.format(day="22 ноября 2024 года"), "9.2", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.WRONG_TYPE


def test_a_webinar_date_label_does_not_date_its_certificate(judge) -> None:
    text = PARTICIPANT.format(day="22.11.2024").replace("Дата проведения:", "Дата вебинара —")
    assert judge(text, "9.2", year=2024).doc_date is None


def test_a_meetings_protocol_is_dated_by_its_meeting(judge) -> None:
    text = """ПРОТОКОЛ № 4
заседания методического объединения наставников

Дата проведения: 18.03.2024

Присутствовали: 9 человек.
СЛУШАЛИ: о работе наставнических пар.
"""
    assert judge(text, "9.3", year=2024).doc_date == "2024-03-18"


# --- a certificate's blank date of issue: its course's period does not stand in ---

COURSE_CERTIFICATE = """УДОСТОВЕРЕНИЕ
о повышении квалификации

Регистрационный номер 07-118
Город Кедровый
{issue}

Настоящее удостоверение свидетельствует о том, что Белова Ольга Игоревна
с 11 ноября 2024 г. по 22 ноября 2024 г. прошла повышение квалификации
по программе «Наставничество в образовательной организации» в объёме 36 часов.
"""


def test_a_blank_issue_date_is_no_date(judge) -> None:
    text = COURSE_CERTIFICATE.format(issue="Дата выдачи «____» __________ 20___ г.")
    d = judge(text, "9.2", year=2024)
    assert d.verdict is Verdict.NO_DATE
    assert d.doc_date is None


def test_a_blank_issue_date_read_by_ocr_is_no_date(judge) -> None:
    text = COURSE_CERTIFICATE.format(issue="Дата выдачи « » 20 г.")
    d = judge(text, "9.2", year=2024)
    assert d.verdict is Verdict.NO_DATE


def test_a_filled_issue_date_dates_the_certificate(judge) -> None:
    text = COURSE_CERTIFICATE.format(issue="Дата выдачи 25 ноября 2024 г.")
    assert judge(text, "9.2", year=2024).doc_date == "2024-11-25"


def test_without_an_issue_label_the_period_end_dates_the_certificate(judge) -> None:
    text = COURSE_CERTIFICATE.format(issue="")
    assert judge(text, "9.2", year=2024).doc_date == "2024-11-22"
