"""The справка's figures on the hand-written batch of ``fixture.py``: every expected number is
derived in a comment from the fixture's rows, never by calling the code twice."""

from __future__ import annotations

import pytest

from evidence.spravka import build_spravka
from evidence.spravka.build import Spravka
from evidence.spravka.municipal import municipal_recommendations
from evidence.spravka.spravka_docx import participation_text
from evidence.spravka.tables import criteria_rows, programme_rows, trace_rows
from tests.spravka.fixture import OVERRULED_ROW, YEAR, A, B, C, D, E, batch


@pytest.fixture(scope="module")
def spravka() -> Spravka:
    items, results = batch()
    return build_spravka(items, results, year=YEAR, overruled_rows={OVERRULED_ROW})


def test_participation_by_type(spravka: Spravka) -> None:
    # A preschool; B, C general; D additional (ДШИ, though a «школа»); E unknown -> «иная».
    assert [o.type for o in spravka.orgs] == [
        "preschool",
        "general",
        "general",
        "additional",
        "other",
    ]
    assert participation_text(spravka) == (
        "В мониторинге приняли участие 5 образовательных организаций (1 дошкольная; "
        "2 общеобразовательные; 1 организация дополнительного образования; 1 иная)."
    )
    assert spravka.unknown_type == [E]


def test_declared_and_confirmed_per_criterion_and_type(spravka: Spravka) -> None:
    f11 = spravka.criterion("1.1")
    assert f11 is not None
    # 1.1 = 1 in A, B, C, E (D typed 0): declared 4 of 5; verdict ok in A, B only.
    assert (f11.total.declared, f11.total.confirmed) == (4, 2)
    assert f11.total.declared_orgs == [A, B, C, E]
    assert f11.total.confirmed_orgs == [A, B]
    by_type = {t: (x.participants, x.declared, x.confirmed) for t, x in f11.by_type.items()}
    assert by_type == {
        "preschool": (1, 1, 1),
        "general": (2, 2, 1),  # C gave a web page
        "additional": (1, 0, 0),
        "other": (1, 1, 0),  # E: no link
    }
    # 1.3: A (wrong year), B (ok), D (http_error, overruled by a reviewer): 3 declared,
    # confirmed B and D.
    f13 = spravka.criterion("1.3")
    assert f13 is not None
    assert (f13.total.declared, f13.total.confirmed) == (3, 2)
    assert f13.total.confirmed_rows == [7, OVERRULED_ROW]


def test_overruled_rows_count_as_confirmed_only_when_given() -> None:
    items, results = batch()
    plain = build_spravka(items, results, year=YEAR)
    f13 = plain.criterion("1.3")
    assert f13 is not None
    assert (f13.total.declared, f13.total.confirmed) == (3, 1)  # only B without the decision


def test_counts_are_summed_as_declared_and_as_confirmed(spravka: Spravka) -> None:
    # 2.1 (one agreement per link): B declared 3 with 2 valid links -> 2 confirmed; C declared
    # 1, the agreement runs the wrong way -> 0. Organisations: declared 2, confirmed 1.
    f21 = spravka.criterion("2.1")
    assert f21 is not None
    assert (f21.total.declared, f21.total.confirmed) == (2, 1)
    assert (f21.total.declared_sum, f21.total.confirmed_sum) == (4, 2)
    # 3.1: B 15 (a typical programme, ok) + C 5 (web page) -> 20 declared, 15 confirmed.
    f31 = spravka.criterion("3.1")
    assert f31 is not None
    assert (f31.total.declared_sum, f31.total.confirmed_sum) == (20, 15)


def test_criteria_table_shows_shares_of_all_participants(spravka: Spravka) -> None:
    rows = {r[0]: r for r in criteria_rows(spravka)[1:]}
    nbsp = "\u00a0"
    # 4 of 5 = 80 %, 2 of 5 = 40 %; 2.1: 2 of 5 = 40 %, 1 of 5 = 20 %, sums 4 / 2.
    assert rows["1.1"][2:] == [f"4 (80{nbsp}%)", f"2 (40{nbsp}%)", "—"]
    assert rows["2.1"][2:] == [f"2 (40{nbsp}%)", f"1 (20{nbsp}%)", "4 / 2"]


def test_programmes_by_form_and_type(spravka: Spravka) -> None:
    table = programme_rows(spravka)
    assert table[0] == [
        "Форма наставничества",
        "Дошкольных",
        "Общеобразовательных",
        "Организаций дополнительного образования",
        "Иных",
        "Всего",
    ]
    rows = {r[0]: r[1:] for r in table[1:]}
    # 3.1: B 15 ok + C 5 web page (both general); 3.2: A 4 ok; 3.6: B 2 without a link.
    assert rows["ученик – ученик"] == ["0 / 0", "20 / 15", "0 / 0", "0 / 0", "20 / 15"]
    assert rows["учитель – учитель"] == ["4 / 4", "0 / 0", "0 / 0", "0 / 0", "4 / 4"]
    assert rows["учитель – ученик"] == ["0 / 0", "2 / 0", "0 / 0", "0 / 0", "2 / 0"]
    assert rows["Всего"] == ["4 / 4", "22 / 15", "0 / 0", "0 / 0", "26 / 19"]


