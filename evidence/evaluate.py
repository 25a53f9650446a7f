"""Evaluation of the document stage on the labelled corpus (``tests/eval_corpus``).

Each manifest row names a text file, the criterion, the reporting year and the expected
verdict, document kind and date. Rows with a ``render`` format are rendered to that format
(DOCX, text PDF, scanned PDF, JPEG) with the extraction tests' generator, cached under
``tests/.generated/eval/``, and go through the real path bytes -> extract -> classify;
the others are classified from their text (normalised as extraction would). The report
gives a confusion matrix, per-verdict precision/recall, the date exact-match rate and the
document-kind accuracy, separately for each part (development, held-out, blind).

Real documents nobody wrote the rules against (``../shared/realworld2``, labels in
``tests/eval_corpus/realworld2_labels.csv``) are read in place, sniffed and extracted like a
fetched file (OCR included), and scored on document kind and own date.
"""

from __future__ import annotations

import csv
import importlib
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidence.criteria import load_catalogue
from evidence.models import FileKind

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / "tests" / "eval_corpus"
GENERATED = REPO / "tests" / ".generated" / "eval"
PARTS = ("dev", "heldout1", "heldout", "heldout3")
VERDICTS = ("wrong_type", "off_topic", "wrong_direction", "no_date", "wrong_year", "ok")

_RENDER: dict[str, tuple[FileKind, bool]] = {
    "docx": (FileKind.DOCX, False),
    "pdf": (FileKind.PDF, False),
    "scan": (FileKind.PDF, True),
    "jpeg": (FileKind.JPEG, True),
}


@dataclass
class Case:
    file: str
    part: str
    criterion: str
    expected: str
    got: str
    kind_expected: str
    kind_got: str | None
    date_expected: str | None
    date_got: str | None
    render: str
    message: str = ""


@dataclass
class PartReport:
    part: str
    cases: list[Case] = field(default_factory=list)

    @property
    def confusion(self) -> dict[tuple[str, str], int]:
        return dict(Counter((c.expected, c.got) for c in self.cases))

    def precision_recall(self) -> dict[str, tuple[float | None, float | None, int]]:
        out: dict[str, tuple[float | None, float | None, int]] = {}
        labels = sorted({c.expected for c in self.cases} | {c.got for c in self.cases}, key=_order)
        for v in labels:
            tp = sum(c.expected == v and c.got == v for c in self.cases)
            pred = sum(c.got == v for c in self.cases)
            real = sum(c.expected == v for c in self.cases)
            out[v] = (tp / pred if pred else None, tp / real if real else None, real)
        return out

    @property
    def date_rate(self) -> float | None:
        dated = [c for c in self.cases if c.date_expected]
        return sum(c.date_got == c.date_expected for c in dated) / len(dated) if dated else None

    @property
    def own_date_rate(self) -> float | None:
        """Own date right on every document: an undated one must get no date."""
        n = len(self.cases)
        return (
            sum((c.date_got or None) == (c.date_expected or None) for c in self.cases) / n
            if n
            else None
        )

    @property
    def wrong_dates(self) -> list[Case]:
        """A date given that is not the document's own: worse than none."""
        return [c for c in self.cases if c.date_got and c.date_got != c.date_expected]

    @property
    def kind_accuracy(self) -> float | None:
        return (
            sum(c.kind_got == c.kind_expected for c in self.cases) / len(self.cases)
            if self.cases
            else None
        )

    @property
    def errors(self) -> list[Case]:
        return [c for c in self.cases if c.got != c.expected]


@dataclass
class RealCase:
    """A real document (read in place) with its labelled kind and own date."""

    path: str
    kind_expected: str
    kind_got: str | None
    date_expected: str | None  # None: the document has no own date, or it is handwritten
    date_got: str | None
    verdict: str
    flags: tuple[str, ...]
    note: str = ""


@dataclass
class RealPart:
    """Real documents nobody wrote the rules against: kind and own date only (no verdicts)."""

    name: str
    cases: list[RealCase] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def kind_accuracy(self) -> float | None:
        n = len(self.cases)
        return sum(c.kind_got == c.kind_expected for c in self.cases) / n if n else None

    @property
    def date_rate(self) -> float | None:
        """Exact own dates among the documents that have a typed own date."""
        dated = [c for c in self.cases if c.date_expected]
        return sum(c.date_got == c.date_expected for c in dated) / len(dated) if dated else None

    @property
    def wrong_dates(self) -> list[RealCase]:
        """A date given that is not the document's own: worse than none."""
        return [c for c in self.cases if c.date_got and c.date_got != c.date_expected]


