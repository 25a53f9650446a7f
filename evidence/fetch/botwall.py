"""Bot-protection and captcha pages: a wall in front of the document, not a dead link.

Each ``Wall`` names a service and the markers that identify its challenge page: header
markers (a header name, optionally a substring of its value) and body markers (substrings of
the lower-cased body). A header alone is not enough on a 200 answer (Cloudflare and
DDoS-Guard also front ordinary pages), so on 2xx a body marker is required. To add a
service, append a ``Wall``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Wall:
    service: str
    headers: tuple[tuple[str, str], ...] = ()  # (header name, substring of value or "")
    body: tuple[str, ...] = ()
    weak_body: tuple[str, ...] = ()  # only count on a refusal status (403/429/503…)


WALLS: tuple[Wall, ...] = (
    Wall(
        "cloudflare",
        headers=(("cf-mitigated", "challenge"), ("server", "cloudflare")),
        body=(
            "just a moment...",
            "cf-chl",
            "challenge-platform",
            "_cf_chl_opt",
            "cf-browser-verification",
            "attention required! | cloudflare",
        ),
    ),
    Wall("ddos-guard", headers=(("server", "ddos-guard"),), body=("ddos-guard", "ddos guard")),
    Wall("qrator", headers=(("server", "qrator"), ("x-qrator", "")), body=("qrator",)),
    Wall("variti", headers=(("server", "variti"), ("x-variti", "")), body=("variti",)),
    Wall("stormwall", headers=(("server", "stormwall"),), body=("stormwall",)),
    Wall("servicepipe", headers=(("x-servicepipe", ""),), body=("servicepipe",)),
    Wall(
        "yandex_smartcaptcha",
        headers=(("x-yandex-captcha", ""),),
        body=("smartcaptcha", "showcaptcha", "captcha.yandex", "checkbox-captcha"),
    ),
    Wall(
        "captcha",
        body=(
            "подтвердите, что вы не робот",
            "подтвердите что вы не робот",
            "я не робот",
            "checking your browser",
            "проверка браузера",
            "verify you are human",
        ),
        # Ordinary pages embed these in feedback forms; they mean a wall only on a refusal.
        weak_body=("g-recaptcha", "h-captcha", "hcaptcha.com", "captcha"),
    ),
)

_WALL_STATUSES = frozenset({401, 403, 429, 503})


def detect_bot_wall(status: int, headers: Mapping[str, str], body: bytes) -> str | None:
    """The service name when this answer is a bot-protection page, else ``None``."""
    lowered = body[:200_000].decode("utf-8", "replace").lower()
    hdrs = {k.lower(): v.lower() for k, v in headers.items()}
    for wall in WALLS:
        header_hit = any(
            name in hdrs and (not part or part in hdrs[name]) for name, part in wall.headers
        )
        body_hit = any(marker in lowered for marker in wall.body)
        if body_hit and (status in _WALL_STATUSES or _short_page(lowered)):
            return wall.service
        if status in _WALL_STATUSES and any(marker in lowered for marker in wall.weak_body):
            return wall.service
        if header_hit and status in _WALL_STATUSES and (body_hit or wall.service != "cloudflare"):
            return wall.service
        if wall.service == "cloudflare" and hdrs.get("cf-mitigated") == "challenge":
            return wall.service
    return None


def _short_page(lowered_html: str) -> bool:
    # A challenge page has almost no visible text; a real page that merely mentions a
    # captcha (a form with reCAPTCHA) has plenty.
    text = re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " ", lowered_html, flags=re.S)
    return len(" ".join(text.split())) < 1500
