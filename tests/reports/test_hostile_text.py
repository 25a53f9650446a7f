"""Untrusted text in reports: no live formulas, no character that breaks a writer, and one
failed report never costs the others or the exit status of a finished check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from evidence.flags import Flag
from evidence.models import BatchItem, DocKind, ItemResult, Verdict
from evidence.reports import write_reports
from evidence.reports.sanitize import xml_safe
from tests.support.loopback import LoopbackServer, Response
from tests.test_cli import cli

FORMULA = '=HYPERLINK("http://evil.example/","click")'
ORDER = (
    "ПРИКАЗ\x02\nот 02.09.2024 № 5-од\x00\nОб утверждении\x0b положения о системе "
    "наставничества педагогических работников\x1f\nПРИКАЗЫВАЮ: утвердить положение о системе "
    "наставничества педагогических работников.\n"
)


def _result(row: int, **fields: object) -> ItemResult:
    values: dict[str, object] = {
        "row": row,
        "org": "Школа 1",
        "criterion": "1.1",
        "url": "https://s.ru/p.pdf",
        "final_url": "https://s.ru/p.pdf",
        "verdict": Verdict.OK,
        "flags": [],
        "doc_kind": DocKind.ORDER,
        "doc_date": "2024-09-02",
        "doc_number": "5",
        "message": "Подтверждает",
        "evidence": "ПРИКАЗ",
    }
    values.update(fields)
    return ItemResult(**values)  # type: ignore[arg-type]


def _write(tmp_path: Path, results: list[ItemResult]) -> None:
    items = [BatchItem(row=r.row, org=r.org, criterion=r.criterion, url=r.url) for r in results]
    write_reports(tmp_path, items, results, year=2024, findings=[])


def test_typed_text_is_stored_as_text_never_as_a_formula(tmp_path: Path) -> None:
    typed = [FORMULA, "=1+2", "+7 (800) 555", "-5", "@SUM(A1)"]
    results = [
        _result(
            n,
            org=text,
            org_id=text,
            url=text,
            final_url=None,
            value=text,
            note=text,
            message=text,
            evidence=text,
            doc_number=text,
            verdict=Verdict.NOT_A_URL,
        )
        for n, text in enumerate(typed, start=1)
    ]
    _write(tmp_path, results)
    book = load_workbook(tmp_path / "report.xlsx")
    seen: set[str] = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    seen.add(cell.value)
    assert set(typed) <= seen  # kept verbatim, as the coordinator typed it
    orgs = [c.value for c in book["Сводка"]["A"][1:6]]
    assert orgs == typed


def test_characters_xml_cannot_hold_never_cost_a_report(tmp_path: Path) -> None:
    nasty = "Школа\x02 №\x00 1\x0b\x1f, \ud800лицей\udfff"
    _write(tmp_path, [_result(1, org=nasty, evidence=nasty, message=nasty, note=nasty)])
    assert xml_safe(nasty) == "Школа № 1 , \ufffdлицей\ufffd"
    sheet = load_workbook(tmp_path / "report.xlsx")["Результаты"]
    assert sheet.cell(2, 2).value == xml_safe(nasty)
    assert sheet.cell(2, 15).value == xml_safe(nasty)
    row = json.loads((tmp_path / "results.jsonl").read_text("utf-8"))
    assert row["org"] == xml_safe(nasty)
    html = (tmp_path / "report.html").read_text("utf-8")
    assert xml_safe(nasty) in html.replace("&#34;", '"')


def test_the_xlsx_keeps_its_sheets_filters_colours_and_links(tmp_path: Path) -> None:
    results = [
        _result(1),
        _result(2, org="Лицей", verdict=Verdict.HTTP_ERROR, doc_kind=None, final_url=None),
        _result(3, org="Лицей", verdict=Verdict.WRONG_YEAR, doc_date="2021-01-05"),
    ]
    _write(tmp_path, results)
    book = load_workbook(tmp_path / "report.xlsx")
    assert book.sheetnames == ["Результаты", "Сводка", "Противоречия", "Цифры справки", "Справка"]
    sheet = book["Результаты"]
    assert sheet.auto_filter.ref == "A1:S4" and sheet.freeze_panes == "A2"
    assert sheet.cell(1, 1).font.b and sheet.column_dimensions["K"].width == 60
    assert [sheet.cell(r, 10).value for r in (2, 3, 4)] == ["ok", "http_error", "wrong_year"]
    fills = [sheet.cell(r, 9).fill.fgColor.rgb[-6:] for r in (2, 3, 4)]
    assert fills == ["C8EBC8", "F4B6B6", "FFF0A8"]
    assert sheet.cell(2, 8).hyperlink.target == "https://s.ru/p.pdf"
    assert sheet.cell(4, 13).value == "05.01.2021" and sheet.cell(2, 11).alignment.wrap_text
    summary = book["Сводка"]
    assert summary.auto_filter.ref is not None and summary.auto_filter.ref.endswith("3")
    assert [summary.cell(r, 1).value for r in (2, 3)] == ["Школа 1", "Лицей"]
    assert summary.cell(5, 1).value == "Итого" and summary.cell(5, 3).value == 3
    legend = book["Справка"]
    # Verdicts, a blank row, then every flag with its Russian title (evidence.flags.Flag).
    assert legend.max_row == len(Verdict) + 1 + 2 + len(Flag)


@pytest.mark.slow
def test_a_document_with_control_characters_runs_to_all_reports(tmp_path: Path) -> None:
    routes = {
        "/prikaz.txt": Response(
            body=ORDER.encode(), headers={"Content-Type": "text/plain; charset=utf-8"}
        )
    }
    with LoopbackServer(routes, host="127.0.0.44") as site:
        batch = tmp_path / "batch.csv"
        batch.write_text(
            "org,criterion,value,url,note\n"
            f'"Школа\x02 1",1.1,1,{site.url("/prikaz.txt")},"{FORMULA.replace(chr(34), chr(34) * 2)}"\n',
            encoding="utf-8",
        )
        out = tmp_path / "out"
        done = cli("run", str(batch), "--year", "2024", "--out", str(out), "--allow-private")
    assert done.returncode == 0, done.stderr
    row = json.loads((out / "results.jsonl").read_text("utf-8"))
    assert row["verdict"] == "ok" and "\x02" not in row["evidence"]
    sheet = load_workbook(out / "report.xlsx")["Результаты"]
    assert sheet.cell(2, 2).value == "Школа 1" and sheet.cell(2, 18).data_type == "s"
    assert "ПРИКАЗ" in sheet.cell(2, 15).value
    assert "Школа 1" in (out / "report.html").read_text("utf-8")


@pytest.mark.slow
def test_a_report_that_cannot_be_written_costs_nothing_else(tmp_path: Path) -> None:
    batch = tmp_path / "batch.csv"
    batch.write_text("org,criterion,value,url\nШкола 1,5.0,120,\nШкола 1,1.1,0,\n", "utf-8")
    out = tmp_path / "out"
    (out / "report.xlsx").mkdir(parents=True)  # the XLSX cannot replace a folder
    done = cli("run", str(batch), "--year", "2024", "--out", str(out))
    assert done.returncode == 0, done.stderr
    errors = [line for line in done.stderr.splitlines() if "ошибка" in line]
    assert len(errors) == 1 and "report.xlsx" in errors[0] and "Traceback" not in done.stderr
    rows = (out / "results.jsonl").read_text("utf-8").splitlines()
    assert len(rows) == 2
    assert (out / "report.html").is_file() and (out / "consistency.jsonl").is_file()
    assert not list(out.glob("report.xlsx*.tmp"))
