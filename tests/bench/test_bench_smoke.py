"""The scale benchmark's smoke variant: every figure is produced (not a timing assertion)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

MODES = ("cold", "warm", "unique")
RUN_FIGURES = ("items", "wall_s", "items_per_s", "p50_s", "p95_s", "peak_rss_mb", "stages")
STAGES = ("fetch", "sniff", "extract:pdf", "classify", "store", "report")
RATIOS = (
    "cold_vs_get",
    "fetch_vs_get",
    "warm_vs_cold",
    "pdf_vs_pdftotext",
    "ocr_vs_tesseract",
    "unique_vs_get",
    "workers_vs_inprocess",
)


@pytest.mark.slow
def test_smoke_run_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "scale.json"
    proc = subprocess.run(
        [sys.executable, "bench/bench_scale.py", "--smoke", "--workers", "1", "--json", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(out.read_text())
    assert report["cpu_count"] == os.cpu_count()
    scenario = report["scenarios"]["smoke"]
    assert scenario["items"] == 50
    for mode in MODES:
        for figure in RUN_FIGURES:
            assert figure in scenario[mode], (mode, figure)
        assert sum(scenario[mode]["verdicts"].values()) == 50
    for stage in STAGES:
        assert scenario["cold"]["stages"][stage]["calls"] > 0, stage
    assert scenario["get"]["urls"] == scenario["unique_urls"]
    assert scenario["changed_documents"] > 0
    assert scenario["workers"]["items"] == 50 and scenario["workers"]["peak_rss_worker_mb"] > 0
    for ratio in RATIOS:
        assert scenario["ratios"][ratio] is not None and scenario["ratios"][ratio] > 0, ratio
    assert "cores: " in proc.stdout and "items/s" in proc.stdout
