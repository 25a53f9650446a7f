"""Report files: what coordinators open in Excel and reviewers in a browser."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from evidence.models import BatchItem, Candidate, DocKind, ItemResult, LinkResult, Verdict
from evidence.reports import write_reports


def _results() -> list[ItemResult]:
    page = LinkResult(
        url="https://s.ru/nast",
        verdict=Verdict.WEB_PAGE,
        message="Страница, а не документ",
        final_url="https://s.ru/nast",
        candidates=[
            Candidate(url="https://s.ru/prikaz.pdf", text="Приказ о наставничестве", score=0.91)
        ],
    )
    return [
        ItemResult(
            row=1,
            org="Школа <b>1</b>",
            criterion="1.1",
            url="<script>alert(1)</script>",
            final_url=None,
            verdict=Verdict.NOT_A_URL,
            flags=[],
            doc_kind=None,
            doc_date=None,
            doc_number=None,
            message="Текст вместо ссылки",
            evidence=None,
        ),
        ItemResult(
            row=2,
            org="Школа <b>1</b>",
            criterion="1.3",
            url="https://s.ru/nast",
            final_url="https://s.ru/nast",
            verdict=Verdict.WEB_PAGE,
            flags=["needs_review"],
            doc_kind=None,
            doc_date=None,
            doc_number=None,
            message="Страница, а не документ",
            evidence=None,
            links=[page],
        ),
        ItemResult(
            row=3,
            org="Лицей",
            criterion="1.3",
            url="https://l.ru/p.pdf",
            final_url="https://l.ru/p.pdf",
            verdict=Verdict.OK,
            flags=[],
            doc_kind=DocKind.ORDER,
            doc_date="2024-10-02",
            doc_number="301-од",
            message="Подтверждает",
            evidence="ПРИКАЗ от 02.10.2024 № 301-од",
        ),
    ]


def test_typed_content_cannot_run_in_the_reviewers_browser(tmp_path: Path) -> None:
    results = _results()
    items = [BatchItem(row=r.row, org=r.org, criterion=r.criterion, url=r.url) for r in results]
    write_reports(tmp_path, items, results, year=2024, findings=[])
    html = (tmp_path / "report.html").read_text("utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Школа &lt;b&gt;1&lt;/b&gt;" in html
    assert "https://s.ru/prikaz.pdf" in html and "Приказ о наставничестве" in html
    assert "от 02.10.2024" in html and "№ 301-од" in html


def test_xlsx_and_jsonl_keep_every_row(tmp_path: Path) -> None:
    results = _results()
    items = [BatchItem(row=r.row, org=r.org, criterion=r.criterion, url=r.url) for r in results]
    write_reports(tmp_path, items, results, year=2024, findings=[])
    rows = [json.loads(x) for x in (tmp_path / "results.jsonl").read_text("utf-8").splitlines()]
    assert [r["row"] for r in rows] == [1, 2, 3]
    assert rows[2]["doc_kind"] == "order" and rows[2]["doc_date"] == "2024-10-02"
    assert ItemResult.from_dict(rows[1]).links[0].candidates[0].score == 0.91
    book = load_workbook(tmp_path / "report.xlsx")
    sheet = book["Результаты"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [v[9] for v in values] == ["not_a_url", "web_page", "ok"]
    assert values[2][12] == "02.10.2024"
    summary = book["Сводка"]
    orgs = [summary.cell(r, 1).value for r in range(2, 4)]
    assert orgs == ["Школа <b>1</b>", "Лицей"]
    assert summary.cell(2, 4).value == 2  # both rows of the school need attention
