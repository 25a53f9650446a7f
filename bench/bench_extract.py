"""Benchmark of text extraction (run by hand, not a test).

    python bench/bench_extract.py            # everything (~3 minutes on 2 cores)
    python bench/bench_extract.py --quick    # fewer repetitions
    python bench/bench_extract.py --ocr-stages  # staged OCR only: stage 1 vs full vs the CLI

Prints, per format, pages (or documents) per second and peak RSS of this project's
extractor and, on the same files in the same run, of the references: poppler ``pdftotext``
for text PDFs and the ``tesseract`` CLI for scans (the ratio to the reference is the figure);
then pdfplumber vs pypdfium2 vs pdftotext, OCR at 150/200/300 dpi (time and words read),
the cost of deskew and of orientation detection, and the per-document overhead of the
isolated worker pool. Every measurement runs in a fresh child process so that peak RSS
(``ru_maxrss``, of the process and of its children such as tesseract) is its own.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evidence.models import FileKind  # noqa: E402
from tests.extract.corpus import (  # noqa: E402
    AGREEMENT_TEXT,
    ORDER_TEXT,
    build_rich_docx,
    build_sample,
)
from tests.extract.corpus import render_page as corpus_render  # noqa: E402

REALWORLD = REPO.parent / "shared" / "realworld"
WORK = Path(tempfile.gettempdir()) / "evidence-bench-extract"


# --- child side: one measurement, JSON on stdout --------------------------------------------------


class _Timer:
    """Times each repetition; the minimum is reported (the machine is shared and noisy)."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self._start = 0.0

    def __enter__(self) -> _Timer:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.times.append(time.perf_counter() - self._start)


def _runner(mode: str, path: str, kind: str, dpi: int) -> Any:
    """A zero-argument function doing one repetition of ``mode``; returns (pages, text)."""
    data = Path(path).read_bytes()
    if mode in ("ours", "ours-top"):
        from evidence.extract import ExtractLimits, extract

        region = "top" if mode == "ours-top" else "full"  # stage 1 of staged OCR, or all
        limits = ExtractLimits(ocr_dpi=dpi, ocr_pages=3, ocr_region=region)

        def ours() -> tuple[int, str]:
            result = extract(data, FileKind(kind), limits)
            return result.ocr_pages or result.pages or 1, result.text

        return ours
    if mode == "pypdfium2":
        import pypdfium2 as pdfium

        def pypdfium2() -> tuple[int, str]:
            pdf = pdfium.PdfDocument(data)
            parts = [pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf))]
            pdf.close()
            return len(parts), "\n".join(parts)

        return pypdfium2
    if mode == "pdfplumber":
        import pdfplumber

        def plumber() -> tuple[int, str]:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                parts = [page.extract_text() or "" for page in pdf.pages]
            return len(parts), "\n".join(parts)

        return plumber
    if mode == "pdftotext":

        def pdftotext() -> tuple[int, str]:
            out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
            text = out.stdout.decode()
            return text.count("\f") or 1, text

        return pdftotext
    if mode in ("tesseract", "tesseract1"):
        env = dict(os.environ)
        if mode == "tesseract1":
            env["OMP_THREAD_LIMIT"] = "1"
        args = ["tesseract", path, "stdout", "-l", "rus+eng", "--dpi", str(dpi)]

        def tesseract() -> tuple[int, str]:
            out = subprocess.run(args, capture_output=True, env=env)
            return 1, out.stdout.decode()

        return tesseract
    if mode == "baseline":  # the interpreter with every extractor module imported
        import evidence.extract.registry  # noqa: F401

        return lambda: (0, "")
    raise SystemExit(f"unknown mode {mode}")


def _child(mode: str, path: str, kind: str, repeat: int, dpi: int) -> dict[str, Any]:
    """One mode alone in this process: its peak RSS (and its timing, less reliable)."""
    run = _runner(mode, path, kind, dpi)
    run()  # warm imports and lazy loads
    timer = _Timer()
    for _ in range(repeat):
        with timer:
            pages, text = run()
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    in_process = mode in ("ours", "ours-top", "pypdfium2", "pdfplumber", "baseline")
    return {
        "seconds_per_doc": min(timer.times),
        "pages": pages,
        # In-process modes: this Python process (interpreter included) and, for OCR, the
        # tesseract children; CLI references: the tool's own peak.
        "peak_rss_mb": max(self_rss, child_rss) if in_process else child_rss,
        "text": text,
    }


