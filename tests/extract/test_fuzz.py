"""Fuzzing every extractor and the sniffer with mutated samples (hypothesis).

Seeds: one generated sample of every format (tests/extract/corpus.py), small images, and real
documents from ../shared/realworld* read in place. Mutations: bit flips, truncation, inserted
junk, zeroed ranges, repeated slices and boundary integers. Whatever the bytes, the
``Extractor`` returns an ``Extraction`` (text, or a Russian failure reason) — no exception
escapes, no extraction outlives its time limit, and the main process does not grow.

In the suite each target gets a few derandomised examples (the module stays under a minute).
A longer, random run:

    EVIDENCE_FUZZ_EXAMPLES=5000 python3 -m pytest -q tests/extract/test_fuzz.py
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from evidence.extract import ExtractLimits, Extractor
from evidence.models import Extraction, FileKind
from evidence.sniff import sniff
from tests.conftest import require_realworld
from tests.extract.corpus import FONT_SERIF, ORDER_TEXT, build_sample

LONG_RUN = "EVIDENCE_FUZZ_EXAMPLES" in os.environ
EXAMPLES = int(os.environ.get("EVIDENCE_FUZZ_EXAMPLES", "15"))
OCR_EXAMPLES = int(os.environ.get("EVIDENCE_FUZZ_EXAMPLES", "5"))
SNIFF_EXAMPLES = int(os.environ.get("EVIDENCE_FUZZ_EXAMPLES", "500"))
TIMEOUT = 10.0  # per-document wall time of the fuzzing extractor
GRACE = 2.0

GENERATED = [
    FileKind.PDF,
    FileKind.DOCX,
    FileKind.RTF,
    FileKind.ODT,
    FileKind.ODS,
    FileKind.XLSX,
    FileKind.XLS,
    FileKind.PPTX,
    FileKind.TEXT,
    FileKind.HTML,
    FileKind.ZIP,
]
IMAGES = [FileKind.PNG, FileKind.JPEG, FileKind.GIF, FileKind.BMP, FileKind.TIFF, FileKind.WEBP]
REAL = {
    "real-pdf": ("realworld2/gdm-lipetsk/pricas_director.pdf", FileKind.PDF),
    "real-docx": ("realworld/shkola-pk-agreements/Пользовательское_соглашение.docx", FileKind.DOCX),
    "real-doc": ("realworld/school-tselinny-docs/polozhenie_ob_uchebnikakh.doc", FileKind.DOC),
    "real-html": ("realworld/dedoc-orders/doc_000000.html", FileKind.HTML),
}
INTERESTING = [b"\x00\x00\x00\x00", b"\xff\xff\xff\xff", b"\x7f\xff\xff\xff", b"\x80\x00\x00\x00"]


# ---- mutations -----------------------------------------------------------------------------
@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        size = len(data)
        pos = draw(st.integers(0, max(0, size - 1)))
        op = draw(st.sampled_from(["flip", "truncate", "insert", "zero", "repeat", "integer"]))
        if op == "flip" and size:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del data[max(1, pos) :]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "zero":
            length = draw(st.integers(1, 4096))
            data[pos : pos + length] = bytes(len(data[pos : pos + length]))
        elif op == "repeat":
            piece = data[pos : pos + draw(st.integers(1, 512))]
            data[pos:pos] = piece * draw(st.integers(1, 64))
        elif op == "integer":
            data[pos : pos + 4] = draw(st.sampled_from(INTERESTING))
    return bytes(data)


def _fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=not LONG_RUN,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# ---- seeds ---------------------------------------------------------------------------------
def _small_image(kind: FileKind) -> bytes:
    image = Image.new("L", (1000, 260), 255)
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(str(FONT_SERIF), 34)
    for n, line in enumerate(("ПРИКАЗ", "от 02.09.2024 № 5-од", "О наставничестве педагогов")):
        draw.text((30, 20 + 75 * n), line, fill=0, font=font)
    buf = io.BytesIO()
    fmt = {FileKind.JPEG: "JPEG", FileKind.TIFF: "TIFF"}.get(kind, kind.value.upper())
    image.save(buf, format=fmt)
    return buf.getvalue()


def _seed(target: str) -> tuple[bytes, FileKind]:
    if target in REAL:
        relative, kind = REAL[target]
        return require_realworld(relative).read_bytes(), kind
    kind = FileKind(target)
    if kind in IMAGES:
        return _small_image(kind), kind
    return build_sample(kind, ORDER_TEXT), kind


# ---- the extractor's promise -----------------------------------------------------------------
def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        line = next(x for x in fh if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _reset_peak_rss() -> float:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")
    return _peak_rss_mb()


@pytest.fixture(scope="module")
def extractors() -> Iterator[dict[bool, Extractor]]:
    """A text-layer-only extractor and one that OCRs (for images), both isolated, no cache."""
    base = ExtractLimits(timeout=TIMEOUT, ocr_pages=1, ocr_dpi=100, max_pages=5, memory_mb=1024)
    plain = Extractor(ExtractLimits(**{**base.to_dict(), "ocr": False}), None, kill_grace=GRACE)  # type: ignore[arg-type]
    ocr = Extractor(base, None, kill_grace=GRACE)
    yield {False: plain, True: ocr}
    plain.close()
    ocr.close()


def _check_survives(
    extract: Callable[[bytes, FileKind], Extraction], data: bytes, kind: FileKind
) -> None:
    started = time.monotonic()
    result = extract(data, kind)
    elapsed = time.monotonic() - started
    assert isinstance(result, Extraction)
    if not result.ok:
        assert result.error is None or (isinstance(result.error, str) and result.error.strip())
    assert elapsed < TIMEOUT + GRACE + 5, f"{kind.value}: {elapsed:.1f} s"


TARGETS = [k.value for k in GENERATED] + list(REAL) + [k.value for k in IMAGES]


@pytest.mark.slow
@pytest.mark.parametrize("target", TARGETS)
def test_no_mutation_escapes_the_extractor(target: str, extractors: dict[bool, Extractor]) -> None:
    seed, kind = _seed(target)
    image = kind in IMAGES
    extractor = extractors[image]
    before = _reset_peak_rss()

    @_fuzz_settings(OCR_EXAMPLES if image else EXAMPLES)
    @given(data=mutated(seed))
    def run(data: bytes) -> None:
        _check_survives(extractor.extract, data, kind)

    run()
    # The seed itself is read (the mutations did not just hide a broken extractor).
    assert extractor.extract(seed, kind).ok
    grown = _peak_rss_mb() - before
    assert grown < 100, f"main process grew by {grown:.0f} MB fuzzing {target}"


SNIFF_SEEDS = [*GENERATED, FileKind.PNG, FileKind.JPEG]


@pytest.fixture(scope="module")
def sniff_seeds() -> list[bytes]:
    return [_seed(kind.value)[0] for kind in SNIFF_SEEDS] + [
        _seed(name)[0] for name in ("real-pdf", "real-docx", "real-doc")
    ]


def test_no_mutation_breaks_the_sniffer(sniff_seeds: list[bytes]) -> None:
    before = _reset_peak_rss()

    @_fuzz_settings(SNIFF_EXAMPLES)
    @given(
        data=st.sampled_from(sniff_seeds).flatmap(mutated),
        content_type=st.sampled_from([None, "application/pdf", "text/html; charset=undefined"]),
        url=st.sampled_from([None, "http://s.ru/prikaz.docx", "http://s.ru/?id=1"]),
    )
    def run(data: bytes, content_type: str | None, url: str | None) -> None:
        kind = sniff(data, content_type=content_type, url=url)
        assert isinstance(kind, FileKind)

    run()
    assert _peak_rss_mb() - before < 100
