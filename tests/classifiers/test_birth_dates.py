"""A person's date of birth (a list of mentor–mentee pairs, the holder of a certificate) is
never the document's own date, wherever it stands. The documents are written for these tests."""

from __future__ import annotations

PAIRS_ORDER = """МБДОУ «Детский сад № 12 «Ромашка»

ПРИКАЗ
№ 41-од

О закреплении наставников за молодыми педагогами

1. Закрепить наставников за молодыми специалистами на 2024/2025 учебный год:
- наставник Кузьмина Т.В., воспитатель высшей категории;
  наставляемый Белова А.С., дата рождения: 14.05.2001, воспитатель;
- наставник Громова Е.Н., музыкальный руководитель;
  наставляемый Ершов Д.И., 02.11.1999 г.р., инструктор по физической культуре.
2. Контроль оставляю за собой.

Заведующий  ________  О.П. Лаптева
"""


def test_birth_dates_of_mentees_do_not_date_an_undated_order(judge) -> None:
    d = judge(PAIRS_ORDER, "2.3", year=2024)
    assert d.doc_date is None
    assert d.verdict.value == "no_date"


def test_the_order_keeps_its_own_date_next_to_birth_dates(judge) -> None:
    dated = PAIRS_ORDER.replace("№ 41-од", "от 02.09.2024 № 41-од")
    d = judge(dated, "2.3", year=2024)
    assert d.doc_date == "2024-09-02"
    assert d.verdict.value == "ok"


CERTIFICATE = """РОССИЙСКАЯ ФЕДЕРАЦИЯ
Автономное учреждение дополнительного профессионального образования
«Институт развития образования»

УДОСТОВЕРЕНИЕ
о повышении квалификации

Настоящее удостоверение выдано Никитиной Ольге Викторовне (родилась 7 июня 1996 г.)
в том, что она прошла обучение по дополнительной профессиональной программе
«Наставничество в образовательной организации: технологии и практики» в объёме 36 часов.

Регистрационный номер 1187
Город Киров
"""


def test_the_holders_birth_date_does_not_date_a_certificate(judge) -> None:
    d = judge(CERTIFICATE, "9.2", year=2024)
    assert d.doc_date is None
    assert d.verdict.value == "no_date"
