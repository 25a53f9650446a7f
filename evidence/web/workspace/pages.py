"""The reviewer workspace pages: login, batch list, batch overview, organisation, decisions,
stored copies. Server-rendered Russian HTML that reads without JavaScript.

Visibility is the API's (``evidence.web.queries.batch_row``): a batch of another municipality
answers 404 exactly like a missing one.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import Environment

from evidence.consistency.form import org_key
from evidence.criteria import code_sort_key, load_catalogue
from evidence.flags import Flag, is_review_flag
from evidence.models import BatchItem, ItemResult, Verdict
from evidence.reports.templating import make_environment
from evidence.store import repo
from evidence.store.blobs import BlobStore
from evidence.store.decisions import (
    ACTIONS,
    apply_decisions,
    decisions_for,
    history,
    set_decision,
)
from evidence.store.logins import LoginThrottle
from evidence.store.users import authenticate, end_session, start_session
from evidence.web.problems import Problem
from evidence.web.queries import api_status, batch_row, iso, list_batches
from evidence.web.reportfiles import DOWNLOADS, download_name, report_folder
from evidence.web.workspace.api import RowNumber
from evidence.web.workspace.chart import verdict_chart
from evidence.web.workspace.highlight import highlight
from evidence.web.workspace.session import (
    PREFIX,
    Viewer,
    clear_session_cookie,
    csrf_ok,
    engine_of,
    login_csrf,
    safe_next,
    set_login_csrf_cookie,
    set_session_cookie,
    viewer,
)

router = APIRouter(prefix=PREFIX, include_in_schema=False)

# Pages never load anything from elsewhere; styles are inline; nothing may frame them.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
# A stored copy is the school's file, never rendered in the app's origin.
DOWNLOAD_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "private, no-store",
}
PER_PAGE = 50


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return make_environment(
        "evidence.web", actions=ACTIONS, is_review_flag=is_review_flag, prefix=PREFIX
    )


def render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = _environment().get_template(f"workspace/{name}").render(**context)
    return HTMLResponse(html, status_code=status_code, headers=PAGE_HEADERS)


def not_found_page(who: Viewer | None, message: str) -> HTMLResponse:
    return render("error.html.j2", 404, viewer=who, message=message)


# ---- login / logout --------------------------------------------------------------------------
@router.get("/login")
def login_form(request: Request, next: str = "") -> HTMLResponse:
    token = login_csrf(request)
    response = render("login.html.j2", viewer=None, csrf=token, next=safe_next(next), error=None)
    set_login_csrf_cookie(response, request, token)
    return response


@router.post("/login", response_model=None)
def login(
    request: Request,
    name: Annotated[str, Form(max_length=255)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    csrf: Annotated[str, Form(max_length=128)] = "",
    next: Annotated[str, Form(max_length=2048)] = "",
) -> Response:
    target = safe_next(next)
    expected = request.cookies.get("evidence_login_csrf", "")
    if not csrf_ok(expected, csrf):
        token = login_csrf(request)
        response = render(
            "login.html.j2",
            403,
            viewer=None,
            csrf=token,
            next=target,
            error="Форма устарела: откройте страницу входа ещё раз.",
        )
        set_login_csrf_cookie(response, request, token)
        return response
    engine = engine_of(request)
    throttle = LoginThrottle(engine)
    address = request.client.host if request.client else ""
    wait = throttle.retry_after(name, address)
    if wait is not None:  # the same answer for every name: no account enumeration
        response = render(
            "login.html.j2",
            429,
            viewer=None,
            csrf=expected,
            next=target,
            error=(
                "Слишком много неудачных попыток входа. "
                f"Повторите через {math.ceil(wait / 60)} мин."
            ),
        )
        response.headers["Retry-After"] = str(wait)
        return response
    user = authenticate(engine, name, password)
    if user is None:
        throttle.failed(name, address)
        return render(
            "login.html.j2",
            401,
            viewer=None,
            csrf=expected,
            next=target,
            error="Неверное имя пользователя или пароль.",
        )
    throttle.succeeded(name)
    token, _ = start_session(engine, user)
    redirect = RedirectResponse(target, status_code=303)
    set_session_cookie(redirect, request, token)
    return redirect


@router.post("/logout")
def logout(request: Request, csrf: Annotated[str, Form(max_length=128)] = "") -> Response:
    who = viewer(request)
    if not csrf_ok(who.csrf, csrf):
        return render(
            "error.html.j2", 403, viewer=who, message="Форма устарела: обновите страницу."
        )
    end_session(engine_of(request), who.token)
    redirect = RedirectResponse(f"{PREFIX}/login", status_code=303)
    clear_session_cookie(redirect, request)
    return redirect


# ---- batches ---------------------------------------------------------------------------------
@router.get("/")
def batches_page(request: Request, page: int = 1) -> HTMLResponse:
    who = viewer(request)
    page = max(1, min(page, 10_000))
    rows, total = list_batches(engine_of(request), who.principal, page=page, per_page=PER_PAGE)
    batches = [
        {
            "id": b.id,
            "status": api_status(b.status, b.started_at),
            "year": b.year,
            "total": b.total,
            "source": b.source,
            "municipality": b.municipality,
            "created_at": _ru_time(b.created_at),
        }
        for b in rows
    ]
    pages = max(1, (total + PER_PAGE - 1) // PER_PAGE)
    return render("batches.html.j2", viewer=who, batches=batches, page=page, pages=pages)


def _ru_time(ts: float | None) -> str:
    text = iso(ts)
    if not text:
        return ""
    return f"{text[8:10]}.{text[5:7]}.{text[0:4]} {text[11:16]} UTC"


@dataclass
class OrgView:
    key: str
    org: str
    org_id: str
    results: list[ItemResult] = field(default_factory=list)

    @property
    def flagged(self) -> int:
        return sum(1 for r in self.results if is_flagged(r))


def is_flagged(result: ItemResult) -> bool:
    """A row a reviewer should look at: a verdict other than ok, or a review flag (unless a
    reviewer overruled it)."""
    if Flag.OVERRULED.value in result.flags:
        return False
    return result.verdict is not Verdict.OK or any(is_review_flag(f) for f in result.flags)


def org_token(result: ItemResult) -> str:
    key = org_key(BatchItem(row=0, org=result.org, org_id=result.org_id, criterion=""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Filters:
    only_flagged: bool = False
    verdict: str = ""
    criterion: str = ""

    def keep(self, result: ItemResult) -> bool:
        if self.only_flagged and not is_flagged(result):
            return False
        if self.verdict and result.verdict.value != self.verdict:
            return False
        return not (self.criterion and result.criterion != self.criterion)

    @property
    def query(self) -> str:
        params = {
            k: v
            for k, v in (
                ("only", "flagged" if self.only_flagged else ""),
                ("verdict", self.verdict),
                ("criterion", self.criterion),
            )
            if v
        }
        return urlencode(params)


def _load(request: Request, who: Viewer, batch_id: str) -> tuple[Any, dict[int, ItemResult]]:
    """The visible batch and its results by row; ``Problem`` 404 otherwise."""
    engine = engine_of(request)
    row = batch_row(engine, batch_id, who.principal)
    return row, repo.load_results(engine, row.id)


@router.get("/batches/{batch_id}")
def batch_page(
    request: Request,
    batch_id: str,
    only: str = "",
    verdict: str = "",
    criterion: str = "",
) -> HTMLResponse:
    who = viewer(request)
    try:
        batch, results = _load(request, who, batch_id)
    except Problem:
        return not_found_page(who, f"Пакет {batch_id[:64]} не найден.")
    decisions = decisions_for(engine_of(request), batch.id)
    effective = apply_decisions([results[r] for r in sorted(results)], decisions)
    filters = Filters(
        only_flagged=only == "flagged",
        verdict=verdict if verdict in {v.value for v in Verdict} else "",
        criterion=criterion[:16],
    )
    per_criterion: dict[str, Counter[Verdict]] = {}
    orgs: dict[str, OrgView] = {}
    for result in effective:
        per_criterion.setdefault(result.criterion, Counter())[result.verdict] += 1
        token = org_token(result)
        view = orgs.setdefault(token, OrgView(token, result.org, result.org_id))
        view.results.append(result)
    shown = []
    for view in orgs.values():
        matching = [r for r in view.results if filters.keep(r)]
        if matching:
            shown.append((view, matching))
    shown.sort(key=lambda pair: (-pair[0].flagged, pair[0].org.casefold()))
    state = repo.progress(engine_of(request), batch.id)
    return render(
        "batch.html.j2",
        viewer=who,
        batch=batch,
        status=api_status(batch.status, batch.started_at),
        state=state,
        chart=verdict_chart(per_criterion),
        counts=Counter(r.verdict for r in effective),
        orgs=shown,
        filters=filters,
        criteria=sorted(per_criterion, key=code_sort_key),
        decisions=decisions,
        created=_ru_time(batch.created_at),
    )


@router.get("/batches/{batch_id}/orgs/{token}")
def org_page(request: Request, batch_id: str, token: str) -> HTMLResponse:
    who = viewer(request)
    try:
        batch, results = _load(request, who, batch_id)
    except Problem:
        return not_found_page(who, f"Пакет {batch_id[:64]} не найден.")
    rows = [results[r] for r in sorted(results) if org_token(results[r]) == token]
    if not rows:
        return not_found_page(who, "Организация в этом пакете не найдена.")
    rows.sort(key=lambda r: (code_sort_key(r.criterion), r.row))
    engine = engine_of(request)
    decisions = decisions_for(engine, batch.id)
    catalogue = load_catalogue()
    store = _blobs(request)
    entries = []
    for result in rows:
        criterion = catalogue.get(result.criterion)
        copies = []
        for link in result.links:
            meta = store.meta(link.sha256) if link.sha256 else None
            if meta is not None:
                copies.append(
                    {
                        "href": f"{PREFIX}/batches/{batch.id}/rows/{result.row}/copy/{meta.sha256}",
                        "name": _download_name(meta.filename, meta.sha256, link.file_kind),
                        "size": _ru_size(meta.size),
                    }
                )
        entries.append(
            {
                "result": result,
                "snippet": highlight(result.evidence, result, criterion.query if criterion else ""),
                "links": [
                    {"url": link.url, "href": _http(link.url), "final": _http(link.final_url)}
                    for link in result.links
                ]
                or [{"url": result.url, "href": _http(result.url), "final": None}],
                "copies": copies,
                "decision": decisions.get(result.row),
                "history": history(engine, batch.id, result.row),
            }
        )
    return render(
        "org.html.j2",
        viewer=who,
        batch=batch,
        org=rows[0].org,
        org_id=rows[0].org_id,
        token=token,
        entries=entries,
        flagged=sum(1 for r in apply_decisions(rows, decisions) if is_flagged(r)),
    )


def _http(url: str | None) -> str | None:
    """A link a reviewer may click: only http(s) URLs become ``href``."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _ru_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} МБ".replace(".", ",")
    return f"{max(1, size // 1024)} КБ"


