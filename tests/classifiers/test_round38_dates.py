"""Round 38 misses of the own-date rules, in texts of our own wording."""

from __future__ import annotations

from evidence.models import Verdict

# --- a report's grounds name an act whose requisites run on to the next line ---

MONITORING = """МБОУ «Основная школа № 7» с. Заречное

АНАЛИТИЧЕСКАЯ СПРАВКА
о результатах мониторинга программ наставничества
за 2024 год

{grounds}

1. Результаты по показателям
Показатель | 2023 | 2024
Наставнических пар | 11 | 14
в т.ч. «ученик – ученик» | 4 | 5
«учитель – учитель» | 5 | 6
Удовлетворённость наставляемых, % | 84 | 88
Удовлетворённость наставников, % | 79 | 82

2. Выводы
2.1. Число пар выросло, все молодые специалисты включены в программы.
2.2. Наставники отмечают нехватку времени на совместную работу.

3. Рекомендации
3.1. Включить в программы обучающихся «группы риска».
3.2. Предусмотреть стимулирующие выплаты наставникам.
3.3. Направить двух педагогов на курсы повышения квалификации по наставничеству.
3.4. Провести для наставников семинар по составлению персонализированных программ.
3.5. Разместить результаты мониторинга на сайте школы в разделе «Наставничество».
3.6. Обсудить итоги мониторинга на заседании методического совета школы.

Куратор ___________ Н.С. Ладыгина
"""


def test_grounds_whose_act_runs_on_to_its_requisites_do_not_date_a_report(judge) -> None:
    grounds = (
        "Основание: приказ МОУ ООШ № 7 п. Садовый «Об организации мониторинга наставничества»\n"
        "от 11.09.2024 № 97; положение о мониторинге."
    )
    d = judge(MONITORING.format(grounds=grounds), "1.4", year=2024)
    assert d.doc_date is None


def test_a_reports_own_date_line_under_its_title_still_dates_it(judge) -> None:
    grounds = "от 21.10.2024 № 12\n\nОснование: приказ «Об организации мониторинга наставничества»."
    d = judge(MONITORING.format(grounds=grounds), "1.4", year=2024)
    assert d.doc_date == "2024-10-21"


# --- a certificate's issue line: blank, read by an OCR; the course period as a stand-in ---

CERTIFICATE = """ГАУ ДПО «Институт развития образования» (Северный филиал)

УДОСТОВЕРЕНИЕ
о повышении квалификации

Настоящее удостоверение выдано Кравцовой Алле Викторовне
в том, что она с 14.10.2024 по 25.10.2024 прошла обучение
по программе «Наставник в школе: от адаптации к развитию»
{tail}"""


def test_an_issue_line_whose_day_quotes_are_empty_is_a_blank(judge) -> None:
    tail = (
        "в объёме 36 часов\n\nДиректор филиала /М.И. Стрельцова/\n\n"
        "Город Вельск    Дата выдачи « ~» 28 г.\n"
    )
    d = judge(CERTIFICATE.format(tail=tail), "9.2", year=2024)
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_an_issue_line_with_its_day_filled_in_dates_the_certificate(judge) -> None:
    tail = "в объёме 36 часов\n\nДиректор филиала /М.И. Стрельцова/\n\nДата выдачи «28» октября 2024 г.\n"
    assert judge(CERTIFICATE.format(tail=tail), "9.2", year=2024).doc_date == "2024-10-28"


def test_a_law_cited_at_the_foot_does_not_stand_in_for_the_issue_date(judge) -> None:
    tail = (
        "в объёме 36 часов\n\nДиректор филиала /М.И. Стрельцова/\n\n"
        "Документ о квалификации установленного образца\n"
        "(ст. 76 Федерального закона от 29.12.2012 № 273-ФЗ)\n"
    )
    assert judge(CERTIFICATE.format(tail=tail), "9.2", year=2024).doc_date == "2024-10-25"


def test_a_certificate_read_only_to_its_programme_is_not_dated_by_the_period(judge) -> None:
    # the top of a scan read first: the issue line may be below what was read
    text = CERTIFICATE.format(tail="").rstrip() + "\n«Организация наставничества в"
    assert judge(text, "9.2", year=2024).doc_date is None


def test_a_certificate_read_to_its_volume_is_dated_by_the_period(judge) -> None:
    text = CERTIFICATE.format(tail="в объёме 36 часов\n")
    assert judge(text, "9.2", year=2024).doc_date == "2024-10-25"


