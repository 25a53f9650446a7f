"""``evidence-check report ID --out DIR`` says what it could not write in one Russian line, as
``run`` does: no traceback; exit 1 when not even results.jsonl can be written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from evidence.models import BatchItem, ItemResult, Verdict
from evidence.store import get_engine, repo

YEAR = 2024


def recorded_batch(database: str) -> str:
    """A finished batch of two rows in the results database (as the workers leave it)."""
    items = [
        BatchItem(row=n, org="МБОУ «СОШ № 5»", criterion=c, value="1", url="")
        for n, c in ((1, "1.1"), (2, "1.3"))
    ]
    engine = get_engine(database)
    batch_id = repo.create_batch(engine, items, {}, year=YEAR)
    repo.save_results(
        engine,
        batch_id,
        [
            ItemResult(row=i.row, org=i.org, criterion=i.criterion, url="", final_url=None,
                       verdict=Verdict.NO_LINK, flags=[], doc_kind=None, doc_date=None,
                       doc_number=None, message="Ссылка не указана.", evidence=None)
            for i in items
        ],
    )  # fmt: skip
    return batch_id


def report(batch_id: str, out: Path, database: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evidence.cli", "report", batch_id, "--out", str(out),
         "--db", database],
        capture_output=True, text=True, timeout=120, env=dict(os.environ),
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("evidence-check: ошибка:")]


def test_a_report_that_cannot_be_written_is_one_line_and_the_others_are_written(
    tmp_path: Path, sqlite_url: str
) -> None:
    batch_id = recorded_batch(sqlite_url)
    out = tmp_path / "out"
    (out / "report.html").mkdir(parents=True)  # a folder where the page should go
    done = report(batch_id, out, sqlite_url)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    (line,) = error_lines(done.stderr)
    assert "report.html не записан" in line
    rows = [json.loads(x) for x in (out / "results.jsonl").read_text("utf-8").splitlines()]
    assert [r["row"] for r in rows] == [1, 2]
    for name in ("report.xlsx", "consistency.jsonl", "spravka.docx", "recommendations.docx"):
        assert (out / name).is_file(), name


def test_a_folder_that_cannot_be_made_ends_the_command_with_one_line(
    tmp_path: Path, sqlite_url: str
) -> None:
    batch_id = recorded_batch(sqlite_url)
    blocker = tmp_path / "reports"
    blocker.write_text("не папка", encoding="utf-8")
    done = report(batch_id, blocker / "2024", sqlite_url)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr, done.stderr
    (line,) = error_lines(done.stderr)
    assert f"не удалось записать отчёты в {blocker / '2024'}" in line
    assert "файл, а не папка" in line
