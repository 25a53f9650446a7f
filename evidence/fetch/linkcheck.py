"""``LinkChecker``: one object the pipeline calls per link.

``inspect(url)`` returns either a ``Document`` (a body to hand to extraction) or a
terminal ``LinkResult`` with one of the verdicts decided from the HTTP exchange: ``blocked``,
``unreachable``, ``http_error``, ``soft_404``, ``web_page``. Order of decisions for a fetched
body: HTTP status → bot wall → sniffed kind; a page is then checked for not-found phrases,
against the host's probed not-found page, for being a viewer/card of a single file (followed),
and finally reported as ``web_page`` with the document links it carries — unless the name or
Content-Type claimed a document (PDF, Word, Excel): an error page or text saved under such a
name is a broken upload, ``unreadable`` (issue 12). The fetch knows
nothing of criteria: ``rank(outcome, query)`` scores a page's links for one criterion, so a
URL linked under several criteria is fetched once; ``check(url, query)`` does both.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field, fields
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urlsplit

import httpcore
import httpx

from evidence import timing
from evidence.errors import BlockedError, FetchError
from evidence.fetch import messages
from evidence.fetch.botwall import detect_bot_wall
from evidence.fetch.client import Fetched, Fetcher, deadline_scope
from evidence.fetch.config import FetchConfig
from evidence.fetch.guard import extend_deadline, set_deadline
from evidence.fetch.hostlimit import HostHealth, HostLimiter, url_key
from evidence.fetch.html import Link, Page, parse_page
from evidence.fetch.soft404 import NotFoundProbe, matches_probe, phrase_match
from evidence.fetch.validators import Known
from evidence.fetch.viewers import (
    Context,
    Resolution,
    fetched_is_login,
    google_drive_confirmation,
    resolve_page,
    resolve_share,
)
from evidence.models import FileKind, LinkResult, Verdict
from evidence.pages import document_links, score_candidates
from evidence.sniff import (
    claimed_document,
    filename_from_disposition,
    is_office_html,
    is_plain_text,
    kind_from_headers,
    sniff,
)

log = logging.getLogger(__name__)

MAX_VIEWER_DEPTH = 2
PROBE_TIMEOUT = 15.0
# Links in a row on one host that timed out before a probe decides whether to give it up.
GIVE_UP_AFTER = 2


@dataclass
class Document:
    """A body to hand to extraction."""

    url: str
    final_url: str
    status: int
    body: bytes
    kind: FileKind
    content_type: str | None
    filename: str | None
    redirects: list[str]
    truncated: bool
    flags: list[str]
    sha256: str
    elapsed_ms: int = 0
    size: int = field(init=False)
    etag: str | None = None  # the server's validators, for a conditional request next run
    last_modified: str | None = None
    not_modified: bool = False  # a 304 answer: ``body`` is empty, the rest is from last run

    def __post_init__(self) -> None:
        self.size = len(self.body)

    def record(self) -> dict[str, Any]:
        """Everything but the body, JSON-able (kept with the validators for the next run)."""
        return {
            "final_url": self.final_url,
            "status": self.status,
            "kind": self.kind.value,
            "content_type": self.content_type,
            "filename": self.filename,
            "redirects": list(self.redirects),
            "truncated": self.truncated,
            "flags": list(self.flags),
            "sha256": self.sha256,
            "size": self.size,
        }

    @classmethod
    def unchanged(cls, url: str, known: Known) -> Document:
        """The document a ``304 Not Modified`` stands for (no body: its extraction is cached)."""
        rec = known.document
        doc = cls(
            url=url,
            final_url=rec["final_url"],
            status=int(rec["status"]),
            body=b"",
            kind=FileKind(rec["kind"]),
            content_type=rec.get("content_type"),
            filename=rec.get("filename"),
            redirects=list(rec.get("redirects") or []),
            truncated=bool(rec.get("truncated")),
            flags=list(rec.get("flags") or []),
            sha256=rec["sha256"],
            etag=known.etag,
            last_modified=known.last_modified,
            not_modified=True,
        )
        doc.size = int(rec.get("size") or 0)
        return doc


@dataclass
class PageResult(LinkResult):
    """A ``web_page`` outcome with the page's links, before ranking for a criterion."""

    page_links: list[Link] = field(default_factory=list, repr=False)


def rank(outcome: Document | LinkResult, query: str) -> Document | LinkResult:
    """A plain result for one criterion: a page's document links scored against ``query``."""
    if not isinstance(outcome, PageResult):
        return outcome
    plain = LinkResult(**{f.name: getattr(outcome, f.name) for f in fields(LinkResult)})
    plain.flags = list(outcome.flags)
    plain.redirects = list(outcome.redirects)
    plain.details = dict(outcome.details)
    plain.candidates = score_candidates(outcome.page_links, query)
    return plain


