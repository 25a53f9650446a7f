"""Rules that use the link verdicts, and rules given as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.consistency import check_consistency, load_rules
from evidence.errors import ConfigError
from evidence.models import Verdict
from tests.consistency.builders import items, result

A, B, C = (f"https://school.ru/files/agreement{n}.pdf" for n in (1, 2, 3))


def _rule(findings: list, rule_id: str) -> list:
    return [f for f in findings if f.rule == rule_id]


def test_agreements_count_against_links_and_verdicts() -> None:
    batch = items({"2.1": ("3", f"{A}, {B}; {C}")})
    assert _rule(check_consistency(batch), "agreements_count_links") == []
    verdicts = [result(batch[0], [Verdict.OK, Verdict.OFF_TOPIC, Verdict.WRONG_DIRECTION])]
    (finding,) = _rule(check_consistency(batch, verdicts), "agreements_count_links")
    assert finding.severity == "error"
    assert finding.values == {"2.1": 3, "links": 3, "valid_links": 1}
    assert "только 1 из 3" in finding.message
    all_ok = [result(batch[0], [Verdict.OK] * 3)]
    assert _rule(check_consistency(batch, all_ok), "agreements_count_links") == []


def test_more_links_than_agreements_is_a_warning() -> None:
    (finding,) = _rule(
        check_consistency(items({"2.1": ("1", f"{A} {B}")})), "agreements_count_links"
    )
    assert finding.severity == "warning" and finding.values["links"] == 2


def test_agreement_links_over_several_rows() -> None:
    batch = items({"2.1": ("2", A), "2,1": ("", B)})
    assert _rule(check_consistency(batch), "agreements_count_links") == []


def test_no_valid_agreement_means_no_external_mentors() -> None:
    batch = items({"2.1": ("1", A), "4.2": "5"})
    assert _rule(check_consistency(batch), "external_mentors_without_agreement") == []
    verdicts = [result(batch[0], [Verdict.WRONG_DIRECTION])]
    (finding,) = _rule(check_consistency(batch, verdicts), "external_mentors_without_agreement")
    assert "не подтверждено" in finding.message and "4.2 = 5" in finding.message
    assert finding.severity == "error"


def test_proof_on_mentor_row_counts_only_when_valid() -> None:
    batch = items({"2.1": "0", "4.0": ("2", A)})
    assert _rule(check_consistency(batch), "external_mentors_without_agreement") == []
    dead = [result(batch[1], [Verdict.HTTP_ERROR])]
    assert len(_rule(check_consistency(batch, dead), "external_mentors_without_agreement")) == 1
    good = [result(batch[1], [Verdict.OK])]
    assert _rule(check_consistency(batch, good), "external_mentors_without_agreement") == []


def test_rules_are_data(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(
        """
rules:
  - id: mentors_sum
    kind: sum
    total: "2.3"
    parts: ["6.1", "10.2"]
    severity: warning
    message: "Наставников по приказу {total}, а по разделам {expression} = {sum}"
""",
        encoding="utf-8",
    )
    rules = load_rules(path)
    (finding,) = check_consistency(items({"2.3": "9", "6.1": "3", "10.2": "4"}), rules=rules)
    assert finding.message == "Наставников по приказу 9, а по разделам 3+4 = 7"
    assert check_consistency(items({"2.3": "7", "6.1": "3", "10.2": "4"}), rules=rules) == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("rules:\n  - {id: x, kind: magic, message: m}\n", id="unknown_kind"),
        pytest.param("rules:\n  - {id: x, kind: sum, total: '3.0', message: m}\n", id="no_parts"),
        pytest.param("rules:\n  - {id: x, kind: equal, left: '1', right: '2'}\n", id="no_message"),
        pytest.param(
            "rules:\n  - {id: x, kind: equal, left: '1', right: '2', message: m, severity: fatal}\n",
            id="bad_severity",
        ),
        pytest.param(
            "rules:\n  - {id: x, kind: equal, left: '1', right: '2', message: 'Сумма {left'}\n",
            id="broken_template",
        ),
        pytest.param("rules: []\nyoy: {drop: 0.5}\n", id="unknown_yoy_option"),
    ],
)
def test_malformed_rules_are_refused(tmp_path: Path, body: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_rules(path)