def _download_name(filename: str | None, sha256: str, kind: Any) -> str:
    # The name came from a stranger's server: no path parts, no control characters.
    name = re.sub(r"[\x00-\x1f\x7f/\\]", "_", filename or "").strip(". ")
    if name:
        return name[:150]
    extension = kind.meta.extensions[0] if kind is not None and kind.meta.extensions else "bin"
    return f"document-{sha256[:12]}.{extension}"


@router.post("/batches/{batch_id}/rows/{row}/decision")
def decide(
    request: Request,
    batch_id: str,
    row: RowNumber,
    action: Annotated[str, Form(max_length=32)] = "",
    comment: Annotated[str, Form(max_length=4000)] = "",
    csrf: Annotated[str, Form(max_length=128)] = "",
    back: Annotated[str, Form(max_length=2048)] = "",
) -> Response:
    who = viewer(request)
    if not csrf_ok(who.csrf, csrf):
        return render(
            "error.html.j2", 403, viewer=who, message="Форма устарела: обновите страницу."
        )
    try:
        batch, results = _load(request, who, batch_id)
    except Problem:
        return not_found_page(who, f"Пакет {batch_id[:64]} не найден.")
    if row not in results:
        return not_found_page(who, f"В пакете нет проверенной строки {row}.")
    try:
        set_decision(engine_of(request), batch.id, row, action, comment, who.user.name)
    except ValueError as exc:
        return render("error.html.j2", 422, viewer=who, message=str(exc))
    target = (
        safe_next(back) if back else f"{PREFIX}/batches/{batch.id}/orgs/{org_token(results[row])}"
    )
    return RedirectResponse(f"{target}#row-{row}", status_code=303)


