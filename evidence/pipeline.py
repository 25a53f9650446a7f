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
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from classifiers import ClassifyContext, classify
from classifiers.sufficiency import needs_more_text
from config.settings import Settings
from evidence import timing
from evidence.criteria import Catalogue, Criterion, load_catalogue
from evidence.extract import ExtractLimits, Extractor
from evidence.extract.base import log as extract_log
from evidence.extract.limits import FULL, TOP
from evidence.fetch import Document, FetchConfig, HostLimiter, LinkChecker
from evidence.fetch.hostlimit import url_key
from evidence.fetch.linkcheck import rank
from evidence.fetch.validators import Known, ValidatorStore
from evidence.links import parse_link, split_links
from evidence.models import (
    BatchItem,
    Decision,
    Extraction,
    FileKind,
    ItemResult,
    LinkResult,
    Verdict,
)
from evidence.schedule import run_by_key

if TYPE_CHECKING:
    from evidence.store.blobs import BlobStore

# Values meaning "the organisation claims nothing here" (no document expected).
_NO_CLAIM = {"0", "0.0", "0,0", "нет", "no", "-", "—", "–"}
# URLs remembered per run (terminal verdicts and extracted text, never bodies).
_MEMO_SIZE = 4096
# Classifier decisions remembered per run, by (document sha, criterion, organisation).
_DECISIONS_SIZE = 16384
# Bodies of scans read in part (staged OCR) kept per run for rows that need the rest.
_PARTIAL_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class CheckConfig:
    """Everything a check needs, frozen and JSON-able (a Celery task carries it)."""

    year: int
    fetch: FetchConfig = field(default_factory=FetchConfig)
    extract: ExtractLimits = field(default_factory=ExtractLimits)
    cache_dir: Path | None = None
    documents_dir: Path | None = None  # keep every fetched document here (evidence.store.blobs)

    @classmethod
    def from_settings(cls, settings: Settings, year: int) -> CheckConfig:
        return cls(
            year=year,
            fetch=FetchConfig.from_settings(settings),
            extract=ExtractLimits.from_settings(settings),
            cache_dir=settings.cache_dir,
            documents_dir=settings.data_dir / "documents" if settings.keep_documents else None,
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
            "documents_dir": str(self.documents_dir) if self.documents_dir else None,
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
            documents_dir=Path(data["documents_dir"]) if data.get("documents_dir") else None,
        )


