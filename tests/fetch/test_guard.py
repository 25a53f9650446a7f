"""The SSRF guard: private, loopback, metadata and odd-form addresses are never fetched."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from evidence.fetch import Document, LinkChecker
from evidence.fetch.guard import classify_address, parse_ip_literal
from evidence.models import LinkResult, Verdict
from tests.support.loopback import Response, serve

Factory = Callable[..., LinkChecker]


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("http://127.0.0.1/prikaz.pdf", id="loopback"),
        pytest.param("http://10.20.30.40/prikaz.pdf", id="rfc1918_10"),
        pytest.param("http://192.168.1.1/", id="rfc1918_192"),
        pytest.param("http://172.16.5.4/", id="rfc1918_172"),
        pytest.param("http://100.64.0.7/", id="cgnat"),
        pytest.param("http://169.254.169.254/latest/meta-data/", id="metadata"),
        pytest.param("http://[fd00:ec2::254]/latest/", id="metadata_v6"),
        pytest.param("http://[::1]/", id="ipv6_loopback"),
        pytest.param("http://[fc00::5]/", id="unique_local"),
        pytest.param("http://[fe80::1]/", id="link_local_v6"),
        pytest.param("http://[::ffff:127.0.0.1]/", id="ipv4_mapped"),
        pytest.param("http://[::ffff:a00:1]/", id="ipv4_mapped_hex"),
        pytest.param("http://0.0.0.0/", id="unspecified"),
        pytest.param("http://224.0.0.1/", id="multicast"),
        pytest.param("http://2130706433/", id="decimal"),
        pytest.param("http://0x7f.1/", id="hex_short"),
        pytest.param("http://0177.0.0.1/", id="octal"),
        pytest.param("http://127.1/", id="short_form"),
        pytest.param("file:///etc/passwd", id="file_scheme"),
        pytest.param("ftp://example.com/prikaz.pdf", id="ftp_scheme"),
        pytest.param("gopher://example.com/", id="gopher_scheme"),
        pytest.param("http://user:secret@example.com/prikaz.pdf", id="credentials"),
    ],
)
def test_blocked_without_connecting(checker_factory: Factory, url: str) -> None:
    checker = checker_factory(allow_private=False)
    result = checker.check(url)
    assert isinstance(result, LinkResult) and result.verdict is Verdict.BLOCKED
    assert result.message and "http" not in result.message.split(":")[0]


def test_blocked_message_is_russian_and_names_the_address(checker_factory: Factory) -> None:
    result = checker_factory(allow_private=False).check("http://10.1.2.3/doc.pdf")
    assert isinstance(result, LinkResult) and result.verdict is Verdict.BLOCKED
    assert "внутреннюю сеть" in result.message and "10.1.2.3" in result.message


def test_local_server_is_blocked_and_never_hit(checker_factory: Factory) -> None:
    with serve({"/doc.pdf": Response(body=b"%PDF-1.4")}, host="127.0.0.1") as srv:
        result = checker_factory(allow_private=False).check(srv.url("/doc.pdf"))
        assert isinstance(result, LinkResult) and result.verdict is Verdict.BLOCKED
        assert srv.hits["/doc.pdf"] == 0


def test_public_host_redirecting_to_loopback_is_blocked(
    checker_factory: Factory, pdf_bytes: bytes
) -> None:
    with (
        serve({"/secret.pdf": Response(body=pdf_bytes)}, host="127.0.0.1") as internal,
        serve({"/doc": Response.redirect(internal.url("/secret.pdf"))}, host="127.0.0.5") as public,
    ):
        checker = checker_factory(
            allow_private=False,
            extra_public_networks=("127.0.0.5/32",),
            resolver_overrides={"school.example": ("127.0.0.5",)},
        )
        result = checker.check(public.url("/doc", host="school.example"))
        assert isinstance(result, LinkResult) and result.verdict is Verdict.BLOCKED
        assert public.hits["/doc"] == 1
        assert internal.hits["/secret.pdf"] == 0
        assert result.final_url == internal.url("/secret.pdf")


def test_public_host_is_fetched_from_the_vetted_address(
    checker_factory: Factory, pdf_bytes: bytes
) -> None:
    # "school.example" does not exist in DNS: the fetch can only succeed if the connection
    # goes to the address the guard resolved and vetted, not to a second resolution.
    with serve({"/doc.pdf": Response(body=pdf_bytes)}, host="127.0.0.5") as srv:
        checker = checker_factory(
            allow_private=False,
            extra_public_networks=("127.0.0.5/32",),
            resolver_overrides={"school.example": ("127.0.0.5",)},
        )
        result = checker.check(srv.url("/doc.pdf", host="school.example"))
        assert isinstance(result, Document)
        assert srv.hits["/doc.pdf"] == 1
        assert srv.requests[0].headers["Host"].startswith("school.example")


def test_name_with_one_private_address_among_public_ones_is_blocked(
    checker_factory: Factory,
) -> None:
    # DNS answers mixing a public and a private address must not be connected at all.
    with serve({"/": Response(body=b"ok")}, host="127.0.0.5") as srv:
        checker = checker_factory(
            allow_private=False,
            extra_public_networks=("127.0.0.5/32",),
            resolver_overrides={"mixed.example": ("127.0.0.5", "10.0.0.8")},
        )
        result = checker.check(srv.url("/", host="mixed.example"))
        assert isinstance(result, LinkResult) and result.verdict is Verdict.BLOCKED
        assert srv.hits["/"] == 0


def test_allow_private_lets_local_servers_through(
    checker_factory: Factory, pdf_bytes: bytes
) -> None:
    with serve({"/doc.pdf": Response(body=pdf_bytes)}, host="127.0.0.1") as srv:
        result = checker_factory(allow_private=True).check(srv.url("/doc.pdf"))
        assert isinstance(result, Document)


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("8.8.8.8", None),
        ("2a02:6b8::2:242", None),
        ("127.0.0.1", "loopback"),
        ("169.254.169.254", "metadata"),
        ("100.100.1.1", "private"),
        ("::ffff:169.254.169.254", "metadata"),
    ],
)
def test_classify_address(host: str, expected: str | None) -> None:
    ip = parse_ip_literal(host)
    assert ip is not None
    assert classify_address(ip) == expected


def test_names_are_not_taken_for_addresses() -> None:
    assert parse_ip_literal("school12.ru") is None
    assert parse_ip_literal("1e100.net") is None


def test_config_from_settings() -> None:
    from config.settings import Settings
    from evidence.fetch import FetchConfig

    settings = Settings(allow_private=True, read_timeout=3.5, google_docs_base="http://127.0.0.1:9")
    config = FetchConfig.from_settings(settings, total_timeout=7.0)
    assert config.allow_private and config.read_timeout == 3.5 and config.total_timeout == 7.0
    assert config.google_docs_base == "http://127.0.0.1:9"
    assert config.resolver_overrides == {}
