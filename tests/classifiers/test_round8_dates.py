"""Round-8 shapes of a document's own date: a range of dates is a period, a cited act in a
clause of grounds is not the document's, a heading alone on its line owns the date below it,
stamps side by side, an authority's act named by an approval stamp, and an act's requisites
on its own heading line (a legal portal's page). The documents are written for these tests."""

from __future__ import annotations

# --- a range of dates is a period's bounds, not the date of signing ---

REPORT_WITH_TERM = """МАОУ «Гимназия № 8»

Справка
о результатах мониторинга программы наставничества обучающихся

Период проведения: 02.10.2024 – 11.10.2024.

Показатель | План | Факт
Наставляемые, чел. | 20 | 22
Наставники, чел. | 10 | 11
Удовлетворённость наставляемых, % | 80 | 84

Вывод: целевые показатели достигнуты.

Руководитель МО  ________  Т.П. Орлова
«18» октября 2024 г.
"""


def test_a_range_under_the_title_does_not_date_a_report(judge) -> None:
    d = judge(REPORT_WITH_TERM, "1.4")
    assert d.doc_date == "2024-10-18"


ACCOUNT_WITH_TERM = """Муниципальное бюджетное учреждение дополнительного образования «Дом творчества»

ОТЧЁТ
о реализации программы наставничества «педагог – педагог»
Сроки реализации: 1 сентября 2023 г. — 31 мая 2024 г.

Наставничеством охвачены 6 педагогов, показатели программы выполнены.

Методист  _______  Р.А. Галиева
03.06.2024
"""


def test_a_range_in_words_does_not_date_a_report(judge) -> None:
    d = judge(ACCOUNT_WITH_TERM, "1.4")
    assert d.doc_date == "2024-06-03"


ONLY_A_TERM = """МКОУ «Основная школа с. Заречье»

ИНФОРМАЦИЯ
о мониторинге наставничества
Сроки: 14.11.2024 - 22.11.2024

Показатель | Значение
Наставляемые, чел. | 7
"""


def test_a_range_alone_gives_no_date(judge) -> None:
    assert judge(ONLY_A_TERM, "1.4").doc_date is None


# --- a date in a clause of grounds belongs to the act cited, however long its name ---

REPORT_CITING_GROUNDS = """Приложение 2
Аналитическая справка
по итогам мониторинга целевой модели наставничества в муниципальных школах в 2024 году

1. Общие сведения
Мониторинг проведён в ноябре 2024 г.
Анкеты и показатели составлены на основании Методических рекомендаций по проведению
мониторинга реализации муниципальной целевой модели наставничества обучающихся и
педагогических работников общеобразовательных организаций от 15 марта 2023 г. № 48 «О мониторинге».
"""


def test_a_cited_act_at_the_end_of_a_grounds_clause_does_not_date_a_report(judge) -> None:
    d = judge(REPORT_CITING_GROUNDS, "1.4")
    assert d.doc_date is None


AGREEMENT_CITING_GROUNDS = """ИНФОРМАЦИЯ
о взаимодействии школы с предприятиями района

Работа ведётся в соответствии с Положением о сетевом взаимодействии образовательных
организаций и предприятий агропромышленного комплекса Каменского муниципального района
от 4 февраля 2022 г. № 17.
"""


def test_a_cited_act_in_a_grounds_clause_does_not_date_a_head(judge) -> None:
    assert judge(AGREEMENT_CITING_GROUNDS, "1.4").doc_date is None


def test_a_signed_date_stands_after_a_grounds_clause(judge) -> None:
    text = (
        REPORT_CITING_GROUNDS
        + "\nЗаместитель начальника управления  ______  О.В. Лыкова\n02.12.2024\n"
    )
    assert judge(text, "1.4").doc_date == "2024-12-02"


# --- a heading alone on its line owns the date on the next line ---