@dataclass
class _Fetched:
    """What one URL gave, shared by every row that links it within a run."""

    terminal: LinkResult | None = None
    document: Document | None = None
    extraction: Extraction | None = None
    size: int | None = None
    # Serialises stage 2 of staged OCR (the rest of a scan read in part) among the rows.
    rest_lock: threading.Lock = field(default_factory=threading.Lock)


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
        self.blobs: BlobStore | None = None
        if config.documents_dir:  # imported here: the store pulls in SQLAlchemy and Alembic
            from evidence.store.blobs import BlobStore

            self.blobs = BlobStore(config.documents_dir, config.fetch.max_document_bytes)
        self._memo: OrderedDict[tuple[str, bool], _Fetched] = OrderedDict()
        self._memo_locks: dict[tuple[str, bool], threading.Lock] = {}
        self._memo_guard = threading.Lock()
        self._decisions: OrderedDict[tuple[str, str, ClassifyContext], Decision] = OrderedDict()
        self._fast: Extractor | None = None  # OCR-free extractor for the fast queue, on demand
        # Bodies of scans read in part (staged OCR), by URL, within a byte budget: a row whose
        # decision needs the rest reads it from here (or fetches the document again).
        self._partial: OrderedDict[str, bytes] = OrderedDict()
        self._partial_bytes = 0
        # Conditional requests on a re-run need somewhere to keep the validators: the cache.
        self.validators = ValidatorStore(config.cache_dir) if config.cache_dir else None

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
        fetched = self._fetch_and_extract(parsed.url, ocr=ocr)
        result = self._judge(parsed.url, fetched, criterion, org)
        result.url = raw
        result.flags = sorted(set(result.flags) | set(parsed.flags))
        result.elapsed_ms = int((time.monotonic() - started) * 1000)
        return result

    def _fetch_and_extract(self, url: str, *, ocr: bool) -> _Fetched:
        # The same URL linked by many rows (a regional order, a school's single справка, one
        # link under several criteria) is fetched and extracted once per run; the per-key lock
        # stops concurrent duplicates. The key holds no criterion: fetch says what the link
        # is, ``_judge`` weighs it against the criterion. With OCR off for the run, a row's own
        # ``ocr`` wish changes nothing, so it must not split the key (one fetch, not two).
        ocr = ocr and self.config.extract.ocr
        key = (url, ocr)
        with self._memo_guard:
            if key in self._memo:
                return self._memo[key]
            lock = self._memo_locks.setdefault(key, threading.Lock())
        with lock:
            if key in self._memo:
                return self._memo[key]
            known = self.validators.get(url) if self.validators is not None else None
            with timing.stage("fetch"):
                outcome = self.links.inspect(url, known)
            extraction = None
            if isinstance(outcome, Document) and outcome.not_modified:
                extraction = self._cached_extraction(outcome, ocr=ocr)
                if extraction is None:  # the cache lost it: fetch the document in full
                    with timing.stage("fetch"):
                        outcome = self.links.inspect(url)
            if isinstance(outcome, LinkResult):
                fetched = _Fetched(terminal=outcome)
            elif extraction is not None:  # 304 Not Modified: last run's document, as it was
                fetched = _Fetched(document=outcome, extraction=extraction, size=outcome.size)
            else:
                # Every document goes through the OCR-free pool first; only what it flags
                # ``needs_ocr`` (scans: the only thing OCR changes) goes on to the OCR pool,
                # so text documents never queue behind scans being read.
                extraction = _timed_extract(self._fast_extractor(), outcome.body, outcome.kind)
                limits = self.config.extract
                if ocr and limits.ocr and "needs_ocr" in extraction.flags:
                    # Staged OCR: the top of the first page first (``_judge`` reads the rest
                    # when a row's decision needs it).
                    region = TOP if limits.ocr_staged else FULL
                    extraction = _timed_extract(
                        self.extractor, outcome.body, outcome.kind, region=region
                    )
                if self.validators is not None and (outcome.etag or outcome.last_modified):
                    self.validators.put(
                        Known(url, outcome.etag, outcome.last_modified, outcome.record())
                    )
                if self.blobs is not None:  # the stored copy reviewers download
                    self.blobs.put(
                        outcome.body,
                        content_type=outcome.content_type,
                        filename=outcome.filename,
                        final_url=outcome.final_url,
                    )
                # Bodies are not kept in memory: only what classification and reports need.
                fetched = _Fetched(
                    document=replace(outcome, body=b""),
                    extraction=extraction,
                    size=len(outcome.body),
                )
                if "ocr_top" in extraction.flags:
                    self._keep_partial(url, outcome.body)
            with self._memo_guard:
                self._memo[key] = fetched
                self._memo.move_to_end(key)
                while len(self._memo) > _MEMO_SIZE:
                    self._memo.popitem(last=False)
                self._memo_locks.pop(key, None)
            return fetched

    def _cached_extraction(self, document: Document, *, ocr: bool) -> Extraction | None:
        """Last run's extraction of an unchanged document (same limits), from the cache."""
        fast = self._fast_extractor().cache
        extraction = fast.get(document.sha256, document.kind) if fast is not None else None
        scan = extraction is not None and "needs_ocr" in extraction.flags
        if scan and ocr and self.config.extract.ocr:
            full = self.extractor.cache
            extraction = full.get(document.sha256, document.kind) if full else None
        return extraction

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
            ranked = rank(fetched.terminal, criterion.query)
            assert isinstance(ranked, LinkResult)
            return replace(ranked, flags=list(ranked.flags))
        document, extraction = fetched.document, fetched.extraction
        assert document is not None and extraction is not None
        ctx = ClassifyContext(year=self.config.year, org=org)
        if "ocr_top" in extraction.flags:
            decide = self._decide_top
            top = assess_extraction(
                url, document, extraction, criterion, ctx, size=fetched.size, decide=decide
            )
            if _top_is_enough(top, criterion, url):
                return top
            extraction = self._read_rest(url, fetched, document.kind)
        return assess_extraction(
            url, document, extraction, criterion, ctx, size=fetched.size, decide=self._decide
        )

    def _keep_partial(self, url: str, body: bytes) -> None:
        with self._memo_guard:
            self._partial[url] = body
            self._partial_bytes += len(body)
            while self._partial_bytes > _PARTIAL_BYTES and len(self._partial) > 1:
                self._partial_bytes -= len(self._partial.popitem(last=False)[1])

    def _read_rest(self, url: str, fetched: _Fetched, kind: FileKind) -> Extraction:
        """Stage 2 of staged OCR: the whole scan (pages up to ``ocr_pages``), once per URL."""
        with fetched.rest_lock:
            assert fetched.extraction is not None
            if "ocr_top" not in fetched.extraction.flags:  # another row has read the rest
                return fetched.extraction
            with self._memo_guard:
                body = self._partial.pop(url, None)
                self._partial_bytes -= len(body) if body is not None else 0
            if body is None:  # dropped to stay within the budget: fetch the document again
                with timing.stage("fetch"):
                    outcome = self.links.inspect(url)
                if not isinstance(outcome, Document):
                    extract_log.warning("%s: the rest of the scan is unavailable", url)
                    return fetched.extraction  # stage 1's text is all there is
                body = outcome.body
            fetched.extraction = _timed_extract(self.extractor, body, kind)
            return fetched.extraction

    def _decide_top(
        self, text: str, sha: str | None, criterion: Criterion, ctx: ClassifyContext
    ) -> Decision:
        """``_decide`` on stage 1's text (the top of a scan): remembered apart from the whole."""
        return self._decide(text, f"{sha}:top" if sha else None, criterion, ctx)

    def _decide(
        self, text: str, sha: str | None, criterion: Criterion, ctx: ClassifyContext
    ) -> Decision:
        # One document under one criterion for one organisation is classified once per run
        # (the year is the Checker's); a regional order linked by hundreds of schools is
        # still judged per school, since the organisation takes part in the decision.
        if sha is None:
            return classify(text, criterion, ctx)
        key = (sha, criterion.code, ctx)  # ctx: frozen (year, organisation)
        with self._memo_guard:
            cached = self._decisions.get(key)
        if cached is not None:
            return cached
        decision = classify(text, criterion, ctx)
        with self._memo_guard:
            self._decisions[key] = decision
            while len(self._decisions) > _DECISIONS_SIZE:
                self._decisions.popitem(last=False)
        return decision


