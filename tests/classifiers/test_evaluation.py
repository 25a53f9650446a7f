"""The evaluation corpus meets the targets: every verdict's precision and recall ≥ 0.95, dates ≥ 0.95.

Text forms of every document plus the few rendered ones (DOCX, PDF, scans) that the manifest
marks; renders and extractions are cached under tests/.generated/eval/.
"""

from __future__ import annotations

import pytest

from evidence.evaluate import format_report, run_evaluation

TARGET = 0.95


@pytest.fixture(scope="module")
def report():
    return run_evaluation()


@pytest.mark.slow
@pytest.mark.parametrize("part", ["dev", "heldout1", "heldout", "heldout3"])
def test_targets(report, part: str) -> None:
    rep = report.parts[part]
    if not rep.cases:
        pytest.skip(f"no {part} documents")
    text = format_report(report)
    for verdict, (precision, recall, support) in rep.precision_recall().items():
        if support:
            assert recall is not None and recall >= TARGET, f"{verdict} recall\n{text}"
        if precision is not None:
            assert precision >= TARGET, f"{verdict} precision\n{text}"
    assert rep.date_rate is not None and rep.date_rate >= TARGET, text
    assert rep.kind_accuracy is not None and rep.kind_accuracy >= TARGET, text
