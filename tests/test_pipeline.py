"""Rows end to end through real loopback servers: aggregation, counts, dedup, resume."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest

from evidence.fetch import FetchConfig
from evidence.models import BatchItem, Verdict
from evidence.pipeline import CheckConfig, Checker, check_batch
from evidence.runner import run_in_process
from tests.support.loopback import LoopbackServer, Response

PDF = "application/pdf"


def demo_file(name: str) -> bytes:
    return resources.files("evidence.demo").joinpath("files", name).read_bytes()


@pytest.fixture
def school() -> Iterator[LoopbackServer]:
    routes = {
        "/agreement-ok.pdf": Response(
            body=demo_file("soglashenie_3_zavod.pdf"), headers={"Content-Type": PDF}
        ),
        "/agreement-general.docx": Response(
            body=demo_file("dogovor_12_sotrudnichestvo.docx"),
            headers={"Content-Type": "application/octet-stream"},
        ),
        "/order.docx": Response(
            body=demo_file("prikaz_214_nastavnichestvo_pedagogov.docx"),
            headers={"Content-Type": "application/zip"},
        ),
    }
    with LoopbackServer(routes, host="127.0.0.41") as server:
        yield server


@pytest.fixture
def config(tmp_path: Path) -> CheckConfig:
    fetch = FetchConfig(
        allow_private=True,
        retries=0,
        connect_timeout=2,
        read_timeout=5,
        total_timeout=10,
        probe_soft_404=False,
    )
    return CheckConfig(year=2024, fetch=fetch, cache_dir=tmp_path / "cache")


def item(row: int, criterion: str, value: str, url: str) -> BatchItem:
    return BatchItem(row=row, org="МБОУ «СОШ № 17»", criterion=criterion, value=value, url=url)


def test_counted_criterion_needs_every_declared_document(
    school: LoopbackServer, config: CheckConfig
) -> None:
    cell = f"{school.url('/agreement-ok.pdf')}; {school.url('/gone.pdf')}"
    with Checker(config) as checker:
        result = checker.check_item(item(1, "2.1", "3", cell))
    assert [link.verdict for link in result.links] == [Verdict.OK, Verdict.HTTP_ERROR]
    assert result.verdict is Verdict.HTTP_ERROR  # each counted document must be valid
    assert "count_mismatch" in result.flags
    assert "Заявлено документов: 3" in result.message and "1" in result.message


def test_one_valid_document_proves_a_non_counted_row(
    school: LoopbackServer, config: CheckConfig
) -> None:
    cell = f"{school.url('/missing.pdf')} {school.url('/order.docx')}"
    with Checker(config) as checker:
        result = checker.check_item(item(1, "1.1", "1", cell))
    assert result.verdict is Verdict.OK
    assert "some_links_invalid" in result.flags
    assert result.final_url == school.url("/order.docx")
    assert result.doc_kind is not None and result.doc_kind.value == "order"


@pytest.mark.parametrize(
    ("criterion", "value", "verdict", "flag"),
    [
        pytest.param("1.3", "1", Verdict.NO_LINK, None, id="claimed_without_link"),
        pytest.param("1.3", "", Verdict.NO_LINK, None, id="empty_value_without_link"),
        pytest.param("1.3", "0", Verdict.OK, "value_zero", id="zero_needs_no_document"),
        pytest.param("5.0", "320", Verdict.OK, "value_only", id="numeric_indicator"),
    ],
)
def test_rows_without_a_link(
    config: CheckConfig, criterion: str, value: str, verdict: Verdict, flag: str | None
) -> None:
    with Checker(config) as checker:
        result = checker.check_item(item(1, criterion, value, ""))
    assert result.verdict is verdict
    assert result.message
    if flag:
        assert flag in result.flags


def test_text_instead_of_link(config: CheckConfig) -> None:
    with Checker(config) as checker:
        result = checker.check_item(item(1, "1.2", "1", "Приказ №227 от 06.05.2022 г."))
    assert result.verdict is Verdict.NOT_A_URL
    assert "Приказ №227" in result.message


def test_a_document_linked_by_many_rows_is_fetched_once(
    school: LoopbackServer, config: CheckConfig
) -> None:
    url = school.url("/agreement-general.docx")
    items = [item(row, "2.1", "1", url) for row in range(1, 9)]
    with Checker(config) as checker:
        results = check_batch(items, checker, concurrency=4)
    assert school.hits["/agreement-general.docx"] == 1
    assert [r.row for r in results] == list(range(1, 9))
    assert {r.verdict for r in results} == {Verdict.OFF_TOPIC}


def test_one_link_under_two_criteria_is_fetched_once_and_ranked_per_criterion(
    config: CheckConfig,
) -> None:
    page = Response.html(
        "<html><body><h1>Наставничество</h1>"
        '<a href="/files/prikaz-monitoring.pdf">Приказ о проведении мониторинга реализации '
        "целевой модели наставничества</a>"
        '<a href="/files/polozhenie-pedagogi.pdf">Приказ об утверждении положения о системе '
        "наставничества педагогических работников</a>"
        "</body></html>"
    )
    with LoopbackServer({"/mentoring": page}, host="127.0.0.42") as site:
        url = site.url("/mentoring")
        with Checker(config) as checker:
            results = check_batch(
                [item(1, "1.1", "1", url), item(2, "1.3", "1", url)], checker, concurrency=2
            )
        assert site.hits["/mentoring"] == 1
    assert [r.verdict for r in results] == [Verdict.WEB_PAGE, Verdict.WEB_PAGE]
    best = [r.links[0].candidates[0].url for r in results]
    assert best[0].endswith("/files/polozhenie-pedagogi.pdf")
    assert best[1].endswith("/files/prikaz-monitoring.pdf")


def test_interrupted_run_resumes_without_refetching(
    school: LoopbackServer, config: CheckConfig, tmp_path: Path
) -> None:
    items = [
        item(1, "1.1", "1", school.url("/order.docx")),
        item(2, "2.1", "1", school.url("/agreement-ok.pdf")),
    ]
    out = tmp_path / "out"
    results, resumed = run_in_process(items[:1], config, out, concurrency=2)
    assert resumed == 0
    # Simulate a run killed after row 1: its checkpoint survives, the batch is the full one.
    from evidence.checkpoint import Checkpoint, batch_fingerprint

    checkpoint = Checkpoint(out, batch_fingerprint(items, config.year))
    checkpoint.start({1: results[0]})
    with open(checkpoint.path, "a", encoding="utf-8") as fh:
        fh.write('{"row": 2, "torn')  # a half-written line from the killed run
    hits_before = school.hits["/order.docx"]
    results, resumed = run_in_process(items, config, out, concurrency=2)
    assert resumed == 1
    assert school.hits["/order.docx"] == hits_before
    assert [r.row for r in results] == [1, 2]
    # The checkpoint outlives the check; it goes only once the reports are in place.
    assert checkpoint.path.exists()
    from evidence.runner import write_outputs

    write_outputs(items, results, year=config.year, out=out)
    assert (out / "report.xlsx").is_file()
    assert not checkpoint.path.exists()


def test_config_survives_json_for_the_workers(config: CheckConfig) -> None:
    fetch = replace(
        config.fetch,
        extra_public_networks=("127.77.0.0/24",),
        resolver_overrides={"school.example": ("127.0.0.5",)},
    )
    original = replace(config, fetch=fetch)
    assert CheckConfig.from_dict(json.loads(json.dumps(original.to_dict()))) == original


class _SilentServer:
    """Accepts connections on loopback and never answers (a hung backend)."""

    def __init__(self, host: str) -> None:
        import socket
        import threading

        self.sock = socket.socket()
        self.sock.bind((host, 0))
        self.sock.listen(128)
        self.port = self.sock.getsockname()[1]
        self.host = host
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def close(self) -> None:
        self.sock.close()
        for conn in self.accepted:
            conn.close()


def test_a_dead_host_does_not_hold_up_the_healthy_rows(tmp_path: Path) -> None:
    import time

    fetch = FetchConfig(
        allow_private=True,
        retries=0,
        connect_timeout=1,
        read_timeout=1,
        total_timeout=3,
        probe_soft_404=False,
        per_host_concurrency=2,
    )
    config = CheckConfig(year=2024, fetch=fetch, cache_dir=tmp_path / "cache")
    order = demo_file("prikaz_214_nastavnichestvo_pedagogov.docx")
    doc = Response(body=order, headers={"Content-Type": PDF}, delay=0.05)
    dead = _SilentServer("127.0.0.61")
    healthy_hosts = [f"127.0.0.{62 + i}" for i in range(4)]
    try:
        with contextlib.ExitStack() as stack:
            sites = [
                stack.enter_context(LoopbackServer(default=doc, host=h)) for h in healthy_hosts
            ]
            healthy = [
                item(100 + i, "1.1", "1", sites[i % 4].url(f"/order{i}.docx")) for i in range(24)
            ]
            with Checker(config) as checker:
                started = time.monotonic()
                check_batch(healthy, checker, concurrency=8)
                alone = time.monotonic() - started
            dead_rows = [item(i + 1, "1.1", "1", dead.url(f"/doc{i}.pdf")) for i in range(40)]
            finished: dict[int, float] = {}
            with Checker(config) as checker:
                started = time.monotonic()
                results = check_batch(
                    [*dead_rows, *[replace(r, url=r.url + "?again") for r in healthy]],
                    checker,
                    concurrency=8,
                    on_result=lambda r: finished.setdefault(r.row, time.monotonic() - started),
                )
                total = time.monotonic() - started
    finally:
        dead.close()
    healthy_done = max(finished[r.row] for r in healthy)
    # The healthy rows are not stuck behind the dead host's 40 rows (before: 40/2 × timeout).
    assert healthy_done <= 3 * alone + 1.0, (healthy_done, alone)
    by_row = {r.row: r for r in results}
    assert all(by_row[r.row].verdict is Verdict.UNREACHABLE for r in dead_rows)
    assert all(by_row[r.row].verdict is Verdict.OK for r in healthy)
    # The dead host was given up after a probe: its remaining rows say so and were never sent.
    given_up = [r for r in dead_rows if "не запрашивались" in by_row[r.row].message]
    assert len(given_up) >= 30
    assert len(dead.accepted) <= 8
    assert total < 12


def test_a_rerun_asks_whether_documents_changed_and_reads_only_the_changed(
    config: CheckConfig,
) -> None:
    from tests.support.loopback import Request

    bodies = {
        "/order.docx": demo_file("prikaz_214_nastavnichestvo_pedagogov.docx"),
        "/agreement.pdf": demo_file("soglashenie_3_zavod.pdf"),
    }
    versions = {path: 1 for path in bodies}

    def serve(req: Request) -> Response:
        etag = f'"{req.path}-v{versions[req.path]}"'
        if req.headers.get("If-None-Match") == etag:
            return Response(304, headers={"ETag": etag})
        return Response(body=bodies[req.path], headers={"Content-Type": PDF, "ETag": etag})

    with LoopbackServer({p: serve for p in bodies}, host="127.0.0.43") as site:
        items = [
            item(1, "1.1", "1", site.url("/order.docx")),
            item(2, "2.1", "1", site.url("/agreement.pdf")),
        ]
        with Checker(config) as checker:
            first = check_batch(items, checker, concurrency=2)
        sent = dict(site.bytes_sent)
        versions["/agreement.pdf"] = 2  # the school replaced its agreement (same bytes here)
        with Checker(config) as checker:
            second = check_batch(items, checker, concurrency=2)
        conditional = [r.headers.get("If-None-Match") for r in site.requests[2:]]
    assert sorted(conditional) == ['"/agreement.pdf-v1"', '"/order.docx-v1"']
    # The unchanged order was not downloaded again; the changed agreement was.
    assert site.bytes_sent["/order.docx"] == sent["/order.docx"]
    assert site.bytes_sent["/agreement.pdf"] == 2 * sent["/agreement.pdf"]
    for a, b in zip(first, second, strict=True):
        assert (a.verdict, a.doc_kind, a.doc_date, a.doc_number, a.evidence) == (
            b.verdict,
            b.doc_kind,
            b.doc_date,
            b.doc_number,
            b.evidence,
        )
        assert a.links[0].sha256 == b.links[0].sha256 and a.links[0].size == b.links[0].size