@dataclass
class EvalReport:
    parts: dict[str, PartReport]
    real: list[RealPart] = field(default_factory=list)

    def all_cases(self) -> list[Case]:
        return [c for p in self.parts.values() for c in p.cases]


def _order(v: str) -> int:
    return VERDICTS.index(v) if v in VERDICTS else len(VERDICTS)


def _load_builder() -> Callable[..., bytes] | None:
    # The console script runs with its own folder on sys.path, not the repository's.
    if str(REPO) not in sys.path and (REPO / "tests" / "extract" / "corpus.py").exists():
        sys.path.append(str(REPO))
    try:
        module = importlib.import_module("tests.extract.corpus")
    except ImportError:
        return None
    builder = getattr(module, "build_sample", None)
    return builder if callable(builder) else None


def run_evaluation(
    corpus_dir: Path | None = None,
    *,
    cache_dir: Path | None = None,
    render: bool = True,
    parts: tuple[str, ...] | None = None,
    real: bool | None = None,
) -> EvalReport:
    """Classify every manifest document and compare with the labels.

    ``parts`` limits the run to some parts of the manifest (default: all, in manifest order);
    ``render=False`` classifies the text forms only (no DOCX/PDF/scan rendering or extraction);
    ``real`` adds the real documents of ``../shared/realworld2`` (default: with rendering, on
    the whole default corpus).
    """
    if real is None:
        real = render and parts is None and corpus_dir is None
    from classifiers import ClassifyContext, classify
    from evidence.textnorm import normalise

    corpus = corpus_dir or DEFAULT_CORPUS
    catalogue = load_catalogue()
    builder = _load_builder() if render else None
    extractor = None
    with open(corpus / "manifest.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    wanted = parts or tuple(dict.fromkeys(row.get("part") or "dev" for row in rows))
    report = EvalReport({p: PartReport(p) for p in wanted})
    if builder is not None:
        chosen = [r for r in rows if (r.get("part") or "dev") in report.parts]
        _warm_rendered(corpus, chosen, cache_dir or GENERATED / "cache")
    try:
        for row in rows:
            part = row.get("part") or "dev"
            if part not in report.parts:
                continue
            criterion = catalogue.get(row["criterion"])
            if criterion is None:
                raise ValueError(f"{row['file']}: unknown criterion {row['criterion']}")
            text = (corpus / row["file"]).read_text(encoding="utf-8")
            year, org = int(row["year"]), row.get("org") or None
            fmt = row.get("render") or ""
            if fmt and builder is not None:
                from evidence.extract import ExtractLimits, Extractor
                from evidence.pipeline import assess_document

                if extractor is None:
                    extractor = Extractor(
                        ExtractLimits(), cache_dir=cache_dir or GENERATED / "cache"
                    )
                kind, scan = _RENDER[fmt]
                data = _rendered(builder, row["file"], fmt, text, kind, scan)
                link = assess_document(
                    data, kind, criterion, year=year, extractor=extractor, org=org
                )
                got, kgot, dgot, msg = (
                    link.verdict.value,
                    link.doc_kind.value if link.doc_kind else None,
                    link.doc_date,
                    link.message,
                )
            else:
                fmt = ""
                d = classify(normalise(text), criterion, ClassifyContext(year=year, org=org))
                got, kgot, dgot, msg = (
                    d.verdict.value,
                    d.doc_kind.value if d.doc_kind else None,
                    d.doc_date,
                    d.message,
                )
            report.parts[part].cases.append(
                Case(
                    row["file"],
                    part,
                    row["criterion"],
                    row["verdict"],
                    got,
                    row["doc_kind"],
                    kgot,
                    row["doc_date"] or None,
                    dgot,
                    fmt,
                    msg,
                )
            )
    finally:
        if extractor is not None:
            extractor.close()
    if real:
        found = run_real_evaluation(cache_dir=cache_dir)
        if found is not None:
            report.real.append(found)
    return report


REALWORLD2 = REPO.parent / "shared" / "realworld2"
REALWORLD2_LABELS = DEFAULT_CORPUS / "realworld2_labels.csv"


def run_real_evaluation(
    labels: Path = REALWORLD2_LABELS,
    folder: Path = REALWORLD2,
    *,
    cache_dir: Path | None = None,
    year: int = 2024,
) -> RealPart | None:
    """Kind and own date of real documents, read in place and extracted as a fetched file
    would be (sniffing, the extraction registry, OCR). A labelled file that is absent is a
    failure under ``CI=true`` and is listed as missing otherwise; without labels: ``None``."""
    import os

    from evidence.extract import ExtractLimits, Extractor
    from evidence.pipeline import assess_document
    from evidence.sniff import sniff

    if not labels.exists():
        return None
    with open(labels, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if (r.get("path") or "").strip()]
    part = RealPart(folder.name)
    criterion = load_catalogue().get("1.1")
    assert criterion is not None
    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    with Extractor(ExtractLimits(), cache_dir=cache_dir or GENERATED / "cache") as extractor:
        for row in rows:
            path = folder / row["path"].strip()
            if not path.exists():
                if ci:
                    raise FileNotFoundError(f"{path}: labelled real document is absent")
                part.missing.append(row["path"])
                continue
            data = path.read_bytes()
            kind = sniff(data, url=path.name)
            link = assess_document(data, kind, criterion, year=year, extractor=extractor)
            part.cases.append(
                RealCase(
                    row["path"].strip(),
                    (row.get("doc_kind") or "").strip(),
                    link.doc_kind.value if link.doc_kind else None,
                    (row.get("doc_date") or "").strip() or None,
                    link.doc_date,
                    link.verdict.value,
                    tuple(link.flags),
                    (row.get("note") or "").strip(),
                )
            )
    return part


def _warm_rendered(corpus: Path, rows: list[dict[str, str]], cache_dir: Path) -> None:
    """Render and extract the rendered forms not yet cached in one process per core before the
    ordered pass, which then reads them from the render and extraction caches. OCR of the scans
    dominates a cold run (about 2.5 s a page here): on 2 cores this halves it, and the results
    do not depend on it."""
    import hashlib
    import os

    from evidence.extract import ExtractLimits
    from evidence.extract.cache import ExtractionCache

    cache = ExtractionCache(cache_dir, ExtractLimits())
    todo: list[tuple[str, str, str, str, int, str, str]] = []
    for row in rows:
        fmt = row.get("render") or ""
        if fmt not in _RENDER:
            continue
        text = (corpus / row["file"]).read_text(encoding="utf-8")
        path = _render_path(row["file"], fmt, text)
        if path.exists():
            kind = _RENDER[fmt][0]
            if cache.get(hashlib.sha256(path.read_bytes()).hexdigest(), kind) is not None:
                continue
        year = int(row["year"])
        task = (str(corpus), row["file"], fmt, row["criterion"], year, row.get("org") or "")
        todo.append((*task, str(cache_dir)))
    jobs = os.cpu_count() or 1
    if jobs < 2 or len(todo) < 2:
        return
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    with ProcessPoolExecutor(min(jobs, len(todo)), mp_context=get_context("fork")) as pool:
        list(pool.map(_warm_one, todo, chunksize=2))


_WARM_EXTRACTOR: list[Any] = []  # one extractor per warm-up process


def _warm_one(task: tuple[str, str, str, str, int, str, str]) -> None:
    """In a warm-up process: render one document and assess it, as the ordered pass will (the
    staged OCR stores what it read in the shared extraction cache)."""
    from multiprocessing.util import Finalize

    from evidence.extract import ExtractLimits, Extractor
    from evidence.pipeline import assess_document

    corpus, file, fmt, code, year, org, cache_dir = task
    builder = _load_builder()
    criterion = load_catalogue().get(code)
    if builder is None or criterion is None:
        return
    if not _WARM_EXTRACTOR:
        extractor = Extractor(ExtractLimits(), cache_dir=Path(cache_dir))
        Finalize(extractor, extractor.close, exitpriority=10)
        _WARM_EXTRACTOR.append(extractor)
    extractor = _WARM_EXTRACTOR[0]
    kind, scan = _RENDER[fmt]
    text = (Path(corpus) / file).read_text(encoding="utf-8")
    data = _rendered(builder, file, fmt, text, kind, scan)
    assess_document(data, kind, criterion, year=year, extractor=extractor, org=org or None)


def _render_path(name: str, fmt: str, text: str) -> Path:
    import hashlib

    # "pages": long scans are rendered on several pages (their end is no longer cut off);
    # "seeded": their noise is the same on every render (PIL's own noise was not);
    # "fitted": a text PDF's lines are wrapped to the page's width (they ran past its edge)
    version = "pages seeded fitted" if fmt == "pdf" else "pages seeded"
    key = hashlib.sha256(f"{version}\n{fmt}\n{text}".encode()).hexdigest()[:16]
    return GENERATED / f"{Path(name).stem}.{key}.{fmt}"


def _rendered(
    builder: Callable[..., bytes], name: str, fmt: str, text: str, kind: FileKind, scan: bool
) -> bytes:
    path = _render_path(name, fmt, text)
    if path.exists():
        return path.read_bytes()
    data = builder(kind, text, scan=scan)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return data


def _fmt(x: float | None) -> str:
    return "  —  " if x is None else f"{x:5.3f}"


def format_report(report: EvalReport) -> str:
    """A plain-text report: per part, confusion matrix, P/R per verdict, dates, kinds, errors."""
    out: list[str] = []
    for part in report.parts.values():
        if not part.cases:
            out.append(f"== {part.part}: no documents")
            continue
        rendered = sum(1 for c in part.cases if c.render)
        out.append(
            f"== {part.part}: {len(part.cases)} documents ({rendered} rendered to DOCX/PDF/scans)"
        )
        labels = sorted({c.expected for c in part.cases} | {c.got for c in part.cases}, key=_order)
        conf = part.confusion
        width = max(len(v) for v in labels) + 2
        out.append("expected \\ got".ljust(width + 2) + "".join(v[:10].rjust(11) for v in labels))
        for e in labels:
            out.append(
                e.ljust(width + 2) + "".join(str(conf.get((e, g), 0)).rjust(11) for g in labels)
            )
        out.append("verdict".ljust(width + 2) + "precision   recall   support")
        for v, (p, r, n) in part.precision_recall().items():
            out.append(v.ljust(width + 2) + f"{_fmt(p)}      {_fmt(r)}   {n}")
        out.append(
            f"date exact match: {_fmt(part.date_rate)}   doc_kind accuracy: {_fmt(part.kind_accuracy)}"
        )
        out.append(
            f"own date right on all documents (undated: none given): {_fmt(part.own_date_rate)}"
            f"   wrong dates given: {len(part.wrong_dates)}"
        )
        for c in part.errors[:30]:
            out.append(
                f"  ✗ {c.file} [{c.criterion}] expected {c.expected}, got {c.got}: {c.message}"
            )
        for c in [c for c in part.cases if (c.date_got or None) != (c.date_expected or None)][:15]:
            out.append(f"  ✗ date {c.file}: expected {c.date_expected}, got {c.date_got}")
        for c in [c for c in part.cases if c.kind_got != c.kind_expected][:15]:
            out.append(f"  ✗ kind {c.file}: expected {c.kind_expected}, got {c.kind_got}")
    for real in report.real:
        out.extend(format_real(real))
    return "\n".join(out)


def format_real(part: RealPart) -> list[str]:
    out = [
        f"== {part.name}: {len(part.cases)} real documents read in place"
        + (f" ({len(part.missing)} absent: {', '.join(part.missing)})" if part.missing else "")
    ]
    dated = sum(1 for c in part.cases if c.date_expected)
    out.append(
        f"doc_kind accuracy: {_fmt(part.kind_accuracy)}   "
        f"own date exact: {_fmt(part.date_rate)} (of {dated} typed dates)   "
        f"wrong dates: {len(part.wrong_dates)}"
    )
    for c in part.cases:
        if c.kind_got != c.kind_expected:
            out.append(f"  ✗ kind {c.path}: expected {c.kind_expected}, got {c.kind_got}")
    for c in part.cases:
        if c.date_expected and c.date_got != c.date_expected:
            out.append(f"  ✗ date {c.path}: expected {c.date_expected}, got {c.date_got}")
        elif not c.date_expected and c.date_got:
            out.append(f"  ✗ date {c.path}: no own date expected, got {c.date_got}")
    return out


if __name__ == "__main__":
    print(format_report(run_evaluation(render=False)))
