"""``html_to_text``: the visible text of an HTML body (for the pipeline's page handling).

HTML is not a document kind this package extracts; the helper lives here so that pages and
documents share one text normalisation.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from charset_normalizer import from_bytes

from evidence.extract.base import Context, Text
from evidence.textnorm import normalise

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_BLOCK = ("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
          "article", "header", "footer", "title", "td", "th", "dd", "dt", "blockquote", "pre")  # fmt: skip


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Decode an HTML body: BOM, then a declared or <meta> charset, then detection."""
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", errors="replace")
    candidates = [declared] if declared else []
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", errors="ignore"))
    for charset in candidates:
        try:
            return body.decode(charset or "")
        except (LookupError, UnicodeError):  # UnicodeError: charset=undefined and the like
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(body[:200_000]).best()
        return body.decode(best.encoding if best else "cp1251", errors="replace")


def html_to_text(body: bytes, declared_charset: str | None = None) -> str:
    """Visible text with line breaks at block elements; scripts, styles and comments dropped."""
    soup = BeautifulSoup(decode_html(body, declared_charset), "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for node in soup(["script", "style", "noscript", "template", "svg", "iframe", "head"]):
        node.decompose()
    for node in soup.find_all(_BLOCK):
        node.insert_before("\n")
        node.insert_after("\n")
    for cell in soup.find_all(["td", "th"]):
        cell.insert_after("\t")
    text = soup.get_text()
    text = normalise(f"{title}\n{text}" if title else text)
    return re.sub(r"\n{2,}", "\n", text)  # block breaks doubled by the markup


def extract_html(data: bytes, ctx: Context) -> Text:
    """A document delivered as HTML (legal portals, uploads): its visible text."""
    return Text(html_to_text(data))