def _compare(modes: list[str], path: str, kind: str, repeat: int, dpi: int) -> dict[str, Any]:
    """Several modes timed in alternation (round-robin), so load changes hit all alike."""
    # "mode=path" runs that mode on another file (e.g. tesseract on the page image).
    runs = {mode: _runner(*_mode_target(mode, path, kind), dpi) for mode in modes}
    timers = {mode: _Timer() for mode in modes}
    results: dict[str, Any] = {}
    for run in runs.values():
        run()
    for _ in range(repeat):
        for mode, run in runs.items():
            with timers[mode]:
                results[mode] = run()
    return {
        mode: {
            "seconds_per_doc": min(timers[mode].times),
            "pages": results[mode][0],
            "pages_per_second": results[mode][0] / min(timers[mode].times),
            "text": results[mode][1],
        }
        for mode in modes
    }


def _mode_target(mode: str, path: str, kind: str) -> tuple[str, str, str]:
    """``mode=path`` runs ``mode`` on another file; a ``.pdf`` path is read as a PDF."""
    if "=" not in mode:
        return mode, path, kind
    name, other = mode.split("=", 1)
    return name, other, FileKind.PDF.value if other.endswith(".pdf") else kind


def compare(
    modes: list[str], path: Path, kind: FileKind, repeat: int, dpi: int = 200
) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--compare", ",".join(modes), str(path), kind.value,
         str(repeat), str(dpi)],
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def measure(mode: str, path: Path, kind: FileKind, repeat: int, dpi: int = 200) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(path), kind.value, str(repeat), str(dpi)],
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    result: dict[str, Any] = json.loads(out.stdout)
    result["pages_per_second"] = result["pages"] / max(result["seconds_per_doc"], 1e-9)
    return result


# --- samples ----------------------------------------------------------------------------------


def samples() -> dict[str, tuple[Path, FileKind]]:
    WORK.mkdir(parents=True, exist_ok=True)
    long_text = "\f".join(
        f"Страница {n}\n{ORDER_TEXT}\n{AGREEMENT_TEXT}\n" + ORDER_TEXT.replace("\n", " ") * 3
        for n in range(1, 21)
    )
    made = {
        "text-20p.pdf": (build_sample(FileKind.PDF, long_text), FileKind.PDF),
        "scan-1p.pdf": (build_sample(FileKind.PDF, ORDER_TEXT, scan=True, angle=2), FileKind.PDF),
        "scan.jpg": (build_sample(FileKind.JPEG, ORDER_TEXT, scan=True, angle=2), FileKind.JPEG),
        "scan-9pt.pdf": (_small_print_scan(), FileKind.PDF),
        "order.docx": (build_rich_docx(), FileKind.DOCX),
        "order.rtf": (build_sample(FileKind.RTF, ORDER_TEXT * 20), FileKind.RTF),
        "order.odt": (build_sample(FileKind.ODT, ORDER_TEXT * 20), FileKind.ODT),
        "list.xlsx": (
            build_sample(FileKind.XLSX, "\n".join(f"Иванов {n}\tПетров {n}" for n in range(500))),
            FileKind.XLSX,
        ),
        "order.txt": (build_sample(FileKind.TEXT, ORDER_TEXT * 20), FileKind.TEXT),
        "order.zip": (build_sample(FileKind.ZIP, ORDER_TEXT), FileKind.ZIP),
    }
    files: dict[str, tuple[Path, FileKind]] = {}
    for name, (body, kind) in made.items():
        path = WORK / name
        path.write_bytes(body)
        files[name] = (path, kind)
    real = {
        "struktura.pdf (real, text)": ("school-tselinny-docs/struktura.pdf", FileKind.PDF),
        "with_applications.pdf (real scan)": ("dedoc-orders/with_applications.pdf", FileKind.PDF),
        "priem.doc (real)": ("school-tselinny-docs/priem.doc", FileKind.DOC),
        "attestatsii.rtf (real)": (
            "school-tselinny-docs/Polozhenie_o_promezhutochnoy_attestatsii (1).rtf",
            FileKind.RTF,
        ),
    }
    for name, (relative, kind) in real.items():
        if (REALWORLD / relative).exists():
            files[name] = (REALWORLD / relative, kind)
    return files


