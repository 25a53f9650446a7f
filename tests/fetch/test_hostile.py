"""A hostile web, on loopback: every trick a stranger's server can play, each a verdict.

One module so the whole list stays passing. Categories (ids in brackets):

- private targets reached by redirect, in every literal form [redirect-*], and through a
  meta-refresh or an iframe [meta-refresh-*, iframe-*]: ``blocked`` at once, the loopback
  canary never hit, no retries, ``final_url`` names the blocked address;
- malformed answers [location-*, charset-*, raw-*]: backslashes in Location are followed as
  browsers do, an unknown charset falls back to detection, a broken status line, header or
  chunk is ``unreachable`` — never an exception, never a retry storm;
- bodies [endless, slow-drip, lying-length-*, gzip-bomb, zip-bomb-mimetype,
  unsolicited-brotli]: capped in bytes, time and main-process memory; a batch of such rows
  ends in verdicts, never ``internal_error``;
- loops [redirect-loop, too-many-redirects];
- broken uploads [broken-upload-*] (issue 12): an HTML error text under a Word name/type is
  ``unreadable`` «файл повреждён», a normal page stays ``web_page``.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest

from evidence.fetch import Document, LinkChecker
from evidence.models import BatchItem, FileKind, LinkResult, Verdict
from tests.fetch.conftest import make_config
from tests.support.loopback import LoopbackServer, Request, Response, serve

HOSTILE = "127.0.0.61"  # the stranger's server: treated as public by the guard
RAW = "127.0.0.62"  # a raw TCP server for answers http.server cannot produce
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ---- helpers -------------------------------------------------------------------------------
def _checker(**overrides: Any) -> LinkChecker:
    """The production guard (private addresses blocked) with the hostile hosts declared public."""
    values: dict[str, Any] = {
        "allow_private": False,
        "extra_public_networks": [f"{HOSTILE}/32", f"{RAW}/32"],
        "probe_soft_404": False,
    }
    values.update(overrides)
    return LinkChecker(make_config(**values))


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        line = next(x for x in fh if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _reset_peak_rss() -> float:
    """Reset this process's peak RSS to the current RSS (Linux clear_refs); returns it."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")
    return _peak_rss_mb()


@pytest.fixture(scope="module")
def canary() -> Iterator[LoopbackServer]:
    """A server on the loopback address that no hostile link may ever reach."""
    with serve({}, host="127.0.0.1", default=Response(body=b"canary secret")) as srv:
        yield srv


@pytest.fixture(scope="module")
def pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 760, "Prikaz")
    c.save()
    return buf.getvalue()


# ---- private targets ---------------------------------------------------------------------
def _private_forms(port: int) -> list[Any]:
    forms = {
        "dotted": f"http://127.0.0.1:{port}/",
        "decimal": f"http://2130706433:{port}/",
        "hex": f"http://0x7f.1:{port}/",
        "octal": f"http://0177.0.0.1:{port}/",
        "short": f"http://127.1:{port}/",
        "ipv6-loopback": f"http://[::1]:{port}/",
        "ipv4-mapped": f"http://[::ffff:127.0.0.1]:{port}/",
        "ipv4-mapped-hex": f"http://[::ffff:7f00:1]:{port}/",
        "nat64": f"http://[64:ff9b::7f00:1]:{port}/",
        "6to4": f"http://[2002:7f00:1::]:{port}/",
        "site-local": f"http://[fec0::1]:{port}/",
        "metadata": "http://169.254.169.254/latest/meta-data/",
        "private-10": "http://10.0.0.1/",
        "cgnat": "http://100.64.0.1/",
        "trailing-dot-name": f"http://localhost.:{port}/",
    }
    return [pytest.param(name, url, id=name) for name, url in forms.items()]


