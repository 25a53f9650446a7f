"""The private-address guard: which URLs may be fetched, and to which addresses we connect.

A URL is fetched only over http/https, without credentials, and only when every address its
host resolves to is public. The check runs at connect time inside ``GuardedBackend`` (an
httpcore network backend): the host is resolved once, every address vetted, and the socket is
opened to a vetted address — never re-resolved — so DNS rebinding cannot slip a private
address in between the check and the connection. TLS still uses the host name (SNI and
certificate verification are done by httpcore with the origin's host).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpcore
import httpx

from evidence.errors import BlockedError, UnreachableError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOWED_SCHEMES = ("http", "https")
METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
_EXTRA_BLOCKED: tuple[Network, ...] = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "::/128",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
        "fec0::/10",  # deprecated site-local: still routed inside some networks
        "ff00::/8",
    )
)


def parse_ip_literal(host: str) -> IPAddress | None:
    """An IP address written in ``host``, including the legacy IPv4 forms inet_aton accepts.

    ``2130706433``, ``0x7f.1``, ``0177.0.0.1`` and ``127.1`` all mean 127.0.0.1 to the C
    resolver, so they must be recognised (and vetted) as addresses, not names.
    """
    h = host.strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(h.split("%", 1)[0])
    except ValueError:
        pass
    parts = h.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    nums: list[int] = []
    for part in parts:
        p = part.lower()
        try:
            if p.startswith("0x"):
                nums.append(int(p[2:] or "0", 16))
            elif len(p) > 1 and p.startswith("0"):
                nums.append(int(p, 8))
            else:
                if not p.isdigit():
                    return None
                nums.append(int(p, 10))
        except ValueError:
            return None
    *head, last = nums
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(nums)):
        return None
    value = 0
    for n in head:
        value = value << 8 | n
    value = value << (8 * (5 - len(nums))) | last
    return ipaddress.IPv4Address(value)


def canonical_ip_host(url: str) -> str:
    """``url`` with a legacy IPv4 host (``0177.0.0.1``, ``0x7f.1``, ``2130706433``) written in
    dotted-decimal form, as browsers and the C resolver read it; other URLs unchanged.

    httpx refuses such hosts as invalid, which would turn a redirect to the loopback address
    into a "broken connection" instead of ``blocked``.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return url
    if not host or ":" in host:
        return url
    ip = parse_ip_literal(host)
    if not isinstance(ip, ipaddress.IPv4Address) or host == str(ip):
        return url
    netloc = parts.netloc
    userinfo, at, hostport = netloc.rpartition("@")
    port = hostport[len(host) :] if hostport.lower().startswith(host) else ""
    return urlunsplit(parts._replace(netloc=f"{userinfo}{at}{ip}{port}"))


