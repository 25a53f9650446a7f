"""Links that open a viewer for exactly one file, resolved to the file itself.

Two families:

* share links recognised by their URL (``resolve_share``): Yandex Disk (``disk.yandex.ru/i/…``,
  ``/d/…``, ``yadi.sk/…``) through the public REST API, Google Drive (``/file/d/<id>``,
  ``open?id=``) through the direct-download host (with the large-file confirmation form),
  Google Docs through ``/export``, Mail.ru Cloud (``cloud.mail.ru/public/…``) through the
  dispatcher API, and viewer wrappers whose query names the file (pdf.js
  ``viewer.html?file=…``, ``docs.google.com/viewer?url=…``). The share host is recognised by
  pattern; API calls go to the base URLs in ``FetchConfig`` (tests point them at a fake).
* pages that are only a frame around one file (``resolve_page``): an iframe/embed/object
  whose source is a document, or a file card (``…/file/card?id=…``, or a page with one
  download link and little text).

To add a service: a function ``(url, ctx) -> Resolution | None`` appended to ``SHARE_RESOLVERS``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urljoin, urlsplit

from evidence.errors import UnreachableError
from evidence.fetch.client import Fetched, Fetcher
from evidence.fetch.config import FetchConfig
from evidence.fetch.html import Link, Page
from evidence.pages import document_links, is_document_link

API_BYTES = 2 * 1024 * 1024
CARD_TEXT_CHARS = 800


@dataclass
class Resolution:
    """Where a viewer leads: a file URL to fetch, a folder's files, or why it leads nowhere."""

    service: str
    file_url: str | None = None
    candidates: list[Link] = field(default_factory=list)
    status: int | None = None  # an HTTP status the service answered instead (404: removed)
    message: str | None = None


@dataclass
class Context:
    fetcher: Fetcher
    config: FetchConfig


ShareResolver = Callable[[str, Context], Resolution | None]


# ---- helpers ---------------------------------------------------------------------------
def _api_json(ctx: Context, url: str, service: str) -> tuple[int, Any]:
    fetched = ctx.fetcher.fetch(url, max_bytes=API_BYTES, page_bytes=API_BYTES)
    try:
        data = json.loads(fetched.body.decode("utf-8", "replace")) if fetched.body else None
    except ValueError:
        data = None
    return fetched.status, data


def _gone(service: str, status: int, what: str) -> Resolution:
    if status in (401, 403):
        msg = f"{what}: доступ к файлу закрыт (сервис ответил {status}), откройте доступ по ссылке"
    else:
        msg = f"{what}: файл не найден (сервис ответил {status}), ссылка удалена или устарела"
    return Resolution(service, status=status, message=msg)


# ---- Yandex Disk ---------------------------------------------------------------------------
_YANDEX = re.compile(
    r"^https?://(?:disk\.yandex\.(?:ru|com|by|kz|ua|com\.tr)|yadi\.sk)/(i|d|public)/([^/?#]+)(/[^?#]*)?",
    re.IGNORECASE,
)


def resolve_yandex_disk(url: str, ctx: Context) -> Resolution | None:
    m = _YANDEX.match(url)
    if not m:
        return None
    kind, key, subpath = m.group(1).lower(), m.group(2), unquote(m.group(3) or "").rstrip("/")
    host = urlsplit(url).netloc
    public_key = f"https://{host}/{kind}/{key}"
    api = ctx.config.yandex_disk_api.rstrip("/")
    what = "Яндекс Диск"
    params = {"public_key": public_key}
    if subpath:
        params["path"] = subpath
    if kind != "i":
        status, meta = _api_json(
            ctx, f"{api}/v1/disk/public/resources?{urlencode({**params, 'limit': 100})}", "yandex"
        )
        if status >= 400 or not isinstance(meta, dict):
            return _gone("yandex_disk", status if status >= 400 else 502, what)
        if meta.get("type") == "dir":
            items = [
                i for i in (meta.get("_embedded") or {}).get("items", []) if isinstance(i, dict)
            ]
            files = [i for i in items if i.get("type") == "file"]
            if len(files) == 1 and len(items) == 1:
                params["path"] = str(files[0].get("path") or "/" + str(files[0].get("name")))
            else:
                links = [
                    Link(
                        href=str(
                            i.get("public_url")
                            or f"{public_key}{i.get('path') or '/' + str(i.get('name'))}"
                        ),
                        text=str(i.get("name") or ""),
                    )
                    for i in files
                ]
                return Resolution(
                    "yandex_disk",
                    candidates=links,
                    message="Ссылка ведёт на папку Яндекс Диска, а не на один документ",
                )
    status, data = _api_json(
        ctx, f"{api}/v1/disk/public/resources/download?{urlencode(params)}", "yandex"
    )
    if status >= 400 or not isinstance(data, dict) or not data.get("href"):
        return _gone("yandex_disk", status if status >= 400 else 502, what)
    return Resolution("yandex_disk", file_url=str(data["href"]))


