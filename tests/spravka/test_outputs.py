"""The справка in every run's outputs, and ``evidence-check spravka OUT_DIR``."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from evidence.runner import write_outputs
from tests.spravka.fixture import YEAR, A, B, E, batch
from tests.test_cli import cli


def _run(out: Path) -> dict[str, Path]:
    items, results = batch()
    return write_outputs(items, results, year=YEAR, out=out, source="batch.csv").paths


def test_a_run_writes_both_documents_and_the_summaries(tmp_path: Path) -> None:
    paths = _run(tmp_path)
    assert paths["spravka"] == tmp_path / "spravka.docx"
    assert paths["recommendations"] == tmp_path / "recommendations.docx"
    html = (tmp_path / "report.html").read_text("utf-8")
    assert '<section id="spravka"' in html and "<svg" in html
    assert html.index('id="spravka"') < html.index(E)  # the summary is at the top
    sheet = load_workbook(tmp_path / "report.xlsx")["Цифры справки"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    confirmed_11 = next(
        r for r in rows if str(r[0]).startswith("1.1 ") and r[1:3] == ["все", "подтверждено"]
    )
    assert confirmed_11[5] == f"{A}; {B}"  # the organisations behind «подтверждено 2»


def test_a_broken_document_costs_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "spravka.docx").mkdir()  # cannot be replaced by a file
    paths = _run(tmp_path)
    assert "spravka" not in paths
    assert {"results", "html", "xlsx", "recommendations"} <= paths.keys()
    assert (tmp_path / "results.jsonl").stat().st_size > 0


@pytest.mark.slow
def test_rebuild_from_an_output_folder(tmp_path: Path) -> None:
    out, last_year = tmp_path / "2024", tmp_path / "2023"
    _run(out)
    items, results = batch()
    write_outputs(
        [i for i in items if i.org != A], [r for r in results if r.org != A], year=YEAR - 1,
        out=last_year,
    )  # fmt: skip
    (out / "spravka.docx").unlink()
    targets = tmp_path / "targets.yaml"
    targets.write_text(
        "source: Муниципальная программа\n"
        "indicators:\n"
        "  - id: mentees\n"
        "    title: Доля наставляемых 10–19 лет\n"
        "    short: Наставляемые (муниципальный план)\n"
        "    part: '5.1'\n"
        "    whole: '5.0'\n"
        "    applies_to: [general, additional, other]\n"
        "    baseline: {year: 2021, value: 5}\n"
        "    target: {year: 2025, value: 45}\n",
        encoding="utf-8",
    )
    done = cli(
        "spravka", str(out), "--municipality", "Город Ижевск", "--targets", str(targets),
        "--previous", str(last_year),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    doc = Document(str(out / "spravka.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert "муниципального образования «Город Ижевск» в 2024 году" in texts[1]  # year from report
    assert texts[texts.index("ИНФОРМАЦИОННО-АНАЛИТИЧЕСКАЯ СПРАВКА") + 3].endswith(
        "В 2023 году — 4 (+1)."
    )
    target_table = doc.tables[-1]
    # no schedule: 5 % in 2021 to 45 % in 2025 -> 35 % planned for 2024; value 160/800 = 20 %.
    assert [c.text for c in target_table.rows[1].cells][:4] == [
        "Наставляемые (муниципальный план)", "20\u00a0%", "35\u00a0%", "15",
    ]  # fmt: skip
    assert len(target_table.rows) == 2


def test_rebuild_refuses_a_folder_without_results(tmp_path: Path) -> None:
    done = cli("spravka", str(tmp_path))
    assert done.returncode == 2
    assert "results.jsonl: файл не найден" in done.stderr