def test_target_is_sum_over_sum_with_contradictions_apart(spravka: Spravka) -> None:
    t = spravka.target("mentees_10_19")
    assert t is not None
    # A (kindergarten) has no 5.0: not applicable. E typed 60 of 50: contradiction, named apart.
    # B 100/400, C 20/300, D 40/100 -> 160 / 800 = 20 % (the mean of percentages would be 24.4).
    assert (t.part_sum, t.whole_sum) == (160, 800)
    assert t.value == pytest.approx(20.0)
    assert t.planned == 70  # schedule for 2024
    assert t.gap == pytest.approx(50.0)
    assert [org for org, _ in t.contradictory] == [E]
    assert "60" in t.contradictory[0][1]
    # general: (100 + 20) / (400 + 300) = 17.14 %; additional: 40 / 100.
    assert t.by_type["general"] == pytest.approx(100 * 120 / 700)
    assert t.by_type["additional"] == pytest.approx(40.0)
    # people missing to 70 %: C 210 - 20 = 190, B 280 - 100 = 180, D 70 - 40 = 30.
    assert [(v.org, v.shortfall) for v in t.pulling_down()] == [(C, 190), (B, 180), (D, 30)]


def test_target_with_an_empty_part_names_the_organisation(spravka: Spravka) -> None:
    t = spravka.target("young_specialists")
    assert t is not None
    # A 2/4, B 5/10; D has 8.0 = 3 but no 8.1: named as not filled in. 7 / 14 = 50 %.
    assert t.value == pytest.approx(50.0)
    assert t.missing == [D]
    nobody = spravka.target("mentors_15_19")
    assert nobody is not None and nobody.value is None and nobody.not_applicable == 5


def test_recommendations_grouped_by_urgency(spravka: Spravka) -> None:
    advice = {a.org: a for a in spravka.advice}
    groups = advice[C].grouped(spravka.phrases, YEAR)
    assert [title for title, _ in groups] == ["Исправить до 15 декабря 2024 г.", "Рекомендуется"]
    # C: web page (1.1), wrong direction (2.1), web page (3.1); typed «0» for 1.3 (1.2 and 1.4
    # are not in the batch at all: nothing is said about them).
    assert [a.code for a in groups[0][1]] == ["1.1", "2.1", "3.1"]
    assert [a.code for a in groups[1][1]] == ["1.3"]
    assert groups[0][1][0].text == (
        "Разместите на сайте приказ об утверждении положения о системе наставничества "
        "педагогических работников и укажите прямую ссылку на файл документа, а не на "
        "страницу раздела."
    )
    assert "в сентябре – октябре 2024 года" in groups[1][1][0].text
    assert (advice[C].declared, advice[C].confirmed) == (3, 0)
    # B: 3.6 has no link (urgent); 2.1 has 2 valid agreements of 3 declared.
    b_groups = dict(advice[B].grouped(spravka.phrases, YEAR))
    assert [a.code for a in b_groups["Срочно"]] == ["3.6"]
    assert b_groups["Исправить до 15 декабря 2024 г."][0].text.startswith(
        "Заявлено документов — 3, подтверждено действующими документами — 2."
    )
    assert (advice[B].declared, advice[B].confirmed) == (5, 4)
    # A: an order of 2022 for 2024's monitoring.
    a_fix = dict(advice[A].grouped(spravka.phrases, YEAR))["Исправить до 15 декабря 2024 г."]
    assert "датирован 12.10.2022, что не соответствует отчётному 2024 году" in a_fix[0].text
    # D: the overruled row needs nothing; E: the contradiction is a thing to fix.
    assert all(a.code != "1.3" for a in advice[D].items)
    e_fix = dict(advice[E].grouped(spravka.phrases, YEAR))["Исправить до 15 декабря 2024 г."]
    assert e_fix[0].text.startswith("Исправьте значения показателей 5.0, 5.1: Наставляемых")


def test_municipal_recommendations(spravka: Spravka) -> None:
    texts = municipal_recommendations(spravka)
    # confirmed < 70 % of declared: 1.1 (2 of 4), 1.3 (2 of 3), 2.1 (1 of 2), 3.1 (1 of 2),
    # 3.6 (0 of 1); not 3.2 (1 of 1).
    weak = texts[0]
    for part in ("1.1 «", "1.3 «", "2.1 «", "3.1 «", "3.6 «"):
        assert part in weak
    assert "3.2 «" not in weak
    assert any("Наставляемые 10–19 лет" in t and "20\u00a0%" in t for t in texts)
    assert f"у организаций (1): {E}." in " ".join(texts)
    # every organisation has something to do; urgent: B (3.6) and E (1.1).
    assert texts[-1].startswith("Направить руководителям образовательных организаций (5)")
    assert texts[-1].endswith("срочные замечания — у 2 из них.")


def test_trace_sheet_names_the_organisations_and_rows(spravka: Spravka) -> None:
    rows = trace_rows(spravka)
    confirmed_11 = next(
        r for r in rows if r[0].startswith("1.1 ") and r[1] == "все" and r[2] == "подтверждено"
    )
    assert confirmed_11[3:] == ["2 из 5", "—", f"{A}; {B}", "1, 6"]


def test_change_since_last_year() -> None:
    items, results = batch()
    # Last year A did not take part: 1.1 declared by B, C, E (3), confirmed by B (1).
    before_items = [i for i in items if i.org != A]
    before_results = [r for r in results if r.org != A]
    s = build_spravka(
        items, results, year=YEAR, previous_items=before_items, previous_results=before_results
    )
    assert s.previous is not None and s.previous.year == YEAR - 1
    rows = {r[0]: r for r in criteria_rows(s)[1:]}
    assert criteria_rows(s)[0][-1] == "Изменение к 2023 г."
    assert rows["1.1"][-1] == "заявили +1, подтвердили +1"
    assert rows["2.1"][-1] == "заявили 0, подтвердили 0"
    assert participation_text(s).endswith("В 2023 году — 4 (+1).")
    # programmes last year: without A's 4 «учитель – учитель» -> 22 declared, 15 confirmed.
    programmes = programme_rows(s)
    assert programmes[0][-1] == "Всего в 2023 г."
    assert programmes[-1][-2:] == ["26 / 19", "22 / 15"]
