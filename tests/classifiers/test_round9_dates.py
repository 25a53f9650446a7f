"""Round-9 shapes of a document's own date: a signing date labelled under the signature, a
report's grounds line, a year alone on a title's date line, an issue label, a report approved
by an order, cited acts (no approval stamp, enumerations of requisites, «в ред. от»), a page's
own title line and breadcrumb, a licence's requisites and an act cited in a sentence. The
documents are written for these tests."""

from __future__ import annotations

from evidence.models import Verdict

# --- «Дата подписания: …» under the signature dates an order ---

ORDER_SIGNED_BELOW = """Муниципальное автономное общеобразовательное учреждение «Школа № 14»

ПРИКАЗ № 31-ос

Об организации внутреннего мониторинга наставничества

В целях оценки реализации программ наставничества
ПРИКАЗЫВАЮ:
1. Провести мониторинг в срок до 28 февраля.
2. Контроль оставляю за собой.

Директор школы                                   Н.В. Ермакова

Дата подписания: 03.02.2025
Документ подписан электронной подписью
Сертификат: 5A0F11C2D9
Действителен с 10.01.2025 по 10.04.2026
"""


def test_a_signing_date_label_under_the_signature_dates_an_order(judge) -> None:
    assert judge(ORDER_SIGNED_BELOW, "1.3", year=2025).doc_date == "2025-02-03"


KINDERGARTEN_ORDER_ISSUED = """МБДОУ «Детский сад № 9 «Ромашка»

Приказ № 7-од

О закреплении наставников

Закрепить наставников за молодыми воспитателями согласно приложению.

Заведующий ______ Л.М. Кравец
Дата издания: 15.01.2024
"""


def test_an_issue_date_label_under_the_signature_dates_an_order(judge) -> None:
    assert judge(KINDERGARTEN_ORDER_ISSUED, "2.3", year=2024).doc_date == "2024-01-15"


ORDER_WITH_BIRTH_DATE = """МБОУ «СОШ № 3»

ПРИКАЗ № 12

О назначении наставника

Назначить наставником учителя математики Иванову П.С.

Директор ______ А.А. Смирнов
Дата рождения наставляемого: 14.05.2001
"""


def test_another_dated_label_is_not_a_date_line() -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _on_own_line

    text = ORDER_WITH_BIRTH_DATE + "Дата составления: 01.02.2024\n"
    assert [_on_own_line(text, h) for h in find_dates(text)] == [False, True]


# --- «Основание: приказ … от …» in a report's head cites the order ---

REPORT_WITH_GROUNDS_LINE = """МБОУ «Лицей № 2»

СПРАВКА
по итогам мониторинга реализации программ наставничества

Основание: приказ директора от 02.09.2024 № 45 «О мониторинге».

Показатель | Значение
Наставляемые, чел. | 41
Наставники, чел. | 12

Заместитель директора ______ О.И. Белова
20.12.2024
"""


def test_a_grounds_line_does_not_date_a_report(judge) -> None:
    assert judge(REPORT_WITH_GROUNDS_LINE, "1.4", year=2024).doc_date == "2024-12-20"


COLLEGE_ANALYSIS_WITH_GROUNDS = """ГАПОУ «Технический колледж»

АНАЛИТИЧЕСКАЯ СПРАВКА
о результатах внутреннего мониторинга наставничества

ОСНОВАНИЕ: распоряжение управления образования от 14.10.2024 № 301-р.

Охват студентов наставничеством составил 37 %.

Руководитель центра наставничества ______ К.Р. Ахметова
«25» ноября 2024 г.
"""


def test_a_grounds_line_in_capitals_does_not_date_a_report(judge) -> None:
    assert judge(COLLEGE_ANALYSIS_WITH_GROUNDS, "1.4", year=2024).doc_date == "2024-11-25"


def test_a_grounds_line_is_not_a_title_date_line() -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _grounds_line

    text = "Основание: приказ от 02.09.2024 № 45\nот 20.12.2024 № 3"
    assert [_grounds_line(text, h) for h in find_dates(text)] == [True, False]


# --- a year alone on the title's date line decides when it settles the rule ---

