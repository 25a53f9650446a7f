"""Soft 404: a 200 page that says it does not exist, in any wording and any encoding."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from evidence.fetch import LinkChecker
from evidence.models import LinkResult, Verdict
from tests.support.loopback import Request, Response, serve

Factory = Callable[..., LinkChecker]

NAV = """<nav><a href="/">Главная</a> <a href="/sveden">Сведения об образовательной организации</a>
<a href="/404">404</a> <a href="/news">Новости</a></nav>"""
FOOTER = "<footer>МБОУ «Средняя общеобразовательная школа № 12», г. Курган. Телефон 8 (3522) 00-00-00</footer>"


def site_page(title: str, main: str, charset: str = "utf-8") -> str:
    meta = f'<meta charset="{charset}">'
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
        f"<header><h2>МБОУ СОШ № 12</h2></header>{NAV}<main>{main}</main>{FOOTER}</body></html>"
    )


REAL_MAIN = (
    "<h1>Наставничество</h1><p>В школе реализуется целевая модель наставничества. "
    "Приказ о внедрении целевой модели наставничества утверждён директором в сентябре. "
    "Наставники сопровождают молодых педагогов и обучающихся, проводятся встречи, "
    "мастер-классы и открытые уроки.</p>"
)


@pytest.mark.parametrize(
    ("title", "main"),
    [
        pytest.param("Страница не найдена", "<p>Увы.</p>", id="title_ru"),
        pytest.param(
            "Школа № 12", "<h1>Ошибка 404</h1><p>Вернитесь на главную.</p>", id="h1_error_404"
        ),
        pytest.param("Школа № 12", "<h1>404</h1><p>Упс.</p>", id="h1_bare_404"),
        pytest.param(
            "Школа",
            "<p>Запрашиваемая страница не существует или была удалена.</p>",
            id="requested_page",
        ),
        pytest.param(
            "Школа", "<p>Такой страницы нет.</p><p>Попробуйте поиск.</p>", id="no_such_page"
        ),
        pytest.param("Документы", "<h1>Документ не найден</h1>", id="document_not_found"),
        pytest.param("404 Not Found", "<p>nginx</p>", id="nginx_title"),
        pytest.param("Error", "<h1>Page not found</h1>", id="english"),
        pytest.param(
            "Школа",
            "<p>К сожалению, запрашиваемый вами файл не найден на сервере.</p>",
            id="file_requested",
        ),
    ],
)
def test_not_found_wordings(checker_factory: Factory, title: str, main: str) -> None:
    with serve({"/doc": Response.html(site_page(title, main))}, host="127.0.2.1") as srv:
        result = checker_factory(probe_soft_404=False).check(srv.url("/doc"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.SOFT_404
        assert result.status == 200


@pytest.mark.parametrize(
    ("where", "headers_charset"),
    [("header", True), ("meta", False)],
)
def test_windows_1251_not_found_page(
    checker_factory: Factory, where: str, headers_charset: bool
) -> None:
    html = site_page(
        "Школа № 12", "<h1>Страница не найдена</h1><p>Проверьте адрес.</p>", "windows-1251"
    )
    if headers_charset:
        html = html.replace('<meta charset="windows-1251">', "")
    ct = "text/html; charset=windows-1251" if headers_charset else "text/html"
    body = html.encode("cp1251")
    with serve({"/p": Response(body=body, headers={"Content-Type": ct})}, host="127.0.2.2") as srv:
        result = checker_factory(probe_soft_404=False).check(srv.url("/p"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.SOFT_404


def test_windows_1251_without_any_declaration(checker_factory: Factory) -> None:
    html = site_page(
        "Школа",
        "<h1>Запрашиваемая страница не найдена</h1><p>Вернитесь на главную страницу сайта школы.</p>",
        "x",
    )
    html = html.replace('<meta charset="x">', "")
    with serve(
        {"/p": Response(body=html.encode("cp1251"), headers={"Content-Type": "text/html"})},
        host="127.0.2.3",
    ) as srv:
        result = checker_factory(probe_soft_404=False).check(srv.url("/p"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.SOFT_404


def test_real_page_with_nav_link_404_is_not_soft_404(checker_factory: Factory) -> None:
    with serve(
        {"/nastavnichestvo": Response.html(site_page("Наставничество", REAL_MAIN))},
        host="127.0.2.4",
    ) as srv:
        result = checker_factory().check(srv.url("/nastavnichestvo"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.WEB_PAGE


def _soft_site(not_found_main: str) -> Callable[[Request], Response]:
    pages = {
        "/nastavnichestvo": site_page("Наставничество", REAL_MAIN),
        "/kontakty": site_page("Контакты", "<h1>Контакты</h1><p>Адрес: ул. Ленина, 1.</p>"),
    }

    def handler(req: Request) -> Response:
        if req.path in pages:
            return Response.html(pages[req.path])
        # Any unknown path: 200 with the template and an unusual wording.
        return Response.html(site_page("МБОУ СОШ № 12", not_found_main.format(path=req.path)))

    return handler


def test_probe_catches_an_unknown_wording(checker_factory: Factory) -> None:
    wording = "<p>Упс! Здесь пусто: по адресу {path} ничего не лежит.</p>"
    with serve(default=_soft_site(wording), host="127.0.2.5") as srv:
        checker = checker_factory()
        missing = checker.check(srv.url("/documents/prikaz-2024-nastavnichestvo"))
        real = checker.check(srv.url("/nastavnichestvo"))
        short_real = checker.check(srv.url("/kontakty"))
        assert isinstance(missing, LinkResult) and missing.verdict is Verdict.SOFT_404
        assert "soft_404_probe" in missing.flags
        assert isinstance(real, LinkResult) and real.verdict is Verdict.WEB_PAGE
        assert isinstance(short_real, LinkResult) and short_real.verdict is Verdict.WEB_PAGE
        probes = [
            p
            for p in srv.hits
            if p not in ("/nastavnichestvo", "/kontakty", "/documents/prikaz-2024-nastavnichestvo")
        ]
        assert len(probes) == 1 and srv.hits[probes[0]] == 1  # probed once per host


def test_probe_is_done_once_per_host_under_concurrency(checker_factory: Factory) -> None:
    import threading

    wording = "<p>Здесь ничего нет.</p>"
    with serve(default=_soft_site(wording), host="127.0.2.6") as srv:
        checker = checker_factory(per_host_concurrency=4)
        results: list[object] = []
        threads = [
            threading.Thread(
                target=lambda i=i: results.append(checker.check(srv.url(f"/missing/{i}")))
            )
            for i in range(6)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert all(isinstance(r, LinkResult) and r.verdict is Verdict.SOFT_404 for r in results)
        assert sum(srv.hits.values()) == 7


def test_redirect_to_home_like_the_probe_is_soft_404(checker_factory: Factory) -> None:
    home = site_page(
        "Главная", "<h1>Добро пожаловать</h1><p>Новости школы, объявления, расписание.</p>"
    )

    def handler(req: Request) -> Response:
        if req.path == "/":
            return Response.html(home)
        if req.path == "/nastavnichestvo":
            return Response.html(site_page("Наставничество", REAL_MAIN))
        return Response.redirect("/")

    with serve(default=handler, host="127.0.2.7") as srv:
        checker = checker_factory()
        gone = checker.check(srv.url("/upload/prikaz_nastavnichestvo.pdf"))
        real = checker.check(srv.url("/nastavnichestvo"))
        home_link = checker.check(srv.url("/"))
        assert isinstance(gone, LinkResult) and gone.verdict is Verdict.SOFT_404
        assert gone.redirects == [srv.url("/")]
        assert isinstance(real, LinkResult) and real.verdict is Verdict.WEB_PAGE
        assert isinstance(home_link, LinkResult) and home_link.verdict is Verdict.WEB_PAGE


def test_site_with_proper_404_keeps_real_pages(checker_factory: Factory) -> None:
    with serve(
        {"/nastavnichestvo": Response.html(site_page("Наставничество", REAL_MAIN))},
        default=Response(404, site_page("Ошибка", "<p>Нет</p>").encode()),
        host="127.0.2.8",
    ) as srv:
        result = checker_factory().check(srv.url("/nastavnichestvo"))
        assert isinstance(result, LinkResult) and result.verdict is Verdict.WEB_PAGE


@pytest.mark.realworld
def test_real_order_published_as_html_is_a_page_not_a_soft_404(checker_factory: Factory) -> None:
    from tests.fetch.conftest import realworld

    body = realworld("dedoc-orders/doc_000000.html").read_bytes()
    with serve(
        {"/docs/prikaz-293": Response(body=body, headers={"Content-Type": "text/html"})},
        host="127.0.2.9",
    ) as srv:
        result = checker_factory().check(srv.url("/docs/prikaz-293"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.WEB_PAGE
