"""Bot-protection walls are told apart from real refusals."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from evidence.fetch import LinkChecker
from evidence.models import LinkResult, Verdict
from tests.support.loopback import Response, serve

Factory = Callable[..., LinkChecker]

CF_PAGE = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="390"></head><body><div class="main-wrapper">
<noscript>Enable JavaScript and cookies to continue</noscript></div>
<script>(function(){window._cf_chl_opt={cvId: '3',cZone: 'school.ru'};
var a = document.createElement('script');a.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1';
}());</script></body></html>"""


@pytest.mark.parametrize(
    ("status", "headers", "body", "service"),
    [
        pytest.param(
            403,
            {"Server": "cloudflare", "cf-mitigated": "challenge"},
            CF_PAGE,
            "cloudflare",
            id="cloudflare_403",
        ),
        pytest.param(503, {"Server": "cloudflare"}, CF_PAGE, "cloudflare", id="cloudflare_503"),
        pytest.param(
            403,
            {"Server": "ddos-guard"},
            "<html><title>DDoS-Guard</title><body>Checking your browser before accessing</body></html>",
            "ddos-guard",
            id="ddos_guard",
        ),
        pytest.param(
            401,
            {"Server": "QRATOR"},
            "<html><body>Доступ ограничен</body></html>",
            "qrator",
            id="qrator",
        ),
        pytest.param(
            200,
            {},
            "<html><head><title>Вы не робот?</title></head><body><div class='CheckboxCaptcha'><p>Подтвердите, что вы не робот</p><script src='https://smartcaptcha.yandexcloud.net/captcha.js'></script></div></body></html>",
            "yandex_smartcaptcha",
            id="smartcaptcha_200",
        ),
        pytest.param(
            429,
            {},
            "<html><body><h1>Checking your browser</h1><p>servicepipe.ru</p></body></html>",
            "servicepipe",
            id="servicepipe_429",
        ),
        pytest.param(
            200,
            {},
            "<html><body><p>StormWall: проверка браузера</p></body></html>",
            "stormwall",
            id="stormwall",
        ),
        pytest.param(
            403,
            {"Server": "Variti"},
            "<html><body>Подождите...</body></html>",
            "variti",
            id="variti",
        ),
    ],
)
def test_bot_walls_need_review(
    checker_factory: Factory, status: int, headers: dict[str, str], body: str, service: str
) -> None:
    hdrs = {"Content-Type": "text/html; charset=utf-8", **headers}
    with serve(default=Response(status, body.encode(), headers=hdrs), host="127.0.4.1") as srv:
        result = checker_factory(retries=2).check(srv.url("/upload/prikaz.pdf"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.UNREACHABLE
        assert result.flags[-2:] == ["needs_review", "bot_protection"]
        assert service in result.message
        assert "проверить вручную" in result.message
        assert srv.hits["/upload/prikaz.pdf"] == 1  # a wall is not retried


def test_plain_403_is_a_real_refusal(checker_factory: Factory) -> None:
    body = b"<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><hr>nginx</body></html>"
    with serve(default=Response(403, body, headers={"Server": "nginx"}), host="127.0.4.2") as srv:
        result = checker_factory().check(srv.url("/doc.pdf"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.HTTP_ERROR and result.status == 403
        assert "bot_protection" not in result.flags


def test_real_page_with_a_captcha_form_is_not_a_wall(checker_factory: Factory) -> None:
    text = "<p>Наставничество в школе: программа, план мероприятий, наставнические пары.</p>" * 40
    page = f"<html><head><title>Наставничество</title></head><body>{text}<form><div class='g-recaptcha'></div>Я не робот</form></body></html>"
    route = Response.html(page, headers={"Server": "cloudflare"})
    with serve({"/nastavnichestvo": route}, host="127.0.4.3") as srv:
        result = checker_factory().check(srv.url("/nastavnichestvo"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.WEB_PAGE


def test_short_page_with_a_feedback_captcha_is_not_a_wall(checker_factory: Factory) -> None:
    page = """<html><head><title>Обратная связь</title></head><body><h1>Напишите нам</h1>
    <form><textarea></textarea><div class="g-recaptcha" data-sitekey="x"></div></form></body></html>"""
    with serve({"/feedback": Response.html(page)}, host="127.0.4.4") as srv:
        result = checker_factory().check(srv.url("/feedback"))
        assert isinstance(result, LinkResult)
        assert result.verdict is Verdict.WEB_PAGE