# ---- Google Drive / Docs ----------------------------------------------------------------
_GDRIVE = re.compile(
    r"^https?://(?:drive|docs)\.google\.com/(?:a/[^/]+/)?(?:u/\d+/)?(?:file/d/([\w-]{10,})|(?:open|uc)\?(?:.*&)?id=([\w-]{10,}))",
    re.IGNORECASE,
)
_GDOCS = re.compile(
    r"^https?://docs\.google\.com/(?:a/[^/]+/)?(?:u/\d+/)?(document|spreadsheets|presentation)/d/([\w-]{10,})",
    re.IGNORECASE,
)
_GDOCS_EXPORT = {
    "document": "/document/d/{id}/export?format=docx",
    "spreadsheets": "/spreadsheets/d/{id}/export?format=xlsx",
    "presentation": "/presentation/d/{id}/export/pdf",
}


def resolve_google(url: str, ctx: Context) -> Resolution | None:
    m = _GDOCS.match(url)
    if m:
        base = ctx.config.google_docs_base.rstrip("/")
        path = _GDOCS_EXPORT[m.group(1).lower()].format(id=m.group(2))
        return Resolution("google_docs", file_url=base + path)
    m = _GDRIVE.match(url)
    if m:
        file_id = m.group(1) or m.group(2)
        base = ctx.config.google_drive_download.rstrip("/")
        return Resolution(
            "google_drive",
            file_url=f"{base}/download?{urlencode({'id': file_id, 'export': 'download'})}",
        )
    return None


def google_drive_confirmation(page: Page, config: FetchConfig) -> str | None:
    """The confirmed download URL from Drive's «file too large to scan» page, if it is one."""
    for action, hidden in page.forms:
        if "confirm" in hidden and "id" in hidden:
            path = urlsplit(action).path or "/download"
            base = config.google_drive_download.rstrip("/")
            return f"{base}{path}?{urlencode(hidden)}"
    for link in page.links:
        q = parse_qs(urlsplit(link.href).query)
        if "confirm" in q and "id" in q:
            base = config.google_drive_download.rstrip("/")
            return f"{base}{urlsplit(link.href).path}?{urlsplit(link.href).query}"
    return None


# ---- Mail.ru Cloud ----------------------------------------------------------------------------
_MAILRU = re.compile(r"^https?://cloud\.mail\.ru/public/([^?#]+)", re.IGNORECASE)


def resolve_mailru(url: str, ctx: Context) -> Resolution | None:
    m = _MAILRU.match(url)
    if not m:
        return None
    weblink = unquote(m.group(1)).strip("/")
    base = ctx.config.mailru_cloud_base.rstrip("/")
    what = "Облако Mail.ru"
    try:
        status, folder = _api_json(
            ctx, f"{base}/api/v2/folder?{urlencode({'weblink': weblink, 'limit': 100})}", "mailru"
        )
    except UnreachableError:
        status, folder = 0, None
    if status in (403, 404):
        return _gone("mailru_cloud", status, what)
    body = folder.get("body") if isinstance(folder, dict) else None
    if isinstance(body, dict) and body.get("kind") == "folder":
        files = [
            i for i in body.get("list") or [] if isinstance(i, dict) and i.get("kind") == "file"
        ]
        if len(files) == 1 and len(body.get("list") or []) == 1:
            weblink = str(files[0].get("weblink") or f"{weblink}/{files[0].get('name')}").strip("/")
        else:
            return Resolution(
                "mailru_cloud",
                candidates=[
                    Link(
                        href=f"https://cloud.mail.ru/public/{quote(str(i.get('weblink') or weblink + '/' + str(i.get('name'))))}",
                        text=str(i.get("name") or ""),
                    )
                    for i in files
                ],
                message="Ссылка ведёт на папку Облака Mail.ru, а не на один документ",
            )
    status, disp = _api_json(ctx, f"{base}/api/v2/dispatcher", "mailru")
    try:
        node = str(disp["body"]["weblink_get"][0]["url"])
    except (KeyError, IndexError, TypeError):
        return _gone("mailru_cloud", status if status >= 400 else 502, what)
    return Resolution("mailru_cloud", file_url=f"{node.rstrip('/')}/{quote(weblink)}")