RESOLUTION = """АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА «ГОРОД ЛЕСНОЙ»
ПОСТАНОВЛЕНИЕ
от 12 мая 2024 г. № 450
Об утверждении муниципальной программы наставничества
В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ администрация постановляет:
1. Утвердить программу наставничества.
"""


def test_a_date_under_a_heading_alone_on_its_line_is_its_own(judge) -> None:
    assert judge(RESOLUTION, "1.1").doc_date == "2024-05-12"


DIRECTIVE = """КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ МУНИЦИПАЛЬНОГО РАЙОНА
РАСПОРЯЖЕНИЕ
«15» января 2024 г.                         № 12-р
О закреплении наставников за молодыми педагогами
1. Закрепить наставников за молодыми педагогами школ района.
"""


def test_a_date_under_a_directive_heading_is_its_own(judge) -> None:
    assert judge(DIRECTIVE, "1.1").doc_date == "2024-01-15"


CUT_CITATION = """МБОУ «СОШ № 9»
ПРИКАЗ
О проведении мониторинга
Во исполнение приказа управления образования
от 01.09.2023 № 5 «О мониторинге» приказываю:
1. Провести мониторинг.
"""


def test_a_date_under_a_cut_citation_is_still_cited(judge) -> None:
    assert judge(CUT_CITATION, "1.1").doc_date != "2023-09-01"


# --- stamps side by side, read line by line ---

REGULATION_TWO_STAMPS = """ПРИНЯТО                                  УТВЕРЖДЕНО
педагогическим советом                   приказом заведующего
МАДОУ «Детский сад № 40»                 МАДОУ «Детский сад № 40»
протокол от 27.08.2024 № 1               от 28.08.2024 № 95-о

ПОЛОЖЕНИЕ
о наставничестве в МАДОУ «Детский сад № 40»

1. Общие положения
1.1. Настоящее положение определяет порядок наставничества педагогических работников.
"""


def test_the_approval_column_dates_a_regulation(judge) -> None:
    d = judge(REGULATION_TWO_STAMPS, "1.1")
    assert d.doc_kind.value == "regulation"
    assert d.doc_date == "2024-08-28"


PROGRAMME_TWO_STAMPS = """ГБПОУ «Колледж строительных технологий»

СОГЛАСОВАНО                               УТВЕРЖДАЮ
Председатель совета                       Директор колледжа
обучающихся                               ________ П. Р. Исаев
________ М. К. Воронина                   «03» октября 2024 г.

ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА
Форма: «студент – студент»
Наставник: Белов Игорь, 4 курс
Наставляемый: Цой Артём, 1 курс
Задачи: адаптация к обучению, подготовка к сессии.
"""


def test_the_approval_column_dates_a_programme_beside_a_signature(judge) -> None:
    d = judge(PROGRAMME_TWO_STAMPS, "3.1")
    assert d.doc_kind.value == "programme"
    assert d.doc_date == "2024-10-03"


REGULATION_COUNCIL_ONLY_DATED = """ПРИНЯТО                                  УТВЕРЖДЕНО
педагогическим советом                   приказом директора
протокол от 29.08.2024 № 1               от ________ № ____

ПОЛОЖЕНИЕ
о наставничестве обучающихся

1. Общие положения
1.1. Настоящее положение определяет порядок наставничества обучающихся.
"""


def test_the_council_column_does_not_date_an_approved_regulation(judge) -> None:
    assert judge(REGULATION_COUNCIL_ONLY_DATED, "1.1").doc_date is None


# --- an authority's act named by an approval stamp ---

REGULATION_BY_RESOLUTION = """Утверждено
постановлением
администрации Светлогорского района
от 14 марта 2022 г. № 310
ПОЛОЖЕНИЕ О МУНИЦИПАЛЬНОМ КОНКУРСЕ «ЛУЧШИЙ НАСТАВНИК»
1. Конкурс проводится в целях поддержки наставничества.
"""


