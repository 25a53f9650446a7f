"""Soft 404: a 200 answer whose page says the page does not exist.

Two independent signals:

* phrases (``config/web_signatures.yaml``) — «Страница не найдена», «ошибка 404», «Page not found»… in the title or the
  first-level headings, or in the main text of a short page (never in navigation: nav,
  header, footer and aside are dropped before looking);
* the host's own not-found page — a random path on the same host is fetched once (cached per
  host) and the page is compared with it block by block (``rapidfuzz``): when neither page has
  content of its own beyond the shared template, it is the site's not-found page whatever its
  wording. A link redirected to the same place the probe was redirected to (typically the
  home page) is a soft 404 as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from rapidfuzz import fuzz, process

from config.settings import CONFIG_DIR
from config.yamlfile import load_yaml
from evidence.fetch.html import Page

SIGNATURES = CONFIG_DIR / "web_signatures.yaml"


def load_phrases(path: Path = SIGNATURES) -> re.Pattern[str]:
    """The not-found phrases of ``config/web_signatures.yaml`` as one pattern."""
    phrases = (load_yaml(path) or {}).get("soft_404_phrases") or []
    if not phrases:
        raise ValueError(f"{path}: «soft_404_phrases» is empty")
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)


_PHRASE_RE = load_phrases()
_BARE_404 = re.compile(r"^\W*(?:404|ошибка|error)?\W*404\W*$|^\s*404\b", re.IGNORECASE)
SHORT_PAGE_CHARS = 2500


def _norm(text: str) -> str:
    return text.lower().replace("ё", "е")


def phrase_match(page: Page, phrases: re.Pattern[str] = _PHRASE_RE) -> str | None:
    """The not-found phrase this page shows in its title, headings or short main text."""
    for text in [page.title, *page.headings[:3]]:
        t = _norm(text)
        m = phrases.search(t)
        if m:
            return text
        if _BARE_404.search(t):
            return text
    if page.text_length <= SHORT_PAGE_CHARS:
        for block in page.blocks[:80]:
            m = phrases.search(_norm(block))
            if m and len(block) <= 300:
                return block
    return None


@dataclass(frozen=True)
class NotFoundProbe:
    """What the host answers for a path that cannot exist."""

    status: int | None
    final_url: str | None
    redirected: bool
    page: Page | None


_DIGITS = re.compile(r"\d+")


def _blocks(page: Page, *paths: str) -> list[str]:
    out = []
    for block in page.blocks:
        b = _norm(block)
        for p in paths:
            if p and len(p) > 1:
                b = b.replace(p, " ")
        b = _DIGITS.sub("0", b).strip()
        if b:
            out.append(b)
    return out


def _unique_chars(mine: list[str], theirs: list[str]) -> int:
    total = 0
    for block in mine:
        if not theirs:
            total += len(block)
            continue
        hit = process.extractOne(block, theirs, scorer=fuzz.ratio, score_cutoff=85)
        if hit is None:
            total += len(block)
    return total


def _path_variants(url: str) -> list[str]:
    parts = urlsplit(url)
    path = parts.path
    variants = {path, unquote(path), url, unquote(url), parts.path.rsplit("/", 1)[-1]}
    if parts.query:
        variants.add(f"{path}?{parts.query}")
    return sorted((_norm(v) for v in variants if v), key=len, reverse=True)


def matches_probe(
    page: Page, url: str, final_url: str, redirected: bool, probe: NotFoundProbe
) -> bool:
    """True when ``page`` is the host's not-found page (or the same redirect target)."""
    if probe.status is None or probe.status >= 300:
        return False
    if probe.redirected and probe.final_url and _same_place(final_url, probe.final_url):
        # Landing where unknown paths land: a soft 404 unless the link *is* that page.
        return redirected and not _same_place(url, probe.final_url)
    if probe.page is None:
        return False
    strip = [*_path_variants(url), *_path_variants(final_url), *_path_variants(probe.page.url)]
    mine = _blocks(page, *strip)
    theirs = _blocks(probe.page, *strip)
    if not mine:
        return not theirs
    mine_len = sum(len(b) for b in mine)
    theirs_len = sum(len(b) for b in theirs)
    own = _unique_chars(mine, theirs)
    missing = _unique_chars(theirs, mine)
    return own <= max(40, 0.05 * mine_len) and missing <= max(40, 0.05 * theirs_len)


def _same_place(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (
        pa.hostname == pb.hostname
        and (pa.path.rstrip("/") or "/") == (pb.path.rstrip("/") or "/")
        and pa.query == pb.query
    )