def _small_print_scan() -> bytes:
    """A scanned page set in 9 pt: where a low dpi starts to lose letters."""
    page = corpus_render(f"{ORDER_TEXT}\n{AGREEMENT_TEXT}", scan=True, angle=1.0, font_px=25)
    out = io.BytesIO()
    page.convert("RGB").save(out, "PDF", resolution=200.0, quality=75)
    return out.getvalue()


def render_page(path: Path, dpi: int, page: int = 0) -> Path:
    """The page as the extractor hands it to tesseract: greyscale PGM at ``dpi``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path.read_bytes())
    image = pdf[page].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    target = WORK / f"{path.stem}-p{page + 1}-{dpi}.pgm"
    image.save(target, "PPM")
    # Same page wrapped as a one-page image PDF, for this project's extractor.
    out = io.BytesIO()
    image.convert("RGB").save(out, "PDF", resolution=float(dpi))
    (WORK / f"{path.stem}-p{page + 1}-{dpi}.pdf").write_bytes(out.getvalue())
    return target


# --- report -----------------------------------------------------------------------------------


def row(*cells: object) -> None:
    print("  " + " | ".join(str(c) for c in cells))


def words_found(text: str, expected: str) -> float:
    want = {w.lower() for w in re.findall(r"[А-Яа-яЁё]{4,}", expected)}
    got = {w.lower() for w in re.findall(r"[А-Яа-яЁё]{4,}", text)}
    return len(want & got) / len(want)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--ocr-stages", action="store_true", help="only the staged OCR table")
    parser.add_argument("--child", nargs=5, metavar=("MODE", "PATH", "KIND", "REPEAT", "DPI"))
    parser.add_argument("--compare", nargs=5, metavar=("MODES", "PATH", "KIND", "REPEAT", "DPI"))
    args = parser.parse_args()
    if args.compare:
        modes, path, kind, repeat, dpi = args.compare
        result = _compare(modes.split(","), path, kind, int(repeat), int(dpi))
        print(json.dumps(result, ensure_ascii=False))
        return
    if args.child:
        mode, path, kind, repeat, dpi = args.child
        print(json.dumps(_child(mode, path, kind, int(repeat), int(dpi)), ensure_ascii=False))
        return
    fast_repeat = 3 if args.quick else 10
    ocr_repeat = 1 if args.quick else 2
    files = samples()
    print(f"nproc={os.cpu_count()}  python={sys.version.split()[0]}  samples in {WORK}")
    print(f"load average at start: {os.getloadavg()}; times are the minimum of the repetitions")
    if args.ocr_stages:
        _ocr_stages(files, ocr_repeat + 1)
        return

    print("\n1. Text PDFs: this project's extractor vs pdftotext (reference), timed alternately")
    row("file", "ours pages/s", "pdftotext pages/s", "ratio (ours time / ref time)",
        "ours peak MB", "pdftotext peak MB")  # fmt: skip
    text_pdfs: list[str] = [n for n in ("text-20p.pdf", "struktura.pdf (real, text)") if n in files]
    for name in text_pdfs:
        path, kind = files[name]
        timed = compare(["ours", "pdftotext"], path, kind, fast_repeat * 2)
        ours, ref = timed["ours"], timed["pdftotext"]
        ours_mem = measure("ours", path, kind, 2)["peak_rss_mb"]
        ref_mem = measure("pdftotext", path, kind, 2)["peak_rss_mb"]
        row(name, f"{ours['pages_per_second']:.0f}", f"{ref['pages_per_second']:.0f}",
            f"{ours['seconds_per_doc'] / ref['seconds_per_doc']:.2f}x",
            f"{ours_mem:.0f}", f"{ref_mem:.0f}")  # fmt: skip

    print("\n2. pypdfium2 vs pdftotext vs pdfplumber (plain text of every page), timed alternately")
    row("file", "library", "pages/s", "peak MB", "chars")
    for pdf_name in text_pdfs:
        path, kind = files[pdf_name]
        libraries = ["pypdfium2", "pdftotext", "pdfplumber"]
        timed = compare(libraries, path, kind, max(2, fast_repeat // 3))
        for mode in libraries:
            memory = measure(mode, path, kind, 1)["peak_rss_mb"]
            m = timed[mode]
            row(pdf_name, mode, f"{m['pages_per_second']:.0f}", f"{memory:.0f}", len(m["text"]))

    print("\n3. OCR at 150/200/300 dpi, timed alternately on the same page image at the same dpi:")
    print("   ours(img) = this project's extractor on the page image (deskew + OCR);")
    print("   ours(pdf) = the same page as a one-page image PDF (render + deskew + OCR);")
    print("   ref = tesseract CLI with its defaults; ref1 = the CLI with OMP_THREAD_LIMIT=1")
    row("page", "dpi", "ours(img) s", "ours(pdf) s", "ref s", "ref1 s", "ours(img)/ref",
        "ours(img)/ref1", "ours peak MB", "ref peak MB", "what ours read")  # fmt: skip
    pages = [("scan-1p.pdf", ORDER_TEXT), ("scan-9pt.pdf", f"{ORDER_TEXT}\n{AGREEMENT_TEXT}")]
    if "with_applications.pdf (real scan)" in files:
        pages.append(("with_applications.pdf (real scan)", ""))
    for name, expected in pages:
        path, _ = files[name]
        for dpi in (150, 200, 300):
            pgm = render_page(path, dpi)
            page_pdf = pgm.with_suffix(".pdf")
            modes = ["ours", f"ours={page_pdf}", "tesseract", "tesseract1"]
            timed = compare(modes, pgm, FileKind.PNG, ocr_repeat, dpi)
            ours, ours_pdf, ref, ref1 = (timed[mode] for mode in modes)
            ours_mem = measure("ours", page_pdf, FileKind.PDF, 1, dpi)["peak_rss_mb"]
            ref_mem = measure("tesseract", pgm, FileKind.PNG, 1, dpi)["peak_rss_mb"]
            if expected:
                date = "date read" if "12.09.2024 № 145-од" in ours["text"] else "DATE LOST"
                found = f"{words_found(ours['text'], expected):.0%} of the words, {date}"
            else:
                keys = ("ПРИКАЗ", "2020", "ФСТЭК", "Москва", "утверждении", "инфраструктуры")
                found = f"{sum(k in ours['text'] for k in keys)}/{len(keys)} key words"
            t, tp = ours["seconds_per_doc"], ours_pdf["seconds_per_doc"]
            r, r1 = ref["seconds_per_doc"], ref1["seconds_per_doc"]
            row(name, dpi, f"{t:.2f}", f"{tp:.2f}", f"{r:.2f}", f"{r1:.2f}", f"{t / r:.2f}x",
                f"{t / r1:.2f}x", f"{ours_mem:.0f}", f"{ref_mem:.0f}", found)  # fmt: skip

    base = measure("baseline", files["order.txt"][0], FileKind.TEXT, 1)
    print("\n4. Other formats (in-process extract; documents per second). Peak RSS includes the")
    print(f"   interpreter with all extractor modules imported: {base['peak_rss_mb']:.0f} MB")
    row("file", "docs/s", "pages/s", "peak MB")
    for name in ("order.docx", "order.rtf", "order.odt", "list.xlsx", "order.txt", "order.zip",
                 "priem.doc (real)", "attestatsii.rtf (real)", "scan.jpg"):  # fmt: skip
        if name not in files:
            continue
        path, kind = files[name]
        repeat = 1 if kind.is_image else fast_repeat
        m = measure("ours", path, kind, repeat)
        row(
            name,
            f"{1 / m['seconds_per_doc']:.1f}",
            f"{m['pages_per_second']:.1f}",
            f"{m['peak_rss_mb']:.0f}",
        )

    print("\n5. Straightening costs (one 200 dpi A4 page)")
    _straightening(files)

    print(
        "\n6. Isolation overhead (Extractor with a warm worker vs in-process, tiny text document)"
    )
    _overhead(fast_repeat * 20)


def _ocr_stages(files: dict[str, tuple[Path, FileKind]], repeat: int, dpi: int = 200) -> None:
    """Staged OCR per scanned page at ``dpi``: stage 1 (top of the page), full OCR, and both
    (a document whose decision needs the rest), against the tesseract CLI on the same page
    image at the same dpi, timed alternately in one process."""
    print(f"\n3b. Staged OCR, one page at {dpi} dpi, {os.cpu_count()} cores; the page as an")
    print("   image PDF for ours (render + deskew + OCR), as a PGM for the CLI (ref, ref1 as in 3)")
    row("page", "stage 1 s", "full s", "ref s", "ref1 s", "stage1/ref", "full/ref",
        "both/ref", "stage1/ref1", "full/ref1", "both/ref1", "stage 1 has date")  # fmt: skip
    long_order = corpus_render(
        "\n".join([*ORDER_TEXT.split("\n")[:4], *(ORDER_TEXT.split("\n")[4:] * 5)]),
        scan=True,
        angle=1.5,
    )
    long_path = WORK / "scan-long-order.pdf"
    buffer = io.BytesIO()
    long_order.convert("RGB").save(buffer, "PDF", resolution=200.0, quality=75)
    long_path.write_bytes(buffer.getvalue())
    pages = [("scan-1p.pdf", files["scan-1p.pdf"][0]), ("scan-long-order.pdf", long_path)]
    if "with_applications.pdf (real scan)" in files:
        pages.append(
            ("with_applications.pdf (real scan)", files["with_applications.pdf (real scan)"][0])
        )
    for name, path in pages:
        pgm = render_page(path, dpi)
        page_pdf = pgm.with_suffix(".pdf")
        modes = [f"ours-top={page_pdf}", f"ours={page_pdf}", "tesseract", "tesseract1"]
        timed = compare(modes, pgm, FileKind.PNG, repeat, dpi)
        top, full, ref, ref1 = (timed[mode]["seconds_per_doc"] for mode in modes)
        dated = "12.09.2024" in timed[modes[0]]["text"] or "2020" in timed[modes[0]]["text"]
        row(name, f"{top:.2f}", f"{full:.2f}", f"{ref:.2f}", f"{ref1:.2f}", f"{top / ref:.2f}x",
            f"{full / ref:.2f}x", f"{(top + full) / ref:.2f}x", f"{top / ref1:.2f}x",
            f"{full / ref1:.2f}x", f"{(top + full) / ref1:.2f}x",
            "yes" if dated else "no")  # fmt: skip


def _straightening(files: dict[str, tuple[Path, FileKind]]) -> None:
    from PIL import Image

    from evidence.extract.base import Context
    from evidence.extract.limits import ExtractLimits
    from evidence.extract.ocr import detect_orientation, estimate_skew

    page = Image.open(files["scan.jpg"][0]).convert("L")
    start = time.perf_counter()
    for _ in range(10):
        angle = estimate_skew(page)
    row("tilt estimate (projection profile, ±10°)", f"{(time.perf_counter() - start) / 10 * 1000:.0f} ms",
        f"found {angle:+.1f}° (page tilted by +2°)")  # fmt: skip
    ctx = Context.start(ExtractLimits())
    turned = page.rotate(90, expand=True)
    start = time.perf_counter()
    turn = detect_orientation(turned, ctx, dpi=200)
    row("orientation (tesseract --psm 0, half size)", f"{(time.perf_counter() - start) * 1000:.0f} ms",
        f"found {turn}° on a page turned by 90°; only run when the first OCR pass reads poorly")  # fmt: skip


def _overhead(repeat: int) -> None:
    from evidence.extract import ExtractLimits, Extractor, extract

    data, kind = "ПРИКАЗ № 1".encode(), FileKind.TEXT
    limits = ExtractLimits()
    extract(data, kind, limits)
    start = time.perf_counter()
    for _ in range(repeat):
        extract(data, kind, limits)
    inproc = (time.perf_counter() - start) / repeat
    with Extractor(limits, None, workers=1) as extractor:
        start = time.perf_counter()
        extractor.extract(data, kind)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(repeat):
            extractor.extract(data, kind)
        warm = (time.perf_counter() - start) / repeat
    with (
        tempfile.TemporaryDirectory() as cache_dir,
        Extractor(limits, Path(cache_dir), workers=1) as cached,
    ):
        cached.extract(data, kind)
        start = time.perf_counter()
        for _ in range(repeat):
            cached.extract(data, kind)
        hit = (time.perf_counter() - start) / repeat
    row("in-process", f"{inproc * 1000:.2f} ms/doc")
    row(
        "isolated, warm worker",
        f"{warm * 1000:.2f} ms/doc",
        f"overhead {(warm - inproc) * 1000:.2f} ms",
    )
    row(
        "isolated, cold worker start", f"{cold * 1000:.0f} ms (once per worker, reused {200} times)"
    )
    row("cache hit", f"{hit * 1000:.2f} ms/doc")


if __name__ == "__main__":
    main()
