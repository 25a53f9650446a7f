"""Links that open a viewer for one file are resolved to the file (against local fakes)."""

from __future__ import annotations

import json
from collections.abc import Callable

from evidence.fetch import Document, LinkChecker
from evidence.models import FileKind, LinkResult, Verdict
from tests.support.loopback import Request, Response, serve

Factory = Callable[..., LinkChecker]
PDF = {"Content-Type": "application/pdf"}


def _json(data: object, status: int = 200) -> Response:
    return Response(status, json.dumps(data).encode(), headers={"Content-Type": "application/json"})


# ---- Yandex Disk ----------------------------------------------------------------------------
def _yandex_api(
    files_host: str, folder: list[dict[str, str]] | None = None
) -> Callable[[Request], Response]:
    def handler(req: Request) -> Response:
        key = req.query.get("public_key", [""])[0]
        path = req.query.get("path", [""])[0]
        if "gone" in key:
            return _json({"error": "DiskNotFoundError"}, 404)
        if req.path == "/v1/disk/public/resources":
            if folder is None:
                return _json({"type": "file", "name": "prikaz.pdf"})
            return _json({"type": "dir", "_embedded": {"items": folder}})
        if req.path == "/v1/disk/public/resources/download":
            name = path.strip("/") or "shared.pdf"
            return _json({"href": f"{files_host}/dl/{name}?key={key}"})
        return _json({}, 404)

    return handler


def test_yandex_disk_file_link(checker_factory: Factory, pdf_bytes: bytes) -> None:
    with (
        serve(default=Response(body=pdf_bytes, headers=PDF), host="127.0.3.2") as files,
        serve(default=_yandex_api(files.origin), host="127.0.3.1") as api,
    ):
        checker = checker_factory(yandex_disk_api=api.origin)
        result = checker.check("https://disk.yandex.ru/i/AbCdEf123", "приказ")
        assert isinstance(result, Document), result
        assert result.kind is FileKind.PDF
        assert "resolved_viewer:yandex_disk" in result.flags
        assert result.url == "https://disk.yandex.ru/i/AbCdEf123"
        assert api.requests[0].query["public_key"] == ["https://disk.yandex.ru/i/AbCdEf123"]
        assert files.hits["/dl/shared.pdf"] == 1


def test_yandex_folder_with_one_file_resolves_to_it(
    checker_factory: Factory, pdf_bytes: bytes
) -> None:
    folder = [{"type": "file", "name": "prikaz.pdf", "path": "/prikaz.pdf"}]
    with (
        serve(default=Response(body=pdf_bytes, headers=PDF), host="127.0.3.2") as files,
        serve(default=_yandex_api(files.origin, folder), host="127.0.3.1") as api,
    ):
        result = checker_factory(yandex_disk_api=api.origin).check("https://yadi.sk/d/XyZ987")
        assert isinstance(result, Document)
        assert files.hits["/dl/prikaz.pdf"] == 1


def test_yandex_folder_with_many_files_is_a_page_with_candidates(checker_factory: Factory) -> None:
    folder = [
        {
            "type": "file",
            "name": "Положение о наставничестве.pdf",
            "path": "/Положение о наставничестве.pdf",
        },
        {
            "type": "file",
            "name": "Приказ о наставничестве 2024.pdf",
            "path": "/Приказ о наставничестве 2024.pdf",
        },
        {"type": "file", "name": "Фото.jpg", "path": "/Фото.jpg"},
    ]
    with serve(default=_yandex_api("http://127.0.3.2", folder), host="127.0.3.1") as api:
        result = checker_factory(yandex_disk_api=api.origin).check(
            "https://disk.yandex.ru/d/FoLdEr1", "приказ о наставничестве"
        )
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.WEB_PAGE
        assert len(result.candidates) == 3
        assert result.candidates[0].text == "Приказ о наставничестве 2024.pdf"
        assert result.candidates[0].url.startswith("https://disk.yandex.ru/d/FoLdEr1/")


def test_yandex_removed_link_is_http_error(checker_factory: Factory) -> None:
    with serve(default=_yandex_api("http://127.0.3.2"), host="127.0.3.1") as api:
        result = checker_factory(yandex_disk_api=api.origin).check(
            "https://disk.yandex.ru/i/gone42"
        )
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.HTTP_ERROR and result.status == 404
        assert "Яндекс Диск" in result.message


# ---- Google Drive / Docs -----------------------------------------------------------------------
def test_google_drive_file_link(checker_factory: Factory, pdf_bytes: bytes) -> None:
    with serve({"/download": Response(body=pdf_bytes, headers=PDF)}, host="127.0.3.3") as drive:
        result = checker_factory(google_drive_download=drive.origin).check(
            "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing"
        )
        assert isinstance(result, Document)
        assert "resolved_viewer:google_drive" in result.flags
        assert drive.requests[0].query == {"id": ["1AbCdEfGhIjKlMnOp"], "export": ["download"]}