@pytest.mark.parametrize("how", ["redirect", "meta-refresh", "iframe"])
@pytest.mark.parametrize("form", [p.id for p in _private_forms(0)])
def test_private_targets_are_blocked_at_once(canary: LoopbackServer, how: str, form: str) -> None:
    target = next(p.values[1] for p in _private_forms(canary.port) if p.id == form)
    routes: dict[str, Response] = {
        "/redirect": Response.redirect(target),
        "/meta-refresh": Response.html(
            f'<html><head><meta http-equiv="refresh" content="0; url={target}"></head></html>'
        ),
        "/iframe": Response.html(
            f'<html><body><h1>Приказ</h1><iframe src="{target}prikaz.pdf"></iframe></body></html>'
        ),
    }
    before = sum(canary.hits.values())
    checker = _checker(resolver_overrides={"localhost": ["127.0.0.1"]})
    with serve(routes, host=HOSTILE) as srv:
        started = time.monotonic()
        result = checker.check(srv.url(f"/{how}"))
        elapsed = time.monotonic() - started
        assert srv.hits[f"/{how}"] == 1  # blocked is final: no retry
    checker.close()
    assert isinstance(result, LinkResult)
    assert result.verdict is Verdict.BLOCKED, result.message
    assert result.final_url is not None and result.final_url != srv.url(f"/{how}")
    assert sum(canary.hits.values()) == before
    assert elapsed < 2.0


def test_a_typed_legacy_ip_literal_is_blocked_with_its_real_address() -> None:
    checker = _checker()
    result = checker.check("http://0177.0.0.1/prikaz.pdf")
    checker.close()
    assert isinstance(result, LinkResult) and result.verdict is Verdict.BLOCKED
    assert "127.0.0.1" in result.message


# ---- malformed answers -------------------------------------------------------------------
@dataclass
class RawServer:
    """Answers every connection with fixed bytes (then, optionally, keeps sending)."""

    answer: bytes
    forever: bytes = b""
    host: str = RAW

    def __post_init__(self) -> None:
        self.sock = socket.create_server((self.host, 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path: str = "/doc") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(2)
            conn.recv(65536)
            conn.sendall(self.answer)
            while self.forever and not self._stop.is_set():
                conn.sendall(self.forever)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self.sock.close()


RAW_ANSWERS = {
    "garbage-status-line": b"HTTZ/9 banana\r\n\r\n",
    "header-without-colon": b"HTTP/1.1 200 OK\r\nContent-Type text/html\r\n\r\n<html></html>",
    "huge-header": b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n",
    "negative-length": b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nhello",
    "conflicting-lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 9\r\n\r\nhello",
    "bad-chunk-size": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
    "nul-in-location": b"HTTP/1.1 302 Found\r\nLocation: http://s\x00chool.ru/\r\nContent-Length: 0\r\n\r\n",
    "latin1-location": b"HTTP/1.1 302 Found\r\nLocation: http://\xff\xfe.ru/\r\nContent-Length: 0\r\n\r\n",
    "ipv6-garbage-location": b"HTTP/1.1 302 Found\r\nLocation: http://[::1\r\nContent-Length: 0\r\n\r\n",
    "lying-length-longer": b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 100000\r\n\r\n%PDF-1.4 short",
    "status-999": b"HTTP/1.1 999 Weird\r\nContent-Length: 2\r\n\r\nok",
    "closed-without-answer": b"",
}


@pytest.mark.parametrize("name", list(RAW_ANSWERS), ids=list(RAW_ANSWERS))
def test_malformed_answers_are_verdicts_not_crashes(name: str) -> None:
    server = RawServer(RAW_ANSWERS[name])
    checker = _checker()
    try:
        started = time.monotonic()
        result = checker.check(server.url())
        elapsed = time.monotonic() - started
    finally:
        checker.close()
        server.close()
    assert isinstance(result, LinkResult | Document)
    if isinstance(result, LinkResult):
        assert result.verdict in (Verdict.UNREACHABLE, Verdict.HTTP_ERROR, Verdict.BLOCKED)
        assert result.message
    assert server.connections <= 3  # at most the documented retries
    assert elapsed < 5.0


def test_backslashes_in_location_are_followed_like_a_browser(pdf: bytes) -> None:
    with serve(
        {"/prikaz.pdf": Response(body=pdf, headers={"Content-Type": "application/pdf"})},
        host=HOSTILE,
    ) as srv:
        srv.route("/old", Response.redirect(f"http:\\\\{HOSTILE}:{srv.port}\\prikaz.pdf"))
        checker = _checker()
        result = checker.check(srv.url("/old"))
        checker.close()
    assert isinstance(result, Document) and result.kind is FileKind.PDF
    assert result.final_url == srv.url("/prikaz.pdf")


@pytest.mark.parametrize("charset", ["undefined", "unicode_escape", "raw-unicode-escape", "rot13"])
def test_an_unknown_charset_falls_back_to_detection(charset: str) -> None:
    # Python knows codecs no web page is written in: decoding with them garbles the page.
    page = (
        "<html><head><title>Наставничество</title></head><body><p>Привет \\u0041</p></body></html>"
    )
    routes = {
        "/p": Response(
            body=page.encode("cp1251"), headers={"Content-Type": f"text/html; charset={charset}"}
        )
    }
    with serve(routes, host=HOSTILE) as srv:
        checker = _checker()
        result = checker.check(srv.url("/p"))
        checker.close()
    assert isinstance(result, LinkResult) and result.verdict is Verdict.WEB_PAGE
    assert result.details["page_title"] == "Наставничество"


def test_check_url_command_survives_every_malformed_answer(tmp_path: Any) -> None:
    """The command line of issue 9: these answers used to end in a traceback."""
    routes = {
        "/undefined": Response(
            body="<html><body>Привет</body></html>".encode("cp1251"),
            headers={"Content-Type": "text/html; charset=undefined"},
        ),
    }
    with serve(routes, host="127.0.0.63") as srv:
        srv.route("/backslash", Response.redirect(f"http:\\\\127.0.0.63:{srv.port}\\undefined"))
        outputs = {}
        for path in ("/undefined", "/backslash"):
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "evidence.cli",
                    "check-url",
                    srv.url(path),
                    "-c",
                    "1.1",
                    "-y",
                    "2024",
                    "--json",
                    "--allow-private",
                ],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, done.stderr
            outputs[path] = json.loads(done.stdout)["verdict"]
    assert outputs["/undefined"] == "web_page" and outputs["/backslash"] == "web_page"


