"""The one HTTP client factory and the hop-by-hop fetcher every request goes through.

``build_client`` makes the shared ``httpx.Client`` (timeouts, no automatic redirects, no
environment proxies, the guarded network backend). ``Fetcher.fetch`` follows redirects
manually — every hop re-vetted by the guard and recorded — retries transient failures with
exponential backoff and jitter, takes a per-host slot from the ``HostLimiter`` for each
request, and streams the body up to a size cap. Network trouble becomes ``BlockedError`` or
``UnreachableError`` (evidence.errors) with a Russian message; HTTP error statuses are
returned, not raised — the caller decides what they mean.
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import random
import re
import ssl
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpcore
import httpx

from evidence.errors import FetchError, UnreachableError
from evidence.fetch.config import FetchConfig
from evidence.fetch.guard import (
    Guard,
    GuardedBackend,
    canonical_ip_host,
    current_deadline,
    extend_deadline,
    set_deadline,
)
from evidence.fetch.hostlimit import HostLimiter, LocalHostLimiter, platform_key
from evidence.models import FileKind
from evidence.sniff import sniff

RETRY_STATUSES = frozenset({429, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ACCEPT = "text/html,application/xhtml+xml,application/pdf,application/msword,*/*;q=0.8"
_LOCATION = "evidence.location"  # where ``_take_location`` keeps a response's raw Location


class _GuardedTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` whose connection pool uses ``GuardedBackend``."""

    def __init__(self, guard: Guard, ssl_context: ssl.SSLContext, max_connections: int) -> None:
        super().__init__(verify=ssl_context, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=max_connections,
            max_keepalive_connections=max_connections // 2,
            keepalive_expiry=5.0,
            network_backend=GuardedBackend(guard),
        )


@functools.lru_cache(maxsize=8)
def _ssl_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """System CAs, certifi's and ``ca_bundle``; built once per bundle (loading is slow), shared."""
    ctx = ssl.create_default_context()
    with contextlib.suppress(ImportError):
        import certifi

        ctx.load_verify_locations(certifi.where())
    if ca_bundle:
        ctx.load_verify_locations(ca_bundle)
    return ctx


def _take_location(response: httpx.Response) -> None:
    """Move the raw ``Location`` header out of httpx's sight.

    httpx parses a redirect target even when it does not follow redirects, and raises on the
    forms browsers accept (``http:\\school.ru\\prikaz.pdf``, ``http://0177.0.0.1/``); the
    fetcher reads it itself with ``redirect_target``.
    """
    location = response.headers.get("location")
    if location is not None:
        response.extensions[_LOCATION] = location
        del response.headers["location"]


def redirect_target(base: str | httpx.URL, location: str) -> str:
    """The absolute URL a ``Location`` header leads to, read as browsers read it.

    Tabs and newlines are dropped, backslashes before the query are slashes (WHATWG URL
    parsing for http/https), and a legacy IPv4 host is written canonically so the guard vets
    the address it really means.
    """
    cleaned = re.sub(r"[\t\r\n]", "", location).strip()
    cut = min((i for i in (cleaned.find("?"), cleaned.find("#")) if i >= 0), default=len(cleaned))
    cleaned = cleaned[:cut].replace("\\", "/") + cleaned[cut:]
    return canonical_ip_host(urljoin(str(base), cleaned))


def build_client(config: FetchConfig, guard: Guard | None = None) -> httpx.Client:
    """The shared client: guard, timeouts, UA, Accept-Language ru, no automatic redirects."""
    guard = guard or Guard(
        allow_private=config.allow_private,
        extra_public_networks=config.extra_public_networks,
        resolver_overrides=config.resolver_overrides,
    )
    return httpx.Client(
        transport=_GuardedTransport(guard, _ssl_context(config.ca_bundle), max_connections=200),
        follow_redirects=False,
        trust_env=False,
        event_hooks={"response": [_take_location]},
        timeout=httpx.Timeout(
            connect=config.connect_timeout,
            read=config.read_timeout,
            write=config.read_timeout,
            pool=config.total_timeout,
        ),
        headers={
            "User-Agent": config.user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": "gzip, deflate",  # the ones ``_body_chunks`` inflates stepwise
            "Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5",
        },
    )


