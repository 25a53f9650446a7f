"""``LinkChecker``: one object the pipeline calls per link.

``check(url, query)`` returns either a ``Document`` (a body to hand to extraction) or a
terminal ``LinkResult`` with one of the verdicts decided from the HTTP exchange: ``blocked``,
``unreachable``, ``http_error``, ``soft_404``, ``web_page``. Order of decisions for a fetched
body: HTTP status → bot wall → sniffed kind; a page is then checked for not-found phrases,
against the host's probed not-found page, for being a viewer/card of a single file (followed),
and finally reported as ``web_page`` with the document links it carries.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import unquote, urlsplit

import httpcore
import httpx

from evidence.errors import BlockedError, FetchError
from evidence.fetch import messages
from evidence.fetch.botwall import detect_bot_wall
from evidence.fetch.client import Fetched, Fetcher, deadline_scope
from evidence.fetch.config import FetchConfig
from evidence.fetch.guard import extend_deadline, set_deadline
from evidence.fetch.hostlimit import HostLimiter
from evidence.fetch.html import Link, Page, parse_page
from evidence.fetch.soft404 import NotFoundProbe, matches_probe, phrase_match
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
from evidence.sniff import filename_from_disposition, kind_from_headers, sniff

log = logging.getLogger(__name__)

MAX_VIEWER_DEPTH = 2
PROBE_TIMEOUT = 15.0


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

    def __post_init__(self) -> None:
        self.size = len(self.body)


class LinkChecker:
    """Fetches one link and decides what it leads to. Thread-safe; also a context manager."""

    def __init__(self, config: FetchConfig, limiter: HostLimiter | None = None) -> None:
        self.config = config
        self.fetcher = Fetcher(config, limiter)
        self._ctx = Context(self.fetcher, config)
        self._lock = threading.Lock()
        self._probe_locks: dict[str, threading.Lock] = {}
        self._probes: dict[str, NotFoundProbe] = {}

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
        """Fetch ``url`` and return a Document to extract or a terminal LinkResult."""
        started = time.monotonic()
        result: Document | LinkResult
        try:
            with deadline_scope(self.config.total_timeout):
                result = self._check(url, query, depth=0, flags=[])
        except BlockedError as exc:
            result = LinkResult(
                url,
                Verdict.BLOCKED,
                exc.message_ru,
                final_url=exc.final_url,
                redirects=list(getattr(exc, "redirects", [])),
            )
        except FetchError as exc:
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
        result.elapsed_ms = int((time.monotonic() - started) * 1000)
        return result

    # ---- steps ---------------------------------------------------------------------
    def _check(self, url: str, query: str, depth: int, flags: list[str]) -> Document | LinkResult:
        self.fetcher.guard.check_url(url)
        resolution = resolve_share(url, self._ctx) if depth <= MAX_VIEWER_DEPTH else None
        if resolution is not None:
            return self._follow(url, query, resolution, depth, flags, redirects=[])
        fetched = self.fetcher.fetch(url)
        return self._evaluate(url, fetched, query, depth, flags)

    def _follow(
        self,
        url: str,
        query: str,
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
            return LinkResult(
                url,
                Verdict.WEB_PAGE,
                res.message or messages.WEB_PAGE,
                final_url=url,
                redirects=redirects,
                flags=flags,
                candidates=score_candidates(res.candidates, query),
            )
        result = self._check(res.file_url, query, depth + 1, flags)
        result.url = url
        result.redirects = [*redirects, res.file_url, *result.redirects]
        return result

    def _evaluate(
        self, url: str, fetched: Fetched, query: str, depth: int, flags: list[str]
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

        if kind is FileKind.HTML:
            return self._page(url, fetched, query, depth, flags)

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
        )

    def _page(
        self,
        url: str,
        fetched: Fetched,
        query: str,
        depth: int,
        flags: list[str],
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
                outcome = self._evaluate(
                    url, again, query, depth + 1, [*flags, "confirmed_download"]
                )
                outcome.redirects = [*redirects, *outcome.redirects]
                return outcome
        if viewer and fetched_is_login(fetched):
            return result(Verdict.HTTP_ERROR, messages.LOGIN_WALL)

        if page.refresh and page.refresh != fetched.final_url and depth <= MAX_VIEWER_DEPTH:
            # An old-style redirect page (<meta http-equiv="refresh">): follow it like a hop.
            outcome = self._check(page.refresh, query, depth + 1, [*flags, "meta_refresh"])
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
                return self._follow(
                    url, query, framed, depth, flags, redirects=list(fetched.redirects)
                )

        page_result = result(Verdict.WEB_PAGE, messages.WEB_PAGE)
        page_result.candidates = score_candidates(_page_links(page), query)
        return page_result

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
