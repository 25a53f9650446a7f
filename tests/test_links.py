"""What a school types in the link cell: splitting and parsing."""

from __future__ import annotations

import pytest

from evidence.links import parse_link, split_links


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