def test_google_drive_open_id_and_large_file_confirmation(
    checker_factory: Factory, pdf_bytes: bytes
) -> None:
    warning = """<html><head><title>Google Drive - Virus scan warning</title></head><body>
    <p>Google Drive can't scan this file for viruses.</p>
    <form id="download-form" action="https://drive.usercontent.google.com/download" method="get">
    <input type="submit" value="Download anyway"/>
    <input type="hidden" name="id" value="1BigFileIdentifier0"><input type="hidden" name="export" value="download">
    <input type="hidden" name="confirm" value="t"><input type="hidden" name="uuid" value="abc-123"></form></body></html>"""

    def handler(req: Request) -> Response:
        if req.query.get("confirm") == ["t"] and req.query.get("uuid") == ["abc-123"]:
            return Response(body=pdf_bytes, headers=PDF)
        return Response.html(warning)

    with serve({"/download": handler}, host="127.0.3.4") as drive:
        result = checker_factory(google_drive_download=drive.origin).check(
            "https://drive.google.com/open?id=1BigFileIdentifier0"
        )
        assert isinstance(result, Document), result
        assert result.kind is FileKind.PDF
        assert drive.hits["/download"] == 2


def test_google_drive_private_file_is_an_access_error(checker_factory: Factory) -> None:
    with serve(
        default=Response.html("<html><title>Вход</title><body>Войдите в аккаунт</body></html>"),
        host="127.0.3.6",
    ) as accounts:
        login = accounts.url("/ServiceLogin?continue=x", host="accounts.google.com")
        with serve({"/download": Response.redirect(login)}, host="127.0.3.5") as drive:
            checker = checker_factory(
                google_drive_download=drive.origin,
                resolver_overrides={"accounts.google.com": ("127.0.3.6",)},
            )
            result = checker.check("https://drive.google.com/file/d/1PrivateFileId000/view")
            assert isinstance(result, LinkResult)
            assert result.verdict is Verdict.HTTP_ERROR
            assert "Доступ к файлу закрыт" in result.message


def test_google_docs_document_is_exported(
    checker_factory: Factory, samples: dict[str, bytes]
) -> None:
    docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    with serve(
        default=Response(body=samples["docx"], headers={"Content-Type": docx_type}),
        host="127.0.3.7",
    ) as docs:
        result = checker_factory(google_docs_base=docs.origin).check(
            "https://docs.google.com/document/d/1DocIdentifier_abc/edit?usp=sharing"
        )
        assert isinstance(result, Document)
        assert result.kind is FileKind.DOCX
        assert docs.requests[0].raw_path == "/document/d/1DocIdentifier_abc/export?format=docx"


# ---- Mail.ru Cloud ------------------------------------------------------------------------------
def test_mailru_cloud_file(checker_factory: Factory, pdf_bytes: bytes) -> None:
    with serve(default=Response(body=pdf_bytes, headers=PDF), host="127.0.3.9") as node:

        def api(req: Request) -> Response:
            if req.path == "/api/v2/dispatcher":
                return _json({"body": {"weblink_get": [{"url": node.url("/weblink/")}]}})
            if req.path == "/api/v2/folder":
                return _json({"body": {"kind": "file", "name": "prikaz.pdf"}})
            return _json({}, 404)

        with serve(default=api, host="127.0.3.8") as cloud:
            result = checker_factory(mailru_cloud_base=cloud.origin).check(
                "https://cloud.mail.ru/public/AbCd/EfGh12"
            )
            assert isinstance(result, Document), result
            assert "resolved_viewer:mailru_cloud" in result.flags
            assert node.hits["/weblink/AbCd/EfGh12"] == 1


# ---- pages that frame one file ---------------------------------------------------------------------
def test_pdfjs_viewer_link(checker_factory: Factory, pdf_bytes: bytes) -> None:
    with serve(
        {"/upload/prikaz.pdf": Response(body=pdf_bytes, headers=PDF)}, host="127.0.3.10"
    ) as srv:
        result = checker_factory().check(srv.url("/pdfjs/web/viewer.html?file=/upload/prikaz.pdf"))
        assert isinstance(result, Document)
        assert "resolved_viewer:pdf_viewer" in result.flags
        assert result.final_url == srv.url("/upload/prikaz.pdf")


def test_embedded_viewer_page(checker_factory: Factory, pdf_bytes: bytes) -> None:
    page = """<html><head><title>Приказ о наставничестве</title></head><body>
    <nav><a href="/">Главная</a><a href="/sveden">Сведения</a></nav>
    <h1>Приказ о наставничестве</h1>
    <iframe src="/js/pdfjs/web/viewer.html?file=%2Fupload%2Fiblock%2F1a2%2Fprikaz.pdf" width="100%"></iframe>
    </body></html>"""
    with serve(
        {
            "/docs/prikaz": Response.html(page),
            "/upload/iblock/1a2/prikaz.pdf": Response(body=pdf_bytes, headers=PDF),
        },
        host="127.0.3.11",
    ) as srv:
        result = checker_factory().check(srv.url("/docs/prikaz"))
        assert isinstance(result, Document), result
        assert "resolved_viewer:embedded_viewer" in result.flags
        assert result.redirects[-1] == srv.url("/upload/iblock/1a2/prikaz.pdf")


