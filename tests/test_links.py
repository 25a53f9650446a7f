"""What a school types in the link cell: splitting and parsing."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from urllib.parse import quote

import pytest

from evidence.fetch import FetchConfig
from evidence.links import parse_link, split_links
from evidence.models import BatchItem, Verdict
from evidence.pipeline import CheckConfig, Checker
from tests.support.loopback import LoopbackServer, Response


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("  \n ", [], id="blank"),
        pytest.param("https://a.ru/x.pdf", ["https://a.ru/x.pdf"], id="one"),
        pytest.param(
            "https://a.ru/x.pdf, https://b.ru/y.pdf;https://c.ru/z",
            ["https://a.ru/x.pdf", "https://b.ru/y.pdf", "https://c.ru/z"],
            id="comma_semicolon",
        ),
        pytest.param(
            "https://a.ru/1.pdf\nhttps://a.ru/2.pdf\r\n https://a.ru/3.pdf",
            ["https://a.ru/1.pdf", "https://a.ru/2.pdf", "https://a.ru/3.pdf"],
            id="newlines",
        ),
        pytest.param("https://site.ru/a,b.pdf", ["https://site.ru/a,b.pdf"], id="comma_inside"),
        pytest.param("(https://x.ru/p?id=1).", ["https://x.ru/p?id=1"], id="brackets"),
        pytest.param("Приказ: https://x.ru/p.pdf", ["https://x.ru/p.pdf"], id="text_before"),
        pytest.param(
            "school.ru/a.pdf school.ru/b.pdf",
            ["school.ru/a.pdf", "school.ru/b.pdf"],
            id="bare_domains",
        ),
        pytest.param("Приказ №227 от 06.05.2022", ["Приказ №227 от 06.05.2022"], id="text"),
        pytest.param(
            "https://school.ru/files/Приказ о наставничестве 2024.pdf",
            ["https://school.ru/files/Приказ о наставничестве 2024.pdf"],
            id="raw_spaces_in_file_name",
        ),
        pytest.param(
            "https://a.ru/files/План работы.docx; https://b.ru/y.pdf",
            ["https://a.ru/files/План работы.docx", "https://b.ru/y.pdf"],
            id="raw_spaces_then_another_link",
        ),
        pytest.param(
            "https://a.ru/docs/prikaz.pdf приказ от 2024 года",
            ["https://a.ru/docs/prikaz.pdf"],
            id="comment_after_link",
        ),
        pytest.param(
            "https://a.ru/docs/prikaz school.ru/b.pdf",
            ["https://a.ru/docs/prikaz"],
            id="domain_after_link_is_not_a_file_name",
        ),
    ],
)
def test_split_links(cell: str, expected: list[str]) -> None:
    assert split_links(cell) == expected


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("https://school.ru/doc.pdf", "https://school.ru/doc.pdf"),
        ("school.ru/doc.pdf", "http://school.ru/doc.pdf"),
        ("www.school.ru/doc.pdf", "http://www.school.ru/doc.pdf"),
        ("школа17.рф/документы", "http://школа17.рф/документы"),
        ("10.0.0.1/doc.pdf", "http://10.0.0.1/doc.pdf"),
        ("ftp://school.ru/doc.pdf", "ftp://school.ru/doc.pdf"),  # the fetcher blocks the scheme
    ],
)
def test_parse_link_gives_a_url(raw: str, url: str) -> None:
    assert parse_link(raw).url == url


def test_bare_domain_is_marked_as_completed() -> None:
    assert "scheme_added" in parse_link("school.ru/doc.pdf").flags


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        pytest.param("Приказ №227 от 06.05.2022 г.", "текст, а не ссылка", id="order_text"),
        pytest.param("dokumenty-all-52_74.html", "относительный путь", id="relative_html"),
        pytest.param("dokumenty-all-52_233.h", "относительный путь", id="cut_relative"),
        pytest.param("/upload/prikaz.pdf", "относительный путь", id="absolute_path"),
        pytest.param("ссылка на приказ", "текст, а не ссылка", id="placeholder"),
        pytest.param("https://", "нет адреса сайта", id="scheme_only"),
    ],
)
def test_parse_link_explains_what_is_not_a_link(raw: str, words: str) -> None:
    parsed = parse_link(raw)
    assert parsed.url is None
    assert parsed.reason is not None and words in parsed.reason


def test_raw_spaces_are_fetched_percent_encoded() -> None:
    parsed = parse_link("https://school.ru/files/Приказ о наставничестве 2024.pdf")
    assert parsed.url == "https://school.ru/files/Приказ%20о%20наставничестве%202024.pdf"
    assert "spaces_encoded" in parsed.flags


def test_link_typed_with_raw_spaces_reaches_the_document(tmp_path: Path) -> None:
    """A row whose link was copied with raw spaces ends ``ok``, through a real server."""
    order = resources.files("evidence.demo").joinpath(
        "files", "prikaz_214_nastavnichestvo_pedagogov.docx"
    )
    name = "/files/Приказ о наставничестве 2024.docx"
    routes = {
        quote(name): Response(
            body=order.read_bytes(),
            headers={
                "Content-Type": "application/vnd.openxmlformats-officedocument"
                ".wordprocessingml.document"
            },
        )
    }
    fetch = FetchConfig(allow_private=True, retries=0, probe_soft_404=False)
    config = CheckConfig(year=2024, fetch=fetch, cache_dir=tmp_path / "cache")
    with LoopbackServer(routes, host="127.0.0.43") as server, Checker(config) as checker:
        cell = server.url(name)  # as typed: raw spaces and Cyrillic
        row = BatchItem(row=1, org="МБОУ «СОШ № 17»", criterion="1.1", value="1", url=cell)
        result = checker.check_item(row)
    assert result.verdict is Verdict.OK, result.message
    assert len(result.links) == 1
    assert server.hits[quote(name)] == 1
