"""Acts copied from a legal portal: the portal's notes are not the act's own text.

КонсультантПлюс, «Кодекс» and «Гарант» print a header over the act («Документ предоставлен …,
Дата сохранения: …», «Информация об изменяющих документах», «Список изменяющих документов»,
«(в ред. … от …)», «(с изменениями на …)»): no heading of the act and none of its dates."""

from __future__ import annotations

from classifiers.portal import blank_notes, note_spans

# A ministry's order cut before its operative part (a long preamble), with the portal's
# header: the order's heading decides, not the portal's «Информация …».
ORDER_FRAGMENT = """МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ УДМУРТСКОЙ РЕСПУБЛИКИ

ПРИКАЗ
от 17 марта 2023 г. N 402

О региональном конкурсе профессионального мастерства «Наставник года»

(с изменениями на 20 февраля 2024 года)
Информация об изменяющих документах

В соответствии с Законом Удмуртской Республики от 21 марта 2014 г. N 11-РЗ «Об образовании в Удмуртской Республике», государственной программой Удмуртской Республики «Развитие образования», в целях выявления, поддержки и распространения лучших практик наставничества в образовательных организациях республики, повышения престижа педагогической профессии и содействия профессиональному росту молодых педагогов
"""

# A regulation as КонсультантПлюс prints it: the day the page was saved and the amending acts
# are above and under the title; its own date is the approving order's.
REGULATION_FROM_PORTAL = """Документ предоставлен КонсультантПлюс
Дата сохранения: 14.05.2024

Утверждено
приказом Министерства образования и науки Удмуртской Республики
от 17 марта 2023 г. N 402

ПОЛОЖЕНИЕ
О РЕГИОНАЛЬНОМ КОНКУРСЕ «НАСТАВНИК ГОДА»

Список изменяющих документов
(в ред. Приказа Минобрнауки УР от 11.09.2023 N 1288,
от 20.02.2024 N 215)

1. Общие положения
1.1. Настоящее Положение определяет порядок организации и проведения регионального конкурса «Наставник года» среди педагогических работников.
(п. 1.1 в ред. Приказа Минобрнауки УР от 20.02.2024 N 215)
1.2. Конкурс проводится ежегодно.
"""


def test_a_portal_header_does_not_make_an_order_a_report(judge) -> None:
    d = judge(ORDER_FRAGMENT, "1.3")
    assert d.doc_kind.value == "order"
    assert d.doc_date == "2023-03-17" and d.doc_number == "402"


def test_the_portal_dates_are_not_the_regulation_date(judge) -> None:
    d = judge(REGULATION_FROM_PORTAL, "1.1")
    assert d.doc_kind.value == "regulation"
    assert d.doc_date == "2023-03-17"
    assert d.verdict.value == "wrong_type"


def test_notes_are_blanked_in_place_and_the_act_kept() -> None:
    blanked = blank_notes(REGULATION_FROM_PORTAL)
    assert len(blanked) == len(REGULATION_FROM_PORTAL)
    assert blanked.count("\n") == REGULATION_FROM_PORTAL.count("\n")
    for gone in ("КонсультантПлюс", "14.05.2024", "Список изменяющих", "11.09.2023", "20.02.2024"):
        assert gone not in blanked
    for kept in ("от 17 марта 2023 г. N 402", "ПОЛОЖЕНИЕ", "1.2. Конкурс проводится ежегодно."):
        assert kept in blanked


def test_a_parenthesis_in_a_sentence_or_unclosed_is_not_a_note() -> None:
    text = (
        "1.3. Положение действует в новой редакции (в редакции приказа от 01.09.2024 № 12) "
        "и применяется с 1 сентября.\n(в ред. приказа от 01.09.2024 № 12 — и дальше текст без скобки\n"
    )
    assert note_spans(text) == []


def test_dates_listed_under_a_portal_line_are_its_own() -> None:
    text = "С изменениями и дополнениями от:\n\n18 ноября 2020 г., 8 июля 2021 г.\n\nПРИКАЗ\n"
    blanked = blank_notes(text)
    assert "2020" not in blanked and "2021" not in blanked and "ПРИКАЗ" in blanked
