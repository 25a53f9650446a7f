"""A realistic region of school sites on loopback, served from a separate process.

``build_region(orgs, unique=...)`` makes the batch and the routes: each organisation has its
own host (``127.10.x.y``) and ~25 rows whose links follow the mix of a real export — text
PDFs, scans (noisy, skewed, 1–3 pages; some phone-photo JPEGs), DOCX/DOC/RTF, web pages with
document links, file cards, soft 404s, dead links, a refused port, slow hosts, bot walls —
and the real duplication: one regional order (``127.9.0.1``) linked by many schools, one
school link reused for several criteria. ``unique=True`` gives every link its own document
(no reuse anywhere), so caching cannot hide per-document cost.

``RegionServer`` serves the routes from a child process (the measured process keeps its CPU
and GIL to itself); ``mutate(share)`` changes that share of the documents (new bytes, new
ETag) for the warm re-run. Documents carry ``ETag`` and ``Last-Modified`` and answer
conditional requests with 304, as most school CMSs do.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import random
import socket
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from email.utils import formatdate
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from evidence.models import BatchItem, FileKind  # noqa: E402

REALWORLD = REPO.parent / "shared" / "realworld"
YEAR = 2024
REGIONAL_HOST = "127.9.0.1"

# (criterion, what the school links): ~25 rows per organisation, the form's order.
ROWS: list[tuple[str, str]] = [
    ("1.1", "order_teachers"),
    ("1.2", "order_students"),
    ("1.3", "order_monitoring"),
    ("1.4", "report"),
    ("2.1", "agreement"),
    ("2.3", "order_pairs"),
    ("2.4", "order_pairs"),  # the same link as 2.3: one order names mentors and mentees
    ("3.0", "report"),  # the same справка as 1.4
    ("3.1", "programme"),
    ("3.2", "programme"),
    ("3.3", "programme"),
    ("3.4", "programme"),
    ("3.5", "programme"),
    ("3.6", "programme"),
    ("3.7", "programme"),
    ("9.2", "certificate"),
    ("9.3", "order_association"),
    ("11.1", "local_act_pay"),
    ("11.2", "local_act_incentive"),
    ("1.1", "regional_order"),
    ("1.3", "regional_order"),
    ("2.1", "agreement2"),
    ("9.2", "certificate2"),
    ("3.0", "page"),
    ("1.4", "card"),
]

# How a school delivers a document (weights of a real export).
DELIVERY = [
    ("pdf", 38),
    ("scan_pdf", 12),
    ("scan_jpeg", 5),
    ("docx", 14),
    ("doc", 3),
    ("rtf", 3),
    ("page", 7),
    ("card", 4),
    ("soft404", 3),
    ("dead", 5),
    ("refused", 2),
    ("botwall", 2),
]

TITLES = {
    "order_teachers": "Об утверждении положения о системе наставничества педагогических работников",
    "order_students": "Об утверждении положения о системе наставничества обучающихся",
    "order_monitoring": "О проведении мониторинга реализации целевой модели наставничества",
    "order_pairs": "О закреплении наставнических пар (наставников и наставляемых)",
    "order_association": "О создании методического объединения наставников",
    "local_act_pay": "Об утверждении положения об оплате работы наставников",
    "local_act_incentive": "Об утверждении положения о нематериальном поощрении наставников",
}


def document_text(what: str, org: str, n: int, year: int) -> str:
    """The text of a school's document (numbers and dates vary with ``n``)."""
    day, month = 1 + n % 27, 1 + n % 11
    date = f"{day:02d}.{month:02d}.{year}"
    if what in TITLES or what == "regional_order":
        head = "МИНИСТЕРСТВО ОБРАЗОВАНИЯ ОБЛАСТИ" if what == "regional_order" else org.upper()
        title = TITLES.get(what, "О внедрении целевой модели наставничества в организациях")
        return (
            f"{head}\nПРИКАЗ\nот {date} № {n}-од\n{title}\n"
            "В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145 "
            "и в целях реализации целевой модели наставничества\nПРИКАЗЫВАЮ:\n"
            f"1. {title.replace('Об ', 'Утвердить ').replace('О ', 'Обеспечить ')}.\n"
            "2. Назначить куратором наставничества заместителя директора.\n"
            "3. Контроль за исполнением приказа оставляю за собой.\nДиректор И. И. Иванов"
        )
    if what in ("report",):
        return (
            f"{org}\nИНФОРМАЦИОННАЯ СПРАВКА\nпо итогам внутреннего мониторинга реализации "
            f"целевой модели наставничества в {year} году\nот {date} № {n}\n"
            "Показатели мониторинга: количество наставников — 12, наставляемых — 27, "
            "персонализированных программ — 9. Удовлетворённость наставляемых 87 %.\n"
            "Выводы: целевая модель наставничества реализуется в полном объёме."
        )
    if what in ("agreement", "agreement2"):
        return (
            f"СОГЛАШЕНИЕ № {n} о сетевом взаимодействии\nг. Город, {date}\n"
            f"{org} и ООО «Завод» заключили настоящее соглашение.\n1. Предмет соглашения\n"
            "1.1. Партнёр предоставляет своих сотрудников в качестве наставников для "
            "обучающихся и педагогов школы в рамках целевой модели наставничества.\n"
            f"2. Срок действия соглашения: с {date} по 31.12.{year + 1}."
        )
    if what == "programme":
        return (
            f"{org}\nПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА\nформа «учитель – ученик»\n"
            f"на {year}/{year + 1} учебный год\nНаставник: Петрова А. А. Наставляемый: "
            "Сидоров Б. Б.\nЦель: повышение образовательных результатов наставляемого.\n"
            "План мероприятий: еженедельные встречи, разбор олимпиадных задач."
        )
    return (
        "УДОСТОВЕРЕНИЕ о повышении квалификации\n"
        f"№ 77{n:06d}\nВыдано Ивановой Марии Петровне в том, что она с 10.02.{year} по "
        f"28.02.{year} прошла обучение по дополнительной профессиональной программе "
        "«Наставничество в образовательной организации» в объёме 36 часов.\n"
        f"Дата выдачи {date}"
    )


