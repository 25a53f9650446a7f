"""The built-in sample school site the demo checks: documents, pages and every kind of
trouble a coordinator meets (lying content types, a 404, a «Страница не найдена» page with
status 200, a section page instead of a document, a file card with an embedded viewer, a
cloud share, a bot wall, a truncated file).

It serves on a loopback address; the demo tells the fetcher to treat that one network as
public, so the private-address guard stays on for every other link in the demo batch.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import parse_qs, urlsplit

SITE_NAME = "МБОУ «СОШ № 17» — официальный сайт"

_MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "jpg": "image/jpeg",
}


def _file(name: str) -> bytes:
    return resources.files("evidence.demo").joinpath("files", name).read_bytes()


def _page(title: str, body: str, *, status_line: str = "") -> bytes:
    nav = (
        "<nav><a href='/'>Главная</a> | <a href='/sveden/'>Сведения об образовательной "
        "организации</a> | <a href='/news/'>Новости</a> | <a href='/contacts/'>Контакты</a></nav>"
    )
    html = (
        f"<!doctype html><html lang='ru'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><header><h2>{SITE_NAME}</h2>{nav}</header><main>{status_line}"
        f"<h1>{title}</h1>{body}</main><footer>© Школа № 17, г. Ижевск</footer></body></html>"
    )
    return html.encode("utf-8")


_SECTION_PAGE = _page(
    "Целевая модель наставничества",
    """<p>Нормативно-правовые акты федерального, регионального, муниципального и
    институционального уровней.</p>
    <ul>
    <li><a href='/files/prikaz_214_nastavnichestvo_pedagogov.docx'>Приказ № 214-од об утверждении
        положения о системе наставничества педагогических работников</a></li>
    <li><a href='/files/programma_uchenik_uchenik.pdf'>Персонализированная программа наставничества
        (форма «ученик – ученик»)</a></li>
    <li><a href='/files/polozhenie_nastavnichestvo.pdf'>Положение о системе наставничества</a></li>
    <li><a href='/news/2024-09-01'>Новости: День знаний</a></li>
    </ul>""",
)

_NOT_FOUND_PAGE = _page(
    "Страница не найдена (ошибка 404)",
    "<p>Запрашиваемая страница не существует или была удалена. Вернитесь на главную.</p>",
)

_CARD_PAGE = _page(
    "Приказ № 250-од о закреплении наставнических пар",
    "<iframe src='/files/prikaz_250_pary.pdf' width='100%' height='800'></iframe>",
)

_BOT_WALL = (
    b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    b"<div id='cf-challenge'>Checking your browser before accessing the site.</div>"
    b"<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1'></script>"
    b"</body></html>"
)


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = ()


def route(path: str, query: dict[str, list[str]], base: str) -> Response:
    """The whole site: path -> response."""
    if path.startswith("/files/"):
        name = path.removeprefix("/files/")
        try:
            data = _file(name)
        except (FileNotFoundError, IsADirectoryError):
            return Response(404, _NOT_FOUND_PAGE, "text/html; charset=utf-8")
        return Response(200, data, _MIME.get(name.rsplit(".", 1)[-1], "application/octet-stream"))
    if path == "/docs/prikaz_301_monitoring":
        # The server does not say what it sends: the bytes decide.
        return Response(200, _file("prikaz_301_monitoring_2024.pdf"), "application/octet-stream")
    if path == "/upload/scan/prikaz_233.jpg":
        return Response(200, _file("prikaz_233_scan.jpg"), "image/jpeg")
    if path == "/sveden/nastavnichestvo/":
        return Response(200, _SECTION_PAGE, "text/html; charset=utf-8")
    if path == "/docs/old/spravka-2024.html":
        return Response(200, _NOT_FOUND_PAGE, "text/html; charset=utf-8")
    if path == "/file/card" and query.get("id") == ["250"]:
        return Response(200, _CARD_PAGE, "text/html; charset=utf-8")
    if path == "/protected/polozhenie.pdf":
        return Response(
            403,
            _BOT_WALL,
            "text/html; charset=utf-8",
            (("Server", "cloudflare"), ("cf-mitigated", "challenge")),
        )
    if path == "/v1/disk/public/resources/download":
        # A local stand-in for the Yandex Disk public API.
        href = f"{base}/files/prikaz_200_vyplaty.pdf"
        return Response(200, json.dumps({"href": href}).encode(), "application/json")
    if path in ("/", ""):
        return Response(
            200, _page(SITE_NAME, "<p>Добро пожаловать!</p>"), "text/html; charset=utf-8"
        )
    return Response(404, _NOT_FOUND_PAGE, "text/html; charset=utf-8")


class DemoSite:
    """A threaded HTTP server on ``host`` (port chosen by the OS); a context manager."""

    def __init__(self, host: str = "127.77.0.1") -> None:
        site = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "DemoSchoolSite/1.0"

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                response = route(parts.path, parse_qs(parts.query), site.base_url)
                self.send_response(response.status)
                self.send_header("Content-Type", response.content_type)
                self.send_header("Content-Length", str(len(response.body)))
                for name, value in response.headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(response.body)

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.host = host
        self.port = self.server.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> DemoSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