def test_object_embed_of_a_pdf(checker_factory: Factory, pdf_bytes: bytes) -> None:
    page = (
        '<html><body><object data="files/plan.pdf" type="application/pdf"></object></body></html>'
    )
    with serve(
        {
            "/doc/": Response.html(page),
            "/doc/files/plan.pdf": Response(body=pdf_bytes, headers=PDF),
        },
        host="127.0.3.12",
    ) as srv:
        result = checker_factory().check(srv.url("/doc/"))
        assert isinstance(result, Document)


def test_file_card_page(checker_factory: Factory, pdf_bytes: bytes) -> None:
    card = """<html><head><title>Приказ № 45 о наставничестве</title></head><body>
    <header><a href="/">МБОУ СОШ № 3</a></header>
    <nav><a href="/sveden/common">Основные сведения</a><a href="/news">Новости</a></nav>
    <div class="file-card"><h1>Приказ № 45 о наставничестве</h1>
    <p>Размер: 245 КБ. Дата загрузки: 01.09.2023</p>
    <a class="btn" href="/file/download?id=1695">Скачать</a></div>
    <footer>© 2023</footer></body></html>"""
    with serve(
        {
            "/file/card": Response.html(card),
            "/file/download": Response(
                body=pdf_bytes,
                headers={
                    "Content-Type": "application/octet-stream",
                    "Content-Disposition": 'attachment; filename="prikaz_45.pdf"',
                },
            ),
        },
        host="127.0.3.13",
    ) as srv:
        result = checker_factory().check(srv.url("/file/card?id=1695"))
        assert isinstance(result, Document), result
        assert result.kind is FileKind.PDF
        assert result.filename == "prikaz_45.pdf"
        assert "resolved_viewer:file_card" in result.flags


def test_removed_file_card_is_soft_404(checker_factory: Factory) -> None:
    card = "<html><head><title>Школа</title></head><body><h1>Файл не найден</h1></body></html>"
    with serve({"/file/card": Response.html(card)}, host="127.0.3.14") as srv:
        result = checker_factory().check(srv.url("/file/card?id=99999"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.SOFT_404


def test_viewer_resolving_to_a_missing_file_reports_the_file_error(
    checker_factory: Factory,
) -> None:
    page = '<html><body><iframe src="/files/gone.pdf"></iframe></body></html>'
    with serve({"/doc": Response.html(page)}, host="127.0.3.15") as srv:
        result = checker_factory().check(srv.url("/doc"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.HTTP_ERROR and result.status == 404
        assert result.url == srv.url("/doc")


def test_mailru_folder_with_many_files_is_a_page(checker_factory: Factory) -> None:
    listing = {
        "body": {
            "kind": "folder",
            "list": [
                {
                    "kind": "file",
                    "name": "Приказ о наставничестве.pdf",
                    "weblink": "AbCd/Folder/Приказ о наставничестве.pdf",
                },
                {"kind": "file", "name": "Фото.jpg", "weblink": "AbCd/Folder/Фото.jpg"},
            ],
        }
    }
    with serve({"/api/v2/folder": _json(listing)}, host="127.0.3.16") as cloud:
        result = checker_factory(mailru_cloud_base=cloud.origin).check(
            "https://cloud.mail.ru/public/AbCd/Folder", "приказ о наставничестве"
        )
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.WEB_PAGE
        assert result.candidates[0].text == "Приказ о наставничестве.pdf"
        assert result.candidates[0].url.startswith("https://cloud.mail.ru/public/AbCd/Folder/")


def test_google_sheet_is_exported_as_xlsx(
    checker_factory: Factory, samples: dict[str, bytes]
) -> None:
    with serve(default=Response(body=samples["xlsx"]), host="127.0.3.17") as docs:
        result = checker_factory(google_docs_base=docs.origin).check(
            "https://docs.google.com/spreadsheets/d/1SheetIdentifier_x/edit#gid=0"
        )
        assert isinstance(result, Document)
        assert result.kind is FileKind.XLSX
        assert docs.requests[0].raw_path == "/spreadsheets/d/1SheetIdentifier_x/export?format=xlsx"


def test_cloud_api_down_is_unreachable(checker_factory: Factory) -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.3.18", 0))
    port = sock.getsockname()[1]
    sock.close()
    result = checker_factory(retries=0, yandex_disk_api=f"http://127.0.3.18:{port}").check(
        "https://disk.yandex.ru/i/AbCdEf123"
    )
    assert isinstance(result, LinkResult)
    assert result.verdict is Verdict.UNREACHABLE
    assert result.url == "https://disk.yandex.ru/i/AbCdEf123"
