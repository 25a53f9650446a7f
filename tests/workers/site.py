"""A small school web site on loopback and a batch of rows pointing at it."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

from config.settings import Settings
from evidence.models import BatchItem
from evidence.pipeline import CheckConfig
from tests.support.loopback import LoopbackServer, Response

YEAR = 2024

ORDER = """МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «СРЕДНЯЯ ШКОЛА № {n}»

ПРИКАЗ

от 02.09.2024 № {n}-од

Об утверждении положения о системе наставничества педагогических работников

В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145
ПРИКАЗЫВАЮ:
1. Утвердить положение о системе наставничества педагогических работников.
2. Контроль за исполнением приказа оставляю за собой.

Директор школы И. И. Иванов
"""

AGREEMENT = """СОГЛАШЕНИЕ № {n} о сотрудничестве
г. Город, 10.01.2023

Предмет соглашения: стороны сотрудничают в области спорта и культуры.
Срок действия соглашения: до 31.12.2025.
"""


def text_doc(text: str, delay: float = 0.0) -> Response:
    return Response(
        body=text.encode("utf-8"),
        headers={"Content-Type": "text/plain; charset=utf-8"},
        delay=delay,
    )


def png_scan() -> Response:
    """An image without a text layer: the fast pass flags it ``needs_ocr``."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (900, 300), 255)
    draw = ImageDraw.Draw(img)
    draw.text((40, 120), "PRIKAZ 2024", fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return Response(body=buf.getvalue(), headers={"Content-Type": "image/png"})


def build_site(server: LoopbackServer, *, docs: int = 6, delay: float = 0.0) -> None:
    for n in range(docs):
        server.route(f"/docs/order{n}.txt", text_doc(ORDER.format(n=n + 1), delay=delay))
    server.route("/docs/agreement.txt", text_doc(AGREEMENT.format(n=7), delay=delay))
    server.route(
        "/about",
        Response.html("<html><body><h1>О школе</h1><p>Наша школа.</p></body></html>"),
    )
    server.route("/docs/scan.png", png_scan())


def mixed_items(server: LoopbackServer) -> list[BatchItem]:
    """Rows of every kind: documents, a page, a 404, a scan, no link, not a link, a repeat."""
    rows: list[dict[str, Any]] = [
        {"criterion": "1.1", "value": "1", "url": server.url("/docs/order0.txt")},
        {"criterion": "1.1", "value": "1", "url": server.url("/docs/order1.txt")},
        {"criterion": "2.1", "value": "1", "url": server.url("/docs/agreement.txt")},
        {"criterion": "1.3", "value": "1", "url": server.url("/about")},
        {"criterion": "1.1", "value": "1", "url": server.url("/docs/missing.pdf")},
        {"criterion": "1.4", "value": "1", "url": server.url("/docs/scan.png")},
        {"criterion": "1.2", "value": "1", "url": ""},
        {"criterion": "1.2", "value": "1", "url": "см. сайт школы"},
        {"criterion": "1.1", "value": "1", "url": server.url("/docs/order0.txt")},
        {
            "criterion": "1.1",
            "value": "1",
            "url": server.url("/docs/order2.txt") + " " + server.url("/docs/order3.txt"),
        },
    ]
    return [BatchItem(row=i + 1, org=f"МБОУ СШ № {i % 3 + 1}", **row) for i, row in enumerate(rows)]


def doc_items(server: LoopbackServer, count: int, docs: int = 6) -> list[BatchItem]:
    return [
        BatchItem(
            row=i + 1,
            org=f"МБОУ СШ № {i % docs + 1}",  # the school whose order the row links
            criterion="1.1",
            value="1",
            url=server.url(f"/docs/order{i % docs}.txt") + f"?r={i}",
        )
        for i in range(count)
    ]


def check_config(**fetch: Any) -> CheckConfig:
    """Short timeouts, private addresses allowed, no soft-404 probes (one request per link)."""
    settings = Settings(allow_private=True, _env_file=None)  # type: ignore[call-arg]
    config = CheckConfig.from_settings(settings, YEAR)
    values: dict[str, Any] = {
        "connect_timeout": 2.0,
        "read_timeout": 5.0,
        "total_timeout": 10.0,
        "retries": 0,
        "probe_soft_404": False,
    }
    values.update(fetch)
    return replace(config, fetch=replace(config.fetch, **values))
