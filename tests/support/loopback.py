"""A small threaded HTTP server on loopback for tests that exercise the network for real.

Every ``127.x.y.z`` address is a loopback address on Linux, so one test can stand up many
"hosts" (``LoopbackServer(host="127.0.0.7")``). Port 0 picks a free port. Pass ``tls`` (a
server-side ``ssl.SSLContext``) to serve HTTPS.

Routes map a path (without the query string) to a ``Response`` or to a handler
``(Request) -> Response``. A ``Response`` can delay before headers, drip its body in chunks
(chunked transfer encoding or with a Content-Length), or redirect. The server counts hits per
path, the number of requests being worked on at the same time (received, answer not yet
started: ``max_concurrent``) and the bytes
of body actually written per path (``bytes_sent``), so tests can assert that a client stopped
reading early or never sent more than N concurrent requests.

    with serve({"/doc.pdf": Response(body=pdf, headers={"Content-Type": "application/pdf"})},
               host="127.0.0.9") as srv:
        url = srv.url("/doc.pdf")
        ...
        assert srv.hits["/doc.pdf"] == 1
"""

from __future__ import annotations

import contextlib
import ssl
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    """What a handler sees."""

    method: str
    path: str  # without the query string
    query: dict[str, list[str]]
    raw_path: str
    headers: Mapping[str, str]
    body: bytes
    server: LoopbackServer


@dataclass
class Response:
    """A declared response.

    ``delay``: seconds to sleep before sending the status line.
    ``drop``: close the connection without sending anything.
    ``chunks``: body parts sent one by one with ``chunk_delay`` seconds between them (instead of
    ``body``); with ``chunked=True`` the transfer encoding is chunked, otherwise a Content-Length
    equal to the total is sent (or none when ``content_length=False``; the connection is closed
    at the end).
    """

    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunks: list[bytes] | None = None
    chunk_delay: float = 0.0
    chunked: bool = False
    content_length: bool = True
    drop: bool = False  # close the connection without answering (a reset / crashed backend)

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Response:
        return cls(status=status, headers={"Location": location})

    @classmethod
    def html(cls, text: str, status: int = 200, charset: str = "utf-8", **kw: Any) -> Response:
        headers = {"Content-Type": f"text/html; charset={charset}"}
        headers.update(kw.pop("headers", {}))
        return cls(status=status, body=text.encode(charset), headers=headers, **kw)


Handler = Callable[[Request], Response]
Route = Response | Handler


class LoopbackServer:
    """A threaded HTTP/1.1 server on ``host``:``port`` (port 0: any free port)."""

    def __init__(
        self,
        routes: Mapping[str, Route] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        default: Route | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.tls = tls
        self.routes: dict[str, Route] = dict(routes or {})
        self.default: Route = default if default is not None else Response(404, b"not found")
        self.hits: Counter[str] = Counter()
        self.bytes_sent: Counter[str] = Counter()
        self.requests: list[Request] = []
        self.active = 0
        self.max_concurrent = 0
        self._lock = threading.Lock()
        self._httpd = _Server((host, port), _make_handler(self))
        self._httpd.daemon_threads = True
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self._thread: threading.Thread | None = None

    # ---- addresses ------------------------------------------------------------------
    @property
    def host(self) -> str:
        return str(self._httpd.server_address[0])

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def scheme(self) -> str:
        return "https" if self.tls is not None else "http"

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def url(self, path: str = "/", host: str | None = None) -> str:
        """Absolute URL of ``path``; ``host`` replaces the address (e.g. a name in resolver overrides)."""
        return f"{self.scheme}://{host or self.host}:{self.port}{path}"

    # ---- routes ---------------------------------------------------------------------
    def route(self, path: str, response: Route) -> None:
        self.routes[path] = response

    def _lookup(self, path: str) -> Route:
        return self.routes.get(path, self.default)

    # ---- lifecycle ------------------------------------------------------------------
    def start(self) -> LoopbackServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- bookkeeping ----------------------------------------------------------------
    def _enter(self, req: Request) -> None:
        with self._lock:
            self.hits[req.path] += 1
            self.requests.append(req)
            self.active += 1
            self.max_concurrent = max(self.max_concurrent, self.active)

    def _leave(self) -> None:
        with self._lock:
            self.active -= 1

    def _sent(self, path: str, n: int) -> None:
        with self._lock:
            self.bytes_sent[path] += n


class _Server(ThreadingHTTPServer):
    allow_reuse_address = True
    request_queue_size = 64

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up early (size caps, timeouts) are expected in these tests.
        pass


def _make_handler(owner: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            req = Request(
                method=self.command,
                path=parts.path or "/",
                query=parse_qs(parts.query),
                raw_path=self.path,
                headers={k: v for k, v in self.headers.items()},
                body=body,
                server=owner,
            )
            owner._enter(req)
            self._left = False
            try:
                route = owner._lookup(req.path)
                resp = route(req) if callable(route) else route
                self._write(req.path, resp)
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                self._leave()
                self.close_connection = True

        def _leave(self) -> None:
            # a request stops counting as served once its answer starts to go out: after that
            # the client may read it all and start its next request before this thread gets
            # back here, which would count one request too many (seen on a loaded machine)
            if not self._left:
                self._left = True
                owner._leave()

        def _write(self, path: str, resp: Response) -> None:
            if resp.delay:
                time.sleep(resp.delay)
            if resp.drop:
                return
            self._leave()
            body = resp.body.encode("utf-8") if isinstance(resp.body, str) else resp.body
            chunks = resp.chunks if resp.chunks is not None else [body]
            self.send_response(resp.status)
            headers = dict(resp.headers)
            headers.setdefault("Connection", "close")
            if resp.chunked:
                headers["Transfer-Encoding"] = "chunked"
            elif resp.content_length:
                headers.setdefault("Content-Length", str(sum(len(c) for c in chunks)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            if self.command == "HEAD":
                return
            for i, chunk in enumerate(chunks):
                if i and resp.chunk_delay:
                    time.sleep(resp.chunk_delay)
                if resp.chunked:
                    if not chunk:
                        continue
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                else:
                    self.wfile.write(chunk)
                self.wfile.flush()
                owner._sent(path, len(chunk))
            if resp.chunked:
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()

        do_GET = _serve
        do_HEAD = _serve
        do_POST = _serve

    return _Handler


@contextlib.contextmanager
def serve(
    routes: Mapping[str, Route] | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    default: Route | None = None,
    tls: ssl.SSLContext | None = None,
) -> Iterator[LoopbackServer]:
    """Run a ``LoopbackServer`` for the duration of a ``with`` block."""
    server = LoopbackServer(routes, host=host, port=port, default=default, tls=tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def drip(body: bytes, parts: int) -> list[bytes]:
    """Split ``body`` into ``parts`` chunks (for slow-drip responses)."""
    size = max(1, -(-len(body) // parts))
    return [body[i : i + size] for i in range(0, len(body), size)]
