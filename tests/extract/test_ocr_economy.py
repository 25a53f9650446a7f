"""Staged OCR: the top of a scan's first page first, the rest only when the decision needs it.

Real worker processes and tesseract; a scan is a rendered, noisy page (tests/extract/corpus.py).
What a user notices: the same verdict as full OCR, with the scan read in part when its header
settles the row (flag ``ocr_top``, one OCR'd page, the bottom of the page absent from the text).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from config.settings import Settings
from evidence.criteria import Criterion, load_catalogue
from evidence.extract import ExtractLimits, Extractor
from evidence.fetch import FetchConfig
from evidence.models import BatchItem, FileKind, Verdict
from evidence.pipeline import CheckConfig, Checker, assess_document
from tests.extract.corpus import build_sample
from tests.support.loopback import LoopbackServer, Response

# A one-page order whose body runs well below the top 40 % of the page; the last line
# ("Контроль ... оставляю за собой") sits at the bottom.
LONG_ORDER = "\n".join(
    [
        "МБОУ «Средняя общеобразовательная школа № 7»",
        "ПРИКАЗ",
        "от 12.09.2024 № 145-од",
        "Об утверждении положения о системе наставничества педагогических работников",
        "В целях реализации целевой модели наставничества педагогических работников",
        "ПРИКАЗЫВАЮ:",
        "1. Утвердить Положение о системе наставничества педагогических работников.",
        *(
            f"{n}. Назначить наставником молодого педагога учителя по предмету {n}."
            for n in range(2, 22)
        ),
        "22. Контроль за исполнением приказа оставляю за собой.",
        "Директор школы А. Б. Сидоров",
    ]
)

AGREEMENT = "\n".join(
    [
        "ДОГОВОР о сетевом взаимодействии № 3",
        "г. Самара «05» октября 2024 г.",
        "МБОУ «Средняя общеобразовательная школа № 7», именуемое в дальнейшем «Школа»,",
        "и ООО «Техно», именуемое в дальнейшем «Предприятие», заключили настоящий договор.",
        "1. Предмет договора",
        "1.1. Предприятие предоставляет своих специалистов в качестве наставников",
        "для обучающихся Школы в рамках целевой модели наставничества.",
        "2. Права и обязанности сторон",
        "2.1. Стороны организуют наставничество обучающихся.",
        "3. Срок действия договора",
        "3.1. Договор действует с 05.10.2024 по 31.08.2025.",
        "Директор школы А. Б. Сидоров          Директор ООО «Техно» В. Г. Петров",
    ]
)


@pytest.fixture(scope="module")
def scans() -> dict[str, bytes]:
    return {
        "order": build_sample(FileKind.PDF, LONG_ORDER, scan=True, angle=1.5),
        "agreement": build_sample(FileKind.PDF, AGREEMENT, scan=True),
    }


def _criterion(code: str) -> Criterion:
    criterion = load_catalogue().get(code)
    assert criterion is not None
    return criterion


def test_order_header_decides_after_reading_the_top_only(
    scans: dict[str, bytes], tmp_path: Path
) -> None:
    limits = ExtractLimits(timeout=60.0)
    with Extractor(limits, tmp_path / "cache", workers=1) as extractor:
        staged = assess_document(
            scans["order"], FileKind.PDF, _criterion("1.1"), year=2024, extractor=extractor
        )
        top = extractor.extract(scans["order"], FileKind.PDF, region="top")
    assert staged.verdict is Verdict.OK, staged.message
    assert staged.doc_date == "2024-09-12"
    assert "ocr_top" in staged.flags
    assert staged.details["ocr_pages"] == 1
    # Only the top was read: the order's last lines are not in the stage-1 text.
    assert "ПРИКАЗ" in top.text
    assert "оставляю за собой" not in top.text
    # Stage 2 never ran: the cache holds no entry of the whole scan.
    assert extractor.cache is not None
    assert not extractor.cache.path(top.sha256 or "", FileKind.PDF).exists()


def test_agreement_is_read_in_full_with_the_verdict_of_full_ocr(
    scans: dict[str, bytes], tmp_path: Path
) -> None:
    criterion = _criterion("2.1")
    staged_limits = ExtractLimits(timeout=60.0)
    full_limits = ExtractLimits(timeout=60.0, ocr_staged=False)
    with Extractor(staged_limits, tmp_path / "cache", workers=1) as extractor:
        staged = assess_document(
            scans["agreement"], FileKind.PDF, criterion, year=2024, extractor=extractor
        )
        assert extractor.top_cache is not None and staged.sha256 is not None
        assert extractor.top_cache.path(staged.sha256, FileKind.PDF).exists()  # stage 1 ran
    with Extractor(full_limits, None, workers=1) as extractor:
        full = assess_document(
            scans["agreement"], FileKind.PDF, criterion, year=2024, extractor=extractor
        )
    assert "ocr_top" not in staged.flags  # stage 2 read the whole scan
    assert "ocr" in staged.flags
    assert (staged.verdict, staged.doc_kind, staged.doc_date) == (
        full.verdict,
        full.doc_kind,
        full.doc_date,
    )
    assert staged.message == full.message


def test_checker_reads_a_shared_scan_in_full_only_for_the_row_that_needs_it(
    scans: dict[str, bytes], tmp_path: Path
) -> None:
    """One scanned order linked under an order criterion and a report criterion: the first
    row is decided from the top of the page; the second (the order is the wrong kind for a
    report, a verdict the top alone may not give) reads the rest, fetched once."""
    routes = {
        "/prikaz.pdf": Response(body=scans["order"], headers={"Content-Type": "application/pdf"})
    }
    fetch = FetchConfig(allow_private=True, retries=0, probe_soft_404=False)
    config = CheckConfig(
        year=2024, fetch=fetch, extract=ExtractLimits(timeout=60.0), cache_dir=tmp_path / "c"
    )
    org = "МБОУ «Средняя общеобразовательная школа № 7»"
    with LoopbackServer(routes, host="127.0.0.61") as server, Checker(config) as checker:
        url = server.url("/prikaz.pdf")
        first = checker.check_item(BatchItem(row=1, org=org, criterion="1.1", value="1", url=url))
        second = checker.check_item(BatchItem(row=2, org=org, criterion="1.4", value="1", url=url))
        hits = server.hits["/prikaz.pdf"]
    assert first.verdict is Verdict.OK, first.links[0].message
    assert "ocr_top" in first.links[0].flags
    assert second.verdict is Verdict.WRONG_TYPE, second.links[0].message
    assert "ocr_top" not in second.links[0].flags
    assert hits == 1


def test_a_dropped_body_is_fetched_again_for_the_rest(
    scans: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bodies of scans read in part are kept within a byte budget; past it, the row that
    needs the rest fetches the document again and still gets the full-OCR verdict."""
    import evidence.pipeline

    monkeypatch.setattr(evidence.pipeline, "_PARTIAL_BYTES", 0)  # keep only the latest body
    pdf = {"Content-Type": "application/pdf"}
    routes = {
        "/a.pdf": Response(body=scans["order"], headers=pdf),
        "/b.pdf": Response(body=scans["order"], headers=pdf),
    }
    fetch = FetchConfig(allow_private=True, retries=0, probe_soft_404=False)
    config = CheckConfig(
        year=2024, fetch=fetch, extract=ExtractLimits(timeout=60.0), cache_dir=tmp_path / "c"
    )
    org = "МБОУ «Средняя общеобразовательная школа № 7»"
    with LoopbackServer(routes, host="127.0.0.62") as server, Checker(config) as checker:
        a, b = server.url("/a.pdf"), server.url("/b.pdf")
        rows = [("1.1", a), ("1.1", b), ("1.4", a)]
        results = [
            checker.check_item(BatchItem(row=n, org=org, criterion=code, value="1", url=url))
            for n, (code, url) in enumerate(rows, 1)
        ]
        hits = dict(server.hits)
    assert [r.verdict for r in results] == [Verdict.OK, Verdict.OK, Verdict.WRONG_TYPE]
    assert "ocr_top" not in results[2].links[0].flags
    assert hits == {"/a.pdf": 2, "/b.pdf": 1}


def test_setting_turns_staged_ocr_off(
    scans: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVIDENCE_OCR_STAGED", "false")
    limits = ExtractLimits.from_settings(Settings())
    assert limits.ocr_staged is False
    with Extractor(replace(limits, timeout=60.0), tmp_path / "cache", workers=1) as extractor:
        result = assess_document(
            scans["order"], FileKind.PDF, _criterion("1.1"), year=2024, extractor=extractor
        )
    assert result.verdict is Verdict.OK, result.message
    assert "ocr_top" not in result.flags
    assert result.details["ocr_pages"] == 1