@dataclass
class Route:
    """One path of a host: how it answers."""

    kind: str  # pdf, scan_pdf, scan_jpeg, docx, doc, rtf, page, card, soft404, dead, botwall
    body: bytes = b""
    content_type: str = "application/octet-stream"
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    version: int = 0


@dataclass
class Region:
    items: list[BatchItem]
    hosts: dict[str, dict[str, Route]]  # host -> path -> route
    slow_hosts: set[str]
    refused: list[str]  # URLs on a port nobody listens on (filled in by the server)
    files: dict[str, list[str]]  # "pdf" / "scan" -> paths "host/path" of the served bodies

    def urls(self) -> list[str]:
        return sorted({item.url for item in self.items})


_SCAN_POOL: dict[tuple[str, int, int], bytes] = {}  # shared by every region of a process


class _Renderer:
    """Document bytes; scans come from a small pool of rendered pages (rendering is slow) and
    are made unique with a trailing comment when asked."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._scan_pool = _SCAN_POOL
        self._doc = sorted(REALWORLD.rglob("*.doc")) if REALWORLD.is_dir() else []

    def text_doc(self, fmt: str, text: str) -> bytes:
        from tests.extract.corpus import build_sample

        kind = {"pdf": FileKind.PDF, "docx": FileKind.DOCX, "rtf": FileKind.RTF}[fmt]
        return build_sample(kind, text)

    def scan(self, fmt: str, text: str, what: str, unique_tag: str | None) -> bytes:
        from tests.extract.corpus import _image_pdf, _save_image, render_page

        pages = 1 + self.rng.choice((0, 0, 0, 1, 2)) if fmt == "scan_pdf" else 1
        # Rendering a noisy page takes ~0.3 s: one pool entry per format and page count (the
        # page shows an order; a scan's text only matters when OCR is on).
        variant = 0
        key = (fmt, pages, variant)
        base = self._scan_pool.get(key)
        if base is None:
            angle = (-1.5, 2.0)[pages % 2]
            text = document_text("order_teachers", "МБОУ «СОШ № 1»", 7, YEAR)
            if fmt == "scan_pdf":
                imgs = [render_page(text, scan=True, angle=angle, seed=7 + i) for i in range(pages)]
                base = _image_pdf(imgs)
            else:  # a phone photo: smaller, stronger tilt, JPEG
                img = render_page(text, scan=True, angle=angle * 1.8, seed=11)
                img = img.resize((img.width * 3 // 4, img.height * 3 // 4))
                base = _save_image(img, FileKind.JPEG)
            self._scan_pool[key] = base
        if unique_tag is None:
            return base
        return base + f"\n%{unique_tag}\n".encode()

    def doc(self, unique_tag: str | None) -> bytes | None:
        if not self._doc:
            return None
        data = self.rng.choice(self._doc).read_bytes()
        return data if unique_tag is None else data + unique_tag.encode()


def _page(title: str, links: list[tuple[str, str]]) -> bytes:
    anchors = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body><nav><a href='/'>Главная</a>"
        "<a href='/svedeniya'>Сведения об образовательной организации</a></nav>"
        f"<main><h1>{title}</h1><p>Документы по наставничеству.</p><ul>{anchors}</ul>"
        "</main><footer>© Школа</footer></body></html>"
    ).encode()


def org_host(i: int) -> str:
    return f"127.10.{i // 200}.{1 + i % 200}"


def build_region(orgs: int, *, unique: bool = False, seed: int = 2024) -> Region:
    """``orgs`` organisations × 25 rows (see the module docstring)."""
    rng = random.Random(seed)
    render = _Renderer(seed)
    hosts: dict[str, dict[str, Route]] = {REGIONAL_HOST: {}}
    files: dict[str, list[str]] = {"pdf": [], "scan": []}
    items: list[BatchItem] = []
    kinds = [k for k, _ in DELIVERY]
    weights = [w for _, w in DELIVERY]
    slow_hosts: set[str] = set()
    regional_count = 0

    def add(host: str, path: str, route: Route) -> None:
        hosts.setdefault(host, {})[path] = route
        if route.kind == "pdf":
            files["pdf"].append(f"{host}{path}")
        elif route.kind.startswith("scan"):
            files["scan"].append(f"{host}{path}")

    def document(host: str, path: str, fmt: str, what: str, org: str, n: int) -> None:
        text = document_text(what.rstrip("2"), org, n, YEAR)
        tag = f"{host}{path}" if unique else None
        scan_tag = f"{host}{path}"  # no two schools' scans are the same file, even of one order
        if fmt in ("pdf", "docx", "rtf"):
            ctype = {
                "pdf": "application/pdf",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "rtf": "application/rtf",
            }[fmt]
            add(host, path, Route(fmt, render.text_doc(fmt, text), ctype))
        elif fmt in ("scan_pdf", "scan_jpeg"):
            ctype = "application/pdf" if fmt == "scan_pdf" else "image/jpeg"
            add(host, path, Route(fmt, render.scan(fmt, text, what, scan_tag), ctype))
        else:  # doc
            body = render.doc(tag) or render.text_doc("rtf", text)
            add(host, path, Route("doc", body, "application/msword"))

    regional_path = "/docs/prikaz-regiona.pdf"
    if not unique:
        text = document_text("regional_order", "", 512, YEAR)
        add(
            REGIONAL_HOST,
            regional_path,
            Route("pdf", render.text_doc("pdf", text), "application/pdf"),
        )

    for i in range(orgs):
        org = f"МБОУ «СОШ № {i + 1}»"
        host = org_host(i)
        hosts[host] = {}
        if rng.random() < 0.02:
            slow_hosts.add(host)
        links: dict[str, str] = {}  # what -> URL (a school reuses its link)
        for r, (criterion, what) in enumerate(ROWS):
            n = i * 100 + r
            reuse_key = what if not unique else f"{what}-{r}"
            if what == "regional_order" and not unique:
                url = f"http://{REGIONAL_HOST}:{{port}}{regional_path}"
                regional_count += 1
            elif reuse_key in links:
                url = links[reuse_key]
            else:
                delivery = rng.choices(kinds, weights)[0]
                if what in ("page", "card"):
                    delivery = what
                path = f"/upload/{what}-{r}-{n}"
                if delivery == "page":
                    docs = []
                    for j, target in enumerate(("order_teachers", "report", "programme")):
                        dpath = f"/upload/page{r}-{j}-{n}.pdf"
                        document(host, dpath, "pdf", target, org, n + 50 + j)
                        docs.append((dpath, TITLES.get(target, "Справка по итогам мониторинга")))
                    add(
                        host,
                        path,
                        Route("page", _page("Наставничество", docs), "text/html; charset=utf-8"),
                    )
                elif delivery == "card":
                    dpath = f"/upload/card-file-{n}.pdf"
                    document(host, dpath, "pdf", "report", org, n + 70)
                    path = f"/file/card?id={n}"
                    add(
                        host,
                        "/file/card",
                        Route(
                            "card",
                            _page("Карточка файла", [(dpath, "Справка по итогам мониторинга")]),
                            "text/html; charset=utf-8",
                        ),
                    )
                elif delivery == "soft404":
                    add(
                        host,
                        path,
                        Route(
                            "soft404",
                            "<html><head><title>Ошибка</title></head><body><h1>Страница не найдена (ошибка 404)</h1></body></html>".encode(),
                            "text/html; charset=utf-8",
                        ),
                    )
                elif delivery == "dead":
                    path += ".pdf"  # served by the host's default: 404
                elif delivery == "refused":
                    path = f"/upload/{what}-{n}.pdf"
                    url = f"http://{host}:{{refused}}{path}"
                    links[reuse_key] = url
                    items.append(_item(len(items) + 1, org, i, criterion, url))
                    continue
                elif delivery == "botwall":
                    add(
                        host,
                        path,
                        Route(
                            "botwall",
                            b"<html><title>DDoS-Guard</title><body>Checking your browser... ddos-guard</body></html>",
                            "text/html",
                            status=403,
                            headers={"Server": "ddos-guard"},
                        ),
                    )
                else:
                    ext = {"scan_jpeg": ".jpg", "docx": ".docx", "doc": ".doc", "rtf": ".rtf"}.get(
                        delivery, ".pdf"
                    )
                    path += ext
                    document(host, path, delivery, what, org, n)
                url = f"http://{host}:{{port}}{path}"
                links[reuse_key] = url
            items.append(_item(len(items) + 1, org, i, criterion, url))
    for host in slow_hosts:
        for route in hosts[host].values():
            route.delay = 1.0
    return Region(items, hosts, slow_hosts, [], files)


def _item(row: int, org: str, i: int, criterion: str, url: str) -> BatchItem:
    return BatchItem(
        row=row, org=org, org_id=str(7700000000 + i), criterion=criterion, value="1", url=url
    )


# ---- serving ----------------------------------------------------------------------------------
def _etag(route: Route, path: str) -> str:
    return (
        '"'
        + hashlib.sha1(f"{path}:{route.version}:{len(route.body)}".encode()).hexdigest()[:16]
        + '"'
    )


def _serve(hosts: dict[str, dict[str, Route]], port: int, conn: Any) -> None:
    from tests.support.loopback import LoopbackServer, Request, Response

    started = time.time()
    lock = threading.Lock()

    def handler_for(host: str) -> Any:
        routes = hosts[host]

        def handle(req: Request) -> Response:
            with lock:
                route = routes.get(req.path)
            if route is None:
                return Response(
                    404,
                    "<html><body>404 Not Found</body></html>",
                    headers={"Content-Type": "text/html"},
                )
            headers = {"Content-Type": route.content_type, **route.headers}
            if route.kind not in ("page", "card", "soft404", "botwall"):
                etag = _etag(route, req.path)
                headers["ETag"] = etag
                headers["Last-Modified"] = formatdate(started + route.version, usegmt=True)
                if req.headers.get("If-None-Match") == etag:
                    return Response(304, b"", headers={"ETag": etag}, delay=route.delay)
            return Response(route.status, route.body, headers=headers, delay=route.delay)

        return handle

    servers = []
    for host in hosts:
        srv = LoopbackServer(host=host, port=port, default=handler_for(host))
        srv.start()
        servers.append(srv)
    conn.send("ready")
    while True:
        msg = conn.recv()
        if msg == "stop":
            break
        if isinstance(msg, tuple) and msg[0] == "mutate":
            changed = 0
            with lock:
                for host, path in msg[1]:
                    route = hosts[host][path]
                    route.version += 1
                    route.body = route.body + f"\n%changed {route.version}\n".encode()
                    changed += 1
            conn.send(changed)
        if msg == "ping":
            conn.send("pong")
    for srv in servers:
        srv.stop()
    conn.send("stopped")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RegionServer:
    """Serves a ``Region`` from a child process on one port of every host."""

    def __init__(self, region: Region) -> None:
        self.region = region
        self.port = free_port()
        self.refused_port = free_port()
        ctx = mp.get_context("fork")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(region.hosts, self.port, child), daemon=True)

    def __enter__(self) -> RegionServer:
        self._proc.start()
        if not self._conn.poll(120):
            raise RuntimeError("region server did not start")
        self._conn.recv()
        ports = {"port": str(self.port), "refused": str(self.refused_port)}
        self.region.items = [
            replace(
                item,
                url=item.url.replace("{port}", ports["port"]).replace(
                    "{refused}", ports["refused"]
                ),
            )
            for item in self.region.items
        ]
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.send("stop")
        self._conn.poll(30)
        self._proc.join(10)
        if self._proc.is_alive():
            self._proc.kill()

    @property
    def pid(self) -> int | None:
        return self._proc.pid

    def mutate(self, share: float, seed: int = 7) -> int:
        """Change ``share`` of the linked documents (new bytes, new ETag); returns how many."""
        docs = [
            (host, path)
            for host, routes in sorted(self.region.hosts.items())
            for path, route in sorted(routes.items())
            if route.kind in ("pdf", "scan_pdf", "scan_jpeg", "docx", "doc", "rtf")
        ]
        rng = random.Random(seed)
        chosen = rng.sample(docs, max(1, round(len(docs) * share)))
        for host, path in chosen:  # the parent's copy too (the files lists refer to it)
            self.region.hosts[host][path].version += 1
        self._conn.send(("mutate", chosen))
        return int(self._conn.recv())

    def body(self, ref: str) -> bytes:
        """The served bytes of ``host/path`` as first generated."""
        host, _, path = ref.partition("/")
        return self.region.hosts[host]["/" + path].body
