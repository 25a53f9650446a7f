"""The справка of a batch from the running service: ``…/spravka.docx`` and
``…/recommendations.docx`` through the API (token scoping, content type, attachment name) and
through the workspace's batch page; titled with the batch's municipality."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from docx import Document

from evidence.web.reportfiles import DOCX
from tests.support.loopback import LoopbackServer
from tests.web.workspace_support import Workspace, login, serve_site, start_workspace


@pytest.fixture
def workspace(app_settings: Callable[..., Any]) -> Iterator[Workspace]:
    with LoopbackServer(host="127.0.0.84") as site:
        serve_site(site)
        yield from start_workspace(app_settings(), site)


def _text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_spravka_documents_download_from_the_api_and_the_workspace(
    workspace: Workspace,
) -> None:
    izhevsk = workspace.token("портал Ижевска", "Город Ижевск")
    other = workspace.token("портал Сарапула", "Город Сарапул")
    batch_id = workspace.submit(workspace.rows(), izhevsk)

    with workspace.api(izhevsk) as portal:
        state = portal.get(f"/api/batches/{batch_id}").json()
        assert state["links"]["spravka_docx"] == f"/api/batches/{batch_id}/spravka.docx"
        spravka = portal.get(state["links"]["spravka_docx"])
        assert spravka.status_code == 200
        assert spravka.headers["content-type"] == DOCX
        disposition = spravka.headers["content-disposition"]
        assert disposition.startswith("attachment") and f"spravka-{batch_id}.docx" in disposition
        text = _text(spravka.content)
        assert "ИНФОРМАЦИОННО-АНАЛИТИЧЕСКАЯ СПРАВКА" in text
        assert "муниципального образования «Город Ижевск»" in text
        assert "В мониторинге приняли участие 2" in text  # two schools in the batch

        letters = portal.get(state["links"]["recommendations_docx"])
        assert letters.status_code == 200 and letters.headers["content-type"] == DOCX
        assert f"recommendations-{batch_id}.docx" in letters.headers["content-disposition"]
        assert "МБОУ СШ № 2" in _text(letters.content)  # its links are dead: it has advice

    for name in ("spravka.docx", "recommendations.docx"):
        with workspace.api(other) as stranger:  # another municipality: as if it did not exist
            assert stranger.get(f"/api/batches/{batch_id}/{name}").status_code == 404
        with workspace.browser() as anonymous:
            assert anonymous.get(f"/api/batches/{batch_id}/{name}").status_code == 401

    workspace.user("анна", "reviewer", "Город Ижевск")
    workspace.user("пётр", "reviewer", "Город Сарапул")
    with workspace.browser() as anna:
        assert login(anna, "анна").status_code == 303
        page = anna.get(f"/workspace/batches/{batch_id}").text
        links = dict(
            re.findall(r'<a href="([^"]+)" id="(spravka-docx|recommendations-docx)"', page)
        )
        assert set(links.values()) == {"spravka-docx", "recommendations-docx"}
        for href in links:
            got = anna.get(href)
            assert got.status_code == 200 and got.headers["content-type"] == DOCX
            assert got.headers["content-disposition"].startswith("attachment")
            assert got.headers["x-content-type-options"] == "nosniff"
        spravka_href = next(h for h, i in links.items() if i == "spravka-docx")
        assert "«Город Ижевск»" in _text(anna.get(spravka_href).content)
        assert anna.get(f"/workspace/batches/{batch_id}/files/evidence.sqlite3").status_code == 404
    with workspace.browser() as petr:
        assert login(petr, "пётр").status_code == 303
        assert petr.get(spravka_href).status_code == 404
