"""Charset-aware decoding of HTML bodies and the parts of a page the checks look at."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from charset_normalizer import from_bytes
from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE
)
_BOILERPLATE_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "header",
    "footer",
    "aside",
)
_CHROME_TAGS = ("nav", "header", "footer", "aside")
_BLOCK_SPLIT = re.compile(r"\s*\n\s*")


# Python codecs that a server may name but that are no character sets of the web: decoding a
# page with them turns escapes into characters lxml cannot parse (or needs no charset at all).
_NOT_WEB_CODECS = frozenset(
    {"unicode_escape", "raw_unicode_escape", "punycode", "idna", "undefined"}
)


def _codec(name: str | None) -> str | None:
    """Python's name of a declared charset, or None when it is unknown or not a web charset."""
    if not name:
        return None
    try:
        info = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    if info.name.replace("-", "_") in _NOT_WEB_CODECS or not getattr(
        info, "_is_text_encoding", True
    ):
        return None
    return info.name


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
    return _codec(m.group(1)) if m else None


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Text of an HTML body: charset from the header, then ``<meta>``, then detection."""
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", "replace")
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return body.decode("utf-16", "replace")
    for enc in (charset_from_content_type(content_type), _meta_charset(body)):
        if enc:
            text = _strict_decode(body, enc)
            if text is not None:
                return text
            # Declared charset is wrong (common: utf-8 declared, cp1251 sent): detect.
            break
    text = _strict_decode(body, "utf-8")
    if text is not None:
        return text
    best = from_bytes(
        body[:200_000], cp_isolation=["utf_8", "cp1251", "koi8_r", "cp866", "latin_1"]
    ).best()
    if best is not None and best.encoding:
        return body.decode(best.encoding, "replace")
    return body.decode("cp1251", "replace")


def _strict_decode(body: bytes, encoding: str) -> str | None:
    """Decode strictly, tolerating only a multi-byte character cut by a size cap at the end."""
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.start >= len(body) - 4:
            try:
                return body[: exc.start].decode(encoding)
            except UnicodeDecodeError:
                return None
        return None
    except (LookupError, UnicodeError):  # e.g. charset=undefined: a codec that always raises
        return None


def _meta_charset(body: bytes) -> str | None:
    m = _META_CHARSET.search(body[:8192])
    return _codec(m.group(1).decode("ascii", "replace")) if m else None


@dataclass(frozen=True)
class Link:
    href: str  # absolute
    text: str
    title: str = ""
    download: bool = False
    boilerplate: bool = False  # inside nav/header/footer/aside: site chrome, not content


@dataclass
class Page:
    """The parts of an HTML page the checks use."""

    url: str
    title: str
    headings: list[str]
    main_text: str  # visible text without nav/header/footer/aside/scripts
    blocks: list[str]  # main_text split into visual blocks
    links: list[Link] = field(default_factory=list)
    frames: list[str] = field(default_factory=list)  # absolute src of iframe/embed/object
    forms: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # (action, hidden inputs)
    refresh: str | None = None  # absolute target of <meta http-equiv="refresh" content="N; url=…">

    @property
    def text_length(self) -> int:
        return len(self.main_text)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "br",
        "section",
        "article",
        "main",
        "dd",
        "dt",
        "dl",
        "blockquote",
        "pre",
        "form",
        "fieldset",
        "label",
        "option",
        "caption",
        "figcaption",
        "center",
    ]
)
_REFRESH = re.compile(r"^\s*\d*\s*[;,]\s*url\s*=\s*(\S.*)$", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def _join_url(base: str, href: str) -> str:
    try:
        return urljoin(base, href.strip())
    except ValueError:
        return href.strip()


def _tag(el: HtmlElement) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def parse_page(body: bytes, url: str, content_type: str | None = None) -> Page:
    """Parse an HTML body (lxml; tolerant of broken markup) into the parts the checks use."""
    text = _XML_DECL.sub("", decode_html(body, content_type), count=1)
    try:
        doc = lxml_html.document_fromstring(text or "<html></html>")
    except (etree.ParserError, ValueError):
        doc = lxml_html.document_fromstring("<html></html>")
    base = url
    for base_el in doc.iter("base"):
        if base_el.get("href"):
            base = _join_url(url, base_el.get("href") or "")
            break
    title_el = next(doc.iter("title"), None)
    title = _clean(title_el.text_content()) if title_el is not None else ""
    headings = [_clean(h.text_content()) for h in doc.iter("h1", "h2")]
    headings = [h for h in headings if h]

    links: list[Link] = []
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        links.append(
            Link(
                href=_join_url(base, href),
                text=_clean(a.text_content()),
                title=_clean(a.get("title") or ""),
                download=a.get("download") is not None,
                boilerplate=any(_tag(p) in _CHROME_TAGS for p in a.iterancestors()),
            )
        )
    frames: list[str] = []
    for el in doc.iter("iframe", "embed", "object", "frame"):
        src = el.get("data" if _tag(el) == "object" else "src") or el.get("data-src")
        if src and src.strip():
            frames.append(_join_url(base, src))
    forms: list[tuple[str, dict[str, str]]] = []
    for form in doc.iter("form"):
        hidden = {
            str(i.get("name")): str(i.get("value") or "")
            for i in form.iter("input")
            if i.get("name") and str(i.get("type") or "").lower() == "hidden"
        }
        forms.append((_join_url(base, form.get("action") or ""), hidden))

    refresh: str | None = None
    for meta in doc.iter("meta"):
        if str(meta.get("http-equiv") or "").lower() == "refresh":
            m = _REFRESH.search(meta.get("content") or "")
            if m:
                refresh = _join_url(base, m.group(1).strip("'\" "))
                break

    body_el = doc.find("body")
    if body_el is None:
        body_el = doc
    for element in list(body_el.iter(*_BOILERPLATE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for el in body_el.iter():
        if _tag(el) in _BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    raw = body_el.text_content()
    blocks = [_clean(b) for b in _BLOCK_SPLIT.split(raw)]
    blocks = [b for b in blocks if b]
    return Page(
        url=url,
        title=title,
        headings=headings,
        main_text=" ".join(blocks),
        blocks=blocks,
        links=links,
        frames=frames,
        forms=forms,
        refresh=refresh,
    )
