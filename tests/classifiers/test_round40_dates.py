"""Round 40 misses of the own-date rules, in texts of our own wording."""

from __future__ import annotations

# --- a power of attorney's requisites parted from its words by a blank line (a scan's OCR) ---

AGREEMENT = """ДОГОВОР

о сетевом взаимодействии

г. Самара « »
2024 г.

Муниципальное бюджетное общеобразовательное учреждение «Школа № 14» (далее — Школа) в лице
директора Орловой Н.В., и ООО «Вектор», далее — Партнёр, в лице управляющего Смирнова К.А.,
действующего {basis}

от 12.02.2024 № 7-Д, заключили настоящий договор:

1. Партнёр предоставляет наставников из числа инженеров для обучающихся Школы по форме
«работодатель - ученик».
2. Школа формирует группы наставляемых и ведёт учёт.

Директор ____ Н.В. Орлова            Управляющий ____ К.А. Смирнов
"""


def test_a_power_of_attorney_broken_off_by_a_blank_line_does_not_date_it(judge) -> None:
    d = judge(AGREEMENT.format(basis="по доверенности"), "2.1", year=2024)
    assert d.doc_date is None


def test_a_date_line_under_a_finished_sentence_still_dates_it(judge) -> None:
    d = judge(AGREEMENT.format(basis="на основании устава."), "2.1", year=2024)
    assert d.doc_date == "2024-02-12"


# --- an order's number shaped like a year-first date ---

ORDER = """ГАПОУ «Колледж связи»

ПРИКАЗ {line}

О закреплении наставников в 2024/2025 учебном году

В соответствии с протоколом методического совета № 1 от 28.08.2024

ПРИКАЗЫВАЮ:

1. Закрепить наставников за студентами первого курса (приложение 1).
2. Контроль за исполнением приказа оставляю за собой.

Директор                                                      П.Р. Ковалёв
"""


def test_a_year_first_number_after_the_number_sign_is_no_date(judge) -> None:
    d = judge(ORDER.format(line="№ 2024/09-23"), "2.3", year=2024)
    assert d.doc_date is None


def test_a_year_first_date_after_ot_still_dates_the_order(judge) -> None:
    d = judge(ORDER.format(line="от 2024-09-05 № 41"), "2.3", year=2024)
    assert d.doc_date == "2024-09-05"


# --- a site's news feed under an order without a date line ---

SITE_ORDER = """Главная > Документы > Наставничество

ПРИКАЗ № 87-од

О закреплении наставнических пар на 2024-2025 учебный год

На основании заявлений наставников и наставляемых

ПРИКАЗЫВАЮ:

1. Закрепить наставнические пары на период с 02.09.2024 по 31.05.2025.
2. Контроль за исполнением приказа оставляю за собой.

Директор                                                 Л.М. Ганова

Другие новости
{feed}
"""


def test_a_news_feed_entry_with_a_number_does_not_date_the_order(judge) -> None:
    feed = (
        "16.09.2024  Осенний кросс среди учащихся школы\n"
        "03.09.2024  Праздник первого звонка в МБОУ «СОШ № 5»\n"
    )
    d = judge(SITE_ORDER.format(feed=feed), "2.3", year=2024)
    assert d.doc_date is None


# --- a certificate's issue line whose quotes hold the day's underscores, «г.» wrapped ---

CERTIFICATE = """УДОСТОВЕРЕНИЕ
о повышении квалификации

Выдано Петровой Анне Сергеевне в том, что она в период
с 11 марта 2024 г. по 29 марта 2024 г.
прошла обучение по программе «Наставничество в образовательной организации»
в объеме 36 часов

Директор Р.А. Гурьев

г. Омск Дата выдачи {issue}
"""


def test_a_blank_issue_line_with_underscores_in_the_quotes_dates_nothing(judge) -> None:
    d = judge(CERTIFICATE.format(issue="«__» 20 _\nГ."), "9.2", year=2024)
    assert d.doc_date is None


def test_a_filled_issue_line_still_dates_the_certificate(judge) -> None:
    d = judge(CERTIFICATE.format(issue="«02» апреля 2024 г."), "9.2", year=2024)
    assert d.doc_date == "2024-04-02"


# --- an agreement's own statement of the day its parties signed it ---

SIGNED = """СОГЛАШЕНИЕ
о сотрудничестве в сфере наставничества

МБОУ «СОШ № 9» (далее — Школа) и АНО «Центр молодёжных инициатив» (далее — Центр)
заключили настоящее соглашение о нижеследующем:

1. Центр направляет своих специалистов наставниками обучающихся Школы.
2. Школа ведёт учёт наставнических пар.
3. Соглашение {term}

Директор __________ А.В. Лосева
Председатель __________ И.И. Титов
{tail}
"""


def test_the_day_the_agreement_enters_into_force_on_signing_dates_it(judge) -> None:
    text = SIGNED.format(
        term="вступает в силу со дня его подписания — 04 сентября 2024 года и действует до "
        "31 мая 2026 года.",
        tail="",
    )
    assert judge(text, "2.1", year=2024).doc_date == "2024-09-04"


def test_signed_by_the_parties_at_the_end_dates_it(judge) -> None:
    text = SIGNED.format(
        term="действует с момента подписания до 31 декабря 2023 года.",
        tail="\nПодписано сторонами 14 октября 2021 года.\n",
    )
    assert judge(text, "2.1", year=2024).doc_date == "2021-10-14"


def test_in_force_from_signing_until_a_term_end_is_no_signing_date(judge) -> None:
    text = SIGNED.format(
        term="вступает в силу с момента подписания и действует до 31 мая 2026 года.", tail=""
    )
    assert judge(text, "2.1", year=2024).doc_date is None


# --- a regulation adopted by its council beside an approval signed with no date at all ---

REGULATION = """ПРИНЯТО                                        УТВЕРЖДАЮ
на педагогическом совете                       Директор МБОУ «Краснооктябрьская СОШ № 4»
МБОУ «Краснооктябрьская СОШ № 4»               ___________ О.Н. Белова
{record}

ПОЛОЖЕНИЕ
о наставничестве педагогических работников

1. Общие положения
1.1. Настоящее Положение определяет порядок организации наставничества в школе.
1.2. Наставник назначается приказом директора.
"""


def test_a_protocol_under_the_approvals_signature_is_the_councils(judge) -> None:
    d = judge(REGULATION.format(record="протокол № 1 от 30.08.2023"), "1.1", year=2024)
    assert d.doc_date == "2023-08-30"


def test_a_bare_date_under_the_approvals_signature_stays_the_approvals(judge) -> None:
    d = judge(REGULATION.format(record="«31» августа 2023 г."), "1.1", year=2024)
    assert d.doc_date == "2023-08-31"
