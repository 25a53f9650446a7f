"""Round-15 shapes of dates: a date inside a file name or a web address (a line that names the
file a document was saved as, or the address it was downloaded from) is when the file was saved
or uploaded, not the date of the document. The documents are written for these tests."""

from __future__ import annotations

import datetime as dt

from classifiers.agreements import analyse
from classifiers.dates import find_dates
from classifiers.docdate import _page_title_act

# --- a file-name line above an undated agreement ---

AGREEMENT_FILE_LINE = """Документ: dogovor_nastavnichestvo_2025-02-17_skan.pdf

ДОГОВОР
о сетевом взаимодействии в сфере наставничества

Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 4», именуемое
в дальнейшем «Школа», и муниципальное автономное учреждение дополнительного образования
«Дом детского творчества», именуемое в дальнейшем «Организация», заключили настоящий договор.
1. Организация направляет педагогов для наставничества над обучающимися Школы.
"""


def test_date_in_a_file_name_line_is_not_the_agreement_s_date(judge) -> None:
    assert find_dates(AGREEMENT_FILE_LINE) == []
    assert judge(AGREEMENT_FILE_LINE, "2.1", year=2025).doc_date is None


# --- another shape: a download address above an undated order, Russian-style dotted date ---

ORDER_ADDRESS_LINE = """https://ds7-tomsk.ru/files/2023/prikaz_o_nastavnichestve_11.10.2023.docx
ПРИКАЗ
О закреплении наставников за молодыми воспитателями

В целях адаптации молодых специалистов
ПРИКАЗЫВАЮ:
1. Закрепить наставников за молодыми воспитателями на 2023/2024 учебный год.
Заведующий                                  Н.В. Орлова
"""


def test_date_in_a_download_address_is_not_the_order_s_date(judge) -> None:
    assert find_dates(ORDER_ADDRESS_LINE) == []
    assert judge(ORDER_ADDRESS_LINE, "1.3", year=2023).doc_date is None


def test_date_glued_to_a_file_name_word() -> None:
    assert find_dates("Скан: Prikaz_ot_05.02.2024.pdf") == []


# --- negative: dates written in the text, even next to a number with «/», stay ---


def test_dates_of_the_text_itself_stay() -> None:
    text = "ПРИКАЗ\nот 12.03.2024 № 14/2-од\n«01» сентября 2024 г.\n(от 05.09.2024)"
    assert [h.date for h in find_dates(text)] == [
        dt.date(2024, 3, 12),
        dt.date(2024, 9, 1),
        dt.date(2024, 9, 5),
    ]


def test_a_date_before_the_year_abbreviation_stays() -> None:
    assert [h.date for h in find_dates("от 12.03.2024г. № 5")] == [dt.date(2024, 3, 12)]


def test_a_latin_letter_misread_for_the_year_abbreviation_keeps_the_date() -> None:
    # a scan read by OCR: «г.» after the date came out as a Latin letter
    assert [h.date for h in find_dates("к приказу № 7 оm 15.O3.2022r. Положение")] == [
        dt.date(2022, 3, 15)
    ]


# --- «Обновлено: …» under a page's title: the day the page was edited, not a document's date ---

ARTICLE_UPDATED = """Как организовать наставничество в детском саду

Обновлено: 14.05.2024

Наставничество помогает молодым воспитателям быстрее освоиться в коллективе. Ниже собраны
советы, как выбрать наставника и составить план работы пары.
"""


def test_the_updated_line_of_an_article_gives_no_own_date(judge) -> None:
    assert judge(ARTICLE_UPDATED, "1.1", year=2024).doc_date is None


# another shape: «Дата последнего изменения» in words, above a page of a school's site

PAGE_CHANGED = """Главная / Сведения об образовательной организации / Наставничество
Дата последнего изменения: 3 октября 2023 г.
Наставничество в нашей школе
В школе работают пары «учитель – учитель» и «ученик – ученик».
"""


def test_the_last_change_date_of_a_page_gives_no_own_date(judge) -> None:
    assert judge(PAGE_CHANGED, "1.1", year=2023).doc_date is None


