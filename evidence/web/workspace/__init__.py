"""The reviewer workspace: server-rendered pages under ``/workspace`` and the decision API.

``install(app)`` mounts both on the service's FastAPI app (``evidence.web.app.create_app``);
the pages need ``app.state.service`` (engine, settings, data folder) like the API does.
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from evidence.web.workspace import api, pages
from evidence.web.workspace.session import PREFIX, LoginRequired


def install(app: FastAPI) -> None:
    """Mount the workspace pages and the decision endpoint."""
    app.include_router(pages.router)
    app.include_router(api.router)

    @app.exception_handler(LoginRequired)
    def _to_login(request: Request, exc: LoginRequired) -> Response:
        query = urlencode({"next": exc.next_path})
        return RedirectResponse(f"{PREFIX}/login?{query}", status_code=303)

    @app.get(PREFIX, include_in_schema=False)
    def _workspace_root() -> Response:
        return RedirectResponse(f"{PREFIX}/", status_code=307)