ORDER_OF_A_YEAR = """Муниципальное бюджетное общеобразовательное учреждение «Школа № 40»

ПРИКАЗ № 18-о
{line}

Об организации мониторинга реализации программ наставничества

ПРИКАЗЫВАЮ:
1. Провести внутренний мониторинг реализации программ наставничества.

Директор ______ Г.П. Ларина
"""

SIGNATURE_BEFORE_INITIALS = "Директор ______ Г.П. Ларина"


def test_a_signature_line_before_initials_is_not_a_blank_date() -> None:
    from classifiers.dates import template_unfilled

    assert template_unfilled(SIGNATURE_BEFORE_INITIALS) is None
    assert template_unfilled("от «__» ________ 20__ г.") is not None


PAIRS_ORDER_BLANK_DAY = """МАДОУ «Детский сад № 21»

П Р И К А З

от «____» ______________ {year} года                         № 56

О закреплении наставников за молодыми педагогами

Закрепить наставников согласно приложению.

Заведующий ______ В.А. Шилова
"""


def test_an_earlier_year_alone_fails_in_the_reporting_year(judge) -> None:
    d = judge(ORDER_OF_A_YEAR.format(line="2023 г."), "1.3", year=2024)
    assert d.verdict is Verdict.WRONG_YEAR
    assert d.doc_date is None


PAIRS_ORDER_OF_A_YEAR = """МБДОУ «Детский сад № 5 «Берёзка»

ПРИКАЗ № 64/2
2024 год

О закреплении наставников за молодыми педагогами

Закрепить наставников за молодыми педагогами согласно приложению.

Заведующий ______ Р.Р. Юсупова
"""


def test_a_year_alone_not_after_the_reporting_year_passes(judge) -> None:
    d = judge(PAIRS_ORDER_OF_A_YEAR, "2.3", year=2025)
    assert d.verdict is Verdict.OK
    assert "needs_review" in d.flags


def test_a_year_after_blanks_for_the_day_is_no_date_naming_it(judge) -> None:
    # round 16 (issue 12): blanks left for the day and month are a date written by hand —
    # «no date», naming the typed year, even where the year would pass «not after»
    d = judge(PAIRS_ORDER_BLANK_DAY.format(year=2022), "2.3", year=2024)
    assert d.verdict is Verdict.NO_DATE
    assert "2022" in d.message


def test_a_later_year_after_blanks_for_the_day_fails_not_after(judge) -> None:
    d = judge(PAIRS_ORDER_BLANK_DAY.format(year=2025), "2.3", year=2024)
    assert d.verdict is Verdict.WRONG_YEAR


def test_the_same_year_alone_does_not_settle_in_the_reporting_year(judge) -> None:
    d = judge(ORDER_OF_A_YEAR.format(line="2024 г."), "1.3", year=2024)
    assert d.verdict is Verdict.NO_DATE


def test_a_year_in_a_sentence_is_not_a_date_line(judge) -> None:
    text = ORDER_OF_A_YEAR.format(line="(издан в связи с планом работы на 2023 год)")
    assert judge(text, "1.3", year=2024).verdict is Verdict.NO_DATE


# --- «Дата выдачи …» dates a diploma or a certificate of another kind ---

RETRAINING_DIPLOMA = """АНО ДПО «Институт управления»

ДИПЛОМ
О ПРОФЕССИОНАЛЬНОЙ ПЕРЕПОДГОТОВКЕ

Регистрационный номер 2024-ПП/077
Город Самара
Дата выдачи 14 марта 2024 года

Настоящий диплом свидетельствует о том, что Петрова Анна Сергеевна
с 10 октября 2023 года по 1 марта 2024 года прошла профессиональную переподготовку
по программе «Педагогика дополнительного образования» в объёме 300 часов.
"""


def test_an_issue_label_dates_a_diploma(judge) -> None:
    assert judge(RETRAINING_DIPLOMA, "9.2", year=2024).doc_date == "2024-03-14"


def test_an_issue_label_with_a_colon_dates_another_document() -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _issue_label

    text = "ГРАМОТА\nРег. № 15\nДата выдачи: 05.06.2023\nс 01.02.2023 по 30.05.2023"
    h = _issue_label(text, find_dates(text))
    assert h is not None and h.date.isoformat() == "2023-06-05"