# ---- viewer wrappers ------------------------------------------------------------------------
def unwrap_viewer_url(url: str) -> str | None:
    """The file behind a viewer URL: pdf.js ``viewer.html?file=``, Google ``viewer?url=``."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    path = parts.path.lower()
    inner: str | None = None
    if "file" in query and ("viewer" in path or "pdfjs" in path or "pdf.js" in path):
        inner = query["file"][0]
    elif "url" in query and (
        (parts.hostname or "").endswith("docs.google.com")
        and path.rstrip("/").endswith(("/viewer", "/gview"))
    ):
        inner = query["url"][0]
    if not inner:
        return None
    resolved = urljoin(url, inner)
    return resolved if resolved.lower().startswith(("http://", "https://")) else None


def resolve_viewer_wrapper(url: str, ctx: Context) -> Resolution | None:
    inner = unwrap_viewer_url(url)
    return Resolution("pdf_viewer", file_url=inner) if inner else None


SHARE_RESOLVERS: list[ShareResolver] = [
    resolve_yandex_disk,
    resolve_google,
    resolve_mailru,
    resolve_viewer_wrapper,
]


def resolve_share(url: str, ctx: Context) -> Resolution | None:
    """The resolution of a share or viewer URL, or ``None`` when no service recognises it."""
    for resolver in SHARE_RESOLVERS:
        res = resolver(url, ctx)
        if res is not None:
            return res
    return None


def is_share_url(url: str) -> bool:
    return bool(
        _YANDEX.match(url)
        or _GDRIVE.match(url)
        or _GDOCS.match(url)
        or _MAILRU.match(url)
        or unwrap_viewer_url(url)
    )


# ---- pages that only frame one file ---------------------------------------------------------
def resolve_page(page: Page) -> Resolution | None:
    """The single file a page exists to show (embedded viewer, file card), if any."""
    frame_targets: list[str] = []
    for src in page.frames:
        target = unwrap_viewer_url(src) or (
            src if is_document_link(src) or is_share_url(src) else None
        )
        if target and target not in frame_targets:
            frame_targets.append(target)
    if len(frame_targets) == 1:
        return Resolution("embedded_viewer", file_url=frame_targets[0])
    docs = document_links(link for link in page.links if not link.boilerplate)
    path = urlsplit(page.url).path.lower()
    is_card_url = "/file/card" in path or "/files/card" in path
    if is_card_url and docs:
        chosen = docs[0] if len(docs) == 1 else _download_link(docs)
        if chosen is not None:
            return Resolution("file_card", file_url=chosen.href)
    if len(docs) == 1 and page.text_length <= CARD_TEXT_CHARS and not frame_targets:
        return Resolution("file_card", file_url=docs[0].href)
    return None


_DOWNLOAD_WORDS = re.compile(r"скачать|загрузить|download|открыть файл|просмотр", re.IGNORECASE)


def _download_link(docs: list[Link]) -> Link | None:
    hits = [d for d in docs if _DOWNLOAD_WORDS.search(f"{d.text} {d.title}") or d.download]
    unique = {d.href for d in hits}
    return hits[0] if len(unique) == 1 else None


def fetched_is_login(fetched: Fetched) -> bool:
    host = urlsplit(fetched.final_url).hostname or ""
    return host.startswith("accounts.") or "servicelogin" in fetched.final_url.lower()
