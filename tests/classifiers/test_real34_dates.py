"""A PDF reader's signature appearance opened by «Подписано цифровой подписью:» and closed by a
timestamp with the month in a word («Дата: 14 Март 2023 г. 09:12:40») is the signature's, not
the document's: its date never dates a document. And a reversal of an agreement (2.1
``wrong_direction``) decided while the other side is said to provide mentors too (split votes)
asks for a human look, as a weakly decided ``ok`` does. The documents are written for these
tests."""

from __future__ import annotations

from classifiers.esign import stamp_spans
from evidence.textnorm import normalise

APPEARANCE = """Подписано цифровой подписью: МБОУ
"СОШ № 4" Г. ОСА
DN: E=uc@nalog.ru, ОГРН=1047707030513,
C=RU, S=77 Москва, L=г. Москва, OU=УЦ ЮЛ,
CN=Федеральная налоговая служба
Причина: Я являюсь автором этого документа
Дата: 14 Март 2023 г. 09:12:40"""

RULES = """Правила приёма обучающихся в МБОУ «СОШ № 4» г. Осы

{stamp}

1. Общие положения
1.1. Настоящие Правила определяют порядок приёма граждан на обучение по образовательным
программам начального общего, основного общего и среднего общего образования.
1.2. Приём на обучение проводится на общедоступной основе.
2. Порядок приёма
2.1. Приём заявлений в первый класс начинается не позднее 1 апреля текущего года.
"""


def test_a_signature_appearance_with_a_worded_timestamp_is_blanked() -> None:
    text = normalise(RULES.format(stamp=APPEARANCE))
    spans = stamp_spans(text)
    assert spans and "14 Март 2023" in text[spans[0][0] : spans[0][1]]


def test_a_worded_appearance_timestamp_dates_no_document(judge) -> None:
    d = judge(RULES.format(stamp=APPEARANCE), "1.1", year=2023)
    assert d.doc_date is None
    assert d.details.get("date_source") != "esign"


def test_the_numeric_appearance_timestamp_is_still_blanked(judge) -> None:
    numeric = APPEARANCE.replace("14 Март 2023 г. 09:12:40", "2023.03.14 09:12:40+05'00'")
    d = judge(RULES.format(stamp=numeric), "1.1", year=2023)
    assert d.doc_date is None


def test_a_date_line_without_a_signature_appearance_still_dates(judge) -> None:
    own = "Дата: 14 марта 2023 г."
    d = judge(RULES.format(stamp=own), "1.1", year=2023)
    assert d.doc_date == "2023-03-14"


def test_a_sentence_about_signing_is_no_appearance() -> None:
    text = normalise(
        "Документ может быть подписано цифровой подписью: порядок установлен приказом.\n"
        "Дата: 14 марта 2023 г. 09:12 — заседание совета.\n"
    )
    assert stamp_spans(text) == []


def test_a_headed_stamp_still_dates_a_dateless_document(judge) -> None:
    headed = (
        "ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ\n"
        "Сертификат: 5F0A19C2B7D4E6830011AA3C\n"
        "Владелец: Соколова Ирина Павловна\n"
        "Действителен: с 15.01.2023 по 15.04.2024\n"
        "Дата подписания: 14.03.2023 10:41"
    )
    d = judge(RULES.format(stamp=headed), "1.1", year=2023)
    assert d.doc_date == "2023-03-14"
    assert d.details["date_source"] == "esign"


# --- a reversal decided against split votes ---------------------------------------------------

SPLIT = """СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ
г. Вологда                                                    «14» марта 2024 г.

Бюджетное профессиональное образовательное учреждение Вологодской области «Вологодский строительный колледж» (далее – Колледж) в лице директора Рябова Р.Р. и муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 31» (далее – Школа) в лице директора Лаптевой Л.Л. заключили настоящее соглашение о нижеследующем:
1. Колледж направляет своих преподавателей в качестве наставников для обучающихся Школы.
2. Колледж выделяет мастеров производственного обучения для работы наставниками.
3. Школа выделяет из числа своих учителей наставников для студентов Колледжа.
4. Соглашение действует до 31.12.2024.
"""

CLEAR = """СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ
г. Вологда                                                    «14» марта 2024 г.

Бюджетное профессиональное образовательное учреждение Вологодской области «Вологодский строительный колледж» (далее – Колледж) в лице директора Рябова Р.Р. и муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 31» (далее – Школа) в лице директора Лаптевой Л.Л. заключили настоящее соглашение о нижеследующем:
1. Колледж направляет своих преподавателей в качестве наставников для обучающихся Школы.
2. Колледж выделяет мастеров производственного обучения для работы наставниками.
3. Соглашение действует до 31.12.2024.
"""

COLLEGE = "БПОУ ВО «Вологодский строительный колледж»"


def test_a_reversal_against_split_votes_asks_for_review(judge) -> None:
    d = judge(SPLIT, "2.1", year=2024, org=COLLEGE)
    assert d.verdict.value == "wrong_direction"
    assert "needs_review" in d.flags
    assert "разных пунктах" in d.message


def test_a_clear_reversal_needs_no_review(judge) -> None:
    d = judge(CLEAR, "2.1", year=2024, org=COLLEGE)
    assert d.verdict.value == "wrong_direction"
    assert "needs_review" not in d.flags


def test_the_review_does_not_hang_on_the_confidence_left(judge, monkeypatch) -> None:
    """However sure the kind was (a heading read at full confidence), the split votes alone
    flag the reversal for a human look."""
    from dataclasses import replace

    from classifiers import decide

    sure = decide.detect_kind
    monkeypatch.setattr(decide, "detect_kind", lambda text: replace(sure(text), confidence=1.0))
    d = judge(SPLIT, "2.1", year=2024, org=COLLEGE)
    assert d.verdict.value == "wrong_direction"
    assert "needs_review" in d.flags
    assert "needs_review" not in judge(CLEAR, "2.1", year=2024, org=COLLEGE).flags