def test_a_date_away_from_the_issue_label_is_not_taken() -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _issue_label

    text = "Справка выдана по месту требования\nучастник курсов с 01.02.2023 по 30.05.2023"
    assert _issue_label(text, find_dates(text)) is None


# --- a report approved by an order is dated by its approval stamp ---

SELF_EXAMINATION = """ОТЧЁТ о результатах самообследования за 2024 год

МБОУ «Средняя школа № 6»

СОГЛАСОВАНО
Педагогическим советом
протокол от «29» марта 2025 № 4

УТВЕРЖДЕНО
приказом директора
№ 40 от «02» апреля 2025 г.

1. Общие сведения
Школа реализует программы наставничества по формам «учитель – ученик».
"""


def test_the_approval_stamp_dates_a_report(judge) -> None:
    assert judge(SELF_EXAMINATION, "1.4", year=2025).doc_date == "2025-04-02"


REPORT_APPROVED_IN_COLUMNS = """МАДОУ «Детский сад № 17»

Принят на педагогическом совете            УТВЕРЖДЁН
протокол № 3 от 10.04.2024                 приказом заведующего
                                           от 12.04.2024 № 58-од

ОТЧЁТ
о результатах самообследования за 2023 год

Детский сад посещают 210 воспитанников.
"""


def test_the_approval_column_dates_a_report(judge) -> None:
    assert judge(REPORT_APPROVED_IN_COLUMNS, "1.4", year=2024).doc_date == "2024-04-12"


# --- with no approval stamp, an act cited in an explanatory note does not date it ---

PROGRAMME_CITING_AN_ORDER = """Программа наставничества «Старт в профессии»

Пояснительная записка
Программа разработана с учётом Федерального закона от 29.12.2012 № 273-ФЗ; приказа
Министерства просвещения Российской Федерации от 22.03.2021 г.
№ 115 «Об утверждении Порядка …».
Программа рассчитана на молодых педагогов со стажем до трёх лет.
"""


def test_a_cited_order_without_a_stamp_does_not_date_a_programme(judge) -> None:
    assert judge(PROGRAMME_CITING_AN_ORDER, "3.1", year=2024).doc_date is None


REGULATION_CITING_AN_ORDER = """Положение о наставничестве в МКОУ «Школа с. Берёзовка»

1. Общие положения
1.1. Положение составлено с учётом письма Минпросвещения России от 23.01.2020
№ МР-42/02; приказа департамента образования области от 05.06.2022 № 812.
1.2. Наставничество организуется по формам «учитель – учитель».
"""


def test_a_cited_order_without_a_stamp_does_not_date_a_regulation(judge) -> None:
    assert judge(REGULATION_CITING_AN_ORDER, "1.1", year=2024).doc_date is None


STAMPED_PROGRAMME = """УТВЕРЖДЕНА
приказом директора МБОУ «Школа № 2»
от 30.08.2024 № 101

Программа наставничества «учитель – ученик»
"""


def test_the_approval_stamp_still_dates_a_programme(judge) -> None:
    assert judge(STAMPED_PROGRAMME, "3.1", year=2024).doc_date == "2024-08-30"


# --- an enumeration of cited acts' requisites: every entry is cited ---

REGULATION_WITH_AMENDMENTS = """Положение о порядке установления выплат педагогическим работникам

1. Общие положения
1.1. Положение разработано в соответствии со следующими документами:
• Постановлением Правительства области от 14.02.2017г. № 90-ПП (с изменениями,
внесёнными постановлениями Правительства области от 03.05.2018г. №
211-ПП, от 19.11.2019г. № 705 – ПП, от
02.12.2020 № 801-ПП);
1.2. Выплаты устанавливаются ежемесячно.
"""


def test_an_enumeration_of_amendments_does_not_date_a_regulation(judge) -> None:
    assert judge(REGULATION_WITH_AMENDMENTS, "11.1", year=2024).doc_date is None


def test_entries_of_an_enumeration_are_chained() -> None:
    from classifiers.docdate import _ENUMERATED

    assert _ENUMERATED.fullmatch("г. № 211-ПП, от ")
    assert _ENUMERATED.fullmatch(" № 12, и от «")
    assert not _ENUMERATED.fullmatch(" № 12.\nПРИКАЗ\nот ")


