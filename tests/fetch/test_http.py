"""The HTTP exchange: redirects, timeouts, size caps, retries, errors, per-host politeness."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from evidence.fetch import Document, LinkChecker
from evidence.models import FileKind, LinkResult, Verdict
from tests.support.loopback import Request, Response, drip, serve

Factory = Callable[..., LinkChecker]
PDF_HEADERS = {"Content-Type": "application/pdf"}


def test_document_with_headers_named_product(checker_factory: Factory, pdf_bytes: bytes) -> None:
    with serve(
        {"/prikaz.pdf": Response(body=pdf_bytes, headers=PDF_HEADERS)}, host="127.0.1.1"
    ) as srv:
        result = checker_factory().check(srv.url("/prikaz.pdf"))
        assert isinstance(result, Document)
        assert result.kind is FileKind.PDF
        assert result.body == pdf_bytes
        assert result.filename == "prikaz.pdf"
        assert result.final_url == srv.url("/prikaz.pdf")
        assert not result.truncated and result.flags == []
        assert len(result.sha256) == 64
        headers = srv.requests[0].headers
        assert headers["User-Agent"].startswith("evidence-check/")
        assert headers["Accept-Language"].startswith("ru")


def test_redirects_are_followed_and_recorded(checker_factory: Factory, pdf_bytes: bytes) -> None:
    with (
        serve(
            {"/files/a.pdf": Response(body=pdf_bytes, headers=PDF_HEADERS)}, host="127.0.1.3"
        ) as target,
        serve(
            {
                "/old": Response.redirect("/newer", 301),
                "/newer": Response.redirect(target.url("/files/a.pdf"), 307),
            },
            host="127.0.1.2",
        ) as srv,
    ):
        result = checker_factory().check(srv.url("/old"))
        assert isinstance(result, Document)
        assert result.redirects == [srv.url("/newer"), target.url("/files/a.pdf")]
        assert result.final_url == target.url("/files/a.pdf")
        assert result.url == srv.url("/old")


def test_redirect_loop_is_unreachable(checker_factory: Factory) -> None:
    with serve(
        {"/a": Response.redirect("/b"), "/b": Response.redirect("/a")}, host="127.0.1.4"
    ) as srv:
        result = checker_factory().check(srv.url("/a"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.UNREACHABLE
        assert "по кругу" in result.message
        assert srv.hits["/a"] == 1 and srv.hits["/b"] == 1


def test_too_many_redirects_is_unreachable(checker_factory: Factory) -> None:
    def hop(req: Request) -> Response:
        n = int(req.path.strip("/") or 0)
        return Response.redirect(f"/{n + 1}")

    with serve(default=hop, host="127.0.1.5") as srv:
        result = checker_factory(max_redirects=3).check(srv.url("/0"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.UNREACHABLE
        assert "перенаправлений" in result.message
        assert len(result.redirects) == 4
        assert sum(srv.hits.values()) == 4


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (404, "не найден"),
        (410, "удалён"),
        (500, "ошибка сервера"),
        (401, "паролем"),
        (403, "запрещён"),
    ],
)
def test_http_errors_name_the_code(checker_factory: Factory, status: int, words: str) -> None:
    with serve(
        {"/doc.pdf": Response(status, b"<html><body>Error</body></html>")}, host="127.0.1.6"
    ) as srv:
        result = checker_factory(retries=2).check(srv.url("/doc.pdf"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.HTTP_ERROR
        assert result.status == status
        assert f"Сервер ответил {status}" in result.message and words in result.message


@pytest.mark.parametrize("status", [404, 403, 410, 401])
def test_permanent_errors_are_fetched_once(checker_factory: Factory, status: int) -> None:
    with serve({"/doc.pdf": Response(status, b"no")}, host="127.0.1.7") as srv:
        checker_factory(retries=3).check(srv.url("/doc.pdf"))
        assert srv.hits["/doc.pdf"] == 1


def _flaky(
    failures: int, status: int, ok: Response, headers: dict[str, str] | None = None
) -> Callable[[Request], Response]:
    lock = threading.Lock()
    seen = {"n": 0}

    def handler(req: Request) -> Response:
        with lock:
            seen["n"] += 1
            n = seen["n"]
        if n <= failures:
            return Response(status, b"busy", headers=dict(headers or {}))
        return ok

    return handler


@pytest.mark.parametrize("status", [503, 502, 504, 429])
def test_transient_statuses_are_retried(
    checker_factory: Factory, pdf_bytes: bytes, status: int
) -> None:
    ok = Response(body=pdf_bytes, headers=PDF_HEADERS)
    with serve({"/doc.pdf": _flaky(2, status, ok)}, host="127.0.1.8") as srv:
        result = checker_factory(retries=2).check(srv.url("/doc.pdf"))
        assert isinstance(result, Document)
        assert srv.hits["/doc.pdf"] == 3


def test_retries_give_up_with_the_last_status(checker_factory: Factory) -> None:
    with serve({"/doc.pdf": Response(503, b"busy")}, host="127.0.1.9") as srv:
        result = checker_factory(retries=2).check(srv.url("/doc.pdf"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.HTTP_ERROR and result.status == 503
        assert srv.hits["/doc.pdf"] == 3


def test_retry_after_is_honoured(checker_factory: Factory, pdf_bytes: bytes) -> None:
    ok = Response(body=pdf_bytes, headers=PDF_HEADERS)
    with serve({"/doc.pdf": _flaky(1, 429, ok, {"Retry-After": "1"})}, host="127.0.1.10") as srv:
        result = checker_factory(retries=1, retry_after_cap=0.1).check(srv.url("/doc.pdf"))
        assert isinstance(result, Document)
        assert srv.hits["/doc.pdf"] == 2


def test_slow_headers_hit_the_read_timeout(checker_factory: Factory) -> None:
    with serve({"/slow.pdf": Response(body=b"%PDF-1.4", delay=1.5)}, host="127.0.1.11") as srv:
        result = checker_factory(read_timeout=0.3, retries=1, total_timeout=5).check(
            srv.url("/slow.pdf")
        )
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.UNREACHABLE
        assert "перестал отвечать" in result.message
        assert srv.hits["/slow.pdf"] == 2  # a timeout is transient: retried once


def test_slow_drip_body_hits_the_total_timeout(checker_factory: Factory, pdf_bytes: bytes) -> None:
    body = pdf_bytes * 4
    chunks = drip(body, 40)
    with serve(
        {"/drip.pdf": Response(chunks=chunks, chunk_delay=0.1, headers=PDF_HEADERS)},
        host="127.0.1.12",
    ) as srv:
        # Every chunk arrives well within the read timeout, but the whole body takes ~4 s.
        result = checker_factory(read_timeout=1.0, total_timeout=1.0).check(srv.url("/drip.pdf"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.UNREACHABLE
        assert "общий лимит" in result.message
        assert srv.bytes_sent["/drip.pdf"] < len(body)


def test_oversized_document_is_capped_and_not_read_to_the_end(
    checker_factory: Factory, pdf_bytes: bytes
) -> None:
    size = 24 * 1024 * 1024
    body = pdf_bytes[:1024] + b"\0" * (size - 1024)
    chunks = drip(body, size // (64 * 1024))
    with serve(
        {"/big.pdf": Response(chunks=chunks, chunk_delay=0.002, headers=PDF_HEADERS)},
        host="127.0.1.13",
    ) as srv:
        cap = 256 * 1024
        result = checker_factory(max_document_bytes=cap, total_timeout=10).check(
            srv.url("/big.pdf")
        )
        assert isinstance(result, Document)
        assert result.truncated and "bytes_capped" in result.flags
        assert len(result.body) == cap
        assert result.kind is FileKind.PDF
    assert srv.bytes_sent["/big.pdf"] < size


def test_oversized_page_is_cut_and_still_analysed(checker_factory: Factory) -> None:
    head = "<html><head><title>Страница не найдена</title></head><body>"
    page = (head + "<p>текст</p>" * 200_000).encode()
    with serve(
        {"/page": Response(body=page, headers={"Content-Type": "text/html"})}, host="127.0.1.14"
    ) as srv:
        result = checker_factory(max_page_bytes=64 * 1024).check(srv.url("/page"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.SOFT_404
        assert "bytes_capped" in result.flags


def test_connection_refused_is_unreachable(checker_factory: Factory) -> None:
    sock = socket.socket()
    sock.bind(("127.0.1.15", 0))
    port = sock.getsockname()[1]
    sock.close()
    result = checker_factory(retries=0).check(f"http://127.0.1.15:{port}/doc.pdf")
    assert isinstance(result, LinkResult)
    assert result.verdict is Verdict.UNREACHABLE
    assert "отклонил подключение" in result.message


def test_unknown_domain_is_unreachable(checker_factory: Factory) -> None:
    result = checker_factory().check("http://no-such-school.invalid/doc.pdf")
    assert isinstance(result, LinkResult)
    assert result.verdict is Verdict.UNREACHABLE
    assert "не найден" in result.message


def test_tls_error_is_unreachable(checker_factory: Factory) -> None:
    # A plain-HTTP server answering a TLS handshake: the handshake fails.
    with serve({"/": Response(body=b"hi")}, host="127.0.1.16") as srv:
        result = checker_factory(retries=0).check(f"https://127.0.1.16:{srv.port}/")
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.UNREACHABLE
        assert "TLS" in result.message


def test_per_host_concurrency_is_limited(checker_factory: Factory, pdf_bytes: bytes) -> None:
    slow = Response(body=pdf_bytes, headers=PDF_HEADERS, delay=0.15)
    with (
        serve(default=slow, host="127.0.1.17") as srv,
        serve(default=slow, host="127.0.1.18") as other,
    ):
        checker = checker_factory(per_host_concurrency=2)
        urls = [srv.url(f"/doc{i}.pdf") for i in range(8)] + [
            other.url(f"/d{i}.pdf") for i in range(4)
        ]
        results: list[object] = []
        threads = [
            threading.Thread(target=lambda u=u: results.append(checker.check(u))) for u in urls
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(results) == 12 and all(isinstance(r, Document) for r in results)
        assert srv.max_concurrent == 2
        assert other.max_concurrent == 2


def test_checker_never_raises_for_bad_input(checker_factory: Factory) -> None:
    checker = checker_factory()
    for url in ["http://", "http://[::1", "https://exa mple.com/", "javascript:alert(1)"]:
        result = checker.check(url)
        assert isinstance(result, LinkResult)
        assert result.verdict in (Verdict.BLOCKED, Verdict.UNREACHABLE)
        assert result.elapsed_ms is not None


def test_queueing_for_a_busy_host_does_not_eat_the_total_timeout(
    checker_factory: Factory, pdf_bytes: bytes
) -> None:
    # One slot per host, six links, each answer takes 0.3 s: the last link waits ~1.5 s for
    # its turn, longer than the 1 s total budget, and must still be fetched.
    slow = Response(body=pdf_bytes, headers=PDF_HEADERS, delay=0.3)
    with serve(default=slow, host="127.0.1.19") as srv:
        checker = checker_factory(per_host_concurrency=1, total_timeout=1.0, read_timeout=1.0)
        results: list[object] = []
        threads = [
            threading.Thread(target=lambda i=i: results.append(checker.check(srv.url(f"/{i}.pdf"))))
            for i in range(6)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert all(isinstance(r, Document) for r in results), results
        assert srv.max_concurrent == 1


def test_dropped_connections_are_retried(checker_factory: Factory, pdf_bytes: bytes) -> None:
    ok = Response(body=pdf_bytes, headers=PDF_HEADERS)
    lock = threading.Lock()
    seen = {"n": 0}

    def handler(req: Request) -> Response:
        with lock:
            seen["n"] += 1
            return Response(drop=True) if seen["n"] <= 2 else ok

    with serve({"/doc.pdf": handler}, host="127.0.1.20") as srv:
        result = checker_factory(retries=2).check(srv.url("/doc.pdf"))
        assert isinstance(result, Document)
        assert srv.hits["/doc.pdf"] == 3


def test_dropped_connections_give_unreachable_after_retries(checker_factory: Factory) -> None:
    with serve({"/doc.pdf": Response(drop=True)}, host="127.0.1.21") as srv:
        result = checker_factory(retries=1).check(srv.url("/doc.pdf"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.UNREACHABLE
        assert "разорвано" in result.message
        assert srv.hits["/doc.pdf"] == 2


def test_pdf_sent_as_html_is_a_document(checker_factory: Factory, pdf_bytes: bytes) -> None:
    with serve(
        {
            "/view.php": Response(
                body=pdf_bytes, headers={"Content-Type": "text/html; charset=utf-8"}
            )
        },
        host="127.0.1.22",
    ) as srv:
        result = checker_factory().check(srv.url("/view.php?id=5"))
        assert isinstance(result, Document)
        assert result.kind is FileKind.PDF
        assert "lying_content_type" in result.flags


def test_pdf_sent_as_octet_stream_is_a_document(checker_factory: Factory, pdf_bytes: bytes) -> None:
    headers = {"Content-Type": "application/octet-stream"}
    with serve({"/getfile": Response(body=pdf_bytes, headers=headers)}, host="127.0.1.23") as srv:
        result = checker_factory().check(srv.url("/getfile?id=5"))
        assert isinstance(result, Document)
        assert result.kind is FileKind.PDF
        assert "lying_content_type" not in result.flags


def test_html_sent_as_pdf_is_a_broken_file(checker_factory: Factory) -> None:
    # issue 12: a file that claims to be a document but holds a page is a broken upload.
    page = (
        "<html><head><title>Документы</title></head><body>"
        + "<p>Сведения об образовательной организации.</p>" * 30
        + "</body></html>"
    )
    with serve(
        {"/prikaz.pdf": Response(body=page.encode(), headers={"Content-Type": "application/pdf"})},
        host="127.0.1.24",
    ) as srv:
        result = checker_factory().check(srv.url("/prikaz.pdf"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.UNREADABLE
        assert "вместо документа PDF — HTML-текст" in result.message
        assert "lying_content_type" in result.flags


def test_subdomains_of_one_platform_share_the_limit(
    checker_factory: Factory, pdf_bytes: bytes
) -> None:
    # Two school sites on one platform (same server) count as one host for politeness.
    slow = Response(body=pdf_bytes, headers=PDF_HEADERS, delay=0.15)
    with serve(default=slow, host="127.0.1.25") as platform:
        checker = checker_factory(
            per_host_concurrency=2,
            resolver_overrides={
                "school1.uralschool.example": ("127.0.1.25",),
                "school2.uralschool.example": ("127.0.1.25",),
            },
        )
        urls = [
            platform.url(f"/file/{i}.pdf", host=f"school{i % 2 + 1}.uralschool.example")
            for i in range(8)
        ]
        threads = [threading.Thread(target=checker.check, args=(u,)) for u in urls]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sum(platform.hits.values()) == 8
        assert platform.max_concurrent == 2


@pytest.mark.parametrize(
    ("host", "key"),
    [
        ("uva-kruf.uralschool.ru", "uralschool.ru"),
        ("ds61-krasnoyarsk-r04.gosweb.gosuslugi.ru", "gosuslugi.ru"),
        ("school5.com.ru", "school5.com.ru"),
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
        ("localhost", "localhost"),
    ],
)
def test_platform_key(host: str, key: str) -> None:
    from evidence.fetch import platform_key

    assert platform_key(host) == key


def test_meta_refresh_is_followed_like_a_redirect(
    checker_factory: Factory, pdf_bytes: bytes
) -> None:
    page = '<html><head><meta http-equiv="Refresh" content="0; URL=/upload/prikaz.pdf"></head><body></body></html>'
    with serve(
        {
            "/doc": Response.html(page),
            "/upload/prikaz.pdf": Response(body=pdf_bytes, headers=PDF_HEADERS),
        },
        host="127.0.1.26",
    ) as srv:
        result = checker_factory().check(srv.url("/doc"))
        assert isinstance(result, Document)
        assert result.redirects == [srv.url("/upload/prikaz.pdf")]
        assert "meta_refresh" in result.flags


def _server_tls(tls_files: dict[str, Path]) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(tls_files["cert"]), str(tls_files["key"]))
    return ctx


def test_https_verifies_the_host_name_while_connecting_to_the_vetted_address(
    checker_factory: Factory, pdf_bytes: bytes, tls_files: dict[str, Path]
) -> None:
    route = {"/doc.pdf": Response(body=pdf_bytes, headers=PDF_HEADERS)}
    with serve(route, host="127.0.6.1", tls=_server_tls(tls_files)) as srv:
        checker = checker_factory(
            ca_bundle=str(tls_files["ca"]),
            resolver_overrides={"school.example": ("127.0.6.1",)},
            retries=0,
        )
        ok = checker.check(srv.url("/doc.pdf", host="school.example"))
        assert isinstance(ok, Document) and ok.kind is FileKind.PDF
        # The same server by address: the certificate does not name it, TLS must refuse.
        by_ip = checker.check(srv.url("/doc.pdf"))
        assert isinstance(by_ip, LinkResult)
        assert by_ip.verdict is Verdict.UNREACHABLE and "TLS" in by_ip.message


def test_https_with_an_untrusted_certificate_is_unreachable(
    checker_factory: Factory, tls_files: dict[str, Path]
) -> None:
    with serve({"/": Response(body=b"ok")}, host="127.0.6.2", tls=_server_tls(tls_files)) as srv:
        checker = checker_factory(resolver_overrides={"school.example": ("127.0.6.2",)}, retries=0)
        result = checker.check(srv.url("/", host="school.example"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.UNREACHABLE and "сертификат" in result.message


def test_connect_timeout_is_unreachable(checker_factory: Factory) -> None:
    # A listener whose accept queue is full drops new SYNs: connecting hangs.
    listener = socket.socket()
    listener.bind(("127.0.1.27", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(4):
            c = socket.socket()
            c.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                c.connect(("127.0.1.27", port))
            fillers.append(c)
        result = checker_factory(connect_timeout=0.3, retries=1).check(
            f"http://127.0.1.27:{port}/doc.pdf"
        )
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.UNREACHABLE
        assert "подключение не установлено" in result.message
    finally:
        for c in fillers:
            c.close()
        listener.close()