# negative: an order's own date line stays, even when the page above it was updated later

ORDER_UNDER_UPDATED_PAGE = """Обновлено: 20.09.2024
ПРИКАЗ
от 02.09.2024 № 118-од
О назначении наставников
ПРИКАЗЫВАЮ:
1. Назначить наставниками молодых педагогов учителей школы.
Директор                                   А.А. Петров
"""


def test_an_order_s_own_date_stays_under_an_updated_line(judge) -> None:
    assert judge(ORDER_UNDER_UPDATED_PAGE, "1.3", year=2024).doc_date == "2024-09-02"


# --- agreements: who provides the mentors -------------------------------------------------

# «наставничество <a list of staff> <party> над <mentees> <party>»: a staff list of several
# words between «наставничество» and «над»

NUMBERED_SIDES = """ДОГОВОР № 3
о совместной работе

г. Ижевск                                                     10.02.2025

МБДОУ «Детский сад № 41» (далее – Сторона 1) в лице заведующей Яковлевой О.Н. и МБОУ
«Средняя школа № 77» (далее – Сторона 2) в лице директора Ильина С.П. заключили договор.

1. Сторона 1 обязуется организовать наставничество старших воспитателей, педагога-психолога
и музыкального руководителя Стороны 1 над молодыми учителями первых классов Стороны 2.
2. Сторона 2 обязуется предоставить зал для встреч.
3. Договор действует до 31.12.2025.
"""


def test_a_long_staff_list_before_over_names_the_provider() -> None:
    facts = analyse(NUMBERED_SIDES, "Детский сад № 41", None, 2025)
    assert facts.provider == 0
    assert facts.ours == 0


COLLEGE_OVER_SCHOOL = """СОГЛАШЕНИЕ
о сотрудничестве

Колледж связи (далее – Колледж) и МАОУ «Лицей № 9» (далее – Лицей) заключили соглашение.
1. Колледж обеспечивает наставничество преподавателей специальных дисциплин и мастеров
участков Колледжа над учащимися 10 классов Лицея.
"""


def test_a_long_staff_list_before_over_another_shape() -> None:
    facts = analyse(COLLEGE_OVER_SCHOOL, "Лицей № 9", None, 2025)
    assert facts.provider == 0
    assert facts.ours == 1


# «наделяет своих <staff> функциями наставников»: giving one's staff the mentor's role

ROLE_GIVEN = """СОГЛАШЕНИЕ № 2
о наставничестве

г. Тверь                                                       03.03.2025

Государственное бюджетное профессиональное образовательное учреждение «Тверской
политехнический колледж» (далее – ГБПОУ ТПК) в лице директора Семёнова И.И. и
муниципальное общеобразовательное учреждение «Средняя школа № 15» (далее – МОУ СШ № 15)
в лице директора Зуевой А.В. заключили соглашение.

1. ГБПОУ ТПК наделяет своих преподавателей функциями наставников обучающихся МОУ СШ № 15.
2. МОУ СШ № 15 составляет график встреч.
"""


def test_giving_one_s_staff_the_mentor_role_names_the_provider() -> None:
    facts = analyse(ROLE_GIVEN, "МОУ СШ № 15", None, 2025)
    assert facts.provider == 0
    assert facts.ours == 1


ROLE_GIVEN_FUTURE = """ДОГОВОР
о сетевом взаимодействии

АО «Энергомаш» (далее – Предприятие) и МБОУ «Гимназия № 6» (далее – Гимназия) заключили
договор.
1. Предприятие наделит своих инженеров полномочиями наставников гимназистов.
"""


def test_giving_the_mentor_role_another_shape() -> None:
    facts = analyse(ROLE_GIVEN_FUTURE, "Гимназия № 6", None, 2025)
    assert facts.provider == 0


def test_giving_a_right_to_use_rooms_names_no_provider() -> None:
    text = ROLE_GIVEN_FUTURE.replace(
        "Предприятие наделит своих инженеров полномочиями наставников гимназистов.",
        "Предприятие наделяет Гимназию правом пользоваться залом для встреч наставников.",
    )
    assert analyse(text, "Гимназия № 6", None, 2025).provider is None


