"""Latency of the HTTP API (run by hand; not part of the test suite).

    python bench/bench_api.py [--rows 1000] [--repeat 20] [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres]

For SQLite (the embedded default) and PostgreSQL (a throw-away database made through the
``--pg`` admin URL; skipped with ``--pg ''``) it starts ``create_app`` under uvicorn on
loopback and measures, with a real HTTP client:

* ``GET /api/batches/{id}/results?per_page=1000`` on a finished batch of ``--rows`` rows with
  realistic result objects (median and p95 of ``--repeat`` requests), and a filtered page;
* submit → first result: a batch of 50 document links on a loopback school site (0.2 s per
  response) is POSTed, and the results are polled every 10 ms until the first row appears;
  also the time until the whole batch is done.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import httpx  # noqa: E402
import sqlalchemy as sa  # noqa: E402
import uvicorn  # noqa: E402

from config.settings import Settings  # noqa: E402
from evidence.batch import write_batch_csv  # noqa: E402
from evidence.models import BatchItem, DocKind, FileKind, ItemResult, LinkResult, Verdict  # noqa: E402
from evidence.store import get_engine, repo  # noqa: E402
from evidence.web import create_app  # noqa: E402
from evidence.web.state import database_url  # noqa: E402
from tests.support.loopback import LoopbackServer  # noqa: E402
from tests.workers.site import YEAR, build_site, doc_items  # noqa: E402

TOKEN = "bench-token"


@contextmanager
def serve(settings: Settings) -> Iterator[str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def synthetic_batch(engine: Any, rows: int) -> str:
    """A finished batch of ``rows`` rows with result objects of realistic size."""
    items = [
        BatchItem(
            row=n + 1,
            org=f"МБОУ «Школа № {n // 20 + 1}»",
            criterion="1.1",
            value="1",
            url=f"https://school{n // 20}.example/docs/prikaz{n}.pdf",
        )
        for n in range(rows)
    ]
    batch_id = repo.create_batch(engine, items, {"year": YEAR}, year=YEAR, source="bench")
    for item in items:
        link = LinkResult(
            url=item.url,
            final_url=item.url,
            verdict=Verdict.OK,
            status=200,
            file_kind=FileKind.PDF,
            doc_kind=DocKind.ORDER,
            doc_date="2024-09-02",
            sha256=uuid.uuid4().hex * 2,
            size=120_000,
            content_type="application/pdf",
            message="Приказ от 02.09.2024 № 45-од об утверждении положения о наставничестве",
        )
        repo.save_result(
            engine,
            batch_id,
            ItemResult(
                row=item.row,
                org=item.org,
                criterion=item.criterion,
                url=item.url,
                final_url=item.url,
                verdict=Verdict.OK if item.row % 7 else Verdict.WRONG_YEAR,
                flags=["needs_review"] if item.row % 11 == 0 else [],
                doc_kind=DocKind.ORDER,
                doc_date="2024-09-02",
                doc_number="45-од",
                message="Документ подходит: приказ от 02.09.2024 № 45-од.",
                evidence="Об утверждении положения о системе наставничества педагогических работников",
                value="1",
                criterion_title="Приказ об утверждении положения",
                confidence=0.93,
                links=[link],
            ),
        )
    return batch_id


def timed_get(client: httpx.Client, path: str, repeat: int, **params: Any) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path, params=params)
        response.raise_for_status()
        out.append((time.perf_counter() - start) * 1000)
    return out


def describe(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return f"median {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms"


def bench(label: str, settings: Settings, rows: int, repeat: int) -> None:
    engine = get_engine(database_url(settings))
    batch_id = synthetic_batch(engine, rows)
    with (
        serve(settings) as base,
        httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60, trust_env=False
        ) as client,
    ):
        path = f"/api/batches/{batch_id}/results"
        timed_get(client, path, 2, per_page=1000)  # warm
        page = timed_get(client, path, repeat, per_page=1000)
        size = len(client.get(path, params={"per_page": 1000}).content)
        filtered = timed_get(client, path, repeat, per_page=1000, verdict="wrong_year")
        print(
            f"{label}: results page of {min(rows, 1000)} rows ({size // 1024} KiB): {describe(page)}; "
            f"filtered by verdict: {describe(filtered)}"
        )

        with LoopbackServer(host="127.0.0.90") as site, tempfile.TemporaryDirectory() as tmp:
            build_site(site, delay=0.2)
            items = doc_items(site, 50)
            write_batch_csv(Path(tmp) / "b.csv", items)
            content = (Path(tmp) / "b.csv").read_bytes()
            start = time.perf_counter()
            created = client.post(
                "/api/batches", files={"file": ("b.csv", content)}, data={"year": YEAR}
            )
            created.raise_for_status()
            new_id = created.json()["id"]
            accepted = time.perf_counter() - start
            first = None
            while True:
                total = client.get(f"/api/batches/{new_id}/results", params={"per_page": 1}).json()[
                    "total"
                ]
                if total and first is None:
                    first = time.perf_counter() - start
                if client.get(f"/api/batches/{new_id}").json()["status"] == "done":
                    break
                time.sleep(0.01)
            done = time.perf_counter() - start
        print(
            f"{label}: submit of 50 links answered in {accepted * 1000:.0f} ms; first result after "
            f"{(first or done) * 1000:.0f} ms; whole batch done after {done:.1f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    common: dict[str, Any] = {
        "api_tokens": TOKEN,
        "allow_private": True,
        "probe_soft_404": False,
        "retries": 0,
        "api_rate_per_minute": 1_000_000,
        "broker_url": None,
    }
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = Settings(data_dir=Path(tmp) / "sqlite", cache_dir=Path(tmp) / "cache", **common)
        bench("SQLite", sqlite.model_copy(update={"database_url": None}), args.rows, args.repeat)
        if args.pg:
            name = f"evidence_bench_{uuid.uuid4().hex[:8]}"
            admin = sa.create_engine(args.pg, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
            try:
                url = args.pg.rsplit("/", 1)[0] + "/" + name
                pg = Settings(data_dir=Path(tmp) / "pg", cache_dir=Path(tmp) / "cache", **common)
                bench(
                    "PostgreSQL",
                    pg.model_copy(update={"database_url": url}),
                    args.rows,
                    args.repeat,
                )
            finally:
                from evidence.store import dispose_engines

                dispose_engines()
                with admin.connect() as conn:
                    conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
