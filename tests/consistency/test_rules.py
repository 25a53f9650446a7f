"""Every rule of config/consistency.yaml with a failing and a passing example."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from evidence.consistency import check_consistency, load_rules
from tests.consistency.builders import Spec, items

PDF = "https://school.ru/files/doc.pdf"

# rule id -> (values that break it, values that satisfy it, expected severity)
CASES: dict[str, tuple[Mapping[str, Spec], Mapping[str, Spec], str]] = {
    "value_not_number": ({"5.1": "много"}, {"5.1": "12 чел."}, "warning"),
    "value_conflict": ({"5.1": "12", "5,1": "14"}, {"5.1": "12", "5,1": "12"}, "warning"),
    "flag_values": ({"1.1": ("2", PDF)}, {"1.1": ("1", PDF)}, "error"),
    "percent_range": ({"7.1": "105"}, {"7.1": "100"}, "error"),
    "count_negative": ({"5.0": "-4"}, {"5.0": "0"}, "error"),
    "count_whole": ({"5.0": "12,5"}, {"5.0": "12"}, "error"),
    "programmes_sum": (
        {"3.0": ("20", PDF), "3.1": ("15", PDF), "3.2": ("27", PDF)},
        {"3.0": ("42", PDF), "3.1": ("15", PDF), "3.2": ("27", PDF), "3.3": "0"},
        "error",
    ),
    "other_forms_named": (
        {"3.7": ("1", PDF)},
        {"3.7": ("1", PDF, "наставник - родитель")},
        "error",
    ),
    "other_parameters_named": ({"5.7": "4"}, {"5.7": ("4", "", "дети участников СВО")}, "error"),
    "external_mentors_without_agreement": (
        {"2.1": "0", "4.0": "3"},
        {"2.1": "0", "4.0": "0", "4.1": "0", "4.2": "0"},
        "error",
    ),
    "mentees_10_19_le_total": ({"5.0": "40", "5.1": "51"}, {"5.0": "51", "5.1": "51"}, "error"),
    "mentee_groups_le_mentees": ({"5.1": "10", "5.6": "11"}, {"5.1": "11", "5.6": "11"}, "error"),
    "student_mentors_le_students_15_19": (
        {"6.0": "250", "6.1": "270"},
        {"6.0": "250", "6.1": "25"},
        "error",
    ),
    "young_mentees_le_young": ({"8.0": "10", "8.1": "12"}, {"8.0": "10", "8.1": "10"}, "error"),
    "other_mentees_le_other_teachers": (
        {"8.2": "40", "8.3": "41"},
        {"8.2": "40", "8.3": "4"},
        "error",
    ),
    "programme_teachers_le_teachers": (
        {"0.1": "54", "9.2": "60"},
        {"0.1": "54", "9.1": "54"},
        "error",
    ),
    "teacher_mentors_le_teachers": (
        {"10.0": "54", "10.2": "55"},
        {"10.0": "54", "10.2": "5"},
        "error",
    ),
    "young_mentors_le_young": ({"10.1": "3", "10.3": "4"}, {"10.1": "3", "10.3": "3"}, "error"),
    "teachers_equal_title_page": (
        {"0.1": "54", "10.0": "50"},
        {"0.1": "54", "10.0": "54"},
        "error",
    ),
    "document_link_given": ({"1.3": "1"}, {"1.3": ("1", PDF)}, "error"),
    "agreements_count_links": (
        {"2.1": ("2", PDF)},
        {"2.1": ("2", f"{PDF} https://school.ru/files/second.pdf")},
        "error",
    ),
    "young_specialists_equal": ({"8.0": "10", "10.1": "9"}, {"8.0": "10", "10.1": "10"}, "warning"),
    "teachers_split_sum": (
        {"0.1": "54", "8.0": "10", "8.2": "40"},
        {"0.1": "54", "8.0": "10", "8.2": "44"},
        "warning",
    ),
    "sections_le_title_students": (
        {"0.2": "300", "5.0": "320"},
        {"0.2": "1 002", "5.0": "320"},
        "warning",
    ),
    "students_15_19_le_10_19": (
        {"5.0": "100", "6.0": "250"},
        {"5.0": "320", "6.0": "250"},
        "warning",
    ),
    "young_le_teachers": ({"0.1": "5", "8.0": "10"}, {"0.1": "54", "8.0": "10"}, "warning"),
    "young_mentors_le_teacher_mentors": (
        {"10.2": "2", "10.3": "3"},
        {"10.2": "3", "10.3": "3"},
        "warning",
    ),
    "mentors_le_mentors_by_order": (
        {"2.3": ("20", PDF), "6.1": "15", "10.2": "10"},
        {"2.3": ("25", PDF), "6.1": "15", "10.2": "10"},
        "warning",
    ),
    "mentees_le_mentees_by_order": (
        {"2.4": ("50", PDF), "5.1": "51", "8.1": "2"},
        {"2.4": ("53", PDF), "5.1": "51", "8.1": "2"},
        "warning",
    ),
}


def test_every_rule_has_cases() -> None:
    assert {r.id for r in load_rules().rules} == set(CASES)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fails_and_passes(rule_id: str) -> None:
    failing, passing, severity = CASES[rule_id]
    hits = [f for f in check_consistency(items(failing)) if f.rule == rule_id]
    assert len(hits) == 1, hits
    assert hits[0].severity == severity
    assert hits[0].message and hits[0].org == "МБОУ СОШ № 1"
    assert [f for f in check_consistency(items(passing)) if f.rule == rule_id] == []


def _by_rule(values: Mapping[str, Spec]) -> dict[str, list]:
    out: dict[str, list] = {}
    for finding in check_consistency(items(values)):
        out.setdefault(finding.rule, []).append(finding)
    return out


# --- the seed's own examples (seed 004) ----------------------------------------------------


def test_seed_section_3_programmes_sum() -> None:
    values = {"3.0": "20", "3.1": "15", "3.2": "27", "3.3": "0", "3.4": "0", "3.5": "0"}
    values |= {"3.6": "2", "3.7": "1"}
    (finding,) = _by_rule(values)["programmes_sum"]
    assert finding.severity == "error"
    assert finding.criteria == ["3.0", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"]
    assert finding.values["3.0"] == 20 and finding.values["3.2"] == 27
    assert "(45 = 15+27+0+0+0+2+1)" in finding.message and "(20)" in finding.message


def test_seed_section_5_group_larger_than_mentees() -> None:
    codes = ["5.0", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7"]
    found = _by_rule(dict(zip(codes, ["320", "51", "75", "0", "11", "0", "0", "0"], strict=True)))
    (finding,) = found["mentee_groups_le_mentees"]  # 11 gifted ≤ 51 is fine
    assert finding.criteria == ["5.1", "5.2"] and finding.severity == "error"
    assert "75" in finding.message and "51" in finding.message
    assert "mentees_10_19_le_total" not in found


def test_seed_section_6_student_mentors() -> None:
    (finding,) = _by_rule({"6.0": "250", "6.1": "270"})["student_mentors_le_students_15_19"]
    assert finding.values == {"6.0": 250, "6.1": 270}
    assert "270" in finding.message and "250" in finding.message


def test_seed_section_8_young_specialists_and_the_note() -> None:
    (error,) = _by_rule({"8.0": "10", "8.1": "12"})["young_mentees_le_young"]
    assert error.severity == "error"
    note = "2 специалиста приняты в декабре, в форме учтены"
    (warning,) = _by_rule({"8.0": "10", "8.1": ("12", "", note)})["young_mentees_le_young"]
    assert warning.severity == "warning" and note in warning.message


def test_seed_section_4_mentors_without_agreement() -> None:
    found = _by_rule({"2.1": "0", "4.0": "3", "4.1": "0", "4.2": "1"})
    (finding,) = found["external_mentors_without_agreement"]
    assert finding.criteria == ["2.1", "4.0", "4.2"]
    assert "4.0 = 3" in finding.message and "4.2 = 1" in finding.message
    # another proof document on the 4.x row lifts it (seed: «и/или никакого другого документа»)
    proven = _by_rule({"2.1": "0", "4.0": ("3", PDF)})
    assert "external_mentors_without_agreement" not in proven
    # an agreement declared: nothing to say here
    assert "external_mentors_without_agreement" not in _by_rule({"2.1": ("1", PDF), "4.0": "3"})


def test_other_form_already_listed_above() -> None:
    note = "Учитель – ученик (старшие классы)"
    (finding,) = _by_rule({"3.7": ("1", PDF, note)})["other_forms_named"]
    assert finding.severity == "warning" and "«учитель - ученик»" in finding.message
    assert "other_forms_named" not in _by_rule({"3.7": ("1", PDF, "ученик - студент")})
    assert "other_forms_named" not in _by_rule({"3.7": ("0", "")})


def test_missing_agreement_count_is_not_zero() -> None:
    assert "external_mentors_without_agreement" not in _by_rule({"4.0": "3"})


# --- behaviour around missing values, codes, grouping, order -------------------------------


def test_missing_parts_are_named_and_soften_the_sum() -> None:
    (finding,) = _by_rule({"3.0": ("20", PDF), "3.1": ("15", PDF)})["programmes_sum"]
    assert finding.severity == "warning"
    assert "не заполнены: 3.2, 3.3, 3.4, 3.5, 3.6, 3.7" in finding.message
    assert finding.values["3.2"] is None
    # parts above the total stay an error even with gaps
    (over,) = _by_rule({"3.0": ("10", PDF), "3.1": ("15", PDF)})["programmes_sum"]
    assert over.severity == "error"


def test_missing_whole_skips_the_rule() -> None:
    assert "mentee_groups_le_mentees" not in _by_rule({"5.1": "", "5.2": "75"})


def test_codes_written_loosely() -> None:
    found = _by_rule({"3,0": "20", "3.1.": "15", "3.2": "27", "5": "10", "5,1": "12"})
    assert found["programmes_sum"][0].criteria[0] == "3.0"
    assert found["mentees_10_19_le_total"][0].criteria == ["5.0", "5.1"]


def test_not_a_number_message_names_the_value() -> None:
    (finding,) = _by_rule({"5.1": "много"})["value_not_number"]
    assert finding.message == 'Значение показателя 5.1 не число: "много"'
    assert finding.values == {"5.1": "много"}


def test_value_given_as_text_with_units() -> None:
    found = _by_rule({"0.2": "1\u00a0002", "5.0": "320 чел.", "6.0": "1 100"})
    assert "value_not_number" not in found
    assert [f.values for f in found["sections_le_title_students"]] == [{"0.2": 1002, "6.0": 1100}]


def test_link_required_text_instead_of_link() -> None:
    text = 'Приказ №227 от 06.05.2022 г. "Об утверждении решения Экспертного совета"'
    (finding,) = _by_rule({"1.2": ("1", text)})["document_link_given"]
    assert "вместо ссылки" in finding.message and "Приказ №227" in finding.message
    assert "document_link_given" not in _by_rule({"1.2": ("0", "")})
    (programme,) = _by_rule({"3.1": ("2", "")})["document_link_given"]
    assert programme.criteria == ["3.1"]


def test_findings_grouped_by_org_in_batch_order_then_rule_order() -> None:
    batch = items({"7.1": "150", "6.0": "10", "6.1": "20"}, org="Школа Б")
    batch += items(
        {"3.0": ("1", PDF), "3.1": ("2", PDF), "7.2": "-1"}, org="Школа А", start=len(batch) + 1
    )
    batch += items({"5.1": "много"}, org="школа  б", start=len(batch) + 1)
    findings = check_consistency(batch)
    order = [(f.org, f.rule) for f in findings]
    assert order == [
        ("Школа Б", "value_not_number"),
        ("Школа Б", "percent_range"),
        ("Школа Б", "student_mentors_le_students_15_19"),
        ("Школа А", "percent_range"),
        ("Школа А", "programmes_sum"),
    ]


def test_org_id_groups_spellings_of_one_org() -> None:
    batch = items({"6.0": "10"}, org="МБОУ СОШ № 1", org_id="1831000001")
    batch += items({"6.1": "20"}, org="МБОУ «СОШ №1»", org_id="1831000001", start=2)
    (finding,) = [f for f in check_consistency(batch) if f.rule.startswith("student_mentors")]
    assert finding.org_id == "1831000001" and finding.rows == [1, 2]


def test_to_dict_keys() -> None:
    (finding,) = _by_rule({"7.1": "105"})["percent_range"]
    data = finding.to_dict()
    assert set(data) == {"org", "rule", "criteria", "values", "severity", "message", "org_id"}
    assert (
        data["values"] == {"7.1": 105}
        and data["message"] == "Процент 7.1 должен быть от 0 до 100, указано 105"
    )