def test_a_resolution_named_by_an_approval_stamp_dates_a_regulation(judge) -> None:
    d = judge(REGULATION_BY_RESOLUTION, "1.1")
    assert d.doc_kind.value == "regulation"
    assert d.doc_date == "2022-03-14"


PROGRAMME_BY_DIRECTIVE = """УТВЕРЖДЕНА
распоряжением комитета по образованию от 3 февраля 2021 года № 15-р

Муниципальная программа «Наставничество в образовании»
1. Паспорт программы
Цель: развитие системы наставничества.
"""


def test_a_directive_named_by_an_approval_stamp_dates_a_programme(judge) -> None:
    assert judge(PROGRAMME_BY_DIRECTIVE, "3.1").doc_date == "2021-02-03"


REGULATION_CITING_RESOLUTION = """ПОЛОЖЕНИЕ
о наставничестве в МБОУ «Лицей № 2»

1. Общие положения
1.1. Положение разработано в соответствии с постановлением
администрации города от 10 января 2022 г. № 12 «О наставничестве».
"""


def test_a_resolution_cited_in_a_regulation_does_not_date_it(judge) -> None:
    assert judge(REGULATION_CITING_RESOLUTION, "1.1").doc_date is None


# --- an act's requisites on its own heading line (a legal portal's page) ---

PORTAL_ORDER = """Главная Документы Региональные акты Приказ Министерства образования Тверской области от 11 апреля 2023 г. № 512 "О региональном конкурсе наставников"

Текст документа

Приказ Министерства образования Тверской области от 11 апреля 2023 г. № 512 "О региональном конкурсе наставников"

В соответствии с постановлением Правительства Тверской области от 20 декабря 2021 г. № 700-пп приказываю:
1. Провести региональный конкурс наставников.
"""


def test_a_portal_page_is_dated_by_the_acts_heading_line(judge) -> None:
    d = judge(PORTAL_ORDER, "1.1")
    assert d.doc_kind.value == "order"
    assert d.doc_date == "2023-04-11"


PORTAL_RESOLUTION = """Постановление администрации Октябрьского района от 2 марта 2020 г. N 88 "О наставничестве в муниципальных учреждениях"
Администрация района постановляет:
1. Утвердить порядок наставничества в муниципальных учреждениях.
"""


def test_a_resolution_heading_line_dates_it(judge) -> None:
    assert judge(PORTAL_RESOLUTION, "1.1").doc_date == "2020-03-02"


LIST_OF_ACTS = """Приказ Министерства просвещения РФ от 15 мая 2020 г. № 236 "О порядке приёма"
Приказ Министерства просвещения РФ от 22 марта 2021 г. № 115 "О порядке организации"
Постановление Правительства РФ от 20 сентября 2020 г. № 1479 "О противопожарном режиме"
"""


def test_a_list_of_acts_is_not_dated_by_its_first_line(judge) -> None:
    assert judge(LIST_OF_ACTS, "1.1").doc_date is None


# --- «по состоянию на …» dates a report only in its title ---

SELF_REVIEW_BODY_STATE = """МАОУ «Лицей № 12»

Отчёт о результатах самообследования

Содержание
1. Общие сведения
2. Качество подготовки

Пояснительная записка
Отчёт подготовлен по состоянию на 31.12.2024 г. на основе данных электронного журнала.
Общая численность обучающихся — 640 человек.
"""


def test_a_state_date_in_a_reports_body_is_not_its_date(judge) -> None:
    assert judge(SELF_REVIEW_BODY_STATE, "1.4").doc_date is None


STATE_IN_TITLE = """МБОУ «Школа № 30»

Справка
о численности наставников и наставляемых по состоянию на 15.05.2024

Наставники — 12 человек, наставляемые — 30 человек.
"""


def test_a_state_date_in_a_reports_title_dates_it(judge) -> None:
    assert judge(STATE_IN_TITLE, "1.4").doc_date == "2024-05-15"


# --- an act named in a list's item is cited ---

