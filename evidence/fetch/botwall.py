"""Bot-protection and captcha pages: a wall in front of the document, not a dead link.

Each ``Wall`` names a service and the markers that identify its challenge page: header
markers (a header name, optionally a substring of its value) and body markers (substrings of
the lower-cased body), listed in ``config/web_signatures.yaml``. A header alone is not enough
on a 200 answer (Cloudflare and DDoS-Guard also front ordinary pages), so on 2xx a body
marker is required. To add a service, add an entry to ``bot_walls`` there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from config.settings import CONFIG_DIR
from config.yamlfile import load_yaml

SIGNATURES = CONFIG_DIR / "web_signatures.yaml"


@dataclass(frozen=True)
class Wall:
    service: str
    headers: tuple[tuple[str, str], ...] = ()  # (header name, substring of value or "")
    body: tuple[str, ...] = ()
    weak_body: tuple[str, ...] = ()  # only count on a refusal status (403/429/503…)


def load_walls(path: Path = SIGNATURES) -> tuple[Wall, ...]:
    """The services of ``config/web_signatures.yaml`` (``bot_walls``)."""
    entries = (load_yaml(path) or {}).get("bot_walls") or []
    if not entries:
        raise ValueError(f"{path}: «bot_walls» is empty")
    return tuple(
        Wall(
            str(e["service"]),
            headers=tuple((str(n).lower(), str(v).lower()) for n, v in e.get("headers") or ()),
            body=tuple(str(m).lower() for m in e.get("body") or ()),
            weak_body=tuple(str(m).lower() for m in e.get("weak_body") or ()),
        )
        for e in entries
    )


WALLS: tuple[Wall, ...] = load_walls()

_WALL_STATUSES = frozenset({401, 403, 429, 503})


def detect_bot_wall(
    status: int, headers: Mapping[str, str], body: bytes, walls: Sequence[Wall] = WALLS
) -> str | None:
    """The service name when this answer is a bot-protection page, else ``None``."""
    lowered = body[:200_000].decode("utf-8", "replace").lower()
    hdrs = {k.lower(): v.lower() for k, v in headers.items()}
    for wall in walls:
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
