"""Round-26 shapes of real school documents, in own wording: the end of a range of days («с 9 по
13 октября 2023 года в ДОУ № 5 …») is a period, whatever number follows it; days of events a
report enumerates («… 05.10.2023 г. и 19.10.2023 г. …») are not its date; a PDF signature's
timestamp interleaved with a contract's heading («Дата: 2023.11.20 / <name> / 09:12:44
+03'00'») is not the contract's date — its own «DD» MM YYYY line is; a news page's «Дата
публикации: Среда, 12 октября 2022 10:41» dates the page (a time after a publication label
makes no stamp); a date amid Russian read by OCR as Latin letters is unreadable, not own."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- a period's end followed by an organisation's number ----------------------------------------

_SURVEY = (
    "Информационная справка\n"
    "по итогам мониторинга реализации целевой модели наставничества\n"
    "«Удовлетворённость участием в программе наставничества»\n"
    "октябрь 2023 г.\n"
    "{period} в МАДОУ № 5 проведено анкетирование молодых педагогов и их наставников.\n"
    "В анкетировании приняли участие 12 наставляемых и 9 наставников.\n"
    "Удовлетворённость наставляемых работой в паре с наставником составила 92 %.\n"
    "Доля педагогов-наставников от общего числа педагогов – 21 %.\n"
)


def test_end_of_a_range_of_days_is_not_the_date_of_a_spravka(judge) -> None:
    d = judge(_SURVEY.format(period="С 9 по 13 октября 2023 года"), "1.4", year=2023)
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_end_of_a_dashed_range_of_days_is_not_the_date_of_a_spravka(judge) -> None:
    d = judge(_SURVEY.format(period="9– 13 октября 2023 года"), "1.4", year=2023)
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None


def test_a_single_day_with_a_number_still_dates_the_spravka(judge) -> None:
    text = _SURVEY.format(period="В течение месяца").replace(
        "октябрь 2023 г.\n", "от 16.10.2023 № 14\n"
    )
    d = judge(text, "1.4", year=2023)
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2023-10-16"


# -- days of events a report enumerates ---------------------------------------------------------

_EVENTS = (
    "ОТЧЁТ\n"
    "о проведении декады наставничества\n"
    "в МКОУ «Берёзовская ООШ»\n"
    "В целях поддержки молодых педагогов и распространения опыта наставников школы в течение "
    "октября была проведена следующая работа:\n"
    "Организовали 05. 10 2023г. и 19.10.2023г. встречи наставников с молодыми специалистами.\n"
    "5 октября 2023 года наставники провели открытые уроки для молодых учителей.\n"
    "19 октября 2023 года молодые педагоги представили свои методические разработки.\n"
    "В декаде приняли участие 6 наставников и 7 наставляемых.\n"
)


def test_days_of_events_listed_in_a_report_are_not_its_date(judge) -> None:
    d = judge(_EVENTS, "1.4", year=2023)
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None


def test_a_report_signed_under_its_narrated_events_is_dated_by_the_signature(judge) -> None:
    text = _EVENTS + "\nЗаместитель директора по УВР ________ О.Н. Кравец\n23.10.2023\n"
    d = judge(text, "1.4", year=2023)
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2023-10-23"


# -- a PDF signature's timestamp interleaved with a contract's heading ----------------------------

_CONTRACT = (
    "Подписано цифровой\n"
    "Лаврентьева\n"
    "подписью: Лаврентьева\n"
    "Ольга Сергеевна\n"
    "Ольга\n"
    "ДОГОВОР № 14-П\n"
    "{stamp_date}\n"
    "Сергеевна\n"
    "{stamp_time}\n"
    "о сетевой форме реализации программы наставничества\n\n"
    "г. Туапсе\n\n"
    "«05» 09 2023 г.\n\n"
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 8» (далее — "
    "Школа), в лице директора Лаврентьевой О.С., и Государственное бюджетное профессиональное "
    "образовательное учреждение «Туапсинский технологический колледж» (далее — Колледж), в лице "
    "директора Гусева П.А., заключили настоящий договор о нижеследующем.\n"
    "1. Колледж направляет своих преподавателей в качестве наставников для обучающихся Школы.\n"
    "2. Договор действует до 31.08.2024.\n"
)


def test_interleaved_pdf_signature_timestamp_is_not_the_contracts_date(judge) -> None:
    text = _CONTRACT.format(stamp_date="Дата: 2023.11.20", stamp_time="09:12:44 +03'00'")
    d = judge(text, "2.1", year=2023)
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.doc_date == "2023-09-05"


def test_a_plain_hour_below_a_date_makes_no_stamp_of_it(judge) -> None:
    # no PDF offset after the hour: «Приём с 09:00» under a date line is not a timestamp
    text = _CONTRACT.format(stamp_date="", stamp_time="").replace(
        "г. Туапсе\n\n«05» 09 2023 г.\n\n", "г. Туапсе\n\n«05» 09 2023 г.\nприём с\n09:00\n\n"
    )
    d = judge(text, "2.1", year=2023)
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.doc_date == "2023-09-05"


# -- a news page's publication label, a weekday and a time after the date -----------------------

_NEWS_BODY = (
    "Уважаемые заместители руководителей образовательных организаций!\n\n"
    "Управление образования сообщает о проведении муниципального конкурса «Наставник года» "
    "в 2022/2023 учебном году. Заявки на участие принимаются не позднее 25.10.2022, "
    "материалы конкурсантов — до 15.11.2022.\n"
)


def test_publication_date_with_weekday_and_time_dates_a_news_page(judge) -> None:
    text = (
        "О конкурсе «Наставник года» в 2022/2023 учебном году\n\n"
        "Печать\n"
        "Категория: Новости управления\n"
        "Опубликовано: Среда, 12 октября 2022 10:41\n\n" + _NEWS_BODY
    )
    d = judge(text, "2.3", year=2022)
    assert d.doc_kind is DocKind.OTHER
    assert d.doc_date == "2022-10-12"


def test_a_site_clock_with_weekday_and_time_is_not_the_pages_date(judge) -> None:
    text = (
        "О конкурсе «Наставник года» в 2022/2023 учебном году\n\n"
        "Печать\n"
        "Категория: Новости управления\n"
        "Среда, 12 октября 2022 10:41\n\n" + _NEWS_BODY
    )
    d = judge(text, "2.3", year=2022)
    assert d.doc_kind is DocKind.OTHER
    assert d.doc_date is None


# -- a date amid Russian read by OCR as Latin letters ---------------------------------------------

_BODY = (
    "1. Аналитическая часть\n"
    "Самообследование проведено в соответствии с приказом Министерства образования и науки "
    "Российской Федерации от 14.06.2013 № 462.\n"
    "В школе реализуется целевая модель наставничества: 11 пар «учитель – учитель», "
    "наставниками являются 8 опытных педагогов.\n"
)


def test_a_protocol_date_amid_latin_ocr_garble_is_not_the_reports_date(judge) -> None:
    head = (
        'MyHuquna.rrbHoe aBTOHOMHoe o6rqeo6pa3oBaTeJrbHoe yqpe)KAeHHe rI4MHa3HrI N"7 '
        "npI4HflTo yTBEP)KAAIO neAaroru.recKnM coBeToM AupeKTop rrlKoJIbr "
        "(npoToKon or 28.08.2023 r. Ns1 ____ O.B. CeMeHoBa 2023 r. "
        "OTqeT o pe3yJrbTaTax caMoo6cneAoBaHnfl 3a 2022 roA\n"
    )
    d = judge(head + _BODY, "1.4", year=2023)
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None


def test_a_readable_protocol_date_still_dates_the_report(judge) -> None:
    head = (
        "Муниципальное автономное общеобразовательное учреждение гимназия № 7\n"
        "ПРИНЯТО\nпедагогическим советом\n(протокол от 28.08.2023 № 1)\n\n"
        "ОТЧЁТ о результатах самообследования за 2022 год\n"
    )
    d = judge(head + _BODY, "1.4", year=2023)
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2023-08-28"


def test_a_latin_contacts_line_before_a_date_leaves_it_readable(judge) -> None:
    text = (
        "Tel.: +7 (3452) 41-20-17, fax: +7 (3452) 41-20-18, e-mail: school7@mail.ru, "
        "web: https://school7.tmn.ru, ok: https://ok.ru/group/school7\n"
        "12.09.2023 № 45\n"
        "ПРИКАЗ\n"
        "О закреплении наставников за молодыми педагогами\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Закрепить наставником учителя математики Осипову Л.Н. за молодым специалистом "
        "Зайцевым Р.Д.\n"
        "Директор ________ Е.В. Рябова\n"
    )
    d = judge(text, "2.4", year=2023)
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2023-09-12"


# -- the quoted day with the month in digits ---------------------------------------------------


def test_quoted_day_and_month_in_digits_is_read(judge) -> None:
    d = judge(_CONTRACT.format(stamp_date="", stamp_time=""), "2.1", year=2023)
    assert d.doc_date == "2023-09-05"