# ---- bodies ------------------------------------------------------------------------------
def _endless(_: Request) -> Response:
    return Response(
        chunks=itertools.repeat(b"%PDF-1.4 " + b"0" * 65_527),  # type: ignore[arg-type]
        chunked=True,
        headers={"Content-Type": "application/pdf"},
    )


def _gzip_bomb() -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
        gz.write(b"%PDF-1.4\n")
        zeros = b"\0" * (1 << 20)
        for _ in range(256):  # 256 MiB inflated from ~250 KB
            gz.write(zeros)
    return buf.getvalue()


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    return _gzip_bomb()


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    """A ~1 MB ODF-looking ZIP whose ``mimetype`` member inflates to 1 GiB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        info = zipfile.ZipInfo("mimetype")
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as member:
            member.write(b"application/vnd.oasis.opendocument.text")
            spaces = b" " * (1 << 20)
            for _ in range(1024):
                member.write(spaces)
        zf.writestr("content.xml", "<office:document-content/>")
    return buf.getvalue()


BODY_CASES = [
    "endless",
    "slow-drip",
    "lying-length-shorter",
    "gzip-bomb",
    "zip-bomb-mimetype",
    "unsolicited-brotli",
]


@pytest.mark.slow
@pytest.mark.parametrize("case", BODY_CASES)
def test_hostile_bodies_are_capped_in_bytes_time_and_memory(
    case: str, gzip_bomb: bytes, zip_bomb: bytes
) -> None:
    cap = 2 * 1024 * 1024
    routes: dict[str, Any] = {
        "/endless": _endless,
        "/slow-drip": Response(
            chunks=[b"%PDF-1.4 "] + [b"x" * 10] * 200,
            chunk_delay=0.05,
            headers={"Content-Type": "application/pdf"},
        ),
        "/lying-length-shorter": Response(
            body=b"%PDF-1.4 " + b"x" * 5000,
            headers={"Content-Type": "application/pdf", "Content-Length": "100"},
        ),
        "/gzip-bomb": Response(
            body=gzip_bomb,
            headers={"Content-Type": "application/pdf", "Content-Encoding": "gzip"},
        ),
        "/unsolicited-brotli": Response(
            body=b"%PDF-1.4 " + bytes(range(256)) * 64,
            headers={"Content-Type": "application/pdf", "Content-Encoding": "br"},
        ),
        "/zip-bomb-mimetype": Response(
            body=zip_bomb, headers={"Content-Type": "application/vnd.oasis.opendocument.text"}
        ),
    }
    checker = _checker(max_document_bytes=cap, total_timeout=3.0, read_timeout=1.0)
    with serve(routes, host=HOSTILE) as srv:
        before = _reset_peak_rss()
        started = time.monotonic()
        result = checker.check(srv.url(f"/{case}"))
        elapsed = time.monotonic() - started
        grown = _peak_rss_mb() - before
    checker.close()
    assert elapsed < 6.0
    assert grown < 100, f"main process grew by {grown:.0f} MB"
    if isinstance(result, Document):
        assert len(result.body) <= max(cap, len(zip_bomb))
        if case in ("endless", "gzip-bomb"):
            assert result.truncated and "bytes_capped" in result.flags
        if case == "zip-bomb-mimetype":
            assert result.kind is FileKind.ODT
    else:
        assert result.verdict is Verdict.UNREACHABLE, result.message


def test_sniffing_a_zip_bomb_reads_a_bounded_prefix(zip_bomb: bytes) -> None:
    """Issue 9 item 1: the whole ``mimetype`` member used to be inflated (1 GiB)."""
    from evidence.sniff import sniff

    assert len(zip_bomb) < 1_200_000
    before = _reset_peak_rss()
    kind = sniff(zip_bomb, content_type="application/octet-stream")
    grown = _peak_rss_mb() - before
    assert kind is FileKind.ODT
    assert grown < 100, f"sniffing grew the process by {grown:.0f} MB"


# ---- loops ---------------------------------------------------------------------------------
@pytest.mark.parametrize("case", ["redirect-loop", "too-many-redirects"])
def test_redirect_loops_end(case: str) -> None:
    def hop(request: Request) -> Response:
        n = int(request.path.rsplit("/", 1)[-1])
        if case == "redirect-loop":
            return Response.redirect(f"/r/{(n + 1) % 3}")
        return Response.redirect(f"/r/{n + 1}")

    with serve({}, host=HOSTILE, default=hop) as srv:
        checker = _checker()
        result = checker.check(srv.url("/r/0"))
        checker.close()
    assert isinstance(result, LinkResult) and result.verdict is Verdict.UNREACHABLE
    assert len(result.redirects) <= 11


# ---- broken uploads (issue 12) -------------------------------------------------------------
ERROR_TEXT = (
    "<html><head><title>Ошибка</title></head><body><h1>Произошла ошибка</h1>"
    "<p>Сервер не смог обработать запрос. Обратитесь к администратору сайта.</p></body></html>"
)
BROKEN = {
    "broken-upload-docx-name": ("/files/prikaz.docx", {"Content-Type": "text/html; charset=utf-8"}),
    "broken-upload-word-type": ("/getfile?id=7", {"Content-Type": WORD}),
    "broken-upload-disposition": (
        "/download",
        {"Content-Type": "text/html", "Content-Disposition": 'attachment; filename="otchet.xlsx"'},
    ),
    "broken-upload-pdf-name": ("/upload/prikaz.pdf", {"Content-Type": "application/octet-stream"}),
}
TITLES = {
    "broken-upload-docx-name": "Word",
    "broken-upload-word-type": "Word",
    "broken-upload-disposition": "Excel",
    "broken-upload-pdf-name": "PDF",
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_an_error_page_saved_as_a_document_is_a_broken_file(case: str) -> None:
    path, headers = BROKEN[case]
    route = path.split("?", 1)[0]
    with serve({route: Response(body=ERROR_TEXT.encode(), headers=headers)}, host=HOSTILE) as srv:
        checker = _checker()
        result = checker.check(srv.url(path))
        checker.close()
    assert isinstance(result, LinkResult) and result.verdict is Verdict.UNREADABLE
    assert f"файл повреждён: вместо документа {TITLES[case]} — HTML-текст" in result.message


def test_a_text_message_saved_as_a_document_is_a_broken_file() -> None:
    body = "File not found. Файл не найден на сервере хранения.".encode()
    with serve(
        {"/f/prikaz.doc": Response(body=body, headers={"Content-Type": "application/msword"})},
        host=HOSTILE,
    ) as srv:
        checker = _checker()
        result = checker.check(srv.url("/f/prikaz.doc"))
        checker.close()
    assert isinstance(result, LinkResult) and result.verdict is Verdict.UNREADABLE
    assert "вместо документа Word — текст" in result.message


def test_a_normal_page_stays_a_web_page() -> None:
    with serve({"/sveden/nastavnichestvo": Response.html(ERROR_TEXT)}, host=HOSTILE) as srv:
        checker = _checker()
        result = checker.check(srv.url("/sveden/nastavnichestvo"))
        checker.close()
    assert isinstance(result, LinkResult) and result.verdict is Verdict.WEB_PAGE


def test_a_broken_upload_row_is_unreadable_end_to_end(tmp_path: Any) -> None:
    from config.settings import Settings
    from evidence.pipeline import CheckConfig, Checker

    routes = {
        "/files/prikaz.docx": Response(body=ERROR_TEXT.encode(), headers={"Content-Type": WORD})
    }
    with serve(routes, host=HOSTILE) as srv:
        settings = Settings(allow_private=True, cache_dir=tmp_path / "cache")
        config = CheckConfig.from_settings(settings, 2024)
        item = BatchItem(
            row=1, org="Школа", criterion="1.1", url=srv.url("/files/prikaz.docx"), value="1"
        )
        with Checker(config) as checker:
            result = checker.check_item(item)
    assert result.verdict is Verdict.UNREADABLE
    assert "файл повреждён: вместо документа Word — HTML-текст" in result.message


def test_hostile_answers_in_a_batch_are_verdicts_never_internal_errors(tmp_path: Any) -> None:
    from config.settings import Settings
    from evidence.pipeline import CheckConfig, Checker, check_batch

    raw = [RawServer(RAW_ANSWERS[name]) for name in ("garbage-status-line", "latin1-location")]
    page = "<html><body><p>Привет</p></body></html>".encode("cp1251")
    routes = {"/p": Response(body=page, headers={"Content-Type": "text/html; charset=undefined"})}
    try:
        with serve(routes, host=HOSTILE) as srv:
            srv.route("/b", Response.redirect(f"http:\\\\{HOSTILE}:{srv.port}\\p"))
            srv.route("/o", Response.redirect("http://0177.0.0.1/"))
            urls = [srv.url("/p"), srv.url("/b"), srv.url("/o"), *(s.url() for s in raw)]
            items = [
                BatchItem(row=n, org="Школа", criterion="1.1", url=url, value="1")
                for n, url in enumerate(urls, start=1)
            ]
            settings = Settings(cache_dir=tmp_path / "cache", retries=0)
            config = CheckConfig.from_settings(settings, 2024)
            public = (f"{HOSTILE}/32", f"{RAW}/32")
            config = replace(config, fetch=replace(config.fetch, extra_public_networks=public))
            with Checker(config) as checker:
                results = check_batch(items, checker, concurrency=2)
    finally:
        for server in raw:
            server.close()
    assert all("internal_error" not in r.flags for r in results), [r.message for r in results]
    assert [r.verdict for r in results[:3]] == [Verdict.WEB_PAGE, Verdict.WEB_PAGE, Verdict.BLOCKED]
    assert all(r.verdict is Verdict.UNREACHABLE for r in results[3:])
