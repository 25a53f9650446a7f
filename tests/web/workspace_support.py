"""Helpers of the workspace tests: an embedded service with a school site, accounts, batches.

``Workspace`` runs ``create_app`` under uvicorn (``live_app``) with its own data folder; rows
point at a loopback "school site" whose documents a test may change between runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from evidence.store import get_engine
from evidence.store.users import add_user
from evidence.web.state import database_url
from evidence.web.tokens import add_token
from tests.support.loopback import LoopbackServer
from tests.web.conftest import REGIONAL_TOKEN
from tests.workers.conftest import wait_for
from tests.workers.site import ORDER, YEAR, text_doc

AGREEMENT_SPORT = """СОГЛАШЕНИЕ № 7 о сотрудничестве
г. Город, 10.01.2023

Предмет соглашения: стороны сотрудничают в области спорта и культуры.
Срок действия соглашения: до 31.12.2025.
"""
PASSWORD = "пароль-для-тестов-1"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Workspace:
    base: str
    settings: Any
    site: LoopbackServer

    @property
    def engine(self) -> Any:
        return get_engine(database_url(self.settings))

    def api(self, token: str = REGIONAL_TOKEN) -> httpx.Client:
        return httpx.Client(
            base_url=self.base,
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
            trust_env=False,
        )

    def browser(self) -> httpx.Client:
        """A cookie-keeping client that does not follow redirects (tests look at them)."""
        return httpx.Client(base_url=self.base, timeout=30, trust_env=False)

    def user(self, name: str, role: str = "reviewer", municipality: str | None = None) -> str:
        add_user(self.engine, name, PASSWORD, role, municipality)
        return name

    def token(self, name: str, municipality: str | None = None) -> str:
        return add_token(self.engine, name, municipality)

    def rows(self, org: str = "МБОУ СШ № 1", org_id: str = "1831000001") -> list[dict[str, Any]]:
        return [
            {"org": org, "org_id": org_id, "criterion": "1.1", "value": "1",
             "url": self.site.url("/docs/order.txt")},
            {"org": org, "org_id": org_id, "criterion": "2.1", "value": "1",
             "url": self.site.url("/docs/agreement.txt")},
            {"org": "МБОУ СШ № 2", "org_id": "1831000002", "criterion": "1.1", "value": "1",
             "url": self.site.url("/docs/missing.pdf")},
            {"org": "МБОУ СШ № 2", "org_id": "1831000002", "criterion": "1.3", "value": "1",
             "url": self.site.url("/docs/missing-too.pdf")},
        ]  # fmt: skip

    def submit(self, rows: list[dict[str, Any]], token: str = REGIONAL_TOKEN) -> str:
        with self.api(token) as client:
            created = client.post("/api/batches", json={"year": YEAR, "rows": rows})
            assert created.status_code == 201, created.text
            batch_id: str = created.json()["id"]
            wait_for(
                lambda: client.get(f"/api/batches/{batch_id}").json()["status"] == "done",
                timeout=60,
                what="the batch to finish",
                step=0.1,
            )
        return batch_id


def serve_site(site: LoopbackServer) -> None:
    site.route("/docs/order.txt", text_doc(ORDER.format(n=1)))
    site.route("/docs/agreement.txt", text_doc(AGREEMENT_SPORT))


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def login(client: httpx.Client, name: str, password: str = PASSWORD) -> httpx.Response:
    form = client.get("/workspace/login")
    assert form.status_code == 200
    return client.post(
        "/workspace/login",
        data={"name": name, "password": password, "csrf": csrf_of(form.text), "next": ""},
    )


def start_workspace(settings: Any, site: LoopbackServer) -> Iterator[Workspace]:
    from tests.web.conftest import live_app

    with live_app(settings) as base:
        yield Workspace(base, settings, site)