class LinkChecker:
    """Fetches one link and decides what it leads to. Thread-safe; also a context manager."""

    def __init__(self, config: FetchConfig, limiter: HostLimiter | None = None) -> None:
        self.config = config
        self.fetcher = Fetcher(config, limiter)
        self._ctx = Context(self.fetcher, config)
        self._lock = threading.Lock()
        self._probe_locks: dict[str, threading.Lock] = {}
        self._probes: dict[str, NotFoundProbe] = {}
        self.health = HostHealth(limit=GIVE_UP_AFTER)

    # ---- lifecycle -----------------------------------------------------------------
    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> LinkChecker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ---- the call ------------------------------------------------------------------
    def check(self, url: str, query: str = "") -> Document | LinkResult:
        """Fetch ``url`` and return a Document to extract or a terminal LinkResult.

        A web page's document links are ranked against ``query`` (the criterion).
        """
        return rank(self.inspect(url), query)

    def inspect(self, url: str, known: Known | None = None) -> Document | LinkResult:
        """What the link *is*, independent of any criterion (the pipeline memoises this).

        A web page comes back as a ``PageResult`` carrying its document links unranked;
        ``rank`` scores them for a criterion. ``known``: the document this URL gave last run;
        the request is then conditional, and ``304 Not Modified`` gives that document back
        without a body (``Document.not_modified``).
        """
        started = time.monotonic()
        host = url_key(url)
        given_up = self.health.given_up(host)
        if given_up is not None:
            return LinkResult(url, Verdict.UNREACHABLE, given_up, final_url=url)
        result: Document | LinkResult
        timed_out = False
        try:
            with deadline_scope(self.config.total_timeout):
                result = self._check(
                    url, depth=0, flags=[], headers=known.headers() if known else None
                )
        except BlockedError as exc:
            result = LinkResult(
                url,
                Verdict.BLOCKED,
                exc.message_ru,
                final_url=exc.final_url,
                redirects=list(getattr(exc, "redirects", [])),
            )
        except FetchError as exc:
            timed_out = _timed_out(exc)
            result = LinkResult(
                url,
                Verdict.UNREACHABLE,
                exc.message_ru,
                final_url=exc.final_url,
                redirects=list(getattr(exc, "redirects", [])),
            )
        except (httpx.HTTPError, httpcore.NetworkError, OSError, ssl.SSLError) as exc:
            log.warning("unexpected network error for %s: %r", url, exc)
            result = LinkResult(
                url, Verdict.UNREACHABLE, f"Не удалось получить документ ({type(exc).__name__})"
            )
        if known is not None and isinstance(result, LinkResult) and result.status == 304:
            result = Document.unchanged(url, known)
        if not timed_out:
            if result.status is not None or isinstance(result, Document):
                self.health.answered(host)
        elif self.health.timed_out(host):
            self.health.probed(host, self._probe_alive(url, host))
        result.elapsed_ms = int((time.monotonic() - started) * 1000)
        return result

    def _probe_alive(self, url: str, host: str) -> str | None:
        """One short request to the site's root; the reason to give the host up, or None."""
        parts = urlsplit(url)
        previous = set_deadline(None)
        try:
            budget = min(PROBE_TIMEOUT, self.config.connect_timeout + self.config.read_timeout)
            with deadline_scope(budget):
                self.fetcher.fetch(f"{parts.scheme}://{parts.netloc}/", retries=0)
        except (FetchError, httpx.HTTPError, httpcore.NetworkError, OSError) as exc:
            log.warning("giving up host %s after repeated timeouts: %s", host, exc)
            return messages.HOST_GIVEN_UP.format(host=parts.hostname, count=GIVE_UP_AFTER)
        finally:
            set_deadline(previous)
        return None

    # ---- steps ---------------------------------------------------------------------
    def _check(
        self, url: str, depth: int, flags: list[str], headers: dict[str, str] | None = None
    ) -> Document | LinkResult:
        try:
            self.fetcher.guard.check_url(url)
        except BlockedError as exc:
            if depth > 0:  # reached through a meta-refresh or a frame: say where it led
                exc.final_url = exc.final_url or url
            raise
        resolution = resolve_share(url, self._ctx) if depth <= MAX_VIEWER_DEPTH else None
        if resolution is not None:
            return self._follow(url, resolution, depth, flags, redirects=[])
        fetched = self.fetcher.fetch(url, headers=headers)
        return self._evaluate(url, fetched, depth, flags)

    def _follow(
        self,
        url: str,
        res: Resolution,
        depth: int,
        flags: list[str],
        redirects: list[str],
    ) -> Document | LinkResult:
        flags = [*flags, f"resolved_viewer:{res.service}"]
        if res.status is not None:
            return LinkResult(
                url,
                Verdict.HTTP_ERROR,
                res.message or messages.http_error(res.status),
                status=res.status,
                redirects=redirects,
                flags=flags,
            )
        if res.file_url is None:
            return PageResult(
                url,
                Verdict.WEB_PAGE,
                res.message or messages.WEB_PAGE,
                final_url=url,
                redirects=redirects,
                flags=flags,
                page_links=list(res.candidates),
            )
        result = self._check(res.file_url, depth + 1, flags)
        result.url = url
        result.redirects = [*redirects, res.file_url, *result.redirects]
        return result

    def _evaluate(
        self, url: str, fetched: Fetched, depth: int, flags: list[str]
    ) -> Document | LinkResult:
        flags = list(flags)
        status = fetched.status
        ct = fetched.content_type

        def result(verdict: Verdict, message: str) -> LinkResult:
            return _link_result(url, fetched, flags, verdict, message)

        if status >= 300 or status < 200:
            wall = detect_bot_wall(status, fetched.headers, fetched.body)
            if wall:
                flags += ["needs_review", "bot_protection"]
                return result(Verdict.UNREACHABLE, messages.BOT_WALL.format(service=wall))
            if any(f.startswith("resolved_viewer:") for f in flags) and fetched_is_login(fetched):
                return result(Verdict.HTTP_ERROR, messages.LOGIN_WALL)
            return result(Verdict.HTTP_ERROR, messages.http_error(status))

        with timing.stage("sniff"):
            kind = sniff(
                fetched.body,
                content_type=ct,
                content_disposition=fetched.content_disposition,
                url=fetched.final_url,
            )
        claimed = kind_from_headers(ct)
        if claimed is not None and claimed is not kind and kind is not FileKind.TEXT:
            flags.append("lying_content_type")
        if fetched.truncated:
            flags.append("bytes_capped")

        claimed_doc = claimed_document(
            content_type=ct, content_disposition=fetched.content_disposition, url=fetched.final_url
        )
        if kind is FileKind.HTML and not (claimed_doc and is_office_html(fetched.body)):
            return self._page(url, fetched, depth, flags, claimed_doc)
        if claimed_doc is not None and is_plain_text(fetched.body):
            return result(Verdict.UNREADABLE, messages.broken_upload(claimed_doc, html=False))

        filename = filename_from_disposition(fetched.content_disposition) or _url_name(
            fetched.final_url
        )
        return Document(
            url=url,
            final_url=fetched.final_url,
            status=status,
            body=fetched.body,
            kind=kind,
            content_type=ct,
            filename=filename,
            redirects=list(fetched.redirects),
            truncated=fetched.truncated,
            flags=flags,
            sha256=hashlib.sha256(fetched.body).hexdigest(),
            etag=fetched.headers.get("etag"),
            last_modified=fetched.headers.get("last-modified"),
        )

    def _page(
        self,
        url: str,
        fetched: Fetched,
        depth: int,
        flags: list[str],
        claimed_doc: FileKind | None = None,
    ) -> Document | LinkResult:
        wall = detect_bot_wall(fetched.status, fetched.headers, fetched.body)
        if wall:
            flags += ["needs_review", "bot_protection"]
            message = messages.BOT_WALL.format(service=wall)
            return _link_result(url, fetched, flags, Verdict.UNREACHABLE, message)
        page = parse_page(fetched.body, fetched.final_url, fetched.content_type)

        def result(verdict: Verdict, message: str) -> LinkResult:
            out = _link_result(url, fetched, flags, verdict, message)
            out.details["page_title"] = page.title[:300]
            return out

        viewer = next((f for f in flags if f.startswith("resolved_viewer:")), None)

        if viewer == "resolved_viewer:google_drive" and depth <= MAX_VIEWER_DEPTH + 1:
            confirmed = google_drive_confirmation(page, self.config)
            if confirmed and confirmed != fetched.final_url:
                again = self.fetcher.fetch(confirmed)
                redirects = [*fetched.redirects, confirmed]
                outcome = self._evaluate(url, again, depth + 1, [*flags, "confirmed_download"])
                outcome.redirects = [*redirects, *outcome.redirects]
                return outcome
        if viewer and fetched_is_login(fetched):
            return result(Verdict.HTTP_ERROR, messages.LOGIN_WALL)

        if page.refresh and page.refresh != fetched.final_url and depth <= MAX_VIEWER_DEPTH:
            # An old-style redirect page (<meta http-equiv="refresh">): follow it like a hop.
            outcome = self._check(page.refresh, depth + 1, [*flags, "meta_refresh"])
            outcome.url = url
            outcome.redirects = [*fetched.redirects, page.refresh, *outcome.redirects]
            return outcome

        phrase = phrase_match(page)
        if phrase:
            return result(Verdict.SOFT_404, messages.SOFT_404.format(phrase=phrase[:120]))

        if self.config.probe_soft_404:
            started = time.monotonic()
            probe = self._probe(fetched.final_url)
            extend_deadline(time.monotonic() - started)  # the probe has its own budget
            if matches_probe(page, url, fetched.final_url, bool(fetched.redirects), probe):
                if probe.redirected and fetched.redirects:
                    msg = messages.SOFT_404_REDIRECT.format(target=probe.final_url)
                else:
                    msg = messages.SOFT_404_PROBE
                flags.append("soft_404_probe")
                return result(Verdict.SOFT_404, msg)

        if depth <= MAX_VIEWER_DEPTH:
            framed = resolve_page(page)
            if framed is not None and framed.file_url and framed.file_url != fetched.final_url:
                return self._follow(url, framed, depth, flags, redirects=list(fetched.redirects))

        if claimed_doc is not None and not document_links(_page_links(page)):
            # A file that claims to be a document but holds an error page: a broken upload.
            return result(Verdict.UNREADABLE, messages.broken_upload(claimed_doc, html=True))
        page_result = _link_result(url, fetched, flags, Verdict.WEB_PAGE, messages.WEB_PAGE)
        page_result.details["page_title"] = page.title[:300]
        return PageResult(
            **{f.name: getattr(page_result, f.name) for f in fields(LinkResult)},
            page_links=_page_links(page),
        )

    # ---- the host's not-found page ---------------------------------------------------
    def _probe(self, url: str) -> NotFoundProbe:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            lock = self._probe_locks.setdefault(origin, threading.Lock())
        with lock:
            cached = self._probes.get(origin)
            if cached is not None:
                return cached
            probe = self._run_probe(origin)
            self._probes[origin] = probe
            return probe

    def _run_probe(self, origin: str) -> NotFoundProbe:
        probe_url = f"{origin}/{secrets.token_hex(8)}-{secrets.token_hex(4)}"
        previous = set_deadline(None)  # the probe has its own budget, not the link's
        try:
            with deadline_scope(min(PROBE_TIMEOUT, self.config.total_timeout)):
                fetched = self.fetcher.fetch(probe_url, retries=0)
        except (FetchError, httpx.HTTPError, OSError) as exc:
            log.info("soft-404 probe of %s failed: %s", origin, exc)
            return NotFoundProbe(None, None, False, None)
        finally:
            set_deadline(previous)
        page = None
        if (
            200 <= fetched.status < 300
            and sniff(fetched.body, content_type=fetched.content_type) is FileKind.HTML
        ):
            page = parse_page(fetched.body, fetched.final_url, fetched.content_type)
        return NotFoundProbe(fetched.status, fetched.final_url, bool(fetched.redirects), page)


def _link_result(
    url: str, fetched: Fetched, flags: list[str], verdict: Verdict, message: str
) -> LinkResult:
    is_page = verdict in (Verdict.WEB_PAGE, Verdict.SOFT_404)
    return LinkResult(
        url,
        verdict,
        message,
        final_url=fetched.final_url,
        status=fetched.status,
        file_kind=FileKind.HTML if is_page else None,
        content_type=fetched.content_type,
        size=len(fetched.body),
        redirects=list(fetched.redirects),
        flags=flags,
    )


def _timed_out(exc: BaseException) -> bool:
    """Did this fetch error come from a timeout (connect, read or the link's total budget)?"""
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            return False
        if isinstance(seen, httpx.TimeoutException | httpcore.TimeoutException | TimeoutError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _page_links(page: Page) -> list[Link]:
    """Links worth proposing: page content first; site chrome only when content has none."""
    frames = [Link(href=src, text="") for src in page.frames]
    content = [link for link in page.links if not link.boilerplate]
    if document_links([*content, *frames]):
        return [*content, *frames]
    return [*page.links, *frames]


def _url_name(url: str) -> str | None:
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    return name or None
