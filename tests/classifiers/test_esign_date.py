"""A document signed electronically that has no date line of its own is dated by its stamp's
«Дата подписания», with a reviewer's check; a document that has its own date keeps it, and the
key's validity never dates anything. The documents are written for these tests."""

from __future__ import annotations

STAMP = """ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ
Сертификат: 5F0A19C2B7D4E6830011AA3C
Владелец: Соколова Ирина Павловна
Действителен: с 15.01.2024 по 15.04.2025
Дата подписания: 12.09.2024 10:41"""

PAIRS_ORDER = """Муниципальное бюджетное общеобразовательное учреждение
«Средняя общеобразовательная школа № 3» г. Котласа

ПРИКАЗ
№ 212-о

О закреплении наставнических пар на 2024/2025 учебный год

В целях реализации программы наставничества
ПРИКАЗЫВАЮ:
1. Закрепить наставников за молодыми педагогами согласно приложению.
2. Контроль исполнения возложить на заместителя директора Ганичеву О.В.

Директор                                   И.П. Соколова

{stamp}
"""


def test_the_signing_date_dates_an_order_without_its_own_date(judge) -> None:
    d = judge(PAIRS_ORDER.format(stamp=STAMP), "2.3", year=2024)
    assert d.doc_date == "2024-09-12"
    assert d.verdict.value == "ok"
    assert "date_from_esign" in d.flags and "needs_review" in d.flags
    assert "штампа электронной подписи" in d.message


def test_a_stamp_without_the_signing_field_gives_no_date(judge) -> None:
    no_field = STAMP.rsplit("\n", 1)[0]
    d = judge(PAIRS_ORDER.format(stamp=no_field), "2.3", year=2024)
    assert d.doc_date is None
    assert d.verdict.value == "no_date"


def test_the_own_date_line_wins_over_the_stamp(judge) -> None:
    dated = PAIRS_ORDER.replace("№ 212-о", "от 02.09.2024 № 212-о").format(stamp=STAMP)
    d = judge(dated, "2.3", year=2024)
    assert d.doc_date == "2024-09-02"
    assert "date_from_esign" not in d.flags


REPORT = """{stamp}

Справка
по итогам мониторинга реализации целевой модели наставничества в МБДОУ «Детский сад № 9»

Показатель | Значение
Доля педагогов-наставников, % | 24
Удовлетворённость наставляемых, % | 88

Заведующий  ________  Л.А. Ершова
"""


def test_a_signed_report_without_a_date_takes_the_signing_day_and_is_checked(judge) -> None:
    stamp = STAMP.replace("12.09.2024", "28.05.2025")
    d = judge(REPORT.format(stamp=stamp), "1.4", year=2024)
    assert d.doc_date == "2025-05-28"
    assert d.verdict.value == "wrong_year"
