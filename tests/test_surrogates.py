"""A lone UTF-16 surrogate in a document's text (an RTF's «\\u-10240?») has no UTF-8 form: it
must neither kill the extraction worker nor the run's checkpoint."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence.checkpoint import Checkpoint, batch_fingerprint
from evidence.fetch import FetchConfig
from evidence.models import BatchItem, ItemResult, Verdict
from evidence.pipeline import CheckConfig
from evidence.runner import run_in_process, write_outputs
from tests.support.loopback import LoopbackServer, Response

LONE = "\ud800"
ORDER = (
    "Приказ № 214 от 29.08.2024 «Об утверждении положения о системе наставничества "
    "педагогических работников»"
)


def rtf_with_lone_surrogate() -> bytes:
    """An order typed in RTF, every Cyrillic letter as ``\\uN?``, then an unpaired high half."""
    body = "".join(f"\\u{ord(c)}?" if ord(c) > 127 else c for c in ORDER)
    return (r"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0 Times New Roman;}}\f0 " + body).encode(
        "ascii"
    ) + rb" \u-10240? \par}"


@pytest.fixture
def site() -> Iterator[LoopbackServer]:
    routes = {
        "/prikaz.rtf": Response(
            body=rtf_with_lone_surrogate(), headers={"Content-Type": "application/rtf"}
        )
    }
    with LoopbackServer(routes, host="127.0.0.46") as server:
        yield server


def config(tmp_path: Path) -> CheckConfig:
    fetch = FetchConfig(
        allow_private=True, retries=0, connect_timeout=2, read_timeout=5, total_timeout=10,
        probe_soft_404=False,
    )  # fmt: skip
    return CheckConfig(year=2024, fetch=fetch, cache_dir=tmp_path / "cache")


def test_a_document_with_a_lone_surrogate_is_read_and_every_report_written(
    site: LoopbackServer, tmp_path: Path
) -> None:
    items = [BatchItem(row=1, org="МБОУ «СОШ № 3»", criterion="1.1", value="1",
                       url=site.url("/prikaz.rtf"))]  # fmt: skip
    out = tmp_path / "out"
    results, _ = run_in_process(items, config(tmp_path), out, concurrency=1)
    (result,) = results
    # Before: the worker died encoding its reply and the row was «unreadable», flag «crashed».
    assert "crashed" not in result.flags and result.verdict is not Verdict.UNREADABLE
    assert result.doc_kind is not None and result.doc_kind.value == "order"
    assert result.doc_date == "2024-08-29"
    assert "\ufffd" in (result.evidence or "") and LONE not in (result.evidence or "")
    outcome = write_outputs(items, results, year=2024, out=out)
    assert {"results", "html", "xlsx"} <= outcome.paths.keys()
    line = json.loads((out / "results.jsonl").read_text("utf-8"))
    assert line["doc_kind"] == "order"


def surrogate_result(row: int) -> ItemResult:
    return ItemResult(
        row=row,
        org="Школа",
        criterion="1.1",
        url="https://school.example/prikaz.rtf",
        final_url=None,
        verdict=Verdict.OK,
        flags=[],
        doc_kind=None,
        doc_date="2024-08-29",
        doc_number="214",
        message=f"Приказ {LONE}подтверждает критерий.",
        evidence=f"Приказ № 214 {LONE} о наставничестве",
    )


def test_the_checkpoint_records_and_resumes_a_row_with_a_lone_surrogate(tmp_path: Path) -> None:
    items = [BatchItem(row=n, org="Школа", criterion="1.1", note=f"примечание {LONE}")
             for n in (1, 2)]  # fmt: skip
    fingerprint = batch_fingerprint(items, 2024)  # before: UnicodeEncodeError
    clean_items = [BatchItem(row=n, org="Школа", criterion="1.1", note="примечание \ufffd")
                   for n in (1, 2)]  # fmt: skip
    assert fingerprint != batch_fingerprint(clean_items, 2024)
    checkpoint = Checkpoint(tmp_path, fingerprint)
    checkpoint.start({1: surrogate_result(1)})
    checkpoint.append(surrogate_result(2))  # before: UnicodeEncodeError in the main process
    assert checkpoint.failures == 0
    done = Checkpoint(tmp_path, fingerprint).load()
    assert sorted(done) == [1, 2]
    assert done[2].evidence == "Приказ № 214 \ufffd о наставничестве"
    assert done[2].message == "Приказ \ufffdподтверждает критерий."


def test_a_line_torn_inside_a_letter_does_not_stop_the_resume(tmp_path: Path) -> None:
    checkpoint = Checkpoint(tmp_path, "fingerprint")
    checkpoint.start({1: surrogate_result(1)})
    with open(checkpoint.path, "ab") as fh:  # a kill in the middle of a two-byte letter
        fh.write('{"row": 2, "org": "Ш'.encode()[:-1])
    assert sorted(Checkpoint(tmp_path, "fingerprint").load()) == [1]
