"""``Extractor``: worker subprocesses with time and memory limits, and the content cache."""

from __future__ import annotations

import io
import json
import os
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from evidence.extract import ExtractLimits, Extractor
from evidence.models import FileKind
from tests.extract.corpus import AGREEMENT_TEXT, ORDER_TEXT, build_sample


@pytest.fixture(scope="module")
def huge_png() -> bytes:
    """56 Mpx of white: slow to decode and large in memory, yet under the pixel cap."""
    out = io.BytesIO()
    Image.new("RGB", (7000, 8000), "white").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def extractor(tmp_path: Path) -> Iterator[Extractor]:
    with Extractor(ExtractLimits(timeout=60), tmp_path, workers=2) as instance:
        yield instance


def test_isolated_result_matches_in_process_text(extractor: Extractor) -> None:
    result = extractor.extract(build_sample(FileKind.DOCX, ORDER_TEXT), FileKind.DOCX)
    assert result.error is None
    assert "от 12.09.2024 № 145-од" in result.text
    assert result.kind is FileKind.DOCX


def test_cache_is_shared_and_keyed_by_content(tmp_path: Path) -> None:
    data = build_sample(FileKind.PDF, AGREEMENT_TEXT)
    limits = ExtractLimits(timeout=60)
    with Extractor(limits, tmp_path, workers=1) as first:
        result = first.extract(data, FileKind.PDF)
    entries = list((tmp_path / "extract").rglob("*.json"))
    assert len(entries) == 1
    assert entries[0].parent.name == result.sha256[:2]  # type: ignore[index]
    # A second process sharing the directory reads the entry instead of extracting again:
    # prove it by marking the entry.
    stored = json.loads(entries[0].read_text(encoding="utf-8"))
    stored["text"] = "из кэша"
    entries[0].write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
    with Extractor(limits, tmp_path, workers=1) as second:
        assert second.extract(data, FileKind.PDF).text == "из кэша"
    # Limits that change the text give another entry.
    with Extractor(ExtractLimits(max_pages=1, timeout=60), tmp_path, workers=1) as third:
        assert "Предмет договора" in third.extract(data, FileKind.PDF).text
    assert len(list((tmp_path / "extract").rglob("*.json"))) == 2
    assert not list((tmp_path / "extract").rglob(".tmp-*"))


def test_time_limit_error_is_reported_and_not_cached(tmp_path: Path) -> None:
    data = build_sample(FileKind.JPEG, ORDER_TEXT, scan=True)
    with Extractor(ExtractLimits(timeout=0.3), tmp_path, workers=1) as extractor:
        result = extractor.extract(data, FileKind.JPEG)
    assert result.error == "извлечение текста прервано: превышено время (0.3 с)"
    assert "time_capped" in result.flags
    assert not list(tmp_path.rglob("*.json"))


def test_runaway_worker_is_killed_and_replaced(huge_png: bytes) -> None:
    # No grace: the parent kills the worker while Pillow is still decoding.
    with Extractor(ExtractLimits(timeout=0.05), None, workers=1, kill_grace=0.0) as extractor:
        result = extractor.extract(huge_png, FileKind.PNG)
        assert result.error == "извлечение текста прервано: превышено время (0.05 с)"
        after = extractor.extract("ПРИКАЗ № 1".encode(), FileKind.TEXT)
    assert after.text == "ПРИКАЗ № 1"


def test_memory_limit_is_reported(huge_png: bytes) -> None:
    with Extractor(ExtractLimits(memory_mb=300, timeout=60), None, workers=1) as extractor:
        result = extractor.extract(huge_png, FileKind.PNG)
        assert result.error == "извлечение текста прервано: не хватило памяти (лимит 300 МБ)"
        assert extractor.extract(b"after", FileKind.TEXT).text == "after"


def test_crashed_worker_is_reported_and_replaced(tmp_path: Path) -> None:
    with Extractor(ExtractLimits(timeout=60), tmp_path, workers=1) as extractor:
        extractor.extract(b"warm-up", FileKind.TEXT)
        pid = extractor._idle[0].proc.pid
        scan = build_sample(FileKind.JPEG, ORDER_TEXT, scan=True)
        killer = threading.Timer(0.3, os.kill, (pid, signal.SIGKILL))  # as the OOM killer would
        killer.start()
        result = extractor.extract(scan, FileKind.JPEG)
        killer.join()
        assert (
            result.error
            == "извлечение текста прервано: сбой процесса обработки документа (сигнал SIGKILL)"
        )
        assert extractor.extract(b"next", FileKind.TEXT).text == "next"
    assert not list(tmp_path.rglob(f"{result.sha256}*.json"))


def test_many_threads_share_the_pool(extractor: Extractor) -> None:
    samples = [
        (build_sample(kind, f"{ORDER_TEXT}\nэкземпляр {n}"), kind, n)
        for n, kind in enumerate([FileKind.DOCX, FileKind.PDF, FileKind.RTF, FileKind.TEXT] * 3)
    ]
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda s: extractor.extract(s[0], s[1]), samples))
    for (_, kind, n), result in zip(samples, results, strict=True):
        assert result.kind is kind
        assert f"экземпляр {n}" in result.text
    assert len(extractor._idle) <= 2


def test_same_document_requested_at_once_is_extracted_once(tmp_path: Path) -> None:
    data = build_sample(FileKind.PDF, ORDER_TEXT)
    with Extractor(ExtractLimits(timeout=60), tmp_path, workers=4) as extractor:
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda _: extractor.extract(data, FileKind.PDF), range(4)))
        # One worker process was enough: the other threads waited for its result.
        assert len(extractor._idle) == 1
    assert {r.text for r in results} == {results[0].text}
    assert "от 12.09.2024 № 145-од" in results[0].text


def test_killed_worker_leaves_no_temporary_files() -> None:
    with Extractor(ExtractLimits(timeout=60), None, workers=1) as extractor:
        extractor.extract(b"warm-up", FileKind.TEXT)
        worker = extractor._idle[0]
        scan = build_sample(FileKind.JPEG, ORDER_TEXT, scan=True)
        threading.Timer(0.5, os.kill, (worker.proc.pid, signal.SIGKILL)).start()
        extractor.extract(scan, FileKind.JPEG)
    assert not Path(worker.tmpdir).exists()
