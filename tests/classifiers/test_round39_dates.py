"""Round 39 misses of the own-date rules, in texts of our own wording."""

from __future__ import annotations

# --- an order with no date line, dated by its appendix's stamp naming its own number ---

ORDER = """МБОУ «Гимназия № 8» г. Заречного

ПРИКАЗ                                                        № {own}

О наставничестве в 2023/2024 учебном году

В целях профессионального становления молодых педагогов гимназии

ПРИКАЗЫВАЮ:

1. Утвердить Положение о наставничестве педагогических работников (приложение № 1).
2. Закрепить наставников за молодыми специалистами (приложение № 2).
3. Контроль за исполнением приказа оставляю за собой.

Директор                                                      О.П. Сизова

Приложение № 1
к приказу МБОУ «Гимназия № 8»
от 30.08.2023 № {stamp}

ПОЛОЖЕНИЕ
о наставничестве педагогических работников

1. Наставничество — форма передачи опыта от педагога-наставника молодому специалисту.
2. Наставник назначается приказом директора на один учебный год.
"""


def test_an_appendix_stamp_with_the_orders_own_number_dates_it(judge) -> None:
    d = judge(ORDER.format(own="154", stamp="154"), "3.5", year=2023)
    assert d.doc_date == "2023-08-30"


def test_an_appendix_stamp_of_another_number_does_not_date_the_order(judge) -> None:
    d = judge(ORDER.format(own="154", stamp="97"), "3.5", year=2023)
    assert d.doc_date is None


# --- a council's protocol beside a head's approval with only a signature's blank ---

ADOPTED = """МБДОУ «Детский сад № 12 «Ромашка»

ПРИНЯТО                                              УТВЕРЖДЕНО
на педагогическом совете                             заведующий МБДОУ «Детский сад № 12»
протокол № 1 от 28.08.2024                           {sign}

ПОЛОЖЕНИЕ
о доплате за наставничество

1. Общие положения
1.1. Положение определяет размер доплаты педагогам-наставникам.
1.2. Доплата устанавливается приказом заведующего на учебный год.
2. Размер доплаты
2.1. Наставнику устанавливается доплата 10 % оклада за каждого наставляемого.
"""


def test_a_signature_blank_beside_the_protocols_date_leaves_the_adoption_date(judge) -> None:
    d = judge(ADOPTED.format(sign="__________ И.В. Котова"), "11.1", year=2024)
    assert d.doc_date == "2024-08-28"


def test_an_approval_with_a_blank_date_line_still_leaves_the_act_undated(judge) -> None:
    sign = "__________ И.В. Котова\n                                                     «___» ________ 20__ г."
    d = judge(ADOPTED.format(sign=sign), "11.1", year=2024)
    assert d.doc_date is None


# --- a news feed above a справка's heading ---

REPORT = """МБДОУ «Детский сад № 9» г. Ивановска | Версия для слабовидящих

{feed}
СПРАВКА
о реализации программы наставничества за 2024 год

Мониторинг проведён по приказу заведующего от 16.09.2024 № 77.
В программах наставничества участвуют 6 педагогов, из них 2 молодых специалиста.
Удовлетворённость наставляемых составила 90 %.

Старший воспитатель                                  А.А. Лебедева
"""


def test_a_news_feed_above_the_heading_does_not_date_the_report(judge) -> None:
    feed = (
        "Новости\n14.11.2024  Осенняя ярмарка в старшей группе\n"
        "07.11.2024  Родительское собрание в средней группе\n"
    )
    d = judge(REPORT.format(feed=feed), "1.4", year=2024)
    assert d.doc_date != "2024-11-14"


def test_a_date_line_above_the_heading_still_dates_the_report(judge) -> None:
    d = judge(REPORT.format(feed="15.11.2024\n"), "1.4", year=2024)
    assert d.doc_date == "2024-11-15"


# --- a грамота names the order that awarded it; its own date line is below ---

AWARD = """ГРАМОТА

НАГРАЖДАЕТСЯ
Соколова Ирина Павловна,
учитель начальных классов МБОУ «СОШ № 4» г. Котласа,

за успешную наставническую деятельность и поддержку молодых педагогов

Директор МБОУ «СОШ № 4»                                         Р.Н. Белова

Приказ от 02.05.2024 № 88-к
{tail}"""


def test_an_award_is_dated_by_its_own_date_line_below_the_awarding_order(judge) -> None:
    d = judge(AWARD.format(tail="\nг. Котлас\n06 мая 2024 г.\n"), "11.2", year=2024)
    assert d.doc_date == "2024-05-06"


def test_an_award_with_no_date_line_keeps_the_awarding_orders_date(judge) -> None:
    d = judge(AWARD.format(tail="\nг. Котлас\n"), "11.2", year=2024)
    assert d.doc_date == "2024-05-02"
