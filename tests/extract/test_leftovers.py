"""The extraction workers' temporary folders of a killed process go at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence.extract import ExtractLimits, Extractor

REPO = Path(__file__).resolve().parents[2]

# A process that extracts one document (its worker makes the temporary folder) and waits.
HOLDER = """
import sys, time
from evidence.extract import ExtractLimits, Extractor
from evidence.models import FileKind
extractor = Extractor(ExtractLimits(timeout=30), None, workers=1)
extractor.extract("Приказ № 1".encode(), FileKind.TEXT)
print("ready", flush=True)
time.sleep(120)
"""


@pytest.fixture
def holders(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    env = dict(os.environ, TMPDIR=str(tmp_path), PYTHONPATH=str(REPO))
    for _ in range(2):
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER], env=env, stdout=subprocess.PIPE, text=True
        )
        started.append(proc)
    for proc in started:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    yield started
    for proc in started:
        proc.kill()
        proc.wait(timeout=10)


def test_folders_of_a_killed_process_go_those_of_a_live_one_stay(
    tmp_path: Path, holders: list[subprocess.Popen[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    killed, alive = holders
    folders = {p.pid: list(tmp_path.glob(f"evidence-extract-{p.pid}@*")) for p in holders}
    assert all(len(found) == 1 for found in folders.values()), folders
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=10)
    assert folders[killed.pid][0].is_dir()  # kill -9: nothing cleaned up
    # The same dead pid on another machine sharing the folder: not ours to judge.
    elsewhere = tmp_path / f"evidence-extract-{killed.pid}@another-host-x1y2z3"
    elsewhere.mkdir()

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with Extractor(ExtractLimits(timeout=30), None, workers=1):
        pass
    assert not folders[killed.pid][0].exists()
    assert folders[alive.pid][0].is_dir()
    assert elsewhere.is_dir()
