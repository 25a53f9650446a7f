"""Rows end to end through real loopback servers: aggregation, counts, dedup, resume."""

from __future__ import annotations

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
    assert not checkpoint.path.exists()


def test_config_survives_json_for_the_workers(config: CheckConfig) -> None:
    fetch = replace(
        config.fetch,
        extra_public_networks=("127.77.0.0/24",),
        resolver_overrides={"school.example": ("127.0.0.5",)},
    )
    original = replace(config, fetch=fetch)
    assert CheckConfig.from_dict(json.loads(json.dumps(original.to_dict()))) == original