# several parties of the reporting organisation's kind: the one whose name writes its number

THREE_SCHOOLS = """СОГЛАШЕНИЕ
о сетевом проекте наставничества

с. Починки                                                     01.10.2024

МБОУ «Школа № 4 с. Починки» (далее – Школа-1), МБОУ «Ризоватовская школа» (далее –
Школа-2) и МБОУ «Наруксовская школа» (далее – Школа-3) заключили соглашение.
1. Школа-1 подбирает из числа своих учителей наставников для молодых учителей Школы-2 и
Школы-3.
"""


def test_the_number_of_the_form_s_name_picks_among_parties_of_one_kind() -> None:
    facts = analyse(THREE_SCHOOLS, "Школа 4 Починки", None, 2025)
    assert facts.ours == 0


def test_the_number_picks_the_party_another_shape() -> None:
    text = """ДОГОВОР
о наставничестве
МДОУ «Детский сад «Ромашка»» (далее – Сторона 1) и МДОУ «Детский сад № 17» (далее – Сторона 2)
заключили договор.
1. Сторона 1 направляет своих воспитателей наставниками молодых воспитателей Стороны 2.
"""
    assert analyse(text, "д/с 17", None, 2025).ours == 1


def test_a_number_no_party_writes_leaves_several_parties_undecided() -> None:
    assert analyse(THREE_SCHOOLS, "Школа 8 Починки", None, 2025).ours is None


# --- a news site's header: today's date above the weather and exchange-rate informer ---

NEWS_HEADER = """05.11.2024
+3 °C
$ 97.25
€ 105.60

В школах района появятся наставники для молодых учителей

Районный отдел образования сообщил, что с нового года опытные педагоги будут сопровождать
учителей в первые три года работы.
"""


def test_the_date_of_a_news_site_s_header_is_not_the_article_s(judge) -> None:
    assert judge(NEWS_HEADER, "1.1", year=2024).doc_date is None


NEWS_HEADER_IN_WORDS = """Вторник, 12 марта 2024 г.   -2°C
$ 91,84

Наставничество в колледжах: итоги года
Колледжи области подвели итоги работы наставников.
"""


def test_a_header_date_in_words_beside_the_weather(judge) -> None:
    assert judge(NEWS_HEADER_IN_WORDS, "1.1", year=2024).doc_date is None


def test_an_order_s_date_line_followed_by_a_temperature_norm_stays(judge) -> None:
    text = """ПРИКАЗ
от 02.09.2024 № 118-од
О наставничестве
ПРИКАЗЫВАЮ:
1. Назначить наставников молодым педагогам.
Директор                                   А.А. Петров
"""
    assert judge(text, "1.3", year=2024).doc_date == "2024-09-02"


# --- a portal page's title line: «<act> <issuer> № N от <date> | <title>» ---

PORTAL_TITLE_LINE = """Распоряжение Управления образования города Энска № 45-р от 21.08.2023 | Об организации наставничества - Портал образования

Распоряжение Управления образования города Энска № 45-р от 21.08.2023
Об организации наставничества в образовательных организациях города
"""


def test_a_portal_title_line_gives_the_act_s_own_date(judge) -> None:
    assert judge(PORTAL_TITLE_LINE, "1.3", year=2023).doc_date == "2023-08-21"


def test_a_portal_title_line_with_a_textual_date(judge) -> None:
    text = (
        "Приказ департамента образования N 112 от 5 мая 2022 г. | "
        "Об утверждении положения о наставничестве\n\nТекст приказа размещён в файле.\n"
    )
    assert judge(text, "1.3", year=2022).doc_date == "2022-05-05"


def test_a_cited_act_in_a_page_title_without_the_separator_is_not_taken() -> None:
    text = (
        "Приказ Министерства просвещения № 5 от 10.01.2022 и его применение в школах\n"
        "Статья о том, как школы применяют приказ.\n"
    )
    assert _page_title_act(text, find_dates(text)) is None
