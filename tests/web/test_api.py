"""The HTTP API against a running ``evidence-check serve``: embedded (SQLite, check threads) and
on Celery workers with PostgreSQL — the same tests both ways (the ``api_server`` fixture)."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from evidence.batch import load_batch, write_batch_csv
from evidence.errors import BatchError
from evidence.models import BatchItem
from tests.support.loopback import LoopbackServer
from tests.web.conftest import ApiServer
from tests.workers.conftest import wait_for
from tests.workers.site import YEAR, build_site, doc_items, mixed_items

PROBLEM = "application/problem+json"
CONTRACT = [
    "row",
    "org",
    "criterion",
    "url",
    "final_url",
    "verdict",
    "flags",
    "doc_kind",
    "doc_date",
    "doc_number",
    "message",
    "evidence",
]


def _csv(items: list[BatchItem], tmp_path: Path, name: str = "batch.csv") -> bytes:
    path = tmp_path / name
    write_batch_csv(path, items)
    return path.read_bytes()


def _submit(
    client: httpx.Client, content: bytes, name: str = "batch.csv", **fields: Any
) -> httpx.Response:
    data = {"year": str(YEAR), **{k: str(v) for k, v in fields.items()}}
    return client.post("/api/batches", files={"file": (name, content)}, data=data)


def _wait_done(client: httpx.Client, batch_id: str, timeout: float = 90) -> dict[str, Any]:
    def done() -> dict[str, Any] | None:
        state = client.get(f"/api/batches/{batch_id}").json()
        return state if state["status"] == "done" else None

    result: dict[str, Any] = wait_for(
        done, timeout=timeout, what=f"batch {batch_id} to finish", step=0.2
    )
    return result


def _assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def test_health_is_open_and_everything_else_needs_a_token(api_server: ApiServer) -> None:
    with api_server.client(token=None) as anon:
        health = anon.get("/api/health")
        assert health.status_code == 200 and health.json()["status"] == "ok"
        assert health.json()["mode"] == api_server.mode
        for method, path in [
            ("GET", "/api/batches"),
            ("POST", "/api/batches"),
            ("GET", "/api/batches/0123456789abcdef"),
            ("GET", "/api/batches/0123456789abcdef/results"),
            ("POST", "/api/checks"),
        ]:
            body = _assert_problem(anon.request(method, path), 401)
            assert "токен" in body["detail"]
        assert anon.get("/api/batches").headers["www-authenticate"].startswith("Bearer")
    with api_server.client(token="not-a-token") as wrong:
        _assert_problem(wrong.get("/api/batches"), 401)
    spec = httpx.get(api_server.base + "/api/openapi.json", trust_env=False).json()
    assert "/api/batches/{batch_id}/results" in spec["paths"]


def test_submit_poll_read_results_and_reports(api_server: ApiServer, tmp_path: Path) -> None:
    with LoopbackServer(host="127.0.0.71") as site, api_server.client() as client:
        build_site(site)
        items = mixed_items(site)
        created = _submit(client, _csv(items, tmp_path))
        assert created.status_code == 201, created.text
        batch_id = created.json()["id"]
        assert created.headers["location"] == f"/api/batches/{batch_id}"
        assert created.json()["status"] in ("queued", "running", "done")
        assert created.json()["total"] == len(items)

        state = _wait_done(client, batch_id)
        assert state["done"] == state["total"] == len(items)
        assert sum(state["verdicts"].values()) == len(items)
        assert state["started_at"] and state["finished_at"]

        page = client.get(f"/api/batches/{batch_id}/results", params={"per_page": 1000}).json()
        assert page["total"] == len(items)
        rows = page["items"]
        assert [r["row"] for r in rows] == [i.row for i in items]  # input order
        for r in rows:
            assert set(CONTRACT) <= set(r) and "decision" in r
        verdicts = {r["verdict"] for r in rows}
        assert {"ok", "web_page", "http_error", "no_link", "not_a_url"} <= verdicts

        # Filters and paging.
        ok = client.get(f"/api/batches/{batch_id}/results", params={"verdict": "ok"}).json()
        assert ok["total"] == state["verdicts"]["ok"] and {r["verdict"] for r in ok["items"]} == {
            "ok"
        }
        by_criterion = client.get(
            f"/api/batches/{batch_id}/results", params={"criterion": "1.2"}
        ).json()
        assert [r["row"] for r in by_criterion["items"]] == [
            i.row for i in items if i.criterion == "1.2"
        ]
        by_org = client.get(f"/api/batches/{batch_id}/results", params={"org": "№ 2"}).json()
        assert by_org["total"] == sum(1 for i in items if i.org.endswith("№ 2"))
        flagged = {f for r in rows for f in r["flags"]}
        if flagged:
            flag = sorted(flagged)[0]
            by_flag = client.get(f"/api/batches/{batch_id}/results", params={"flag": flag}).json()
            assert by_flag["total"] == sum(1 for r in rows if flag in r["flags"])
        first = client.get(
            f"/api/batches/{batch_id}/results", params={"per_page": 3, "page": 2}
        ).json()
        assert [r["row"] for r in first["items"]] == [r["row"] for r in rows[3:6]]
        assert first["pages"] == -(-len(items) // 3)
        _assert_problem(
            client.get(f"/api/batches/{batch_id}/results", params={"verdict": "great"}), 422
        )

        # A reviewer's decision (set through the workspace's API) shows in the results and filters.
        flagged_row = next(r["row"] for r in rows if r["verdict"] != "ok")
        put = client.put(
            f"/api/batches/{batch_id}/results/{flagged_row}/decision",
            json={"action": "overrule", "comment": "документ есть на сайте"},
        )
        assert put.status_code in (200, 201), put.text
        overruled = client.get(
            f"/api/batches/{batch_id}/results", params={"decision": "overrule"}
        ).json()
        assert [r["row"] for r in overruled["items"]] == [flagged_row]
        assert overruled["items"][0]["decision"]["action"] == "overrule"
        undecided = client.get(
            f"/api/batches/{batch_id}/results", params={"decision": "none"}
        ).json()
        assert undecided["total"] == len(items) - 1

        # The report files, generated on demand and cached.
        jsonl = client.get(f"/api/batches/{batch_id}/results.jsonl")
        assert jsonl.status_code == 200
        lines = [json.loads(line) for line in jsonl.text.splitlines() if line.strip()]
        # The overruled row counts as «ok» in the exports.
        expected = ["ok" if r["row"] == flagged_row else r["verdict"] for r in rows]
        assert [line["verdict"] for line in lines] == expected
        html = client.get(f"/api/batches/{batch_id}/report.html")
        assert html.status_code == 200 and "text/html" in html.headers["content-type"]
        assert "МБОУ СШ № 1" in html.text
        xlsx = client.get(f"/api/batches/{batch_id}/report.xlsx")
        assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
        from openpyxl import load_workbook

        assert load_workbook(io.BytesIO(xlsx.content)).sheetnames
        consistency = client.get(f"/api/batches/{batch_id}/consistency").json()
        assert isinstance(consistency["items"], list) and consistency["total"] == len(
            consistency["items"]
        )
        # Cached: a second request does not regenerate (same file, same validator).
        again = client.get(f"/api/batches/{batch_id}/report.xlsx")
        assert again.headers["etag"] == xlsx.headers["etag"]

        listed = client.get("/api/batches", params={"per_page": 100}).json()
        assert batch_id in [b["id"] for b in listed["items"]] and listed["total"] >= 1


def test_a_bad_batch_is_refused_with_the_cli_message_and_nothing_queued(
    api_server: ApiServer, tmp_path: Path
) -> None:
    bad = "org,criterion,url\nШкола 1,1.1,https://example.org/a.pdf\nШкола 2,7.77,https://example.org/b.pdf\n"
    path = tmp_path / "bad.csv"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(BatchError) as cli_error:
        load_batch(path)
    with api_server.client() as client:
        before = client.get("/api/batches").json()["total"]
        body = _assert_problem(_submit(client, bad.encode(), name="bad.csv"), 422)
        assert body["detail"] == str(cli_error.value).replace(f"{tmp_path}/", "")
        assert (body["file"], body["row"], body["column"]) == ("bad.csv", 2, "Критерий")

        rows = {
            "year": YEAR,
            "rows": [{"org": "Школа", "criterion": "1.1"}, {"Организация": "", "Критерий": "1.1"}],
        }
        body = _assert_problem(client.post("/api/batches", json=rows), 422)
        assert "столбец" in body["detail"]
        body = _assert_problem(client.post("/api/batches", json={"year": 1900, "rows": []}), 422)
        body = _assert_problem(_submit(client, b"\x00\x01", name="batch.pdf"), 422)
        assert "неподдерживаемый формат" in body["detail"]
        body = _assert_problem(_submit(client, b"not a zip", name="forms.zip"), 422)
        assert "ZIP" in body["detail"]
        _assert_problem(
            client.post(
                "/api/batches", content=b"year=2024", headers={"Content-Type": "text/plain"}
            ),
            415,
        )
        assert client.get("/api/batches").json()["total"] == before


def test_json_rows_and_idempotency_key(api_server: ApiServer) -> None:
    rows = [
        {"org": "Школа 5", "criterion": "1.1", "value": "1", "url": ""},
        {"org": "Школа 5", "criterion": "3.1", "value": 0},
    ]
    key = f"portal-{time.time_ns()}"
    with api_server.client() as client:
        before = client.get("/api/batches").json()["total"]
        first = client.post(
            "/api/batches", json={"year": YEAR, "rows": rows}, headers={"Idempotency-Key": key}
        )
        assert first.status_code == 201, first.text
        again = client.post(
            "/api/batches", json={"year": YEAR, "rows": rows}, headers={"Idempotency-Key": key}
        )
        assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
        assert again.headers["location"] == first.headers["location"]
        other = client.post(
            "/api/batches", json={"year": YEAR, "rows": rows[:1]}, headers={"Idempotency-Key": key}
        )
        _assert_problem(other, 422)
        assert client.get("/api/batches").json()["total"] == before + 1
        state = _wait_done(client, first.json()["id"])
        assert state["verdicts"] == {"no_link": 1, "ok": 1}
        # The key belongs to the caller: another token may use the same key for its own batch.
    with api_server.client(token="second-regional-token") as other_client:
        theirs = other_client.post(
            "/api/batches", json={"year": YEAR, "rows": rows}, headers={"Idempotency-Key": key}
        )
        assert theirs.status_code == 201 and theirs.json()["id"] != first.json()["id"]


def test_a_municipality_sees_only_its_own_batches(api_server: ApiServer) -> None:
    suffix = str(time.time_ns())
    token_a = api_server.add_token(f"a-{suffix}", f"Город А {suffix}")
    token_b = api_server.add_token(f"b-{suffix}", f"Город Б {suffix}")
    rows = {"year": YEAR, "rows": [{"org": "Школа А", "criterion": "3.1", "value": "0"}]}
    with (
        api_server.client(token_a) as a,
        api_server.client(token_b) as b,
        api_server.client() as region,
    ):
        created = a.post("/api/batches", json=rows)
        assert created.status_code == 201, created.text
        batch_id = created.json()["id"]
        assert created.json()["municipality"] == f"Город А {suffix}"
        for path in ("", "/results", "/results.jsonl", "/report.xlsx", "/consistency"):
            body = _assert_problem(b.get(f"/api/batches/{batch_id}{path}"), 404)
            assert batch_id in body["detail"]
        _assert_problem(b.delete(f"/api/batches/{batch_id}"), 404)
        _assert_problem(b.post(f"/api/batches/{batch_id}/resume"), 404)
        # A guessed id answers exactly like a missing one.
        missing = b.get("/api/batches/ffffffffffffffffffffffffffffffff").json()
        assert missing["title"] == b.get(f"/api/batches/{batch_id}").json()["title"]
        assert batch_id not in [x["id"] for x in b.get("/api/batches").json()["items"]]
        assert b.get("/api/batches").json()["total"] == 0
        assert a.get(f"/api/batches/{batch_id}").status_code == 200
        assert batch_id in [
            x["id"] for x in region.get("/api/batches", params={"per_page": 100}).json()["items"]
        ]
        assert region.get(f"/api/batches/{batch_id}").status_code == 200
        # previous_batch of another municipality is not found either.
        body = _assert_problem(
            b.post("/api/batches", json={**rows, "previous_batch": batch_id}), 422
        )
        assert "previous_batch" in body["detail"]


@pytest.mark.parametrize("api_server", ["embedded"], indirect=True)
def test_token_commands(api_server: ApiServer) -> None:
    """``tokens add`` prints the token once (only its hash is stored), ``list``, ``revoke``."""
    name = f"portal-{time.time_ns()}"
    added = api_server.cli("tokens", "add", name, "--municipality", "Город В")
    assert added.returncode == 0, added.stderr
    token = added.stdout.strip()
    assert "Сохраните" in added.stderr
    with api_server.client(token) as client:
        assert client.get("/api/batches").status_code == 200
        listed = api_server.cli("tokens", "list")
        assert name in listed.stdout and "Город В" in listed.stdout
        assert token not in listed.stdout
        assert api_server.cli("tokens", "revoke", name).returncode == 0
        _assert_problem(client.get("/api/batches"), 401)


def test_cancel_and_resume(api_server: ApiServer, tmp_path: Path) -> None:
    with LoopbackServer(host="127.0.0.72") as site, api_server.client() as client:
        build_site(site, delay=0.5)
        items = doc_items(site, 12)
        batch_id = _submit(client, _csv(items, tmp_path)).json()["id"]
        wait_for(
            lambda: client.get(f"/api/batches/{batch_id}").json()["done"] >= 1,
            timeout=60,
            what="the first result",
        )
        cancelled = client.delete(f"/api/batches/{batch_id}")
        assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
        wait_for(
            lambda: client.get(f"/api/batches/{batch_id}").json()["running"] == 0,
            timeout=30,
            what="rows in hand to finish",
        )
        stopped = client.get(f"/api/batches/{batch_id}").json()
        assert stopped["status"] == "cancelled" and stopped["done"] < len(items)
        resumed = client.post(f"/api/batches/{batch_id}/resume")
        assert resumed.status_code == 200 and resumed.json()["status"] in ("running", "done")
        state = _wait_done(client, batch_id)
        assert state["verdicts"] == {"ok": len(items)}
        rows = client.get(f"/api/batches/{batch_id}/results", params={"per_page": 100}).json()[
            "items"
        ]
        assert sorted(r["row"] for r in rows) == [i.row for i in items]  # each row once
        _assert_problem(client.delete(f"/api/batches/{batch_id}"), 409)
        _assert_problem(client.post(f"/api/batches/{batch_id}/resume"), 409)


def test_one_link_check_is_answered_from_the_cache_the_second_time(api_server: ApiServer) -> None:
    with LoopbackServer(host="127.0.0.73") as site, api_server.client() as client:
        build_site(site)
        url = site.url("/docs/order1.txt") + f"?t={time.time_ns()}"
        first = client.post("/api/checks", json={"url": url, "criterion": "1.1", "year": YEAR})
        assert first.status_code == 202, first.text
        location = first.headers["location"]

        def finished() -> dict[str, Any] | None:
            body: dict[str, Any] = client.get(location).json()
            return body if body["status"] == "done" else None

        done = wait_for(finished, timeout=60, what="the check", step=0.2)
        assert done["result"]["verdict"] == "ok" and done["result"]["doc_kind"] == "order"
        hits = site.hits["/docs/order1.txt"]
        second = client.post("/api/checks", json={"url": url, "criterion": "1.1", "year": YEAR})
        assert second.status_code == 200 and second.json()["result"]["verdict"] == "ok"
        assert second.json()["id"] == done["id"] and site.hits["/docs/order1.txt"] == hits
        # Another year is another question.
        other = client.post("/api/checks", json={"url": url, "criterion": "1.1", "year": YEAR + 1})
        assert other.status_code == 202 and other.json()["id"] != done["id"]
        body = _assert_problem(
            client.post("/api/checks", json={"url": url, "criterion": "99.9", "year": YEAR}), 422
        )
        assert "99.9" in body["detail"]
        _assert_problem(client.get("/api/checks/ffffffff"), 404)
        # One-link checks are not listed with the batches.
        assert done["batch_id"] not in [
            b["id"] for b in client.get("/api/batches", params={"per_page": 100}).json()["items"]
        ]


@pytest.mark.parametrize("api_server", ["embedded"], indirect=True)
def test_xlsx_and_a_zip_of_form_files_are_accepted(api_server: ApiServer, tmp_path: Path) -> None:
    import zipfile

    from openpyxl import Workbook

    from tests.consistency.formfiles import write_form

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Организация", "Критерий", "Значение", "Ссылка"])
    sheet.append(["Школа № 9", "3.1", "0", ""])
    sheet.append(["Школа № 9", "1.1", "1", ""])
    book.save(tmp_path / "batch.xlsx")
    forms = [
        write_form(
            tmp_path / f"form{n}.xlsx", f"МБОУ СОШ № {n}", {"3.0": (0, "", ""), "1.1": (1, "", "")}
        )
        for n in (1, 2)
    ]
    with zipfile.ZipFile(tmp_path / "forms.zip", "w") as archive:
        for form in forms:
            archive.write(form, f"район/{form.name}")
    with api_server.client() as client:
        xlsx = _submit(client, (tmp_path / "batch.xlsx").read_bytes(), name="batch.xlsx")
        assert xlsx.status_code == 201, xlsx.text
        assert _wait_done(client, xlsx.json()["id"])["verdicts"] == {"ok": 1, "no_link": 1}
        zipped = _submit(client, (tmp_path / "forms.zip").read_bytes(), name="forms.zip")
        assert zipped.status_code == 201, zipped.text
        state = _wait_done(client, zipped.json()["id"])
        results = client.get(
            f"/api/batches/{state['id']}/results", params={"per_page": 1000}
        ).json()
        assert {r["org"] for r in results["items"]} == {"МБОУ СОШ № 1", "МБОУ СОШ № 2"}
        assert {r["criterion"] for r in results["items"]} >= {"3.0", "1.1"}
