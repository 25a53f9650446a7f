"""What the school typed in the link cell: split into links, each parsed into a URL or a reason.

A cell may hold several links separated by whitespace, newlines, commas or semicolons; it may
also hold text («Приказ №227 от 06.05.2022»), a relative path (``dokumenty-all-52_74.html``)
or a bare domain (``school.ru/doc.pdf``, which gets a scheme).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# Where a link starts inside a cell: a scheme or a "www." host.
_LINK_START = re.compile(r"(?i)(?:\b[a-z][a-z0-9+.-]{1,15}://|\bwww\.)")
_SEPARATORS = re.compile(r"[\s;,]+")
# Characters a link never ends with in typed text: punctuation and closing quotes/brackets.
_TRAILING = ".,;:!?)]}>»\"'“”’"
_LEADING = "(<[{«\"'“”‘"

# Top-level domains seen on Russian school and cloud links; a bare "name.tld/..." is taken
# as a link only when its last label is one of these (so "page.html" is not a domain).
_TLDS = frozenset(
    [
        "ru",
        "рф",
        "su",
        "com",
        "net",
        "org",
        "info",
        "biz",
        "edu",
        "gov",
        "int",
        "pro",
        "online",
        "site",
        "space",
        "website",
        "tech",
        "club",
        "io",
        "me",
        "cc",
        "tv",
        "xyz",
        "top",
        "store",
        "shop",
        "moscow",
        "tatar",
        "москва",
        "дети",
        "рус",
        "kz",
        "by",
        "ua",
        "uz",
        "kg",
        "tj",
        "am",
        "az",
        "ge",
        "md",
        "lv",
        "lt",
        "ee",
        "de",
        "uk",
        "eu",
        "us",
        "fr",
        "it",
        "es",
        "pl",
        "cz",
        "fi",
        "se",
        "no",
        "nl",
        "be",
        "ch",
        "at",
        "il",
        "tr",
        "cn",
        "jp",
        "in",
        "br",
        "ca",
        "au",
    ]
)
_HOST_LABEL = re.compile(r"^(?!-)[0-9a-zа-яё_-]{1,63}(?<!-)$", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedLink:
    """A link as typed, and either an absolute URL to fetch or the reason it is not a link."""

    raw: str
    url: str | None
    reason: str | None = None  # Russian, when url is None
    flags: tuple[str, ...] = ()


def split_links(cell: str | None) -> list[str]:
    """Split a link cell into the separate links it holds (text without any link stays whole)."""
    text = (cell or "").strip()
    if not text:
        return []
    starts = [m.start() for m in _LINK_START.finditer(text)]
    if not starts:
        tokens = [t for t in _SEPARATORS.split(text) if t]
        if len(tokens) > 1 and all(_bare_host_url(_clean(t)) for t in tokens):
            return [_clean(t) for t in tokens]
        return [text]
    links: list[str] = []
    for begin, end in zip(starts, [*starts[1:], len(text)], strict=True):
        piece = _clean(_with_spaced_name(text[begin:end].strip()))
        if piece:
            links.append(piece)
    return links


# A file name at the end of a path: «Приказ о наставничестве 2024.pdf».
_FILE_END = re.compile(r"\.[A-Za-z0-9]{2,5}[.,;:!?)\]}>»\"'“”’]*$")


def _with_spaced_name(piece: str) -> str:
    """The URL that opens ``piece``, with a file name typed with raw spaces kept whole.

    ``…/files/Приказ о наставничестве 2024.pdf`` (copied from a file manager or a browser's
    decoded address bar) is one link: the words after the first space belong to it when none
    of them looks like a link (no scheme, no domain), they stay on the same line, and the
    last of them ends the path with a file extension. Otherwise the URL ends at the space."""
    first, _, rest = piece.partition(" ")
    path_typed = "/" in first.split("://", 1)[-1] and not first.endswith("/")
    if not rest or not path_typed or _FILE_END.search(first):
        return re.split(r"\s", piece, maxsplit=1)[0]
    line = re.split(r"[\n\r\t;]", rest, maxsplit=1)[0]
    words = line.split(" ")
    for i, word in enumerate(words):
        if not word or _bare_host_url(_clean(word)) or _LINK_START.match(word):
            break
        if _FILE_END.search(word):
            return " ".join([first, *words[: i + 1]])
    return re.split(r"\s", piece, maxsplit=1)[0]


def _clean(token: str) -> str:
    token = token.strip().lstrip(_LEADING)
    while token and token[-1] in _TRAILING:
        # Keep a closing bracket that belongs to the URL, e.g. wiki-style "(2024)".
        if token[-1] == ")" and token.count("(") >= token.count(")"):
            break
        token = token[:-1]
    return token.strip()


def parse_link(raw: str) -> ParsedLink:
    """Turn one typed link into an absolute URL, or say why it is not a link."""
    text = _clean(raw)
    typed = raw.strip()
    if not text:
        return ParsedLink(raw, None, "Поле ссылки пустое.")
    scheme_match = re.match(r"(?i)^([a-z][a-z0-9+.-]{1,15}):(//)?", text)
    if scheme_match and scheme_match.group(2):
        parts = urlsplit(text)
        if parts.scheme.lower() in ("http", "https") and not parts.hostname:
            return ParsedLink(raw, None, f"В ссылке нет адреса сайта: «{_short(text)}».")
        if " " in text:
            # a file name typed with raw spaces: fetch it with the spaces percent-encoded
            return ParsedLink(raw, text.replace(" ", "%20"), flags=("spaces_encoded",))
        return ParsedLink(raw, text)
    if text.lower().startswith("www."):
        return ParsedLink(raw, "http://" + text, flags=("scheme_added",))
    bare = _bare_host_url(text)
    if bare:
        return ParsedLink(raw, bare, flags=("scheme_added",))
    if re.search(r"\s", text) or not re.search(r"[./]", text):
        return ParsedLink(
            raw,
            None,
            f"В поле указан текст, а не ссылка на документ: «{_short(typed)}». "
            "Нужна полная ссылка вида https://сайт/документ.pdf.",
        )
    return ParsedLink(
        raw,
        None,
        f"Указан относительный путь без адреса сайта: «{_short(text)}». "
        "По такой ссылке документ открыть нельзя — нужна полная ссылка с адресом сайта.",
    )


def _bare_host_url(text: str) -> str | None:
    """'school.ru/doc.pdf' -> 'http://school.ru/doc.pdf'; None unless the host looks real."""
    if not text or re.search(r"\s", text) or text.startswith(("/", ".")):
        return None
    host_port = re.split(r"[/?#]", text, maxsplit=1)[0]
    host = host_port.rsplit(":", 1)[0] if re.search(r":\d+$", host_port) else host_port
    if not host:
        return None
    try:
        ipaddress.ip_address(host)
        return "http://" + text
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels):
        return None
    if labels[-1].lower() not in _TLDS and not labels[-1].lower().startswith("xn--"):
        return None
    return "http://" + text


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