@dataclass
class Fetched:
    """One fetched URL after redirects."""

    url: str
    final_url: str
    status: int
    headers: httpx.Headers
    body: bytes
    redirects: list[str] = field(default_factory=list)
    truncated: bool = False
    attempts: int = 1
    location: str | None = None  # the raw Location header of a redirect response

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def content_disposition(self) -> str | None:
        return self.headers.get("content-disposition")


@contextlib.contextmanager
def deadline_scope(seconds: float) -> Iterator[float]:
    """Run the block under a wall-clock deadline (nested scopes keep the earlier one)."""
    new = time.monotonic() + seconds
    previous = current_deadline()
    if previous is not None:
        new = min(new, previous)
    set_deadline(new)
    try:
        yield new
    finally:
        set_deadline(previous)


def _remaining() -> float | None:
    d = current_deadline()
    return None if d is None else d - time.monotonic()


class Fetcher:
    """Fetches URLs through the guard, the host limiter, retries and size caps."""

    def __init__(self, config: FetchConfig, limiter: HostLimiter | None = None) -> None:
        self.config = config
        self.guard = Guard(
            allow_private=config.allow_private,
            extra_public_networks=config.extra_public_networks,
            resolver_overrides=config.resolver_overrides,
        )
        self.limiter: HostLimiter = limiter or LocalHostLimiter(
            config.per_host_concurrency, config.per_host_interval
        )
        self.client = build_client(config, self.guard)

    def close(self) -> None:
        self.client.close()

    # ---- public ----------------------------------------------------------------------
    def fetch(
        self,
        url: str,
        *,
        max_bytes: int | None = None,
        page_bytes: int | None = None,
        retries: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> Fetched:
        """GET ``url`` following redirects by hand.

        ``max_bytes`` caps a document body, ``page_bytes`` an HTML body (decided from the
        first bytes); defaults come from the config. ``headers`` go with every hop (the
        conditional ``If-None-Match`` of a re-run). Raises BlockedError / UnreachableError.
        """
        doc_cap = self.config.max_document_bytes if max_bytes is None else max_bytes
        page_cap = self.config.max_page_bytes if page_bytes is None else page_bytes
        redirects: list[str] = []
        seen = {self._key(url)}
        current = url
        for _ in range(self.config.max_redirects + 1):
            try:
                parsed = self.guard.check_url(current)
                resp = self._request(parsed, doc_cap, page_cap, retries, headers)
            except FetchError as exc:
                # Say where the chain broke: the hop that failed and the hops before it.
                exc.final_url = exc.final_url or current
                exc.redirects = list(redirects)  # type: ignore[attr-defined]
                raise
            location = resp.location
            if resp.status in REDIRECT_STATUSES and location:
                try:
                    nxt = str(httpx.URL(redirect_target(parsed, location)))
                except (httpx.InvalidURL, ValueError) as exc:
                    raise UnreachableError(
                        f"Сервер перенаправил на некорректный адрес ({location[:100]})",
                        final_url=current,
                    ) from exc
                redirects.append(nxt)
                key = self._key(nxt)
                if key in seen:
                    loop = UnreachableError(
                        "Ссылка перенаправляет по кругу (петля переадресаций): страница не "
                        "открывается ни в каком браузере",
                        final_url=nxt,
                    )
                    loop.redirects = list(redirects)  # type: ignore[attr-defined]
                    raise loop
                seen.add(key)
                current = nxt
                continue
            resp.url = url
            resp.final_url = current
            resp.redirects = redirects
            return resp
        too_many = UnreachableError(
            f"Слишком много перенаправлений (больше {self.config.max_redirects}): "
            "документ так и не открылся",
            final_url=current,
        )
        too_many.redirects = list(redirects)  # type: ignore[attr-defined]
        raise too_many

    # ---- one hop -----------------------------------------------------------------------
    @staticmethod
    def _key(url: str) -> str:
        try:
            u = httpx.URL(url)
        except (httpx.InvalidURL, ValueError):
            return url
        return str(u.copy_with(fragment=None))

    def _request(
        self,
        url: httpx.URL,
        doc_cap: int,
        page_cap: int,
        retries: int | None,
        headers: dict[str, str] | None = None,
    ) -> Fetched:
        attempts = (self.config.retries if retries is None else retries) + 1
        host = url.host
        last_error: FetchError | None = None
        for attempt in range(attempts):
            final_attempt = attempt == attempts - 1
            try:
                queued = time.monotonic()
                with self.limiter.slot(platform_key(host)):
                    # Waiting for the host's turn is politeness, not the site being slow.
                    extend_deadline(time.monotonic() - queued)
                    result = self._send(url, doc_cap, page_cap, headers)
            except _Transient as exc:
                last_error = exc.error
                if final_attempt or not self._backoff(attempt, None):
                    raise exc.error from None
                continue
            result.attempts = attempt + 1
            if (
                result.status in RETRY_STATUSES
                and not final_attempt
                and not _is_bot_wall(result)
                and self._backoff(attempt, result.headers.get("retry-after"))
            ):
                continue
            return result
        assert last_error is not None  # pragma: no cover
        raise last_error  # pragma: no cover

    def _backoff(self, attempt: int, retry_after: str | None) -> bool:
        """Sleep before the next attempt; False when the deadline leaves no room for it."""
        delay = self.config.retry_backoff * (2**attempt) * (1 + random.random() * 0.5)
        hinted = _parse_retry_after(retry_after)
        if hinted is not None:
            delay = max(delay, min(hinted, self.config.retry_after_cap))
        remaining = _remaining()
        if remaining is not None and delay >= remaining - 0.05:
            return False
        time.sleep(delay)
        return True

    def _send(
        self, url: httpx.URL, doc_cap: int, page_cap: int, headers: dict[str, str] | None = None
    ) -> Fetched:
        try:
            request = self.client.build_request("GET", url, headers=headers)
            response = self.client.send(request, stream=True)
        except FetchError:
            raise
        except httpx.HTTPError as exc:
            raise _classify(exc, str(url), self.config) from exc
        except Exception as exc:
            raise _malformed(exc, str(url)) from exc
        try:
            location = response.extensions.get(_LOCATION)
            if response.status_code in REDIRECT_STATUSES and location:
                return Fetched(
                    str(url),
                    str(url),
                    response.status_code,
                    response.headers,
                    b"",
                    location=location,
                )
            body, truncated = self._read(response, doc_cap, page_cap)
            return Fetched(
                str(url),
                str(url),
                response.status_code,
                response.headers,
                body,
                truncated=truncated,
            )
        except FetchError:
            raise
        except httpx.HTTPError as exc:
            raise _classify(exc, str(url), self.config) from exc
        except Exception as exc:
            raise _malformed(exc, str(url)) from exc
        finally:
            response.close()

    @staticmethod
    def _read(response: httpx.Response, doc_cap: int, page_cap: int) -> tuple[bytes, bool]:
        buf = bytearray()
        cap: int | None = None
        ct = response.headers.get("content-type")
        for chunk in _body_chunks(response):
            buf += chunk
            if cap is None and len(buf) >= 2048:
                cap = page_cap if _is_page(bytes(buf[:4096]), ct) else doc_cap
            limit = cap if cap is not None else max(doc_cap, page_cap)
            if len(buf) > limit:
                del buf[limit:]  # in place: one copy of a capped body, not two
                return bytes(buf), True
        if cap is None:
            cap = page_cap if _is_page(bytes(buf[:4096]), ct) else doc_cap
            if len(buf) > cap:
                del buf[cap:]
                return bytes(buf), True
        return bytes(buf), False


_INFLATE_STEP = 256 * 1024  # bytes inflated at a time from a compressed body


def _body_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The decoded body in bounded pieces.

    httpx inflates each network chunk whole (64 KiB of gzip can become 64 MiB), so gzip and
    deflate are inflated here step by step and the size cap stops a bomb after one step.
    """
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate"):
        # Identity, or an encoding we never asked for (br, zstd): the raw bytes, never an
        # unbounded decoder (a brotli bomb inflates far beyond gzip's 1:1032).
        yield from response.iter_raw()
        return
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    inflater = zlib.decompressobj(wbits)
    first = True
    for raw in response.iter_raw():
        data = raw
        while data:
            try:
                out = inflater.decompress(data, _INFLATE_STEP)
            except zlib.error as exc:
                if first and wbits == zlib.MAX_WBITS:  # "deflate" sent without its zlib header
                    wbits = -zlib.MAX_WBITS
                    inflater = zlib.decompressobj(wbits)
                    continue
                raise httpx.DecodingError(f"bad {encoding} body: {exc}") from exc
            first = False
            if out:
                yield out
            data = inflater.unconsumed_tail
            if inflater.eof:
                return
    tail = inflater.flush(_INFLATE_STEP)
    if tail:
        yield tail


def _is_page(head: bytes, content_type: str | None) -> bool:
    return sniff(head, content_type=content_type) is FileKind.HTML


def _is_bot_wall(result: Fetched) -> bool:
    from evidence.fetch.botwall import detect_bot_wall

    return detect_bot_wall(result.status, result.headers, result.body) is not None


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _Transient(Exception):
    def __init__(self, error: FetchError) -> None:
        super().__init__(error.message_ru)
        self.error = error


def _classify(exc: httpx.HTTPError, url: str, config: FetchConfig) -> Exception:
    """Turn an httpx error into a Russian FetchError; wrap retryable ones in ``_Transient``."""
    remaining = _remaining()
    text = str(exc)
    lowered = text.lower()
    if remaining is not None and remaining <= 0.01 and isinstance(exc, httpx.TimeoutException):
        return UnreachableError(
            f"Сайт отвечает слишком медленно: документ не получен за {config.total_timeout:g} с "
            "(общий лимит времени на ссылку)",
            final_url=url,
        )
    if isinstance(exc, httpx.ConnectTimeout):
        return _Transient(
            UnreachableError(
                f"Сайт не отвечает: подключение не установлено за {config.connect_timeout:g} с",
                final_url=url,
            )
        )
    if isinstance(exc, httpx.TimeoutException):
        return _Transient(
            UnreachableError(
                f"Сайт перестал отвечать: нет данных дольше {config.read_timeout:g} с",
                final_url=url,
            )
        )
    if isinstance(exc, httpx.ConnectError):
        if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
            return UnreachableError(
                "Ошибка защищённого соединения (TLS): сертификат сайта недействителен или "
                f"не принимается ({_short(text)})",
                final_url=url,
            )
        if "refused" in lowered:
            return UnreachableError(
                "Сервер отклонил подключение: сайт не работает или порт закрыт", final_url=url
            )
        if "reset" in lowered:
            return _Transient(
                UnreachableError("Соединение разорвано сервером при подключении", final_url=url)
            )
        if "name" in lowered and ("resolution" in lowered or "known" in lowered):
            return UnreachableError("Сайт не найден: доменное имя не существует", final_url=url)
        return UnreachableError(f"Не удалось подключиться к сайту ({_short(text)})", final_url=url)
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return _Transient(
            UnreachableError(
                f"Соединение разорвано сервером во время передачи ({_short(text)})", final_url=url
            )
        )
    return UnreachableError(f"Не удалось получить ответ сайта ({_short(text)})", final_url=url)


def _malformed(exc: Exception, url: str) -> UnreachableError:
    """An exception outside httpx's HTTPError tree (InvalidURL, StreamError, a decoding error
    of a hostile header): the answer could not be read, which is a verdict, not a crash."""
    return UnreachableError(
        f"Сайт прислал ответ, который не удаётся разобрать ({type(exc).__name__}: "
        f"{_short(str(exc))})",
        final_url=url,
    )


def _short(text: str) -> str:
    return (text.splitlines() or ["ошибка"])[0][:160] or "без подробностей"
