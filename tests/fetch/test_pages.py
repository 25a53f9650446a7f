"""A web page instead of a document: the document links on it, best match first."""

from __future__ import annotations

from collections.abc import Callable

from evidence.fetch import LinkChecker
from evidence.fetch.html import Link
from evidence.models import LinkResult, Verdict
from evidence.pages import is_document_link, score_candidates
from tests.support.loopback import Response, serve

Factory = Callable[..., LinkChecker]

SECTION = """<html><head><title>Наставничество</title></head><body>
<nav><a href="/">Главная</a><a href="/files/rasp.pdf">Расписание звонков</a></nav>
<main><h1>Наставничество</h1>
<p>В 2024/2025 учебном году в школе действует целевая модель наставничества. Ниже размещены документы.</p>
<ul>
<li><a href="/upload/polozhenie_nastavnichestvo.pdf">Положение о системе наставничества</a></li>
<li><a href="/upload/prikaz_145.pdf" title="Приказ от 01.09.2024 № 145">Приказ № 145</a></li>
<li><a href="https://disk.yandex.ru/i/AbC123">Дорожная карта (Яндекс Диск)</a></li>
<li><a href="/file/card?id=77">Отчёт о реализации программы наставничества</a></li>
<li><a href="/upload/foto1.jpg">Фото</a></li>
<li><a href="/upload/plan.docx">План мероприятий</a></li>
<li><a href="/news/12">Новость о встрече наставников</a></li>
</ul></main></body></html>"""


def test_page_instead_of_document_lists_candidates(checker_factory: Factory) -> None:
    with serve({"/nastavnichestvo/": Response.html(SECTION)}, host="127.0.5.1") as srv:
        result = checker_factory().check(srv.url("/nastavnichestvo/"), "приказ о наставничестве")
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.WEB_PAGE
        assert result.message == "Ссылка ведёт на страницу сайта, а не на документ"
        assert len(result.candidates) == 5
        urls = [c.url for c in result.candidates]
        assert all(u.startswith(("http://", "https://")) for u in urls)
        assert srv.url("/news/12") not in urls
        assert urls[0] == srv.url("/upload/prikaz_145.pdf")
        scores = [c.score for c in result.candidates]
        assert scores == sorted(scores, reverse=True)


def test_candidates_follow_the_query(checker_factory: Factory) -> None:
    with serve({"/n": Response.html(SECTION)}, host="127.0.5.2") as srv:
        result = checker_factory().check(srv.url("/n"), "положение о наставничестве")
        assert isinstance(result, LinkResult)
        assert result.candidates[0].url == srv.url("/upload/polozhenie_nastavnichestvo.pdf")


def test_page_without_document_links_has_no_candidates(checker_factory: Factory) -> None:
    page = (
        "<html><head><title>Новости</title></head><body>"
        + "<p>Новости школы и события недели.</p>" * 50
        + "</body></html>"
    )
    with serve({"/news": Response.html(page)}, host="127.0.5.3") as srv:
        result = checker_factory().check(srv.url("/news"), "приказ")
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.WEB_PAGE and result.candidates == []


def test_document_link_recognition() -> None:
    assert is_document_link("https://school.ru/upload/Приказ.PDF")
    assert is_document_link("https://school.ru/file/card?id=5")
    assert is_document_link("https://drive.google.com/file/d/1abcdefghijk/view")
    assert is_document_link("https://cloud.mail.ru/public/Ab/Cd")
    assert is_document_link("https://school.ru/download.php?file_id=7")
    assert not is_document_link("https://school.ru/news/12")
    assert not is_document_link("mailto:school@mail.ru")


def test_score_uses_file_name_when_text_is_generic() -> None:
    links = [
        Link("https://s.ru/files/polozhenie_o_pitanii.pdf", "Скачать"),
        Link("https://s.ru/files/Приказ_о_наставничестве_2024.pdf", "Скачать"),
    ]
    best = score_candidates(links, "приказ о наставничестве")[0]
    assert best.url.endswith("2024.pdf")


def test_nav_document_links_do_not_make_a_card(checker_factory: Factory) -> None:
    # A short page whose only PDF link is in the site menu is a page, not a file card.
    page = """<html><head><title>Наставничество</title></head><body>
    <nav><a href="/files/raspisanie.pdf">Расписание</a></nav>
    <main><h1>Наставничество</h1><p>Раздел в разработке.</p></main></body></html>"""
    with serve({"/n": Response.html(page)}, host="127.0.5.4") as srv:
        result = checker_factory().check(srv.url("/n"), "приказ")
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.WEB_PAGE
        assert [c.url for c in result.candidates] == [srv.url("/files/raspisanie.pdf")]


def test_short_page_with_one_attached_file_is_followed(checker_factory: Factory) -> None:
    page = """<html><head><title>Приказ</title></head><body>
    <main><h1>Приказ о наставничестве</h1><a href="/upload/prikaz.docx">prikaz.docx</a></main></body></html>"""
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    with serve(
        {
            "/p": Response.html(page),
            "/upload/prikaz.docx": Response(body=b"x", headers={"Content-Type": docx}),
        },
        host="127.0.5.5",
    ) as srv:
        result = checker_factory().check(srv.url("/p"))
        assert not isinstance(result, LinkResult)
        assert "resolved_viewer:file_card" in result.flags