NORMATIVE_LIST = """Документы
Федеральный уровень:
- Распоряжение Правительства РФ от 29.05.2015 № 996-р «О Стратегии развития воспитания».
- Концепция развития дополнительного образования детей до 2030 года.
Муниципальный уровень:
- положения и программы школы.
"""


def test_an_act_in_a_bulleted_list_does_not_date_a_page(judge) -> None:
    assert judge(NORMATIVE_LIST, "1.1").doc_date is None


NUMBERED_SOURCES = """Список источников по наставничеству
1) Указ Президента РФ от 27.06.2022 № 401 «О проведении в Российской Федерации Года педагога и наставника».
2) Сборник лучших практик наставничества.
3) Методические рекомендации по внедрению наставничества (от 10.11.2022 г.)
"""


def test_an_act_in_a_numbered_list_does_not_date_a_page(judge) -> None:
    assert judge(NUMBERED_SOURCES, "1.1").doc_date is None


# --- no heading: a date in running text is not a document's date ---

NEWS = """15 февраля 2024 года педагоги района собрались на слёт наставников.
Участники обсудили опыт работы с молодыми специалистами и подвели итоги конкурса.
"""


def test_a_news_date_opening_a_sentence_is_not_a_document_date(judge) -> None:
    assert judge(NEWS, "9.3").doc_date is None


NEWS_CITING = """Ежегодно 2 марта отмечается День наставника.
Праздник учреждён в память о подписании 4 апреля 2019 года Указа о наградах наставникам.
Школа поздравила своих наставников открытками.
"""


def test_a_date_inside_a_sentence_is_not_a_document_date(judge) -> None:
    assert judge(NEWS_CITING, "9.3").doc_date is None


def test_a_date_line_without_a_heading_still_counts() -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _in_prose

    text = "г. Казань 12.03.2024 № 18\n28 ноября 2023 года\nот 5 мая 2024 г. № 3"
    assert [_in_prose(text, h) for h in find_dates(text)] == [False, False, False]


# --- a bulleted date alone is a web page's listing ---

PUBLISHED_PROGRAMME = """Программа наставничества «учитель – ученик»

• Методические разработки
• pdf
• 14.10.2024
Опубликовано на образовательном портале

1. Пояснительная записка
Программа рассчитана на один учебный год.
"""


def test_a_bulleted_date_is_not_a_programmes_date(judge) -> None:
    assert judge(PUBLISHED_PROGRAMME, "3.1").doc_date is None


def test_a_bulleted_date_with_words_is_not_taken_for_a_listing() -> None:
    from classifiers.dates import find_dates
    from classifiers.docdate import _bulleted_date

    text = "* 14.10.2024\n• от 14.10.2024 № 5 Приказ о программе"
    assert [_bulleted_date(text, h) for h in find_dates(text)] == [True, False]


# --- «от 28 08. 2017 г.»: a dot typed as a space ---


def test_a_date_with_a_space_for_its_first_dot() -> None:
    import datetime as dt

    from classifiers.dates import find_dates

    assert [h.date for h in find_dates("от 28 08. 2017 г.")] == [dt.date(2017, 8, 28)]
    assert [h.date for h in find_dates("от 03 11.2021 г. № 5")] == [dt.date(2021, 11, 3)]
    # without «от … г.» two numbers and a year are no date (a table row)
    assert find_dates("| 28 08. 2017 |") == []


MINUTES = """Протокол № 2

заседания методического объединения классных руководителей

от 14 09.  2023 г.

Присутствовали: 9 человек.
"""


def test_minutes_dated_with_a_space_for_a_dot(judge) -> None:
    assert judge(MINUTES, "9.3").doc_date == "2023-09-14"


# --- a page whose lines ran together: the first act named, with its number ---

RUN_TOGETHER = (
    "МБОУ «Гимназия № 7» г. Тулы Протокол № 5 заседания педагогического совета от "
    "30.08.2023 года Председатель – И.И. Котова Присутствовали 35 человек Повестка дня: "
    "1. О плане работы на учебный год."
)