JOINT_LETTER_ORDER = """Приказ

Об утверждении положения о наставничестве педагогических работников

В соответствии с распоряжением Правительства Российской Федерации
от 31 декабря 2019 г. № 3273-р, методическими рекомендациями, направленными письмом
Министерства просвещения Российской Федерации от 12 мая 2021 г. № АБ-11/08 и
Профессионального союза работников образования от 12 мая 2021 г. № 40,
ПРИКАЗЫВАЮ:
1. Утвердить положение о наставничестве педагогических работников.
"""


def test_the_second_issuer_of_a_joint_letter_does_not_date_an_order(judge) -> None:
    assert judge(JOINT_LETTER_ORDER, "1.1", year=2024).doc_date is None


# --- the dot of «ред.» ends no clause: «(ред. от …)» is an amendment's date ---

TEMPLATES_PAGE = """Образцы документов
Вопросы по оформлению задавайте сотрудникам отдела практики.
ПРИКАЗЫ
Шаблон приказа о направлении студентов на практику (ред. от 11.03.2025)
"""


def test_an_amendment_date_does_not_date_a_page(judge) -> None:
    assert judge(TEMPLATES_PAGE, "2.1", year=2025).doc_date is None


def test_an_amendment_abbreviation_keeps_the_clause() -> None:
    from classifiers.dates import find_dates, is_cited

    text = "Форма договора (с изм. от 01.02.2024)\nФорма договора. 01.03.2024"
    assert [is_cited(text, h) for h in find_dates(text)] == [True, False]


# --- a page whose first line is an act's requisites ---

DECISION_PAGE = """Распоряжение от 12.03.2021 № 44-р

О проведении областного конкурса наставников

В целях поддержки наставничества провести конкурс в апреле 2021 года.
"""


def test_an_acts_requisites_on_a_pages_first_line_date_it() -> None:
    from classifiers.docdate import own_date
    from classifiers.doctype import detect_kind

    d = own_date(DECISION_PAGE, detect_kind(DECISION_PAGE), 2024)
    assert d.date is not None and d.date.isoformat() == "2021-03-12"


def test_an_order_page_title_with_a_date_in_words() -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _page_title_act

    text = "Приказ от 5 июля 2019 г. № 301\nО наставничестве\n"
    h = _page_title_act(text, find_dates(text))
    assert h is not None and h.date.isoformat() == "2019-07-05"


def test_a_title_line_with_more_words_is_not_a_pages_requisites() -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _page_title_act

    text = "Приказ от 5 июля 2019 г. № 301 отменён с 1 сентября\n"
    assert _page_title_act(text, find_dates(text)) is None


# --- a news page's breadcrumb gives the day it was published ---


def test_a_breadcrumb_dates_a_news_page() -> None:
    from classifiers.docdate import _breadcrumb

    h = _breadcrumb("Главная » 2019 » Март » 14 » Об итогах конкурса\nТекст новости")
    assert h is not None and h.date.isoformat() == "2019-03-14"


def test_a_breadcrumb_with_slashes_dates_a_news_page() -> None:
    from classifiers.docdate import _breadcrumb

    h = _breadcrumb("Новости / 2022 / Май / 5 / Наставники года\n")
    assert h is not None and h.date.isoformat() == "2022-05-05"


def test_a_year_and_a_month_in_a_title_are_not_a_breadcrumb() -> None:
    from classifiers.docdate import _breadcrumb

    assert _breadcrumb("План на 2019 год, март – май\n» 2019 » Март » 14 »") is None


# --- a licence's requisites are not a report's date ---

REPORT_WITH_LICENCE = """ОТЧЁТ о результатах самообследования

Общие сведения
Дата создания: 1985 год

Лицензия

от 14 мая 2016 г. № 1520 серия 18Л01 № 0003311

Количество воспитанников: 96.
"""


def test_a_licence_line_does_not_date_a_report(judge) -> None:
    assert judge(REPORT_WITH_LICENCE, "1.4", year=2024).doc_date is None