# ---- report files ----------------------------------------------------------------------------
@router.get("/batches/{batch_id}/files/{name}", response_model=None)
def batch_file(request: Request, batch_id: str, name: str) -> Response:
    """The справка, the рекомендации and report.xlsx of a visible batch, as downloads."""
    who = viewer(request)
    engine = engine_of(request)
    try:
        batch = batch_row(engine, batch_id, who.principal)
    except Problem:
        return not_found_page(who, f"Пакет {batch_id[:64]} не найден.")
    if name not in DOWNLOADS:
        return not_found_page(who, "Такого файла у пакета нет.")
    path = report_folder(engine, request.app.state.service.data_dir, batch) / name
    if not path.is_file():
        return not_found_page(who, "Файл для этого пакета не сформирован.")
    return FileResponse(
        path,
        media_type=DOWNLOADS[name],
        filename=download_name(batch.id, name),
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store"},
    )


# ---- stored copies ---------------------------------------------------------------------------
def _blobs(request: Request) -> BlobStore:
    state = request.app.state.service
    return BlobStore(state.data_dir / "documents", state.settings.max_document_bytes)


@router.get("/batches/{batch_id}/rows/{row}/copy/{sha256}", response_model=None)
def stored_copy(request: Request, batch_id: str, row: RowNumber, sha256: str) -> Response:
    """The stored copy of a document of this row (only of this row: no fishing by digest)."""
    who = viewer(request)
    try:
        _, results = _load(request, who, batch_id)
    except Problem:
        return not_found_page(who, f"Пакет {batch_id[:64]} не найден.")
    result = results.get(row)
    link = next((lk for lk in result.links if lk.sha256 == sha256), None) if result else None
    store = _blobs(request)
    path = store.path(sha256) if link is not None else None
    meta = store.meta(sha256) if path is not None else None
    if path is None or meta is None or link is None:
        return not_found_page(who, "Сохранённой копии этого документа нет.")
    name = _download_name(meta.filename, sha256, link.file_kind)
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    headers = {
        **DOWNLOAD_HEADERS,
        "Content-Disposition": (
            f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"
        ),
    }
    return FileResponse(path, media_type="application/octet-stream", headers=headers)