# --- a clause broken off by a blank line after an issuer's abbreviation in capitals ---

ORDER = """МБОУ «Кутлушкинская средняя школа»

ПРИКАЗ
№ 88-о

Об утверждении Положения о наставничестве

В целях реализации целевой модели наставничества (распоряжение Минпросвещения России
от 25.12.2019 № Р-145), приказа Минобрнауки РТ

от 14.04.2022 № под-512/22

ПРИКАЗЫВАЮ:
1. Утвердить Положение о наставничестве.
2. Контроль оставляю за собой.

Директор     ___________     Г.Ф. Сабирова
             29.08.2024
"""


def test_a_cited_acts_date_after_a_blank_line_and_an_abbreviation_is_not_the_orders(judge) -> None:
    assert judge(ORDER, "1.2", year=2024).doc_date == "2024-08-29"


def test_a_date_line_under_a_heading_in_capitals_is_the_orders_own(judge) -> None:
    text = "МБОУ «Кутлушкинская СОШ»\n\nПРИКАЗ\n\nот 29.08.2024 № 88-о\n\nО наставничестве\n\nПРИКАЗЫВАЮ:\n1. Утвердить положение.\n"
    assert judge(text, "1.2", year=2024).doc_date == "2024-08-29"


# --- a council's stamp and the order's heading side by side, in table cells ---

PAIRS = """МБОУ «Школа № 12» г. Бердска

Рассмотрено на педагогическом совете          |  ПРИКАЗ
протокол от 28.08.2024 № 1                     |  {own}

О закреплении наставнических пар на 2024/2025 учебный год

ПРИКАЗЫВАЮ:
1. Закрепить пары согласно приложению.

Директор ___________ С.Ю. Лагутина
"""


def test_the_orders_date_in_its_own_cell_beside_a_councils_protocol(judge) -> None:
    assert judge(PAIRS.format(own="от 29.08.2024 № 92-од"), "2.3", year=2024).doc_date == (
        "2024-08-29"
    )


def test_a_blank_own_cell_leaves_the_order_undated_beside_a_councils_protocol(judge) -> None:
    assert judge(PAIRS.format(own="от __________ № ____"), "2.3", year=2024).doc_date is None


# --- a programme's approval stamp left blank: a date below its heading does not stand in ---

PROGRAMME = """{stamp}

ИНДИВИДУАЛЬНАЯ ПРОГРАММА НАСТАВНИЧЕСТВА
форма «учитель – учитель»

Наставник: Кондратьева Ирина Павловна, учитель физики.
Наставляемый: Рябов Денис Олегович, учитель физики (приступил к работе 27.08.2024, выпускник
педагогического университета).

Цель: адаптация молодого специалиста.
План: посещение уроков, консультации, открытый урок.
"""


def test_a_blank_approval_leaves_a_programme_undated(judge) -> None:
    stamp = "УТВЕРЖДАЮ\nДиректор МБОУ «Гимназия № 3»\n__________ А.А. Зорина\n«___» ____________ 2024 г."
    assert judge(PROGRAMME.format(stamp=stamp), "3.2", year=2024).doc_date is None


def test_a_filled_in_approval_dates_a_programme(judge) -> None:
    stamp = "УТВЕРЖДАЮ\nДиректор МБОУ «Гимназия № 3»\n__________ А.А. Зорина\n«02» сентября 2024 г."
    assert judge(PROGRAMME.format(stamp=stamp), "3.2", year=2024).doc_date == "2024-09-02"


# --- two stamps side by side read line by line: the council's protocol beside a signature ---


def test_a_councils_protocol_beside_the_heads_signature_is_not_the_approvals(judge) -> None:
    stamp = (
        "Рассмотрена на заседании методической комиссии\n"
        "Утверждаю\n"
        "«Педагогика и психология» Зам.\n"
        "директора по УР\n"
        "протокол № 3 от 24.09.2024 _______ Т.В.\n"
        "Жамсуева\n"
        "30.09.2024"
    )
    assert judge(PROGRAMME.format(stamp=stamp), "3.2", year=2024).doc_date == "2024-09-30"


def test_an_approval_recorded_by_a_councils_protocol_keeps_its_date(judge) -> None:
    stamp = "УТВЕРЖДЕНО\nрешением педагогического совета\nпротокол № 1 от 30.08.2024"
    assert judge(PROGRAMME.format(stamp=stamp), "3.2", year=2024).doc_date == "2024-08-30"