def classify_address(ip: IPAddress) -> str | None:
    """``None`` for a public address, otherwise a short reason code (``metadata``, ``loopback``…)."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            reason = classify_address(mapped)
            if reason:
                return reason
    if ip in METADATA_ADDRESSES:
        return "metadata"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link_local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_private or ip.is_reserved or not ip.is_global:
        return "private"
    if any(ip.version == n.version and ip in n for n in _EXTRA_BLOCKED):
        return "private"
    return None


_REASON_TEXT = {
    "metadata": "на служебный адрес облачной платформы",
    "loopback": "во внутреннюю сеть (на этот же компьютер)",
    "link_local": "во внутреннюю сеть",
    "multicast": "на групповой (multicast) адрес",
    "unspecified": "на несуществующий адрес",
    "private": "во внутреннюю сеть",
}


def blocked_message(ip: IPAddress, reason: str) -> str:
    where = _REASON_TEXT.get(reason, "во внутреннюю сеть")
    return f"Адрес ведёт {where} ({ip}): такие ссылки не проверяются"


class Guard:
    """Vets URLs and resolves hosts to the addresses that may be connected to."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        extra_public_networks: Iterable[str] = (),
        resolver_overrides: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.allow_private = allow_private
        self.extra_public: tuple[Network, ...] = tuple(
            ipaddress.ip_network(n, strict=False) for n in extra_public_networks
        )
        self.overrides: dict[str, tuple[str, ...]] = {
            k.lower().rstrip("."): tuple(v) for k, v in (resolver_overrides or {}).items()
        }

    # ---- URL-level checks (before any network activity) -----------------------------
    def check_url(self, url: str | httpx.URL) -> httpx.URL:
        """Scheme, credentials and literal-IP checks; returns the parsed URL or raises BlockedError."""
        try:
            parsed = url if isinstance(url, httpx.URL) else httpx.URL(canonical_ip_host(url))
        except (httpx.InvalidURL, ValueError, TypeError) as exc:
            raise BlockedError(f"Адрес записан с ошибкой и не может быть открыт ({exc})") from exc
        scheme = parsed.scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            shown = scheme or "без схемы"
            raise BlockedError(
                f"Ссылка использует недопустимый протокол ({shown}): проверяются только http и https"
            )
        if parsed.userinfo:
            raise BlockedError(
                "В ссылке записаны логин и пароль: такие ссылки не проверяются и не должны "
                "публиковаться"
            )
        if not parsed.host:
            raise BlockedError("В ссылке нет адреса сайта")
        literal = parse_ip_literal(parsed.host)
        if literal is not None:
            self.vet(literal)
        return parsed

    def is_public(self, ip: IPAddress) -> bool:
        return any(ip.version == n.version and ip in n for n in self.extra_public) or (
            classify_address(ip) is None
        )

    def vet(self, ip: IPAddress) -> None:
        if self.allow_private or self.is_public(ip):
            return
        reason = classify_address(ip) or "private"
        raise BlockedError(blocked_message(ip, reason))

    # ---- resolution ------------------------------------------------------------------
    def resolve(self, host: str, port: int) -> list[IPAddress]:
        """All addresses of ``host``, every one vetted (BlockedError if any is not public)."""
        name = host.strip("[]").lower().rstrip(".")
        literal = parse_ip_literal(name)
        if literal is not None:
            addrs: list[IPAddress] = [literal]
        elif name in self.overrides:
            addrs = [ipaddress.ip_address(a) for a in self.overrides[name]]
        else:
            try:
                infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError) as exc:
                raise UnreachableError(
                    f"Сайт {host} не найден: доменное имя не существует или не отвечает DNS"
                ) from exc
            addrs = []
            for info in infos:
                ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
                if ip not in addrs:
                    addrs.append(ip)
        if not addrs:
            raise UnreachableError(f"Сайт {host} не найден: у имени нет адресов")
        for ip in addrs:
            self.vet(ip)
        return addrs


class GuardedBackend(httpcore.NetworkBackend):
    """Resolves through the guard and connects to a vetted address (no second resolution).

    Every read, write and connect is also clamped to the current thread's deadline (set by
    the fetcher with ``deadline_scope``) so one slow-drip server cannot hold a link beyond
    the total timeout.
    """

    def __init__(self, guard: Guard, inner: httpcore.NetworkBackend | None = None) -> None:
        self.guard = guard
        self.inner = inner or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addrs = self.guard.resolve(host, port)
        last: Exception | None = None
        for ip in addrs:
            try:
                stream = self.inner.connect_tcp(
                    str(ip),
                    port,
                    timeout=clamp_timeout(timeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return DeadlineStream(stream)
        assert last is not None
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - never used
        raise BlockedError("Подключение через локальный сокет запрещено")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


_deadline = threading.local()


def current_deadline() -> float | None:
    return getattr(_deadline, "value", None)


def set_deadline(value: float | None) -> float | None:
    """Set this thread's deadline (``time.monotonic()`` based); returns the previous one."""
    previous = current_deadline()
    _deadline.value = value
    return previous


def extend_deadline(seconds: float) -> None:
    """Push this thread's deadline back (time spent queueing for a host is not fetching)."""
    deadline = current_deadline()
    if deadline is not None and seconds > 0:
        _deadline.value = deadline + seconds


def clamp_timeout(timeout: float | None) -> float | None:
    deadline = current_deadline()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise httpcore.ReadTimeout("total timeout")
    return remaining if timeout is None else min(timeout, remaining)


class DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, clamp_timeout(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, clamp_timeout(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return DeadlineStream(
            self.inner.start_tls(ssl_context, server_hostname, clamp_timeout(timeout))
        )

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)
