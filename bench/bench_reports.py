"""Time of a no-fetch batch end to end and of each report writer alone (run by hand).

    python bench/bench_reports.py [--rows 20000]

Builds a batch of ``--rows`` rows that need no network (25 indicator rows per organisation:
counts of the form, some contradicting each other, and document criteria typed without a
link), runs ``evidence-check run`` on it in a subprocess and prints the wall time and peak
memory, then times each stage of ``write_outputs`` alone on the same results.

Measured (2 cores shared with other work):

- the XLSX writer alone took 366 s before it was written in one pass (``sheet.max_row`` per
  row) and 4-8 s after;
- 20,000 rows, 800 organisations: 22.4 s -> 13.7 s end to end; 50,000 rows, 2,000
  organisations: 67.4 s -> 30.1 s; the справка is built once per run instead of three times
  (1.3 s -> 0.4 s a build at 800 organisations, 5.9 s -> 1.0 s at 2,000: an organisation's
  advice looked through every finding of the batch), and recommendations.docx went 4.9 s ->
  2.8 s (800) and 34.1 s -> 4.4 s (2,000): python-docx's ``add_paragraph`` scans the whole
  body for the section properties, quadratic in paragraphs.
"""

from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evidence.batch import read_batch  # noqa: E402
from evidence.consistency import check_consistency  # noqa: E402
from evidence.reports import build_report_data  # noqa: E402
from evidence.reports.html import write_html  # noqa: E402
from evidence.reports.jsonl import read_results_jsonl, write_results_jsonl  # noqa: E402
from evidence.reports.xlsx import write_xlsx  # noqa: E402
from evidence.spravka import build_spravka  # noqa: E402
from evidence.spravka.recommendations_docx import write_recommendations_docx  # noqa: E402
from evidence.spravka.spravka_docx import write_spravka_docx  # noqa: E402

T = TypeVar("T")
YEAR = 2024

# 25 indicator rows per organisation, none needing a fetch: counts of the form, and document
# criteria typed without a link («0», or a number: verdict no_link, advice in the letters).
COUNTS = ("0.1", "0.2", "4.0", "4.1", "5.0", "5.1", "5.2", "6.0", "6.1", "7.1", "7.2", "8.0")
COUNTS += ("8.1", "8.2", "8.3", "9.1", "10.0", "10.1", "10.2", "10.3")
DOCUMENTS = ("1.1", "1.3", "2.1", "3.0", "3.1")
NO_FETCH = COUNTS + DOCUMENTS
TYPES = ("МБОУ «Школа № {}»", "МБДОУ «Детский сад № {}»", "ГБПОУ «Колледж № {}»")


def _value(code: str, org: int) -> str:
    if code in DOCUMENTS:
        return str(org % 3) if code.startswith(("2.", "3.")) else str(org % 2)
    if code == "8.1" and org % 17 == 0:
        return "999"  # more young specialists mentored than there are: a contradiction
    if code.startswith("7."):
        return str(40 + org % 60)
    return str(10 + (org * 7 + len(code)) % 50)


def write_batch(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["org", "org_id", "criterion", "value", "url", "note"])
        for n in range(rows):
            org, code = divmod(n, len(NO_FETCH))
            name = TYPES[org % len(TYPES)].format(org + 1)
            code_ = NO_FETCH[code]
            writer.writerow([name, f"{7700000000 + org}", code_, _value(code_, org), "", ""])


def _timed(label: str, call: Callable[[], T]) -> T:
    started = time.perf_counter()
    value = call()
    print(f"  {label}: {time.perf_counter() - started:.1f} s")
    return value


def stages(batch: Path, out: Path, work: Path) -> None:
    """Each stage of ``write_outputs`` alone, on the results of the run."""
    items = read_batch(batch)
    results = read_results_jsonl(out / "results.jsonl")
    print(f"stages of write_outputs, {len(results)} rows:")
    findings = _timed("consistency", lambda: list(check_consistency(items, results)))
    s = _timed(
        "справка (built once)",
        lambda: build_spravka(items, results, year=YEAR, findings=findings),
    )
    data = build_report_data(items, results, year=YEAR, findings=findings)
    data.spravka = s
    work.mkdir()
    _timed("results.jsonl", lambda: write_results_jsonl(work / "results.jsonl", data.results))
    _timed("report.html", lambda: write_html(work / "report.html", data))
    _timed("report.xlsx", lambda: write_xlsx(work / "report.xlsx", data))
    _timed("spravka.docx", lambda: write_spravka_docx(work / "spravka.docx", s))
    _timed(
        "recommendations.docx",
        lambda: write_recommendations_docx(work / "recommendations.docx", s),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        batch, out = Path(tmp) / "batch.csv", Path(tmp) / "out"
        write_batch(batch, args.rows)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "evidence.cli",
                "run",
                str(batch),
                "-y",
                str(YEAR),
                "-o",
                str(out),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        print(
            f"evidence-check run, {args.rows} rows ({args.rows // len(NO_FETCH)} organisations): "
            f"{time.perf_counter() - started:.1f} s, peak memory {peak} MB"
        )
        stages(batch, out, Path(tmp) / "again")


if __name__ == "__main__":
    main()