def test_a_run_together_protocol_is_dated_by_its_heading(judge) -> None:
    assert judge(RUN_TOGETHER, "9.3").doc_date == "2023-08-30"


RUN_TOGETHER_ORDER_CITED = (
    "Новости школы. В соответствии с приказом № 45 управления образования от 02.09.2023 "
    "в школе прошла неделя наставничества."
)


def test_an_act_in_an_oblique_case_does_not_head_a_page(judge) -> None:
    assert judge(RUN_TOGETHER_ORDER_CITED, "9.3").doc_date is None


# --- two stamps side by side, the approval's column taller (its date alone on a later line) ---

REGULATION_TALL_APPROVAL = """Государственное бюджетное профессиональное образовательное учреждение
«Уральский строительный техникум»

РАССМОТРЕНО                                   УТВЕРЖДЕНО
на заседании педагогического совета           приказом директора
протокол от 29.08.2024 № 1                    ГБПОУ УСТ
                                              от 30.08.2024 № 156

ПОЛОЖЕНИЕ
о системе наставничества педагогических работников

1. Общие положения
1.1. Положение разработано в соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ.
"""


def test_a_taller_approval_column_dates_a_regulation(judge) -> None:
    d = judge(REGULATION_TALL_APPROVAL, "1.1")
    assert d.doc_kind.value == "regulation"
    assert d.doc_date == "2024-08-30"


PROGRAMME_TALLER_APPROVAL = """СОГЛАСОВАНО                                УТВЕРЖДЕНО
на методическом совете                     приказом директора
протокол № 2 от «27» августа 2025 г.       МАОУ «Лицей № 3»
                                           г. Тверь
                                           от «28» августа 2025 г. № 210-о

ПРОГРАММА НАСТАВНИЧЕСТВА
педагогических работников на 2025–2026 учебный год

1. Пояснительная записка
Программа рассчитана на один учебный год.
"""


def test_a_date_two_lines_below_the_council_column_is_the_approvals(judge) -> None:
    d = judge(PROGRAMME_TALLER_APPROVAL, "3.1")
    assert d.doc_kind.value == "programme"
    assert d.doc_date == "2025-08-28"


# --- a specialty's or profession's code (ОКСО) is never a date ---

PROGRAMME_FOR_A_SPECIALTY = """ГАПОУ «Многопрофильный техникум»

Персонализированная программа наставничества
по форме «студент – ученик»

Наставник: Иванов Артур, студент 3 курса специальности 08.02.01 «Строительство и эксплуатация зданий и сооружений».
Наставляемые: обучающиеся 8 «В» класса.
Цель: профориентация.
"""


def test_a_specialty_code_does_not_date_a_programme(judge) -> None:
    assert judge(PROGRAMME_FOR_A_SPECIALTY, "3.5").doc_date is None


def test_specialty_codes_are_not_dates() -> None:
    import datetime as dt

    from classifiers.dates import find_dates

    # after a word naming a specialty or a profession, or before the specialty's quoted name
    assert find_dates("обучающийся по профессии 15.01.05 Сварщик (ручной сварки)") == []
    assert find_dates("Направление подготовки: 44.03.01 Педагогическое образование") == []
    assert find_dates("группа 21-С, 44.02.02 «Преподавание в начальных классах»") == []
    # an act's date with a two-digit year stays a date, its title quoted or not
    assert [h.date for h in find_dates("приказ от 12.05.21 «О наставничестве»")] == [
        dt.date(2021, 5, 12)
    ]
    assert [h.date for h in find_dates("протокол от 30.08.23 № 1")] == [dt.date(2023, 8, 30)]
    assert [h.date for h in find_dates("Трудового кодекса от 30.12.01 № 197-ФЗ")] == [
        dt.date(2001, 12, 30)
    ]