SCHOOL_CARD_WITH_LICENCE = """СПРАВКА
о деятельности МБОУ «СОШ № 11»

Лицензия на образовательную деятельность от 02.11.2015 № 640
Аккредитация: от 20.04.2016, серия 18А01 № 0000822

Директор ______ Т.В. Гарипова
15.12.2024
"""


def test_licence_lines_do_not_date_a_reference(judge) -> None:
    assert judge(SCHOOL_CARD_WITH_LICENCE, "1.4", year=2024).doc_date == "2024-12-15"


# --- an act cited in a sentence is not a heading ---

NEWS_CITING_A_DECREE = """Наставничество

Год педагога и наставника

В 2023 году, объявленном Годом педагога и наставника (Указ от 27.06.2022 № 401), в школе
прошли встречи молодых учителей с наставниками.
"""


def test_a_decree_cited_in_a_sentence_does_not_date_a_page(judge) -> None:
    assert judge(NEWS_CITING_A_DECREE, "3.1", year=2024).doc_date is None


def test_a_heading_opening_its_line_still_owns_its_date() -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _heading_in_sentence
    from classifiers.doctype import detect_kind

    text = "МБОУ «СОШ № 1»\n\nПРИКАЗ от 01.09.2024 № 5\n\nО наставничестве\n\nПРИКАЗЫВАЮ:\n1. Назначить."
    kind = detect_kind(text)
    assert kind.heading is not None
    assert not _heading_in_sentence(text, kind, find_dates(text)[0])


# --- «пр-з» is «приказ» abbreviated in an approval stamp ---

REGULATION_ABBREVIATED_ORDER = """МБДОУ «Детский сад № 8»

Принято

Утверждено

на общем собрании работников
протокол № 2 от ___________

пр-з № 3-од от 10.03.2022 года

Положение о наставничестве педагогических работников
"""


def test_an_abbreviated_order_in_a_stamp_dates_a_regulation(judge) -> None:
    assert judge(REGULATION_ABBREVIATED_ORDER, "1.1", year=2024).doc_date == "2022-03-10"


PROGRAMME_ABBREVIATED_ORDER = """Рассмотрена на педсовете, протокол № 1 от 29.08.2023
Утверждена: пр-з директора № 70 от 31.08.2023

Программа наставничества «ученик – ученик»
"""


def test_an_abbreviated_order_beside_a_council_dates_a_programme(judge) -> None:
    assert judge(PROGRAMME_ABBREVIATED_ORDER, "3.1", year=2024).doc_date == "2023-08-31"


# --- an approval dated without its year, on the day of the councils' protocols ---

PROGRAMME_YEARLESS_APPROVAL = """МКДОУ «Детский сад № 2 «Колосок»
ПРИНЯТА
Педагогическим советом
Протокол от «30» августа 2023г. № 1
УТВЕРЖДЕНА
Заведующим МКДОУ ________ Е.Н. Сорокина
Приказ от «30» августа № 71-ОД
СОГЛАСОВАНА
Советом родителей, протокол от «30» августа 2023 г. № 1
ПРОГРАММА НАСТАВНИЧЕСТВА «ВОСПИТАТЕЛЬ – ВОСПИТАТЕЛЬ»
"""


def test_a_yearless_approval_takes_the_councils_year(judge) -> None:
    assert judge(PROGRAMME_YEARLESS_APPROVAL, "3.2", year=2024).doc_date == "2023-08-30"


REGULATION_YEARLESS_APPROVAL = """ПРИНЯТО на заседании управляющего совета
протокол от 05 февраля 2024 г. № 3

УТВЕРЖДЕНО
приказом директора от 5 февраля № 19

Положение о наставничестве обучающихся
"""


def test_a_yearless_approval_takes_the_protocols_year(judge) -> None:
    assert judge(REGULATION_YEARLESS_APPROVAL, "1.2", year=2024).doc_date == "2024-02-05"


def test_a_yearless_approval_on_another_day_stays_undated(judge) -> None:
    text = REGULATION_YEARLESS_APPROVAL.replace("от 5 февраля № 19", "от 7 февраля № 19")
    assert judge(text, "1.2", year=2024).doc_date is None
