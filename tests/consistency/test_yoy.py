"""Year over year: what changed in an organisation's form since last year."""

from __future__ import annotations

from evidence.consistency import YoyOptions
from evidence.models import Verdict
from evidence.yoy import compare_years
from tests.consistency.builders import items, result

ORDER = "https://school.ru/files/order.pdf"
OTHER = "https://school.ru/files/order-2024.pdf"


def _kinds(changes: list) -> dict[str, str]:
    return {c.criterion: c.kind for c in changes}


def test_values_that_fell_dropped_rose_or_went_missing() -> None:
    before = items({"5.1": "51", "6.1": "40", "9.2": "3", "10.2": "4", "7.1": "90", "8.0": "10"})
    after = items({"5.1": "0", "6.1": "12", "9.2": "2", "10.2": "20", "7.1": "", "8.0": "11"})
    changes = compare_years(before, after)
    assert _kinds(changes) == {
        "5.1": "fell_to_zero",
        "6.1": "big_drop",
        "10.2": "big_rise",
        "7.1": "newly_missing",
    }
    (drop,) = [c for c in changes if c.kind == "big_drop"]
    assert (drop.before, drop.after) == (40, 12) and "40 → 12" in drop.message
    assert set(drop.to_dict()) >= {"org", "criterion", "kind", "before", "after", "message"}


def test_row_absent_this_year_is_newly_missing() -> None:
    changes = compare_years(items({"1.1": ("1", ORDER)}), items({"1.2": ("1", ORDER)}))
    assert [(c.criterion, c.kind) for c in changes] == [("1.1", "newly_missing")]


def test_threshold_is_configurable() -> None:
    before, after = items({"6.1": "40"}), items({"6.1": "30"})
    assert compare_years(before, after) == []
    strict = YoyOptions(drop_ratio=0.2, rise_ratio=0.2, min_abs=1)
    assert _kinds(compare_years(before, after, options=strict)) == {"6.1": "big_drop"}


def test_link_changed() -> None:
    changes = compare_years(items({"1.1": ("1", ORDER)}), items({"1.1": ("1", OTHER)}))
    (change,) = changes
    assert change.kind == "link_changed" and OTHER in change.message


def test_same_link_new_document_and_reused_document() -> None:
    before = items({"1.1": ("1", ORDER), "1.3": ("1", OTHER)})
    after = items({"1.1": ("1", ORDER), "1.3": ("1", OTHER)})
    before_results = [
        result(before[0], [Verdict.OK], ["aaa"]),
        result(before[1], [Verdict.OK], ["ccc"]),
    ]
    after_results = [
        result(after[0], [Verdict.OK], ["bbb"]),
        result(after[1], [Verdict.OK], ["ccc"]),
    ]
    assert compare_years(before, after) == []
    changes = compare_years(before, after, before_results, after_results)
    assert [(c.criterion, c.kind) for c in changes] == [
        ("1.1", "document_changed"),
        ("1.3", "same_document"),  # 1.3 needs an order of the reporting year
    ]


def test_orgs_matched_by_name_and_new_orgs_skipped() -> None:
    before = items({"5.1": "51"}, org="МБОУ СОШ № 1")
    after = items({"5.1": "0"}, org="мбоу  сош № 1") + items({"5.1": "0"}, org="Школа Б", start=2)
    (change,) = compare_years(before, after)
    assert change.org == "мбоу  сош № 1" and change.kind == "fell_to_zero"
