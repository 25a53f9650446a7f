"""The command-line contract: ``evidence-check run BATCH --year Y --out DIR [--allow-private]``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

from openpyxl import load_workbook

from tests.support.loopback import LoopbackServer, Response

CONTRACT_KEYS = {
    "row",
    "org",
    "criterion",
    "url",
    "final_url",
    "verdict",
    "flags",
    "doc_kind",
    "doc_date",
    "doc_number",
    "message",
    "evidence",
}
VERDICTS = {
    "no_link",
    "not_a_url",
    "blocked",
    "unreachable",
    "http_error",
    "soft_404",
    "web_page",
    "unreadable",
    "wrong_type",
    "off_topic",
    "wrong_direction",
    "no_date",
    "wrong_year",
    "ok",
}


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "EVIDENCE_CACHE_DIR": os.environ.get("EVIDENCE_CACHE_DIR", ""),
        **(env or {}),
    }
    if not full_env["EVIDENCE_CACHE_DIR"]:
        full_env.pop("EVIDENCE_CACHE_DIR")
    return subprocess.run(
        [sys.executable, "-m", "evidence.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        stdin=subprocess.DEVNULL,
    )


def test_run_writes_the_three_reports_in_input_order(tmp_path: Path) -> None:
    order = (
        resources.files("evidence.demo")
        .joinpath("files", "prikaz_214_nastavnichestvo_pedagogov.docx")
        .read_bytes()
    )
    routes = {"/prikaz.docx": Response(body=order)}
    with LoopbackServer(routes, host="127.0.0.42") as site:
        batch = tmp_path / "batch.csv"
        batch.write_text(
            "Организация;Критерий;Значение;Ссылка\n"
            f"СОШ № 17;1.1;1;{site.url('/prikaz.docx')}\n"
            f"СОШ № 17;1.3;1;{site.url('/404.pdf')}\n"
            "СОШ № 17;1.4;1;\n"
            f"Школа 2;1.1;1;http://127.0.0.1:9/p.pdf\n",
            encoding="cp1251",
        )
        out = tmp_path / "out"
        done = cli(
            "run",
            str(batch),
            "--year",
            "2024",
            "--out",
            str(out),
            "--allow-private",
            env={"EVIDENCE_CACHE_DIR": str(tmp_path / "cache")},
        )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x) for x in (out / "results.jsonl").read_text("utf-8").splitlines()]
    assert [r["row"] for r in lines] == [1, 2, 3, 4]
    for r in lines:
        assert r.keys() >= CONTRACT_KEYS
        assert r["verdict"] in VERDICTS
    assert [r["verdict"] for r in lines[1:]] == ["http_error", "no_link", "unreachable"]
    assert lines[0]["verdict"] == "ok" and lines[0]["doc_kind"] == "order"
    assert lines[0]["doc_date"] == "2023-08-29"
    html = (out / "report.html").read_text("utf-8")
    assert "Школа 2" in html and "Нет ссылки" in html
    sheet = load_workbook(out / "report.xlsx").worksheets[0]
    assert sheet.max_row == 5 and sheet.cell(1, 2).value == "Организация"
    assert (out / "consistency.jsonl").exists()


def test_private_addresses_are_blocked_without_the_flag(tmp_path: Path) -> None:
    batch = tmp_path / "batch.csv"
    batch.write_text(
        "org,criterion,value,url\nШкола,1.1,1,http://127.0.0.1:9/p.pdf\n"
        "Школа,1.2,1,http://169.254.169.254/latest/meta-data/\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = cli(
        "run", str(batch), "--year", "2024", "--out", str(out), env={"EVIDENCE_ALLOW_PRIVATE": "0"}
    )
    assert done.returncode == 0, done.stderr
    verdicts = [json.loads(x)["verdict"] for x in (out / "results.jsonl").read_text().splitlines()]
    assert verdicts == ["blocked", "blocked"]


def test_bad_batch_gives_one_line_and_writes_nothing(tmp_path: Path) -> None:
    batch = tmp_path / "batch.csv"
    batch.write_text("org,criterion,colour\nШкола,1.1,red\n", encoding="utf-8")
    out = tmp_path / "out"
    done = cli("run", str(batch), "--year", "2024", "--out", str(out))
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "colour" in lines[0]
    assert not out.exists()


def test_check_url_explains_one_link() -> None:
    done = cli("check-url", "Приказ №227 от 06.05.2022", "--criterion", "1.2", "--year", "2024")
    assert done.returncode == 0
    assert "not_a_url" in done.stdout and "Приказ №227" in done.stdout
    done = cli("check-url", "https://x.ru/a.pdf", "--criterion", "7.7", "--year", "2024")
    assert done.returncode != 0 and "7.7" in done.stderr


def test_folder_of_forms_in_their_own_layout(tmp_path: Path) -> None:
    from tests.consistency.formfiles import write_form

    forms = tmp_path / "forms"
    forms.mkdir()
    write_form(
        forms / "school.xlsx",
        "МБОУ «СОШ № 9»",
        {
            "0.1": (40, "", ""),
            "3.0": (20, "", ""),
            "3.1": (15, "", ""),
            "3.2": (27, "", ""),
            "3.6": (2, "", ""),
            "3.7": (1, "", "наставник – родитель"),
        },
        extra_rows=[(3, "Количество кружков робототехники в здании школы", 4)],
    )
    out = tmp_path / "out"
    done = cli("run", str(forms), "--year", "2024", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "кружков робототехники" in done.stderr  # the unmapped row is reported, not dropped
    findings = [json.loads(x) for x in (out / "consistency.jsonl").read_text().splitlines()]
    assert any(f["rule"] == "programmes_sum" for f in findings)
    html = (out / "report.html").read_text("utf-8")
    assert "Замечания к входным данным" in html and "кружков робототехники" in html
    assert "Входные данные" in load_workbook(out / "report.xlsx").sheetnames


def test_previous_year_changes_are_reported(tmp_path: Path) -> None:
    files = resources.files("evidence.demo").joinpath("files")
    old_doc = files.joinpath("prikaz_188_monitoring_2022.pdf").read_bytes()
    new_doc = files.joinpath("prikaz_301_monitoring_2024.pdf").read_bytes()
    site = LoopbackServer({"/monitoring.pdf": Response(body=old_doc)}, host="127.0.0.43")
    header = "org,criterion,value,url\n"
    with site:
        link = site.url("/monitoring.pdf")
        last_year = tmp_path / "2023.csv"
        last_year.write_text(header + f"Школа,1.3,1,{link}\nШкола,5.1,40,\n", encoding="utf-8")
        first = cli(
            "run",
            str(last_year),
            "--year",
            "2023",
            "--out",
            str(tmp_path / "o23"),
            "--allow-private",
        )
        assert first.returncode == 0, first.stderr
        site.route("/monitoring.pdf", Response(body=new_doc))  # the school replaced the file
        this_year = tmp_path / "2024.csv"
        this_year.write_text(header + f"Школа,1.3,1,{link}\nШкола,5.1,0,\n", encoding="utf-8")
        done = cli(
            "run",
            str(this_year),
            "--year",
            "2024",
            "--out",
            str(tmp_path / "o24"),
            "--allow-private",
            "--previous",
            str(last_year),
            "--previous-results",
            str(tmp_path / "o23" / "results.jsonl"),
        )
    assert done.returncode == 0, done.stderr
    changes = [json.loads(x) for x in (tmp_path / "o24" / "changes.jsonl").read_text().splitlines()]
    kinds = {(c["criterion"], c["kind"]) for c in changes}
    assert ("5.1", "fell_to_zero") in kinds
    assert ("1.3", "document_changed") in kinds
    assert "Изменения" in load_workbook(tmp_path / "o24" / "report.xlsx").sheetnames
