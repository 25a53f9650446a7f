"""``evidence-check run … --municipality M --targets FILE``: the справка of the run is titled
with the municipality and measured against the municipality's own targets."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.test_cli import cli

# Value-only rows (nothing to fetch): two schools' pupils aged 10–19 and mentees among them.
BATCH = """org,org_id,criterion,value,url
МАОУ СОШ № 12,1012,5.0,400,
МАОУ СОШ № 12,1012,5.1,100,
МБОУ «Гимназия № 3»,1003,5.0,300,
МБОУ «Гимназия № 3»,1003,5.1,20,
"""
TARGETS = """source: Муниципальная программа
indicators:
  - id: mentees
    title: Доля наставляемых 10–19 лет
    short: Наставляемые (план города)
    part: '5.1'
    whole: '5.0'
    applies_to: [general, additional, other]
    baseline: {year: 2021, value: 5}
    target: {year: 2025, value: 45}
"""


def test_run_passes_municipality_and_targets_to_the_spravka(tmp_path: Path) -> None:
    batch, targets, out = tmp_path / "batch.csv", tmp_path / "targets.yaml", tmp_path / "out"
    batch.write_text(BATCH, encoding="utf-8")
    targets.write_text(TARGETS, encoding="utf-8")

    done = cli(
        "run", str(batch), "--year", "2024", "--out", str(out),
        "--municipality", "Город Ижевск", "--targets", str(targets),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    doc = Document(str(out / "spravka.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert "муниципального образования «Город Ижевск» в 2024 году" in texts[1]
    table = doc.tables[-1]
    # 5 % in 2021 to 45 % in 2025 -> 35 % planned for 2024; (100 + 20) / (400 + 300) = 17.14 %,
    # 17.86 points short of the plan (one decimal, decimal comma).
    assert [c.text for c in table.rows[1].cells][:4] == [
        "Наставляемые (план города)", "17,1\u00a0%", "35\u00a0%", "17,9",
    ]  # fmt: skip
    assert len(table.rows) == 2  # only the municipality's indicator, not Р-145's five

    # A targets file that cannot be read stops the run before anything is checked.
    targets.write_text("indicators: [unclosed\n", encoding="utf-8")
    refused = cli(
        "run", str(batch), "--year", "2024", "--out", str(tmp_path / "again"),
        "--targets", str(targets),
    )  # fmt: skip
    assert refused.returncode == 2
    assert "целевые показатели не читаются" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1  # one line, no traceback
    assert not (tmp_path / "again" / "results.jsonl").exists()