def assess_extraction(
    url: str,
    document: Document,
    extraction: Extraction,
    criterion: Criterion,
    ctx: ClassifyContext,
    *,
    size: int | None = None,
    decide: Callable[[str, str | None, Criterion, ClassifyContext], Decision] | None = None,
) -> LinkResult:
    """The document half of a link check: extracted text -> classification -> LinkResult.

    ``decide`` replaces the plain ``classify`` call (the Checker's per-run memo).
    """
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
    with timing.stage("classify"):
        if decide is not None:
            decision = decide(extraction.text, document.sha256, criterion, ctx)
        else:
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


def _timed_extract(
    extractor: Extractor, body: bytes, kind: FileKind, *, region: str = FULL
) -> Extraction:
    """``extractor.extract`` as stage ``extract:<kind>`` (and ``ocr`` per page when it read scans)."""
    if not timing.enabled():
        return extractor.extract(body, kind, region=region)
    cpu, wall = time.thread_time(), time.perf_counter()
    extraction = extractor.extract(body, kind, region=region)
    cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
    # The extraction runs in a worker process: its wall time is the cost (CPU is not ours).
    name = "ocr" if extraction.ocr_pages else f"extract:{kind.value}"
    timing.add(name, cpu, wall, units=extraction.ocr_pages or (extraction.pages or 0))
    return extraction


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
    ctx = ClassifyContext(year=year, org=org)
    if extractor.limits.ocr and extractor.limits.ocr_staged:
        extraction = extractor.extract(data, kind, region=TOP)
        if "ocr_top" not in extraction.flags:  # nothing was left unread: it is the whole text
            return assess_extraction(url, document, extraction, criterion, ctx)
        top = assess_extraction(url, document, extraction, criterion, ctx)
        if _top_is_enough(top, criterion, url):
            return top
    extraction = extractor.extract(data, kind)
    return assess_extraction(url, document, extraction, criterion, ctx)


def _top_is_enough(top: LinkResult, criterion: Criterion, url: str) -> bool:
    """Whether stage 1 of staged OCR decided the link (logged when the rest must be read)."""
    why = needs_more_text(top, criterion)
    if why is not None:
        extract_log.info("%s: OCR of the whole scan, because %s", url or top.sha256, why)
    return why is None


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
        org_type=item.org_type,
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
    ocr: bool = True,
) -> list[ItemResult]:
    """Check every row with a thread pool; results in input order.

    ``done`` holds rows already checked (a resumed run): they are not checked again.
    ``on_result`` is called from worker threads as each row completes. Rows wait for their
    host in a queue, not in a thread (``evidence.schedule``): a dead host cannot take the
    pool. ``ocr=False`` is the workers' fast pass (scans come back flagged ``needs_ocr``).
    """
    results: dict[int, ItemResult] = dict(done or {})
    todo = [item for item in items if item.row not in results]

    def run(item: BatchItem) -> ItemResult:
        try:
            result = checker.check_item(item, ocr=ocr)
        except Exception as exc:  # a bug must not cost the batch: the row says what happened
            result = failed_result(
                item,
                f"Внутренняя ошибка проверки: {type(exc).__name__}: {exc}",
                checker.catalogue,
            )
        if on_result is not None:
            on_result(result)
        return result

    for result in run_by_key(
        todo,
        run,
        key=row_host,
        per_key=checker.config.fetch.per_host_concurrency,
        concurrency=concurrency,
    ):
        results[result.row] = result
    return [results[item.row] for item in items]


def row_host(item: BatchItem) -> str | None:
    """The politeness key of the row's first link (``None``: nothing to fetch)."""
    for raw in split_links(item.url):
        url = parse_link(raw).url
        if url is not None:
            return url_key(url)
    return None
