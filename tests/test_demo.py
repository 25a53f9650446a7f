"""``evidence-check demo``: the first thing a new user runs must show every verdict."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from evidence.models import Verdict
from tests.test_cli import cli


def test_demo_shows_every_verdict_with_a_russian_explanation(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    done = cli("demo", "--out", str(out), env={"EVIDENCE_ALLOW_PRIVATE": "0"})
    assert done.returncode == 0, done.stderr[-3000:]
    assert "report.html" in done.stderr
    results = [json.loads(x) for x in (out / "results.jsonl").read_text("utf-8").splitlines()]
    seen = {r["verdict"] for r in results}
    assert seen == {v.value for v in Verdict}, sorted({v.value for v in Verdict} - seen)
    for r in results:
        assert r["message"] and any("а" <= ch <= "я" for ch in r["message"].lower())
    by_row = {(r["org"], r["criterion"]): r for r in results}
    # The bot wall is told apart from a dead link, the share and the card are opened.
    bot = by_row[("МАОУ «Лицей № 1»", "11.2")]
    assert "needs_review" in bot["flags"]
    assert by_row[("МБОУ «СОШ № 17»", "11.1")]["verdict"] == "ok"
    assert by_row[("МБОУ «СОШ № 17»", "2.3")]["verdict"] == "ok"
    assert "count_mismatch" in by_row[("МБОУ «СОШ № 17»", "2.1")]["flags"]
    page = by_row[("МБОУ «СОШ № 17»", "3.1")]
    assert page["verdict"] == "web_page"
    assert "programma_uchenik" in json.dumps(page["links"][0]["candidates"][0])
    findings = [json.loads(x) for x in (out / "consistency.jsonl").read_text("utf-8").splitlines()]
    assert any("45" in f["message"] and "20" in f["message"] for f in findings)
    html = (out / "report.html").read_text("utf-8")
    for verdict in Verdict:
        assert verdict.label in html
    assert load_workbook(out / "report.xlsx").sheetnames[:3] == [
        "Результаты",
        "Сводка",
        "Противоречия",
    ]
    # The coordinator's справка and the letters to the schools (one section per organisation).
    from docx import Document

    spravka = [p.text for p in Document(str(out / "spravka.docx")).paragraphs]
    assert (
        "1. В мониторинге приняли участие 4 образовательные организации (1 дошкольная; 3 общеобразовательные)."
        in spravka
    )
    letters = Document(str(out / "recommendations.docx"))
    headings = [p.text for p in letters.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "МБОУ «СОШ № 17»",
        "МБОУ «Гимназия № 56»",
        "МАОУ «Лицей № 1»",
        "МБДОУ «Детский сад № 12 «Солнышко»»",
    ]
