"""The reviewer workspace over HTTP against a running embedded service: login and CSRF, what a
municipality may see (ids guessed included), decisions through pages and the API, decisions
surviving a re-run or dropped visibly, stored copies served as safe downloads."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from evidence.store.decisions import DOCUMENT_CHANGED, history
from evidence.store.users import add_user
from tests.support.loopback import LoopbackServer
from tests.web.conftest import ApiServer
from tests.web.workspace_support import (
    AGREEMENT_SPORT,
    PASSWORD,
    Workspace,
    csrf_of,
    login,
    serve_site,
    start_workspace,
)
from tests.workers.site import text_doc


@pytest.fixture
def workspace(app_settings: Callable[..., Any]) -> Iterator[Workspace]:
    with LoopbackServer(host="127.0.0.81") as site:
        serve_site(site)
        yield from start_workspace(app_settings(), site)


def _org_links(html: str) -> list[str]:
    return re.findall(r'class="org-link" href="([^"]+)"', html)


def test_login_sets_a_safe_cookie_forms_need_csrf_and_logout_ends_the_session(
    workspace: Workspace,
) -> None:
    workspace.user("анна", "reviewer")
    batch_id = workspace.submit(workspace.rows())
    with workspace.browser() as anon:
        first = anon.get("/workspace/")
        assert first.status_code == 303 and first.headers["location"].startswith("/workspace/login")
        # The login form refuses a post without its CSRF token, then a wrong password.
        refused = anon.post("/workspace/login", data={"name": "анна", "password": "x", "csrf": "x"})
        assert refused.status_code == 403 and "Форма устарела" in refused.text
        wrong = login(anon, "анна", "не-тот-пароль")
        assert wrong.status_code == 401 and "Неверное имя пользователя или пароль" in wrong.text
        assert "evidence_session" not in anon.cookies
        # An open redirect through ?next= is not possible.
        form = anon.get("/workspace/login", params={"next": "https://evil.example/"})
        assert 'value="https://evil.example/"' not in form.text

    with workspace.browser() as client:
        ok = login(client, "анна")
        assert ok.status_code == 303 and ok.headers["location"] == "/workspace/"
        cookie = ok.headers["set-cookie"]
        assert "evidence_session=" in cookie and "HttpOnly" in cookie
        assert "SameSite=lax" in cookie and "Path=/workspace" in cookie
        assert "Secure" not in cookie  # plain http on loopback; https adds it
        page = client.get("/workspace/")
        assert page.status_code == 200 and "анна" in page.text and batch_id in page.text
        assert page.headers["x-frame-options"] == "DENY"
        assert "default-src 'none'" in page.headers["content-security-policy"]

        # A decision posted without the session's CSRF token is refused and not recorded.
        forged = client.post(
            f"/workspace/batches/{batch_id}/rows/2/decision",
            data={"action": "overrule", "comment": "подделка", "csrf": "not-the-token"},
        )
        assert forged.status_code == 403
        assert history(workspace.engine, batch_id, 2) == []

        token = client.cookies["evidence_session"]
        out = client.post("/workspace/logout", data={"csrf": csrf_of(page.text)})
        assert out.status_code == 303 and out.headers["location"] == "/workspace/login"
    with workspace.browser() as replay:  # the old cookie no longer opens anything
        replay.cookies.set("evidence_session", token, path="/workspace")
        assert replay.get("/workspace/").status_code == 303


def test_a_municipality_sees_only_its_batches_even_by_guessing_ids(workspace: Workspace) -> None:
    token_a = workspace.token("портал А", "Город А")
    token_b = workspace.token("портал Б", "Город Б")
    batch_a = workspace.submit(workspace.rows(), token_a)
    batch_b = workspace.submit(workspace.rows("Гимназия № 5", "1831000005"), token_b)
    workspace.user("анна", "reviewer", "Город А")
    workspace.user("коля", "coordinator")

    with workspace.browser() as anna:
        assert login(anna, "анна").status_code == 303
        listing = anna.get("/workspace/").text
        assert batch_a in listing and batch_b not in listing
        own = anna.get(f"/workspace/batches/{batch_a}")
        assert own.status_code == 200
        csrf = csrf_of(own.text)
        missing = anna.get("/workspace/batches/ffffffffffffffffffffffffffffffff")
        for path in (
            f"/workspace/batches/{batch_b}",
            f"/workspace/batches/{batch_b}?only=flagged",
            f"/workspace/batches/{batch_b}/orgs/" + _org_links(own.text)[0].rsplit("/", 1)[1],
            f"/workspace/batches/{batch_b}/rows/1/copy/" + "0" * 64,
        ):
            other = anna.get(path)
            assert other.status_code == 404, path
            assert "Гимназия" not in other.text
        assert missing.status_code == 404
        posted = anna.post(
            f"/workspace/batches/{batch_b}/rows/2/decision",
            data={"action": "overrule", "comment": "чужой пакет", "csrf": csrf},
        )
        assert posted.status_code == 404 and history(workspace.engine, batch_b, 2) == []
    with workspace.api(token_a) as portal_a:  # the API's decision endpoint scopes the same way
        put = portal_a.put(
            f"/api/batches/{batch_b}/results/2/decision", json={"action": "overrule"}
        )
        assert put.status_code == 404 and put.headers["content-type"].startswith(
            "application/problem+json"
        )
    with workspace.browser() as kolya:  # a regional coordinator sees every municipality
        assert login(kolya, "коля").status_code == 303
        listing = kolya.get("/workspace/").text
        assert batch_a in listing and batch_b in listing
        assert "Гимназия № 5" in kolya.get(f"/workspace/batches/{batch_b}").text


def test_decisions_through_pages_and_api_appear_in_results_and_report(
    workspace: Workspace,
) -> None:
    batch_id = workspace.submit(workspace.rows())
    workspace.user("анна")
    with workspace.browser() as client:
        login(client, "анна")
        overview = client.get(f"/workspace/batches/{batch_id}", params={"only": "flagged"})
        assert overview.status_code == 200 and "<svg" in overview.text
        flagged_rows = re.findall(
            r'class="row badge" data-row="(\d+)" data-v="(\w+)"', overview.text
        )
        # Organisations with the most flagged rows first.
        assert flagged_rows == [("3", "http_error"), ("4", "http_error"), ("2", "off_topic")]
        org_page = client.get(_org_links(overview.text)[-1])
        assert "МБОУ СШ № 1" in org_page.text
        saved = client.post(
            f"/workspace/batches/{batch_id}/rows/2/decision",
            data={
                "action": "overrule",
                "comment": "Есть допсоглашение о наставничестве <script>",
                "csrf": csrf_of(org_page.text),
            },
        )
        assert saved.status_code == 303 and saved.headers["location"].endswith("#row-2")
        page = client.get(saved.headers["location"].split("#")[0]).text
        assert "Решение: замечание отклонено (засчитано)" in page
        assert "&lt;script&gt;" in page and "<script>" not in page
        after = client.get(f"/workspace/batches/{batch_id}", params={"only": "flagged"}).text
        assert re.findall(r'data-row="(\d+)" data-v', after) == ["3", "4"]  # row 2 is ok now

    with workspace.api() as portal:
        put = portal.put(
            f"/api/batches/{batch_id}/results/3/decision",
            json={"action": "needs_fix", "comment": "Ссылка не открывается"},
        )
        assert put.status_code == 200, put.text
        assert put.json()["action"] == "needs_fix" and put.json()["author"] == "env"
        bad = portal.put(f"/api/batches/{batch_id}/results/3/decision", json={"action": "maybe"})
        assert bad.status_code == 422
        absent = portal.put(
            f"/api/batches/{batch_id}/results/99/decision", json={"action": "confirm"}
        )
        assert absent.status_code == 404
        results = portal.get(f"/api/batches/{batch_id}/results").json()["items"]
        decided = {r["row"]: r["decision"] for r in results}
        assert decided[2]["action"] == "overrule" and decided[3]["action"] == "needs_fix"
        assert decided[1] is None
        xlsx = portal.get(f"/api/batches/{batch_id}/report.xlsx")
        import io

        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(xlsx.content))["Результаты"]
        header = [c.value for c in sheet[1]]
        lines = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
        column = header.index("Решение проверяющего")
        assert lines[2][header.index("Код вердикта")] == "ok"
        assert "отклонено" in lines[2][column] and "анна" in lines[2][column]
        assert lines[3][column].startswith("требуется исправление")


def test_a_rerun_keeps_the_decision_until_the_document_changes(workspace: Workspace) -> None:
    first = workspace.submit(workspace.rows())
    with workspace.api() as portal:
        put = portal.put(
            f"/api/batches/{first}/results/2/decision",
            json={"action": "overrule", "comment": "Проверено вручную"},
        )
        assert put.status_code == 200
        second = workspace.submit(workspace.rows())  # the same documents
        kept = portal.get(f"/api/batches/{second}/results/2/decision").json()
        assert kept["active"] and kept["decision"]["carried_from"] == first
        assert kept["decision"]["comment"] == "Проверено вручную"

        workspace.site.route("/docs/agreement.txt", text_doc(AGREEMENT_SPORT + "\nПриложение 1.\n"))
        third = workspace.submit(workspace.rows())
        dropped = portal.get(f"/api/batches/{third}/results/2/decision").json()
        assert not dropped["active"] and dropped["decision"]["dropped"] == DOCUMENT_CHANGED
        rows = portal.get(f"/api/batches/{third}/results").json()["items"]
        assert next(r for r in rows if r["row"] == 2)["verdict"] == "off_topic"  # counted again
    workspace.user("анна")
    with workspace.browser() as client:
        login(client, "анна")
        overview = client.get(f"/workspace/batches/{third}").text
        page = client.get(_org_links(overview)[-1]).text
        assert "Решение снято: документ изменился" in page


def test_the_stored_copy_is_a_sandboxed_download(workspace: Workspace) -> None:
    batch_id = workspace.submit(workspace.rows())
    workspace.user("анна")
    body = AGREEMENT_SPORT.encode("utf-8")
    with workspace.browser() as client:
        login(client, "анна")
        overview = client.get(f"/workspace/batches/{batch_id}").text
        page = client.get(_org_links(overview)[-1]).text
        copies = re.findall(r'class="copy" href="([^"]+)"', page)
        sha = hashlib.sha256(body).hexdigest()
        link = next(c for c in copies if c.endswith(sha))
        # The school's site is down: the reviewer still reads the document.
        workspace.site.route("/docs/agreement.txt", text_doc("", delay=0))
        got = client.get(link)
        assert got.status_code == 200 and got.content == body
        assert got.headers["content-disposition"].startswith("attachment;")
        assert got.headers["x-content-type-options"] == "nosniff"
        assert got.headers["content-security-policy"].startswith("sandbox")
        assert got.headers["content-type"] == "application/octet-stream"
        # Only digests of this row's documents are served: no fishing by digest.
        other = link.replace("/rows/2/", "/rows/1/")
        assert client.get(other).status_code == 404
    with httpx.Client(base_url=workspace.base, trust_env=False) as anon:
        assert anon.get(link).status_code == 303  # not signed in: to the login page


def test_accounts_are_made_with_the_cli_and_sign_in(workspace: Workspace) -> None:
    import os
    import subprocess
    import sys

    from tests.workers.conftest import REPO

    env = {**os.environ, "EVIDENCE_DATA_DIR": str(workspace.settings.data_dir)}
    env.pop("DATABASE_URL", None)
    env.pop("EVIDENCE_DATABASE_URL", None)

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "evidence.cli", "users", *args],
            cwd=REPO,
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
        )

    made = cli(
        "add", "ольга", "--role", "coordinator", "--password-stdin", stdin="длинный-пароль\n"
    )
    assert made.returncode == 0, made.stderr
    assert "координатор" in made.stderr and "весь регион" in made.stderr
    bad = cli("add", "пётр", "--role", "admin", "--password-stdin", stdin="длинный-пароль\n")
    assert bad.returncode != 0 and "Роль" in bad.stderr  # one line, no traceback
    with workspace.browser() as client:
        assert login(client, "ольга", "длинный-пароль").status_code == 303
        assert "ольга (координатор, весь регион)" in client.get("/workspace/").text


@pytest.mark.slow
def test_decisions_survive_a_rerun_on_both_service_modes(api_server: ApiServer) -> None:
    """``evidence-check serve`` embedded and on Celery workers with PostgreSQL: a decision set
    through the API is carried to the re-run, dropped when the document changed, and the
    stored copy downloads from the workspace."""
    import subprocess
    import sys

    from tests.workers.conftest import REPO

    suffix = hashlib.sha256(api_server.base.encode()).hexdigest()[:6]
    with LoopbackServer(host="127.0.0.83") as site:
        serve_site(site)
        ws = Workspace(api_server.base, None, site)
        rows = ws.rows(org=f"Школа {suffix}", org_id=f"77{suffix}")
        first = ws.submit(rows)
        with api_server.client() as portal:
            put = portal.put(
                f"/api/batches/{first}/results/2/decision",
                json={"action": "overrule", "comment": "Проверено"},
            )
            assert put.status_code == 200, put.text
            second = ws.submit(rows)
            kept = portal.get(f"/api/batches/{second}/results/2/decision").json()
            assert kept["active"] and kept["decision"]["carried_from"] == first
            site.route("/docs/agreement.txt", text_doc(AGREEMENT_SPORT + "\nРедакция 2.\n"))
            third = ws.submit(rows)
            dropped = portal.get(f"/api/batches/{third}/results/2/decision").json()
            assert dropped["decision"]["dropped"] == DOCUMENT_CHANGED

    name = f"рецензент-{suffix}"
    made = subprocess.run(
        [sys.executable, "-m", "evidence.cli", "users", "add", name, "--password-stdin"],
        cwd=REPO,
        env=api_server.env,
        input="пароль-рецензента\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    with httpx.Client(base_url=api_server.base, timeout=30, trust_env=False) as client:
        assert login(client, name, "пароль-рецензента").status_code == 303
        page = client.get(_org_links(client.get(f"/workspace/batches/{second}").text)[-1]).text
        assert "Решение: замечание отклонено (засчитано)" in page
        copy = re.findall(r'class="copy" href="([^"]+)"', page)
        sha = hashlib.sha256(AGREEMENT_SPORT.encode("utf-8")).hexdigest()
        got = client.get(next(c for c in copy if c.endswith(sha)))
        assert got.status_code == 200 and got.content == AGREEMENT_SPORT.encode("utf-8")


def test_the_session_cookie_is_secure_over_https(app_settings: Callable[..., Any]) -> None:
    from fastapi.testclient import TestClient

    from evidence.web import create_app

    app = create_app(app_settings())
    add_user(app.state.service.engine, "анна", PASSWORD, "reviewer")
    with TestClient(app, base_url="https://workspace.example", follow_redirects=False) as client:
        form = client.get("/workspace/login")
        assert "Secure" in form.headers["set-cookie"]  # the login form's CSRF cookie
        signed = client.post(
            "/workspace/login",
            data={"name": "анна", "password": PASSWORD, "csrf": csrf_of(form.text)},
        )
        assert signed.status_code == 303
        cookie = signed.headers["set-cookie"]
        assert "evidence_session=" in cookie and "Secure" in cookie and "HttpOnly" in cookie
