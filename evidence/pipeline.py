"""The pipeline: batch row -> links -> fetch -> sniff -> extract -> classify -> verdict.

Plain functions and one ``Checker`` object; the CLI, the workers and the API all call these,
so every mode produces the same results. Nothing here knows about Celery, HTTP servers or the
terminal.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from classifiers import ClassifyContext, classify
from config.settings import Settings
from evidence.criteria import Catalogue, Criterion, load_catalogue
from evidence.extract import ExtractLimits, Extractor
from evidence.fetch import Document, FetchConfig, HostLimiter, LinkChecker
from evidence.links import parse_link, split_links
from evidence.models import BatchItem, Extraction, FileKind, ItemResult, LinkResult, Verdict

# Values meaning "the organisation claims nothing here" (no document expected).
_NO_CLAIM = {"0", "0.0", "0,0", "нет", "no", "-", "—", "–"}
# URLs remembered per run (terminal verdicts and extracted text, never bodies).
_MEMO_SIZE = 4096


@dataclass(frozen=True)
class CheckConfig:
    """Everything a check needs, frozen and JSON-able (a Celery task carries it)."""

    year: int
    fetch: FetchConfig = field(default_factory=FetchConfig)
    extract: ExtractLimits = field(default_factory=ExtractLimits)
    cache_dir: Path | None = None

    @classmethod
    def from_settings(cls, settings: Settings, year: int) -> CheckConfig:
        return cls(
            year=year,
            fetch=FetchConfig.from_settings(settings),
            extract=ExtractLimits.from_settings(settings),
            cache_dir=settings.cache_dir,
        )

    def to_dict(self) -> dict[str, Any]:
        # Not asdict(): resolver_overrides is a mapping proxy, which cannot be deep-copied.
        fetch = {f.name: getattr(self.fetch, f.name) for f in fields(self.fetch)}
        fetch["resolver_overrides"] = {k: list(v) for k, v in self.fetch.resolver_overrides.items()}
        fetch["extra_public_networks"] = list(self.fetch.extra_public_networks)
        return {
            "year": self.year,
            "fetch": fetch,
            "extract": asdict(self.extract),
            "cache_dir": str(self.cache_dir) if self.cache_dir else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckConfig:
        fetch = dict(data.get("fetch") or {})
        fetch["resolver_overrides"] = {
            k: tuple(v) for k, v in (fetch.get("resolver_overrides") or {}).items()
        }
        fetch["extra_public_networks"] = tuple(fetch.get("extra_public_networks") or ())
        return cls(
            year=int(data["year"]),
            fetch=FetchConfig(**fetch),
            extract=ExtractLimits(**(data.get("extract") or {})),
            cache_dir=Path(data["cache_dir"]) if data.get("cache_dir") else None,
        )


@dataclass
class _Fetched:
    """What one URL gave, shared by every row that links it within a run."""

    terminal: LinkResult | None = None
    document: Document | None = None
    extraction: Extraction | None = None
    size: int | None = None


class Checker:
    """Checks rows. Thread-safe; one per process (a worker builds it once)."""

    def __init__(
        self,
        config: CheckConfig,
        *,
        limiter: HostLimiter | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self.config = config
        self.catalogue = catalogue or load_catalogue()
        self.links = LinkChecker(config.fetch, limiter)
        self.extractor = Extractor(config.extract, config.cache_dir)
        self._memo: OrderedDict[tuple[str, str, bool], _Fetched] = OrderedDict()
        self._memo_locks: dict[tuple[str, str, bool], threading.Lock] = {}
        self._memo_guard = threading.Lock()
        self._fast: Extractor | None = None  # OCR-free extractor for the fast queue, on demand

    def close(self) -> None:
        self.links.close()
        self.extractor.close()
        if self._fast is not None:
            self._fast.close()

    def __enter__(self) -> Checker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- one row -----------------------------------------------------------------------
    def check_item(self, item: BatchItem, *, ocr: bool = True) -> ItemResult:
        """Check one batch row; never raises for bad input."""
        criterion = self.catalogue.get(item.criterion) or Criterion(item.criterion, item.criterion)
        typed_links = split_links(item.url)
        claimed = item.value.strip().lower() not in _NO_CLAIM
        if not typed_links:
            return self._without_link(item, criterion, claimed)
        results = [self.check_link(raw, criterion, item.org, ocr=ocr) for raw in typed_links]
        return aggregate(item, criterion, results, claimed=claimed)

    def _without_link(self, item: BatchItem, criterion: Criterion, claimed: bool) -> ItemResult:
        if criterion.document and claimed:
            verdict = Verdict.NO_LINK
            message = (
                "Значение показателя заявлено, но ссылка на подтверждающий документ не указана."
            )
            flags: list[str] = []
        elif criterion.document:
            verdict, flags = Verdict.OK, ["value_zero"]
            message = "Значение 0 — подтверждающий документ не требуется."
        else:
            verdict, flags = Verdict.OK, ["value_only"]
            message = "Показатель без документа: проверяется только значение."
        return _item_result(item, criterion, verdict, message, flags=flags, links=[])

    # --- one link ----------------------------------------------------------------------
    def check_link(
        self, raw: str, criterion: Criterion, org: str | None = None, *, ocr: bool = True
    ) -> LinkResult:
        started = time.monotonic()
        parsed = parse_link(raw)
        if parsed.url is None:
            return LinkResult(raw, Verdict.NOT_A_URL, parsed.reason or "Это не ссылка.")
        fetched = self._fetch_and_extract(parsed.url, criterion.query, ocr=ocr)
        result = self._judge(parsed.url, fetched, criterion, org)
        result.url = raw
        result.flags = sorted(set(result.flags) | set(parsed.flags))
        result.elapsed_ms = int((time.monotonic() - started) * 1000)
        return result

    def _fetch_and_extract(self, url: str, query: str, *, ocr: bool) -> _Fetched:
        # The same URL linked by many rows (a regional order, a school's single справка) is
        # fetched and extracted once per run; the per-key lock stops concurrent duplicates.
        key = (url, query, ocr)
        with self._memo_guard:
            if key in self._memo:
                return self._memo[key]
            lock = self._memo_locks.setdefault(key, threading.Lock())
        with lock:
            if key in self._memo:
                return self._memo[key]
            outcome = self.links.check(url, query)
            if isinstance(outcome, LinkResult):
                fetched = _Fetched(terminal=outcome)
            else:
                limits_ocr = ocr and self.config.extract.ocr
                extractor = self.extractor if limits_ocr else self._fast_extractor()
                extraction = extractor.extract(outcome.body, outcome.kind)
                # Bodies are not kept: only what classification and reports need.
                fetched = _Fetched(
                    document=replace(outcome, body=b""),
                    extraction=extraction,
                    size=len(outcome.body),
                )
            with self._memo_guard:
                self._memo[key] = fetched
                self._memo.move_to_end(key)
                while len(self._memo) > _MEMO_SIZE:
                    self._memo.popitem(last=False)
                self._memo_locks.pop(key, None)
            return fetched

    def _fast_extractor(self) -> Extractor:
        with self._memo_guard:
            if self._fast is None:
                limits = replace(self.config.extract, ocr=False)
                self._fast = Extractor(limits, self.config.cache_dir)
            return self._fast

    def _judge(
        self, url: str, fetched: _Fetched, criterion: Criterion, org: str | None
    ) -> LinkResult:
        if fetched.terminal is not None:
            return replace(fetched.terminal, flags=list(fetched.terminal.flags))
        document, extraction = fetched.document, fetched.extraction
        assert document is not None and extraction is not None
        return assess_extraction(
            url,
            document,
            extraction,
            criterion,
            ClassifyContext(year=self.config.year, org=org),
            size=fetched.size,
        )


def assess_extraction(
    url: str,
    document: Document,
    extraction: Extraction,
    criterion: Criterion,
    ctx: ClassifyContext,
    *,
    size: int | None = None,
) -> LinkResult:
    """The document half of a link check: extracted text -> classification -> LinkResult."""
    base = LinkResult(
        url=url,
        verdict=Verdict.OK,
        message="",
        final_url=document.final_url,
        status=document.status,
        file_kind=document.kind,
        content_type=document.content_type,
        size=size if size is not None else len(document.body),
        sha256=document.sha256,
        redirects=list(document.redirects),
        flags=sorted(set(document.flags) | set(extraction.flags)),
    )
    if "needs_ocr" in extraction.flags and not extraction.ok:
        base.verdict = Verdict.UNREADABLE
        base.message = "Скан без текстового слоя: ожидает распознавания (OCR)."
        return base
    if not extraction.ok:
        base.verdict = Verdict.UNREADABLE
        reason = extraction.error or "текст не извлечён"
        base.message = f"Документ не читается: {reason}"
        return base
    if not criterion.document and not criterion.kinds:
        base.message = "Документ открывается и читается."
        base.details = {"pages": extraction.pages}
        return base
    decision = classify(extraction.text, criterion, ctx)
    base.verdict = decision.verdict
    base.message = decision.message
    base.doc_kind = decision.doc_kind
    base.doc_date = decision.doc_date
    base.doc_number = decision.doc_number
    base.evidence = decision.evidence
    base.confidence = decision.confidence
    base.flags = sorted(set(base.flags) | set(decision.flags))
    base.details = {
        **decision.details,
        "pages": extraction.pages,
        "ocr_pages": extraction.ocr_pages,
    }
    return base


def assess_document(
    data: bytes,
    kind: FileKind,
    criterion: Criterion,
    *,
    year: int,
    extractor: Extractor,
    org: str | None = None,
    url: str = "",
) -> LinkResult:
    """Bytes already in hand (evaluation corpus, uploads): extract and classify."""
    import hashlib

    extraction = extractor.extract(data, kind)
    document = Document(
        url=url,
        final_url=url,
        status=200,
        body=data,
        kind=kind,
        content_type=None,
        filename=None,
        redirects=[],
        truncated=False,
        flags=[],
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return assess_extraction(
        url, document, extraction, criterion, ClassifyContext(year=year, org=org)
    )


# --- rows with several links ---------------------------------------------------------------
def aggregate(
    item: BatchItem, criterion: Criterion, links: list[LinkResult], *, claimed: bool = True
) -> ItemResult:
    """One verdict for a row from its links.

    A counted criterion (2.1: "3 agreements") needs every link valid and at least the
    declared number of valid documents; otherwise one valid document proves the row and the
    failures of the others are flagged.
    """
    ok_links = [link for link in links if link.verdict is Verdict.OK]
    worst = min(links, key=lambda link: link.verdict.severity)
    flags: set[str] = set()
    for link in links:
        flags.update(f for f in link.flags if f in _ROW_FLAGS)
    if criterion.counted or not ok_links:
        primary = worst
    else:
        primary = ok_links[0]
        if len(ok_links) < len(links):
            flags.add("some_links_invalid")
    message = primary.message
    if len(links) > 1:
        position = links.index(primary) + 1
        message = (
            f"Ссылок: {len(links)}, подтверждают: {len(ok_links)}. "
            f"Ссылка {position}: {primary.message}"
        )
    declared = _declared_count(item.value)
    if criterion.counted and declared is not None and len(ok_links) < declared:
        flags.add("count_mismatch")
        if primary.verdict is Verdict.OK or len(links) < declared:
            message = (
                f"Заявлено документов: {declared}, подтверждено действующими документами: "
                f"{len(ok_links)}. " + message
            )
    if not claimed:
        flags.add("value_zero_with_link")
    verdict = primary.verdict
    return _item_result(
        item,
        criterion,
        verdict,
        message,
        flags=sorted(flags | set(primary.flags)),
        links=links,
        primary=primary,
    )


# Link flags that matter at row level even when they come from a non-primary link.
_ROW_FLAGS = {"needs_review", "bot_protection", "bytes_capped", "pages_capped", "needs_ocr"}


def _declared_count(value: str) -> int | None:
    text = value.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number >= 0 and number.is_integer() else None


def _item_result(
    item: BatchItem,
    criterion: Criterion,
    verdict: Verdict,
    message: str,
    *,
    flags: list[str],
    links: list[LinkResult],
    primary: LinkResult | None = None,
) -> ItemResult:
    return ItemResult(
        row=item.row,
        org=item.org,
        org_id=item.org_id,
        criterion=item.criterion,
        criterion_title=criterion.title,
        value=item.value,
        note=item.note,
        url=item.url,
        final_url=primary.final_url if primary else None,
        verdict=verdict,
        flags=flags,
        doc_kind=primary.doc_kind if primary else None,
        doc_date=primary.doc_date if primary else None,
        doc_number=primary.doc_number if primary else None,
        message=message,
        evidence=primary.evidence if primary else None,
        confidence=primary.confidence if primary else None,
        links=links,
    )


def failed_result(item: BatchItem, message: str, catalogue: Catalogue | None = None) -> ItemResult:
    """The row's result when its check could not finish (a bug, a worker that kept dying)."""
    catalogue = catalogue or load_catalogue()
    criterion = catalogue.get(item.criterion) or Criterion(item.criterion, item.criterion)
    return _item_result(
        item,
        criterion,
        Verdict.UNREADABLE,
        message,
        flags=["internal_error", "needs_review"],
        links=[],
    )


# --- a whole batch in-process ------------------------------------------------------------------
def check_batch(
    items: Sequence[BatchItem],
    checker: Checker,
    *,
    concurrency: int = 8,
    on_result: Callable[[ItemResult], None] | None = None,
    done: dict[int, ItemResult] | None = None,
) -> list[ItemResult]:
    """Check every row with a thread pool; results in input order.

    ``done`` holds rows already checked (a resumed run): they are not checked again.
    ``on_result`` is called from worker threads as each row completes.
    """
    results: dict[int, ItemResult] = dict(done or {})
    todo = [item for item in items if item.row not in results]

    def run(item: BatchItem) -> ItemResult:
        try:
            result = checker.check_item(item)
        except Exception as exc:  # a bug must not cost the batch: the row says what happened
            result = failed_result(
                item,
                f"Внутренняя ошибка проверки: {type(exc).__name__}: {exc}",
                checker.catalogue,
            )
        if on_result is not None:
            on_result(result)
        return result

    with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="check") as pool:
        for result in pool.map(run, todo):
            results[result.row] = result
    return [results[item.row] for item in items]
